import { describe, expect, it } from 'vitest';
import { splitClauses, splitSentences } from './split-clauses.ts';

// A stand-in for the grammar's test: a number other than a year, or a direction word.
const claimLike = (s: string) => /\d+%|\b(?:fell|rose|halved|increased)\b|квот|снизил/u.test(s);

function clauses(text: string, language: 'en' | 'ru' = 'en'): string[] {
  return splitSentences(text).flatMap((s) => splitClauses(text, s, language, claimLike).map((c) => c.text));
}

describe(splitSentences, () => {
  it.each<[string, string[]]>([
    ['The GII fell. Women rose!', ['The GII fell', 'Women rose']],
    ['The U.S. figure e.g. 5.5 stays. Next one', ['The U.S. figure e.g. 5.5 stays', 'Next one']],
    ['В 2022 г. Казахстан вырос. Далее', ['В 2022 г. Казахстан вырос', 'Далее']],
    ['Results:\n- a 60% fall\n• a 30% quota', ['Results', 'a 60% fall', 'a 30% quota']],
    ['  ', []],
  ])('%j', (text, expected) => {
    const found = splitSentences(text);
    expect(found.map((s) => s.text)).toEqual(expected);
    for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe(splitClauses, () => {
  it.each<[string, string[]]>([
    [
      'a 60% fall; a 30% quota for women and youth; and increased leadership.',
      ['a 60% fall', 'a 30% quota for women and youth', 'increased leadership'],
    ],
    ['The GII fell between 2000 and 2022', ['The GII fell between 2000 and 2022']],
    ['The GII fell by 10% and the MMR halved', ['The GII fell by 10%', 'the MMR halved']],
    ['The GII fell by 10%, while the MMR halved', ['The GII fell by 10%', 'the MMR halved']],
    [
      'a 60% fall, a 30% quota for women and youth, and increased leadership',
      ['a 60% fall', 'a 30% quota for women and youth', 'increased leadership'],
    ],
    ['27% of seats, up from 20% in 2015', ['27% of seats, up from 20% in 2015']],
    [
      'a 30% quota for women and youth, including women with disabilities',
      ['a 30% quota for women and youth, including women with disabilities'],
    ],
  ])('%j', (text, expected) => {
    expect(clauses(text)).toEqual(expected);
  });

  it('cuts Russian at "и" and ", а" only between claims', () => {
    expect(clauses('ИГН снизился на 60% и введена квота 30% для женщин и молодёжи', 'ru')).toEqual([
      'ИГН снизился на 60%',
      'введена квота 30% для женщин и молодёжи',
    ]);
  });
});
