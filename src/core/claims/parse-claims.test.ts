import { describe, expect, it } from 'vitest';
import { buildClaimLexicon } from '../../services/claim-lexicon.ts';
import type { ClaimLexicon } from './claim.ts';
import { detectLanguage, parseClaims } from './parse-claims.ts';
import {
  change,
  expectRow,
  fromTo,
  GII,
  MMR,
  QUOTA,
  SEATS,
  seen,
  trend,
  years,
  type Expected,
  type Row,
} from './test-table.ts';

// Integration-style: the real lexicon from the catalogue. Figures are the bundled data's where a
// claim states one (HDR25: KAZ GII 0.370 in 2000, 0.168 in 2022, 0.182 in 2023; KAZ seat share
// 20.1 % in 2015, 24.7 % in 2022, 19.6 % in 2023; KAZ MMR 56.3 in 2000, 13.4 in 2020: −76 %).
// Levels, ranks, quotas and trends: parse-claims-shapes.test.ts; Russian: parse-claims-ru.test.ts.
const lexicon = buildClaimLexicon();

const KAZAKHSTAN =
  'These include a 60% reduction in the gender inequality index; introduction of a 30% quota in Parliament ' +
  'for women and youth, including women with disabilities; and increased female leadership in state governance.';

describe('the Kazakhstan statement (Beijing+30 regional review, issue 4 §5)', () => {
  const expected = (country?: string): Expected[] => [
    {
      text: 'These include a 60% reduction in the gender inequality index',
      a: change('decrease', 60, 'percent'),
      codes: GII,
      subject: 'gender inequality index',
      ...(country ? { country } : {}),
    },
    {
      text: 'introduction of a 30% quota in Parliament for women and youth, including women with disabilities',
      a: {
        kind: 'quota',
        threshold: 30,
        body: 'parliament',
        groups: ['women', 'youth', 'women-with-disabilities'],
      },
      codes: QUOTA,
      subject: 'quota in Parliament',
      ...(country ? { country } : {}),
    },
    {
      // No indicator: "leadership in state governance" could be ministers, managers, seats or senior
      // civil servants; no bundled series is that concept, so the judge finds it not checkable.
      text: 'increased female leadership in state governance',
      a: trend('increase'),
      codes: [],
      subject: 'female leadership in state governance',
      ...(country ? { country } : {}),
    },
  ];

  it('gives three claims, the country from the speaker', () => {
    expectRow({ input: KAZAKHSTAN, opts: { country: 'KAZ' }, claims: expected('KAZ') }, lexicon, 'en');
  });

  it('leaves the country undefined when neither the text nor the options name one', () => {
    expectRow({ input: KAZAKHSTAN, claims: expected() }, lexicon, 'en');
    expect(parseClaims(KAZAKHSTAN, lexicon).map((c) => c.country)).toEqual([undefined, undefined, undefined]);
  });

  it('reads the same statement in Russian', () => {
    const ru =
      'Среди них снижение индекса гендерного неравенства на 60%; введение 30-процентной квоты в Парламенте ' +
      'для женщин и молодёжи, включая женщин с инвалидностью; и рост женского лидерства в государственном управлении.';
    const claims = parseClaims(ru, lexicon, { country: 'KAZ' });
    expect(claims.map((c) => [c.language, c.assertion.kind, c.indicatorCodes, c.country])).toEqual([
      ['ru', 'change', GII, 'KAZ'],
      ['ru', 'quota', QUOTA, 'KAZ'],
      ['ru', 'trend', [], 'KAZ'],
    ]);
    expect(claims[0]!.assertion).toEqual(change('decrease', 60, 'percent'));
    expect(claims[1]!.assertion).toMatchObject({
      threshold: 30,
      groups: ['women', 'youth', 'women-with-disabilities'],
    });
    expect(claims[2]!.subject?.phrase).toBe('женского лидерства в государственном управлении');
  });
});

const CHANGES: Record<string, Row> = {
  'per cent with a window': {
    input: 'The GII fell by 54.6 per cent between 2000 and 2022.',
    claims: [
      { a: change('decrease', 54.6, 'percent'), codes: GII, subject: 'GII', years: years(2000, 2022) },
    ],
  },
  'from … to … in the index’s own points': {
    input: "Kazakhstan's gender inequality index fell from 0.370 in 2000 to 0.168 in 2022.",
    claims: [
      {
        a: fromTo('decrease', 0.202, 0.37, 0.168),
        codes: GII,
        subject: 'gender inequality index',
        country: 'KAZ',
        years: years(2000, 2022),
      },
    ],
  },
  'points, country from the speaker': {
    input: "Women's representation rose by 10 points.",
    opts: { country: 'KAZ' },
    claims: [
      {
        a: change('increase', 10, 'points'),
        codes: SEATS,
        subject: "Women's representation",
        country: 'KAZ',
      },
    ],
  },
  'percentage points since a year': {
    input: "Women's share of seats in parliament increased by 4.6 percentage points since 2015.",
    claims: [
      {
        a: change('increase', 4.6, 'points'),
        codes: SEATS,
        subject: "Women's share of seats in parliament",
        years: years(2015),
      },
    ],
  },
  // A factor in words is `times` (the judge's ±10 % factor tolerance), not "50 %" (±1.25).
  halved: {
    input: 'Maternal mortality halved between 2000 and 2020.',
    claims: [
      {
        a: change('decrease', 2, 'times'),
        codes: MMR,
        subject: 'Maternal mortality',
        years: years(2000, 2020),
      },
    ],
  },
  'cut in half': {
    input: 'Maternal mortality was cut in half since 2000.',
    claims: [
      { a: change('decrease', 2, 'times'), codes: MMR, subject: 'Maternal mortality', years: years(2000) },
    ],
  },
  'cut by half is a halving': {
    input: 'Maternal mortality in Kazakhstan was cut by half since 2000.',
    claims: [
      {
        a: change('decrease', 2, 'times'),
        codes: MMR,
        subject: 'Maternal mortality',
        country: 'KAZ',
        years: years(2000),
      },
    ],
  },
  'a rise by half is +50 %, not a factor': {
    input: "Women's representation rose by half.",
    claims: [{ a: change('increase', 50, 'percent'), codes: SEATS, subject: "Women's representation" }],
  },
  'cut by a third': {
    input: 'We cut maternal mortality by a third since 2000.',
    claims: [
      {
        a: change('decrease', 100 / 3, 'percent'),
        codes: MMR,
        subject: 'maternal mortality',
        years: years(2000),
      },
    ],
  },
  'doubled; a decade gives no years': {
    input: 'The share of women in parliament doubled over the past decade.',
    claims: [{ a: change('increase', 2, 'times'), codes: SEATS, subject: 'share of women in parliament' }],
  },
  'two-fold fall': {
    input: 'The adolescent birth rate fell two-fold since 2000.',
    claims: [
      {
        a: change('decrease', 2, 'times'),
        codes: ['hdr.abr', 'unsd.abr'],
        subject: 'adolescent birth rate',
        years: years(2000),
      },
    ],
  },
  'number words': {
    input: 'The gender inequality index decreased by sixty per cent.',
    claims: [{ a: change('decrease', 60, 'percent'), codes: GII, subject: 'gender inequality index' }],
  },
  '"60 %", "by <year>", the named country over the speaker’s': {
    input: 'In Kyrgyzstan the GII fell by 60 % by 2023.',
    opts: { country: 'KAZ' },
    claims: [
      {
        a: change('decrease', 60, 'percent'),
        codes: GII,
        subject: 'GII',
        country: 'KGZ',
        years: years(undefined, 2023),
      },
    ],
  },
  '"percent" before a noun': {
    input: 'A 60 percent reduction of the GII was achieved.',
    claims: [{ a: change('decrease', 60, 'percent'), codes: GII, subject: 'GII' }],
  },
  'up from': {
    input: 'Women hold 24.7% of seats in parliament, up from 20.1% in 2015.',
    claims: [
      {
        a: fromTo('increase', 4.6, 20.1, 24.7),
        codes: SEATS,
        subject: 'seats in parliament',
        years: years(2015),
      },
    ],
  },
  'down from, years on both sides': {
    input: 'In 2023 women held 19.6% of seats in parliament, down from 24.7% in 2022.',
    claims: [
      {
        a: fromTo('decrease', 5.1, 24.7, 19.6),
        codes: SEATS,
        subject: 'seats in parliament',
        years: years(2022, 2023),
      },
    ],
  },
  'from … to … after a window': {
    input: "Between 2015 and 2022 women's representation in parliament rose from 20.1% to 24.7%.",
    claims: [
      {
        a: fromTo('increase', 4.6, 20.1, 24.7),
        codes: SEATS,
        subject: "women's representation in parliament",
        years: years(2015, 2022),
      },
    ],
  },
  'a ten-point increase': {
    input: "We achieved a 10-point increase in women's representation.",
    claims: [{ a: change('increase', 10, 'points'), codes: SEATS, subject: "women's representation" }],
  },
  'two claims joined by "and"': {
    input: 'The GII fell by 10% and maternal mortality fell by half.',
    claims: [
      { text: 'The GII fell by 10%', a: change('decrease', 10, 'percent'), codes: GII, subject: 'GII' },
      {
        text: 'maternal mortality fell by half',
        a: change('decrease', 2, 'times'),
        codes: MMR,
        subject: 'maternal mortality',
      },
    ],
  },
  'a second clause takes the first one’s indicator': {
    input: 'The GII fell by 10% in 2022 and rose by 2% in 2023.',
    claims: [
      {
        text: 'The GII fell by 10% in 2022',
        a: change('decrease', 10, 'percent'),
        codes: GII,
        subject: 'GII',
        years: years(undefined, 2022),
      },
      {
        text: 'rose by 2% in 2023',
        a: change('increase', 2, 'percent'),
        codes: GII,
        subject: 'GII',
        years: years(undefined, 2023),
      },
    ],
  },
  'a change without an indicator': {
    input: 'Increased by 5 percentage points since 2015.',
    claims: [{ a: change('increase', 5, 'points'), codes: [], years: years(2015) }],
  },
  'a second clause that is no claim': {
    input: 'The GII fell by 54.6 per cent; it was the largest fall in the series.',
    claims: [
      {
        text: 'The GII fell by 54.6 per cent',
        a: change('decrease', 54.6, 'percent'),
        codes: GII,
        subject: 'GII',
      },
    ],
  },
};

describe(parseClaims, () => {
  it.each(Object.entries(CHANGES))('change: %s', (_label, row) => expectRow(row, lexicon, 'en'));

  it.each([
    'The meeting was held in Geneva in October 2024.',
    'We welcome the 69th session of the Commission on the Status of Women.',
    'We have increased our efforts to promote peace.',
    'Gender parity was achieved over the past decade.',
    'The GII is published for 193 countries.',
    'Заседание прошло в Женеве в октябре 2024 года.',
    '',
  ])('finds no claim in %j', (input) => {
    expect(parseClaims(input, lexicon, { country: 'KAZ' })).toEqual([]);
  });

  it('gives spans into the original text across sentences and line breaks', () => {
    const input = 'Progress report.\n- The GII fell by 10%.\n- Women hold 27% of seats in parliament.';
    expect(seen(input, parseClaims(input, lexicon)).map((c) => c.text)).toEqual([
      'The GII fell by 10%',
      'Women hold 27% of seats in parliament',
    ]);
  });

  it('works with any lexicon: words it lacks give no indicator', () => {
    const tiny: ClaimLexicon = {
      indicators: [{ phrase: 'gii', codes: ['x.gii'] }],
      countries: [{ phrase: 'kazakhstan', iso3: 'KAZ' }],
    };
    const [gii, mmr] = parseClaims('The GII fell by 10%. Maternal mortality halved in Kazakhstan.', tiny);
    expect([gii?.indicatorCodes, gii?.country]).toEqual([['x.gii'], undefined]);
    expect([mmr?.indicatorCodes, mmr?.country, mmr?.assertion.kind]).toEqual([[], 'KAZ', 'change']);
  });
});

describe(detectLanguage, () => {
  it.each([
    ['The GII fell by 60%', 'en'],
    ['ИГН снизился на 60%', 'ru'],
    ['ИГН (GII) снизился на 60%', 'ru'],
    ['', 'en'],
  ] as const)('%j is %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});
