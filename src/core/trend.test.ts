import { describe, expect, it } from 'vitest';
import type { Orientation } from './direction.ts';
import type { YearValue } from './stats.ts';
import {
  changeBetween,
  cleanSeries,
  compoundAnnualGrowth,
  extremeChanges,
  linearFit,
  projectTo,
  valueAt,
  yearsToTarget,
  type TargetSpec,
  type TrendGap,
} from './trend.ts';

/*
 * Real series, copied from data/undp-hdr/HDR25_Composite_indices_complete_time_series.csv (columns
 * `gii_YYYY`, `pr_f_YYYY`, `mys_f_YYYY`, `gdi_YYYY`), rows KAZ, KGZ and UZB.
 */
function series(from: number, values: readonly number[]): YearValue[] {
  return values.map((value, i) => ({ year: from + i, value }));
}

// KAZ gii_2000 … gii_2023 (HDR25).
const KAZ_GII = series(
  2000,
  [
    0.37, 0.357, 0.347, 0.35, 0.333, 0.337, 0.328, 0.302, 0.3, 0.282, 0.27, 0.26, 0.236, 0.233, 0.229, 0.217,
    0.212, 0.198, 0.195, 0.192, 0.182, 0.182, 0.168, 0.182,
  ],
);
const KAZ_GII_SINCE_2015 = KAZ_GII.filter((p) => p.year >= 2015);
// KAZ pr_f_2015 … pr_f_2023 (HDR25): women's share of seats, both chambers.
const KAZ_SEATS = series(
  2015,
  [
    20.12987013, 20.77922078, 22.07792208, 22.07792208, 22.07792208, 24.51612903, 24.51612903, 24.67532468,
    19.59459459,
  ],
);
// UZB gii_2015 … gii_2023 (HDR25): rising since 2015.
const UZB_GII = series(2015, [0.276, 0.267, 0.259, 0.267, 0.269, 0.266, 0.293, 0.297, 0.291]);
// KGZ pr_f_2004 … pr_f_2007 (HDR25): no women in parliament in 2005–2006.
const KGZ_SEATS = series(2004, [6.666666667, 0, 0, 25.55555556]);
// KAZ mys_f_2021 … mys_f_2023 (HDR25): carried forward, flat.
const KAZ_MYS_F = series(2021, [12.56896828, 12.56896828, 12.56896828]);
// KAZ gdi_2020 … gdi_2023 (HDR25).
const KAZ_GDI = series(2020, [1.005, 1.012, 1.004, 1.004]);

const GII: Orientation = { direction: 'lower-is-better' };
const SEATS: Orientation = { direction: 'parity', parityValue: 50 };
const GDI: Orientation = { direction: 'parity', parityValue: 1 };

function failureGap(r: { ok: boolean; gap?: TrendGap }): TrendGap | undefined {
  return r.ok ? undefined : r.gap;
}

describe(cleanSeries, () => {
  it('sorts by year, keeps the last value of a repeated year and drops non-finite values', () => {
    const out = cleanSeries([
      { year: 2023, value: 0.182 },
      { year: 2000, value: 0.37 },
      { year: 2022, value: 0.1 },
      { year: 2022, value: 0.168 },
      { year: 2010, value: Number.NaN },
      { year: 2011, value: Number.POSITIVE_INFINITY },
    ]);
    expect(out).toEqual([
      { year: 2000, value: 0.37 },
      { year: 2022, value: 0.168 },
      { year: 2023, value: 0.182 },
    ]);
  });
});

describe(changeBetween, () => {
  it.each<
    [
      string,
      YearValue[],
      number | undefined,
      number | undefined,
      [number, number, number, number | undefined],
    ]
  >([
    // The Beijing+30 claim: HDR25 KAZ GII 0.370 (2000) → 0.168 (2022) is a 54.6 % fall.
    ['KAZ GII 2000→2022', KAZ_GII, 2000, 2022, [-0.202, -0.5459459459, -0.0352517935, 2022]],
    [
      'KAZ GII first→last (2000→2023)',
      KAZ_GII,
      undefined,
      undefined,
      [-0.188, -0.5081081081, -0.0303767316, 2023],
    ],
    // A zero base has an absolute change but no relative change or growth rate.
    ['KGZ seats 2005→2007 (zero base)', KGZ_SEATS, 2005, 2007, [25.55555556, Number.NaN, Number.NaN, 2007]],
  ])('%s', (_name, points, from, to, [absolute, relative, cagr, endYear]) => {
    const r = changeBetween(points, from, to);
    if (!r.ok) throw new Error(r.detail);
    expect(r.change.absolute).toBeCloseTo(absolute, 9);
    expect(r.change.to.year).toBe(endYear);
    if (Number.isNaN(relative)) expect(r.change.relative).toBeUndefined();
    else expect(r.change.relative).toBeCloseTo(relative, 9);
    if (Number.isNaN(cagr)) expect(r.change.cagr).toBeUndefined();
    else expect(r.change.cagr).toBeCloseTo(cagr, 9);
  });

  it.each<
    [string, YearValue[], number | undefined, number | undefined, TrendGap, readonly number[] | undefined]
  >([
    ['one point', [{ year: 2023, value: 0.182 }], undefined, undefined, 'fewer-than-two-points', undefined],
    ['no points', [], undefined, undefined, 'fewer-than-two-points', undefined],
    ['a year before the series (KAZ GII starts in 2000)', KAZ_GII, 1995, 2022, 'missing-year', [1995]],
    ['both years missing', KAZ_GII, 1995, 2030, 'missing-year', [1995, 2030]],
    [
      'one point, both years given, one missing',
      [{ year: 2023, value: 0.182 }],
      2015,
      2023,
      'missing-year',
      [2015],
    ],
    ['window backwards', KAZ_GII, 2022, 2000, 'empty-window', undefined],
    ['window of one year', KAZ_GII, 2022, 2022, 'empty-window', undefined],
  ])('fails on %s', (_name, points, from, to, gap, missingYears) => {
    const r = changeBetween(points, from, to);
    expect(failureGap(r)).toBe(gap);
    if (!r.ok) expect(r.missingYears).toEqual(missingYears);
  });
});

describe(compoundAnnualGrowth, () => {
  it.each<[string, YearValue[], number | undefined, number | undefined, number | TrendGap]>([
    ['KAZ GII 2000→2022', KAZ_GII, 2000, 2022, -0.0352517935],
    ['KAZ GII 2015→2023', KAZ_GII, 2015, 2023, -0.0217463955],
    ['KGZ seats from a zero base (2005)', KGZ_SEATS, 2005, 2007, 'zero-base'],
    // Synthetic: no bundled series changes sign (every share and index is ≥ 0).
    ['a change of sign', series(2015, [-1, 2]), undefined, undefined, 'sign-change'],
    ['a missing year', KAZ_GII, 1999, 2022, 'missing-year'],
    ['one point', [{ year: 2023, value: 0.182 }], undefined, undefined, 'fewer-than-two-points'],
  ])('%s', (_name, points, from, to, expected) => {
    const r = compoundAnnualGrowth(points, from, to);
    if (typeof expected === 'number') {
      if (!r.ok) throw new Error(r.detail);
      expect(r.cagr).toBeCloseTo(expected, 9);
    } else expect(failureGap(r)).toBe(expected);
  });

  it('a fall to zero is a growth rate of −100 %', () => {
    const r = compoundAnnualGrowth(KGZ_SEATS, 2004, 2005);
    if (!r.ok) throw new Error(r.detail);
    expect(r.cagr).toBe(-1);
  });
});

describe(extremeChanges, () => {
  it.each<
    [
      string,
      YearValue[],
      Orientation,
      [number, number, number] | undefined,
      [number, number, number] | undefined,
      number,
    ]
  >([
    // The largest improvement of KAZ GII over any window is the 2000→2022 fall of 0.202 (54.6 %);
    // the largest deterioration the 2022→2023 rise of 0.014. 24 years give 276 windows.
    ['KAZ GII (lower is better)', KAZ_GII, GII, [2000, 2022, 0.202], [2022, 2023, -0.014], 276],
    // Read as higher-is-better the same series swaps sides.
    [
      'KAZ GII read as higher is better',
      KAZ_GII,
      { direction: 'higher-is-better' },
      [2022, 2023, 0.014],
      [2000, 2022, -0.202],
      276,
    ],
    // Seats move towards parity until 2022 (24.68, 25.32 from 50) and away in 2023 (19.59).
    ['KAZ seats (parity at 50)', KAZ_SEATS, SEATS, [2015, 2022, 4.54545455], [2022, 2023, -5.08073009], 36],
    // Neutral: a rise counts as the improvement.
    [
      'UZB GII read as neutral',
      UZB_GII,
      { direction: 'neutral' },
      [2017, 2022, 0.038],
      [2015, 2017, -0.017],
      36,
    ],
    [
      'flat KAZ mean years of schooling',
      KAZ_MYS_F,
      { direction: 'higher-is-better' },
      undefined,
      undefined,
      3,
    ],
  ])('%s', (_name, points, orientation, best, worst, windows) => {
    const r = extremeChanges(points, orientation);
    if (!r.ok) throw new Error(r.detail);
    expect(r.windows).toBe(windows);
    const shape = (c: typeof r.improvement) => c && [c.from.year, c.to.year, c.progress];
    const check = (got: ReturnType<typeof shape>, want: [number, number, number] | undefined) => {
      if (want === undefined) return expect(got).toBeUndefined();
      expect(got?.slice(0, 2)).toEqual(want.slice(0, 2));
      expect(got?.[2]).toBeCloseTo(want[2], 7);
    };
    check(shape(r.improvement), best);
    check(shape(r.deterioration), worst);
  });

  it('the KAZ GII improvement carries its relative change (−54.6 %)', () => {
    const r = extremeChanges(KAZ_GII, GII);
    if (!r.ok) throw new Error(r.detail);
    expect(r.improvement?.relative).toBeCloseTo(-0.546, 3);
  });

  it('ties go to the earlier, then shorter window', () => {
    // KAZ GII 2020 and 2021 are both 0.182: 2019→2020 and 2019→2021 tie; the shorter wins.
    const r = extremeChanges(
      KAZ_GII.filter((p) => p.year >= 2019 && p.year <= 2021),
      GII,
    );
    if (!r.ok) throw new Error(r.detail);
    expect([r.improvement?.from.year, r.improvement?.to.year]).toEqual([2019, 2020]);
  });

  it('needs two points', () => {
    expect(failureGap(extremeChanges([{ year: 2023, value: 0.182 }], GII))).toBe('fewer-than-two-points');
  });
});

describe(linearFit, () => {
  // Slopes from numpy's least squares over the same points (weights year − 2015 + 1 for `recency`).
  it.each<[string, YearValue[], 'none' | 'recency', number, number]>([
    ['KAZ GII 2015–2023, ordinary', KAZ_GII_SINCE_2015, 'none', -0.0052833333, 0.1338833333],
    ['KAZ GII 2015–2023, time-weighted', KAZ_GII_SINCE_2015, 'recency', -0.0044606061, 0.1418363636],
    ['KAZ GII 2000–2023, ordinary', KAZ_GII, 'none', -0.0093330435, 0.0882553623],
    ['KAZ GII 2000–2023, time-weighted', KAZ_GII, 'recency', -0.0087190635, 0.0972604013],
    ['flat series', KAZ_MYS_F, 'none', 0, 12.56896828],
  ])('%s', (_name, points, weighting, slope, at2030) => {
    const r = linearFit(points, weighting);
    if (!r.ok) throw new Error(r.detail);
    expect(r.fit.slope).toBeCloseTo(slope, 9);
    expect(valueAt(r.fit, 2030)).toBeCloseTo(at2030, 9);
    expect(r.fit.weighting).toBe(weighting);
    expect(r.fit.points).toHaveLength(points.length);
  });

  it('weights rise by one a year from the first point under `recency`', () => {
    const r = linearFit(KAZ_GII_SINCE_2015, 'recency');
    if (!r.ok) throw new Error(r.detail);
    expect(r.fit.points.map((p) => p.weight)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it.each<[string, YearValue[]]>([
    ['one point', [{ year: 2023, value: 0.182 }]],
    [
      'one year given twice',
      [
        { year: 2023, value: 0.182 },
        { year: 2023, value: 0.2 },
      ],
    ],
  ])('needs two distinct years: %s', (_name, points) => {
    expect(failureGap(linearFit(points))).toBe('fewer-than-two-points');
  });
});

describe(projectTo, () => {
  it.each<[string, number | undefined, 'none' | 'recency' | undefined, number, number]>([
    ['to 2030 by default, ordinary', undefined, undefined, 2030, 0.1338833333],
    ['to 2030, time-weighted (ESCAP/UNECE)', 2030, 'recency', 2030, 0.1418363636],
    ['to 2025', 2025, 'none', 2025, 0.1603],
  ])('KAZ GII 2015–2023 %s', (_name, year, weighting, expectedYear, value) => {
    const r = projectTo(KAZ_GII_SINCE_2015, year, weighting);
    if (!r.ok) throw new Error(r.detail);
    expect(r.projection.year).toBe(expectedYear);
    expect(r.projection.value).toBeCloseTo(value, 9);
  });

  it('needs two points', () => {
    expect(failureGap(projectTo([{ year: 2023, value: 0.182 }]))).toBe('fewer-than-two-points');
  });
});

describe(yearsToTarget, () => {
  type Expected =
    | { status: 'reached' }
    | { status: 'on-course'; years: number; pace: number }
    | { status: 'not-at-this-pace'; pace: number };
  it.each<[string, YearValue[], TargetSpec, 'linear' | 'compound' | undefined, Expected]>([
    // KAZ GII 0.182 in 2023 falls by 0.0052833/yr (2015–2023): 0.1 in (0.182 − 0.1)/0.0052833 = 15.52 years.
    [
      'KAZ GII to 0.1, linear',
      KAZ_GII_SINCE_2015,
      { value: 0.1, orientation: GII },
      undefined,
      { status: 'on-course', years: 15.5205047319, pace: -0.0052833333 },
    ],
    // Compound: CAGR 2015→2023 = (0.182/0.217)^(1/8) − 1 = −2.1746 %; ln(0.1/0.182)/ln(1 − 0.021746) = 27.24 years.
    [
      'KAZ GII to 0.1, compound',
      KAZ_GII_SINCE_2015,
      { value: 0.1, orientation: GII },
      'compound',
      { status: 'on-course', years: 27.2367607959, pace: -0.0217463955 },
    ],
    // KAZ seats 19.59 % in 2023, +0.28103 points/yr (2015–2023): parity in (50 − 19.5946)/0.28103 = 108.19 years.
    [
      'KAZ seats to parity',
      KAZ_SEATS,
      { value: 50, orientation: SEATS },
      'linear',
      { status: 'on-course', years: 108.1925438938, pace: 0.2810305065 },
    ],
    // With a 1-point tolerance parity counts as reached at 49: (49 − 19.5946)/0.28103 = 104.63 years.
    [
      'KAZ seats to parity ± 1 point',
      KAZ_SEATS,
      { value: 50, orientation: SEATS, tolerance: 1 },
      'linear',
      { status: 'on-course', years: 104.6342, pace: 0.2810305065 },
    ],
    // UZB GII rose 0.276 → 0.291 (2015–2023): moving away from any lower target.
    [
      'UZB GII to 0.2: moving away',
      UZB_GII,
      { value: 0.2, orientation: GII },
      'linear',
      { status: 'not-at-this-pace', pace: 0.0036166667 },
    ],
    [
      'UZB GII to 0.2, compound: moving away',
      UZB_GII,
      { value: 0.2, orientation: GII },
      'compound',
      { status: 'not-at-this-pace', pace: 0.0066372296 },
    ],
    [
      'flat KAZ mean years of schooling to 13',
      KAZ_MYS_F,
      { value: 13, orientation: { direction: 'higher-is-better' } },
      'linear',
      { status: 'not-at-this-pace', pace: 0 },
    ],
    // KAZ GDI 1.004 in 2023 is within 0.01 of parity (1): reached.
    [
      'KAZ GDI at parity within 0.01',
      KAZ_GDI,
      { value: 1, orientation: GDI, tolerance: 0.01 },
      'linear',
      { status: 'reached' },
    ],
    // KAZ GDI 1.004 (2023), −0.0011/yr (2020–2023): within 0.001 of parity (1.001) in 0.003/0.0011 = 2.73 years.
    [
      'KAZ GDI to parity ± 0.001',
      KAZ_GDI,
      { value: 1, orientation: GDI, tolerance: 0.001 },
      'linear',
      { status: 'on-course', years: 2.7272727273, pace: -0.0011 },
    ],
    [
      'KAZ GII already below 0.2',
      KAZ_GII_SINCE_2015,
      { value: 0.2, orientation: GII },
      'linear',
      { status: 'reached' },
    ],
  ])('%s', (_name, points, target, pace, expected) => {
    const r = yearsToTarget(points, target, pace);
    if (!r.ok) throw new Error(r.detail);
    expect(r.time.status).toBe(expected.status);
    expect(r.time.latest.year).toBe(points[points.length - 1]!.year);
    if (r.time.status === 'on-course' && expected.status === 'on-course') {
      expect(r.time.years).toBeCloseTo(expected.years, 3);
      expect(r.time.year).toBeCloseTo(r.time.latest.year + expected.years, 3);
      expect(r.time.pacePerYear).toBeCloseTo(expected.pace, 9);
    }
    if (r.time.status === 'not-at-this-pace' && expected.status === 'not-at-this-pace')
      expect(r.time.pacePerYear).toBeCloseTo(expected.pace, 9);
  });

  it.each<[string, YearValue[], 'linear' | 'compound', TrendGap]>([
    ['one point', [{ year: 2023, value: 19.59459459 }], 'linear', 'fewer-than-two-points'],
    ['compound pace from a zero base (KGZ seats 2005–2006)', KGZ_SEATS.slice(1, 3), 'compound', 'zero-base'],
  ])('fails on %s', (_name, points, pace, gap) => {
    expect(failureGap(yearsToTarget(points, { value: 50, orientation: SEATS }, pace))).toBe(gap);
  });
});
