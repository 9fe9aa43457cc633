import { describe, expect, it } from 'vitest';
import { mean, median, summarizeByYear } from './stats.ts';

// GII in HDR25 of the Central Asian members with a value (Turkmenistan has none):
// 2023: KAZ 0.182, KGZ 0.34, TJK 0.258, UZB 0.291; 2013: KAZ 0.233, KGZ 0.382, TJK 0.338, UZB 0.275.
const GII_2023 = [0.182, 0.34, 0.258, 0.291];
const GII_2013 = [0.233, 0.382, 0.338, 0.275];

describe(mean, () => {
  it.each<[number[], number | undefined]>([
    [[], undefined],
    [[0.182], 0.182],
    [GII_2023, 0.26775],
    [GII_2013, 0.307],
    [[-1, 1], 0],
  ])('mean(%j) = %s', (values, expected) => {
    const m = mean(values);
    if (expected === undefined) expect(m).toBeUndefined();
    else expect(m).toBeCloseTo(expected, 12);
  });
});

describe(median, () => {
  it.each<[number[], number | undefined]>([
    [[], undefined],
    [[0.182], 0.182],
    [[0.34, 0.182, 0.258], 0.258],
    [GII_2023, 0.2745],
    [GII_2013, 0.3065],
    [[3, 1, 2, 2], 2],
  ])('median(%j) = %s', (values, expected) => {
    const m = median(values);
    if (expected === undefined) expect(m).toBeUndefined();
    else expect(m).toBeCloseTo(expected, 12);
  });

  it('does not reorder its input', () => {
    const values = [...GII_2023];
    median(values);
    expect(values).toEqual(GII_2023);
  });
});

describe(summarizeByYear, () => {
  it('groups by year, ascending, with mean, median and count', () => {
    const points = [
      ...GII_2023.map((value) => ({ year: 2023, value })),
      ...GII_2013.map((value) => ({ year: 2013, value })),
    ];
    const out = summarizeByYear(points);
    expect(out.map((s) => [s.year, s.n])).toEqual([
      [2013, 4],
      [2023, 4],
    ]);
    expect(out[0]!.mean).toBeCloseTo(0.307, 12);
    expect(out[0]!.median).toBeCloseTo(0.3065, 12);
    expect(out[1]!.mean).toBeCloseTo(0.26775, 12);
    expect(out[1]!.median).toBeCloseTo(0.2745, 12);
  });

  it('gives nothing for no points', () => {
    expect(summarizeByYear([])).toEqual([]);
  });
});
