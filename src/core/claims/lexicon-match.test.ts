import { describe, expect, it } from 'vitest';
import type { ClaimLexicon } from './claim.ts';
import { allMatches, compileLexicon, longestMatch } from './lexicon-match.ts';
import { editText } from './text-view.ts';

const lexicon: ClaimLexicon = {
  indicators: [
    { phrase: 'gii', codes: ['hdr.gii'] },
    { phrase: 'gender inequality index', codes: ['hdr.gii'] },
    { phrase: 'labour force participation', codes: ['lfpr'] },
    { phrase: "women's representation", codes: ['seats'] },
    { phrase: 'доля женщин в парламенте', codes: ['seats'] },
    { phrase: 'индекс гендерного неравенства', codes: ['hdr.gii'] },
    { phrase: 'ИГН', codes: ['hdr.gii'] },
    { phrase: 'молодёжь', codes: ['youth'] },
  ],
  countries: [
    { phrase: 'kazakhstan', iso3: 'KAZ' },
    { phrase: 'казахстан', iso3: 'KAZ' },
    { phrase: 'перу', iso3: 'PER' },
    { phrase: 'u.s.', iso3: 'USA' },
  ],
};
const compiled = compileLexicon(lexicon);

describe(longestMatch, () => {
  it.each<[string, string | undefined]>([
    ['the Gender Inequality Index (GII) fell', 'Gender Inequality Index'],
    ['the GIIX', undefined],
    ['labour-force participation', 'labour-force participation'],
    ['women’s representation', 'women’s representation'],
    ['рост доли женщин в парламенте', 'доли женщин в парламенте'],
    ['снижение индекса гендерного неравенства', 'индекса гендерного неравенства'],
    ['ИГН снизился', 'ИГН'],
    ['для молодежи', 'молодежи'],
  ])('%j → %j', (text, phrase) => {
    expect(longestMatch(text, compiled.indicators)?.phrase).toBe(phrase);
  });

  it('gives the span in the text as written', () => {
    const text = 'In 2022 the GII was 0.168';
    const m = longestMatch(text, compiled.indicators)!;
    expect([m.span, text.slice(m.span.start, m.span.end), m.value]).toEqual([
      { start: 12, end: 15 },
      'GII',
      ['hdr.gii'],
    ]);
  });
});

describe(allMatches, () => {
  it.each<[string, string[]]>([
    ['Kazakhstan and the U.S.', ['KAZ', 'USA']],
    ['в Казахстане и Казахстана', ['KAZ', 'KAZ']],
    ['за период с 2000 года', []],
    ['в Перу', ['PER']],
    ['the US and us', []],
  ])('%j → %j', (text, iso3) => {
    expect(allMatches(text, compiled.countries).map((m) => m.value)).toEqual(iso3);
  });
});

describe('matching in a view of the text', () => {
  // "Kazakhstan's " (37–50) read as absent: the phrase is found and pointed at as written.
  const text = "rose, with women's share of seats in Kazakhstan's parliament";
  const seats = compileLexicon({
    indicators: [
      { phrase: 'share of seats in parliament', codes: ['seats'] },
      { phrase: "women's share", codes: ['other'] },
    ],
    countries: [],
  });
  const view = editText(text, [{ span: { start: 37, end: 50 }, with: '' }]);

  it('finds the longest phrase in the text or the view, with its words as written', () => {
    expect(view.text).toBe("rose, with women's share of seats in parliament");
    const m = longestMatch(text, seats.indicators, view);
    expect([m?.phrase, m?.value]).toEqual(["share of seats in Kazakhstan's parliament", ['seats']]);
    expect(text.slice(m!.span.start, m!.span.end)).toBe(m?.phrase);
  });

  it('lists matches from both, once each', () => {
    expect(allMatches(text, seats.indicators, view).map((m) => m.phrase)).toEqual([
      "women's share",
      "share of seats in Kazakhstan's parliament",
    ]);
  });

  it('without a view, finds only what the text says', () => {
    expect(longestMatch(text, seats.indicators)?.phrase).toBe("women's share");
  });
});
