import { describe, expect, it } from 'vitest';
import type { ClaimYears } from './claim.ts';
import { findYears } from './years.ts';

describe(findYears, () => {
  it.each<[string, ClaimYears]>([
    ['since 2000', { from: 2000 }],
    ['from 2015 to 2022', { from: 2015, to: 2022 }],
    ['between 2000 and 2022', { from: 2000, to: 2022 }],
    ['over 2000–2022', { from: 2000, to: 2022 }],
    ['in 2004/05', { from: 2004, to: 2005 }],
    ['in 2022', { to: 2022 }],
    ['by 2023', { to: 2023 }],
    ['from 0.370 in 2000 to 0.168 in 2022', { from: 2000, to: 2022 }],
    ['since 2000, reaching 0.168 in 2022', { from: 2000, to: 2022 }],
    ['over the past decade', {}],
    ['in the last 10 years', {}],
    ['с 2015 года', { from: 2015 }],
    ['с 2015 по 2022 год', { from: 2015, to: 2022 }],
    ['с 2000 года по 2022 год', { from: 2000, to: 2022 }],
    ['между 2000 и 2022 годами', { from: 2000, to: 2022 }],
    ['в 2022 году', { to: 2022 }],
    ['к 2030 году', { to: 2030 }],
    ['2015–2022 гг.', { from: 2015, to: 2022 }],
    ['54.6% or 1,000 or 2022.5', {}],
  ])('%j', (text, years) => {
    expect(findYears(text).years).toEqual(years);
  });

  it('gives the span of every year so amounts can leave them out', () => {
    const text = 'between 2000 and 2022';
    expect(findYears(text).spans.map((s) => text.slice(s.start, s.end))).toEqual(['2000', '2022']);
  });
});
