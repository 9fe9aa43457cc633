import { describe, expect, it } from 'vitest';
import type { YearValue } from '../stats.ts';
import {
  assessSdsn,
  sdsnColour,
  sdsnScore,
  sdsnTrend,
  type SdsnBounds,
  type SdsnColour,
  type SdsnTrend,
} from './sdsn.ts';

// SDR 2025 codebook (METHODS.md §4b): optimum, green, red, lower bound.
const PARL: SdsnBounds = { optimum: 50, green: 40, red: 20, lowerBound: 1.2 };
const EDAT: SdsnBounds = { optimum: 100, green: 98, red: 75, lowerBound: 41.8 };
const LFPR: SdsnBounds = { optimum: 100, green: 70, red: 50, lowerBound: 21.5 };
const PAYGAP: SdsnBounds = { optimum: 0, green: 8, red: 20, lowerBound: 36.7 };

function series(from: number, values: readonly number[]): YearValue[] {
  return values.map((value, i) => ({ year: from + i, value }));
}

// HDR25 pr_f_2015 … pr_f_2023 (data/undp-hdr/HDR25_Composite_indices_complete_time_series.csv).
// HDR counts both chambers where SDSN (IPU) counts the lower one: these test the arithmetic only.
const SEATS = {
  KAZ: series(
    2015,
    [
      20.12987013, 20.77922078, 22.07792208, 22.07792208, 22.07792208, 24.51612903, 24.51612903, 24.67532468,
      19.59459459,
    ],
  ),
  UZB: series(2015, [16.4, 16.4, 16.4, 16.4, 16.4, 29.14979757, 28.74493927, 29.09836066, 30]),
  TJK: series(2015, [14.73684211, 20, 20, 20, 20, 23.40425532, 23.40425532, 26.59574468, 26.59574468]),
};
// 100 × lfpr_f/lfpr_m, HDR25, 2015 … 2023.
const LFPR_RATIO = {
  KAZ: series(2015, [85.7294, 85.4557, 85.195, 84.9206, 84.6459, 84.3709, 84.6103, 84.8525, 84.8525]),
  KGZ: series(2015, [65.3673, 63.0883, 59.0133, 59.4529, 59.2746, 60.9993, 58.6852, 61.4221, 61.4221]),
  UZB: series(2015, [89.7158, 90.1301, 90.8346, 86.7601, 82.9041, 54.5803, 56.4654, 58.4434, 60.5976]),
  TJK: series(2015, [60.1272, 61.7363, 60.1453, 59.4372, 61.6165, 62.9035, 63.9548, 65.3693, 65.3693]),
};

describe(sdsnScore, () => {
  it.each<[string, number, SdsnBounds, number]>([
    // Finland's published sdg5_parl score 90.779 (SDR 2025): (45.5 − 1.2)/(50 − 1.2)·100.
    ['FIN seats 45.5 %', 45.5, PARL, 90.7787],
    // sdg5_edat from HDR23-24 mys_f_2022/mys_m_2022: KGZ 11.88298442/12.04857289 = 98.6257 %.
    ['KGZ schooling ratio 98.6257', 98.62565906, EDAT, 97.6386],
    // FIN 13.11326253/12.73550842 = 102.97 %: above the optimum, clipped to 100.
    ['FIN schooling ratio 102.97 (clipped)', 102.9661486, EDAT, 100],
    ['below the lower bound (clipped)', 0.5, PARL, 0],
    // Lower is better: OPT 0 < LB 36.7. 100·(15 − 36.7)/(0 − 36.7) = 59.128.
    ['pay gap 15 %', 15, PAYGAP, 59.1281],
    ['pay gap 40 % (clipped)', 40, PAYGAP, 0],
  ])('%s', (_name, value, bounds, score) => {
    expect(sdsnScore(value, bounds)).toBeCloseTo(score, 4);
  });
});

describe(sdsnColour, () => {
  it.each<[string, number, SdsnBounds, number | undefined, SdsnColour]>([
    ['KGZ schooling ratio 98.63 ≥ 98', 98.62565906, EDAT, undefined, 'green'],
    // UZB 11.74777031/12.07958031 = 97.25 %: between 75 and 98, above the midpoint 86.5.
    ['UZB schooling ratio 97.25', 97.25313304, EDAT, undefined, 'yellow'],
    ['seats 25 % (midpoint 30)', 25, PARL, undefined, 'orange'],
    ['seats exactly at green', 40, PARL, undefined, 'green'],
    ['seats exactly at red', 20, PARL, undefined, 'red'],
    ['seats 19.59 % (KAZ 2023, HDR25)', 19.59459459, PARL, undefined, 'red'],
    ['seats 25 % with the split at 0.2 (24)', 25, PARL, 0.2, 'yellow'],
    ['pay gap 8 % (lower is better)', 8, PAYGAP, undefined, 'green'],
    ['pay gap 12 %', 12, PAYGAP, undefined, 'yellow'],
    ['pay gap 15 %', 15, PAYGAP, undefined, 'orange'],
    ['pay gap 25 %', 25, PAYGAP, undefined, 'red'],
  ])('%s', (_name, value, bounds, split, colour) => {
    expect(sdsnColour(value, bounds, split)).toBe(colour);
  });
});

describe(sdsnTrend, () => {
  // Paces in score points a year; required = (score(green) − score(2015))/(2030 − 2015).
  it.each<[string, YearValue[], SdsnBounds, SdsnTrend, number | undefined, number | undefined]>([
    // KAZ: slope 0.5759/yr vs (79.5082 − 38.7907)/15 = 2.7145/yr: ratio 0.21 < 0.5.
    ['KAZ seats', SEATS.KAZ, PARL, 'stagnating', 0.5758821855, 2.7144986161],
    // TJK: 2.6447 vs 3.4513: ratio 0.77.
    ['TJK seats', SEATS.TJK, PARL, 'moderately-improving', 2.644658821, 3.4512510779],
    // UZB: 4.4377 vs 3.2240: ratio 1.38.
    ['UZB seats', SEATS.UZB, PARL, 'on-track', 4.4376625031, 3.2240437158],
    // KAZ labour-force ratio 84.85 is green (≥ 70) and stays green in 2030 at −0.149/yr.
    ['KAZ labour-force ratio (maintaining)', LFPR_RATIO.KAZ, LFPR, 'on-track', -0.149386635, -1.3358278503],
    ['KGZ labour-force ratio', LFPR_RATIO.KGZ, LFPR, 'decreasing', -0.4222720914, 0.393439081],
    // UZB was green in 2015 (89.7) and fell to 60.6 (< 70).
    ['UZB labour-force ratio', LFPR_RATIO.UZB, LFPR, 'decreasing', -6.6337824245, -1.6743776162],
    ['TJK labour-force ratio', LFPR_RATIO.TJK, LFPR, 'on-track', 0.9119437209, 0.8384565506],
  ])('%s', (_name, points, bounds, trend, observed, required) => {
    const t = sdsnTrend(points, bounds);
    expect(t.trend).toBe(trend);
    expect(t.observedPace).toBeCloseTo(observed!, 4);
    expect(t.requiredPace).toBeCloseTo(required!, 4);
  });

  it('shares of the required pace are parameters', () => {
    expect(sdsnTrend(SEATS.TJK, PARL, { onTrackShare: 0.75 }).trend).toBe('on-track');
    expect(sdsnTrend(SEATS.KAZ, PARL, { moderateShare: 0.2 }).trend).toBe('moderately-improving');
  });

  it.each<[string, YearValue[]]>([
    [
      'one value since 2015',
      [
        { year: 2010, value: 20 },
        { year: 2023, value: 25 },
      ],
    ],
    ['no value', []],
  ])('unavailable with %s', (_name, points) => {
    const t = sdsnTrend(points, PARL);
    expect([t.trend, t.symbol]).toEqual(['unavailable', '•']);
  });

  it('a value held above the optimum is maintained, not decreasing (scores are clipped)', () => {
    const t = sdsnTrend(series(2015, [103, 102.5, 102]), EDAT);
    expect([t.trend, t.observedPace]).toEqual(['on-track', 0]);
  });
});

describe(assessSdsn, () => {
  it('scores and colours the latest value and gives the arrow', () => {
    const r = assessSdsn(SEATS.KAZ, PARL);
    if (!r.ok) throw new Error(r.detail);
    expect(r.value.latest).toEqual({ year: 2023, value: 19.59459459 });
    expect(r.value.score).toBeCloseTo(37.6938, 4);
    expect(r.value.colour).toBe('red');
    expect([r.value.trend.trend, r.value.trend.symbol]).toEqual(['stagnating', '→']);
  });

  it.each<[string, YearValue[], SdsnBounds, string]>([
    ['no data', [], PARL, 'not-enough-data'],
    ['degenerate bounds', SEATS.KAZ, { optimum: 1, green: 1, red: 1, lowerBound: 1 }, 'not-applicable'],
  ])('%s', (_name, points, bounds, reason) => {
    const r = assessSdsn(points, bounds);
    expect(r.ok ? 'ok' : r.reason).toBe(reason);
  });
});
