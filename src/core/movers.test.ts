import { describe, expect, it } from 'vitest';
import { findMovers, type MoverSeries } from './movers.ts';

// HDR25 GII, 2013 and 2023 (lower is better): KAZ 0.233 → 0.182, KGZ 0.382 → 0.34, TJK 0.338 → 0.258,
// UZB 0.275 → 0.291.
const CENTRAL_ASIA: MoverSeries[] = [
  { key: 'KAZ', points: [p(2013, 0.233), p(2023, 0.182)] },
  { key: 'KGZ', points: [p(2013, 0.382), p(2023, 0.34)] },
  { key: 'TJK', points: [p(2013, 0.338), p(2023, 0.258)] },
  { key: 'UZB', points: [p(2013, 0.275), p(2023, 0.291)] },
];

function p(year: number, value: number) {
  return { year, value };
}

describe(findMovers, () => {
  it('ranks improvers by direction-aware progress (GII: a fall is progress)', () => {
    const { improved, worsened } = findMovers(CENTRAL_ASIA, {
      orientation: { direction: 'lower-is-better' },
      endYear: 2023,
    });
    expect(improved.map((m) => m.key)).toEqual(['TJK', 'KAZ', 'KGZ']);
    expect(improved[0]!.change).toBeCloseTo(-0.08, 12);
    expect(improved[0]!.progress).toBeCloseTo(0.08, 12);
    expect(worsened.map((m) => [m.key, m.from.year, m.to.year])).toEqual([['UZB', 2013, 2023]]);
    expect(worsened[0]!.progress).toBeCloseTo(-0.016, 12);
  });

  it.each<[string, Parameters<typeof findMovers>[1], string[], string[]]>([
    [
      'higher is better flips the sides',
      { orientation: { direction: 'higher-is-better' }, endYear: 2023 },
      ['UZB'],
      ['TJK', 'KAZ', 'KGZ'],
    ],
    [
      'neutral: rises improve',
      { orientation: { direction: 'neutral' }, endYear: 2023 },
      ['UZB'],
      ['TJK', 'KAZ', 'KGZ'],
    ],
    [
      'count limits each side',
      { orientation: { direction: 'lower-is-better' }, endYear: 2023, count: 2 },
      ['TJK', 'KAZ'],
      ['UZB'],
    ],
    [
      'no value in the end year: nobody',
      { orientation: { direction: 'lower-is-better' }, endYear: 2022 },
      [],
      [],
    ],
    [
      'start outside the window: nobody',
      { orientation: { direction: 'lower-is-better' }, endYear: 2023, span: 5 },
      [],
      [],
    ],
  ])('%s', (_name, opts, improved, worsened) => {
    const out = findMovers(CENTRAL_ASIA, opts);
    expect(out.improved.map((m) => m.key)).toEqual(improved);
    expect(out.worsened.map((m) => m.key)).toEqual(worsened);
  });

  it('starts from the earliest value in the window', () => {
    const out = findMovers(
      [{ key: 'KAZ', points: [p(2010, 0.3), p(2015, 0.25), p(2016, 0.24), p(2023, 0.182)] }],
      {
        orientation: { direction: 'lower-is-better' },
        endYear: 2023,
      },
    );
    expect(out.improved[0]!.from).toEqual(p(2015, 0.25));
  });

  it('moving towards parity improves even when the value falls', () => {
    const out = findMovers([{ key: 'X', points: [p(2013, 60), p(2023, 52)] }], {
      orientation: { direction: 'parity', parityValue: 50 },
      endYear: 2023,
    });
    expect(out.improved.map((m) => [m.key, m.change, m.progress])).toEqual([['X', -8, 8]]);
  });
});
