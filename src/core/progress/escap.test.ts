import { describe, expect, it } from 'vitest';
import type { Orientation } from '../direction.ts';
import type { YearValue } from '../stats.ts';
import {
  escapAnticipatedProgress,
  escapApiCategory,
  escapCurrentStatus,
  escapGoalSnapshot,
  type EscapApiCategory,
  type EscapInput,
} from './escap.ts';

const UP: Orientation = { direction: 'higher-is-better' };
const DOWN: Orientation = { direction: 'lower-is-better' };
const SEATS: Orientation = { direction: 'parity', parityValue: 50 };

function pts(...pairs: [number, number][]): YearValue[] {
  return pairs.map(([year, value]) => ({ year, value }));
}
const target = (value: number) => ({ value, year: 2030 });

// HDR25 (data/undp-hdr/HDR25_Composite_indices_complete_time_series.csv), 2015 and 2023 values.
const KAZ_SEATS = pts([2015, 20.12987013], [2023, 19.59459459]);
const KAZ_GII = pts([2015, 0.217], [2023, 0.182]);
const UZB_GII_2015_2023 = pts(
  [2015, 0.276],
  [2016, 0.267],
  [2017, 0.259],
  [2018, 0.267],
  [2019, 0.269],
  [2020, 0.266],
  [2021, 0.293],
  [2022, 0.297],
  [2023, 0.291],
);

describe(escapCurrentStatus, () => {
  it.each<[string, EscapInput, number, boolean]>([
    // Increasing: D = +10. CS = 10·(27 − 22)/|50 − 22| = 50/28 = 1.7857.
    [
      'seats 22 → 27, target 50 (increasing)',
      { series: pts([2015, 22], [2023, 27]), orientation: UP, target: target(50) },
      1.785714,
      false,
    ],
    // Decreasing: D = −10. CS = −10·(55 − 70)/|35 − 70| = 150/35 = 4.2857.
    [
      'MMR 70 → 55, target 35 (decreasing)',
      { series: pts([2015, 70], [2023, 55]), orientation: DOWN, target: target(35) },
      4.285714,
      false,
    ],
    // Parity: CS = 10 − 10·|50 − 19.5946|/|50 − 20.1299| = 10 − 10·30.4054/29.8701 = −0.1792.
    [
      'KAZ seats to parity (parity form)',
      { series: KAZ_SEATS, orientation: SEATS, target: target(50) },
      -0.179197,
      false,
    ],
    // Regress: CS = −10·(0.291 − 0.276)/|0.2 − 0.276| = −0.15/0.076 = −1.9737.
    [
      'UZB GII 0.276 → 0.291, target 0.2',
      { series: pts([2015, 0.276], [2023, 0.291]), orientation: DOWN, target: target(0.2) },
      -1.973684,
      false,
    ],
    // Met: KAZ GII 0.182 ≤ 0.2, so CS = 10 (the formula alone gives 10·0.035/0.017 = 20.6).
    [
      'KAZ GII 0.217 → 0.182, target 0.2 (met)',
      { series: KAZ_GII, orientation: DOWN, target: target(0.2) },
      10,
      true,
    ],
    [
      'overshoot is capped: 22 → 60, target 50',
      { series: pts([2015, 22], [2023, 60]), orientation: UP, target: target(50) },
      10,
      true,
    ],
    // D is a parameter: with 100 the increasing case reads 17.857.
    [
      'scale 100',
      { series: pts([2015, 22], [2023, 27]), orientation: UP, target: target(50), params: { scale: 100 } },
      17.857143,
      false,
    ],
  ])('%s', (_name, input, cs, met) => {
    const r = escapCurrentStatus(input);
    if (!r.ok) throw new Error(r.detail);
    expect(r.value.value).toBeCloseTo(cs, 5);
    expect(r.value.targetMet).toBe(met);
  });

  it('reports its inputs and the share of time elapsed (2015–2023 of 2015–2030: 8/15)', () => {
    const r = escapCurrentStatus({
      series: pts([2015, 70], [2023, 55]),
      orientation: DOWN,
      target: target(35),
    });
    if (!r.ok) throw new Error(r.detail);
    expect(r.value).toMatchObject({
      kind: 'decreasing',
      d: -10,
      base: { year: 2015, value: 70 },
      current: { year: 2023, value: 55 },
      targetValue: 35,
    });
    expect(r.value.timeElapsedShare).toBeCloseTo(8 / 15, 12);
  });

  it.each<[string, EscapInput, string]>([
    [
      'a neutral indicator',
      { series: KAZ_GII, orientation: { direction: 'neutral' }, target: target(0.1) },
      'not-applicable',
    ],
    [
      'base equal to the target, not met',
      { series: pts([2015, 30], [2023, 28]), orientation: UP, target: target(30) },
      'not-applicable',
    ],
    [
      'one value since 2015',
      { series: pts([2010, 10], [2015, 12]), orientation: UP, target: target(30) },
      'not-enough-data',
    ],
  ])('fails for %s', (_name, input, reason) => {
    const r = escapCurrentStatus(input);
    expect(r.ok ? 'ok' : r.reason).toBe(reason);
  });
});

describe(escapGoalSnapshot, () => {
  it('averages CS and compares it with the time elapsed', () => {
    // (1.785714 + 4.285714 − 0.179197)/3 = 1.964077: 19.6 % of the way after 8/15 = 53.3 % of the time.
    const s = escapGoalSnapshot([1.785714, 4.285714, -0.179197], 2023);
    expect(s?.meanProgress).toBeCloseTo(1.964077, 6);
    expect(s?.progressShare).toBeCloseTo(0.1964077, 6);
    expect(s?.progressNeededShare).toBeCloseTo(0.8035923, 6);
    expect(s?.timeElapsedShare).toBeCloseTo(0.533333, 6);
    expect(s?.onPace).toBe(false);
    expect(s?.indicators).toBe(3);
  });

  it('is undefined without indicators', () => {
    expect(escapGoalSnapshot([], 2023)).toBeUndefined();
  });
});

describe(escapAnticipatedProgress, () => {
  /*
   * Hand computation, weights w = year − first year + 1.
   * A: 2015 20, 2017 22, 2019 26 → w 1, 3, 5 (Σ 9). x = year − 2015: mean x = (0 + 6 + 20)/9 = 26/9,
   *    mean y = (20 + 66 + 130)/9 = 24. Sxx = Σw·x² − 9·(26/9)² = 92 − 676/9 = 152/9;
   *    Sxy = Σw·x·y − 9·(26/9)·24 = 652 − 624 = 28. slope = 28/(152/9) = 63/38 = 1.657895.
   *    Î_2030 = 24 + (63/38)·(15 − 26/9) = 24 + 763/38 = 44.078947.
   *    Parity (TV 50): gap = |50 − 44.078947|/|50 − 20| = 5.921053/30 = 0.197368 → accelerate.
   *    Increasing, TV 30: gap = (30 − 44.078947)/(30 − 20) = −1.407895 ≤ 0 → maintain.
   * B: 2015 70, 2019 60, 2023 58 → w 1, 5, 9 (Σ 15). mean x = (0 + 20 + 72)/15 = 92/15,
   *    mean y = (70 + 300 + 522)/15 = 892/15. Sxx = 656 − 8464/15 = 1376/15;
   *    Sxy = (1200 + 4176) − 92·892/15 = −1424/15. slope = −1424/1376 = −1.034884.
   *    Î_2030 = 892/15 − (89/86)·(15 − 92/15) = 64875/1290 = 50.290698.
   *    Decreasing, TV 35: gap = (35 − 50.290698)/(35 − 70) = 0.436877 → accelerate.
   */
  const A = pts([2015, 20], [2017, 22], [2019, 26]);
  const B = pts([2015, 70], [2019, 60], [2023, 58]);

  it.each<[string, EscapInput, number | undefined, number, EscapApiCategory]>([
    [
      'A, parity 50',
      { series: A, orientation: SEATS, target: target(50) },
      0.197368,
      44.078947,
      'accelerate',
    ],
    [
      'A, parity 50, tolerance 0.2',
      { series: A, orientation: SEATS, target: target(50), params: { tolerance: 0.2 } },
      0.197368,
      44.078947,
      'maintain',
    ],
    [
      'A, increasing to 30',
      { series: A, orientation: UP, target: target(30) },
      -1.407895,
      44.078947,
      'maintain',
    ],
    [
      'B, decreasing to 35',
      { series: B, orientation: DOWN, target: target(35) },
      0.436877,
      50.290698,
      'accelerate',
    ],
    // UZB GII (HDR25) 2015–2023, time-weighted slope +0.005082/yr: Î_2030 = 0.330058;
    // gap = (0.2 − 0.330058)/(0.2 − 0.276) = 1.711284 → reverse.
    [
      'UZB GII to 0.2',
      { series: UZB_GII_2015_2023, orientation: DOWN, target: target(0.2) },
      1.711284,
      0.330058,
      'reverse',
    ],
    // The latest value already meets the target: maintain. Two points: slope −0.035/8 = −0.004375,
    // Î_2030 = 0.182 − 7·0.004375 = 0.151375; gap = (0.2 − 0.151375)/(0.2 − 0.217) = −2.860294.
    [
      'KAZ GII to 0.2 (met)',
      { series: KAZ_GII, orientation: DOWN, target: target(0.2) },
      -2.860294,
      0.151375,
      'maintain',
    ],
    // Base at the target and the trend moving away: no gap, reverse.
    [
      'base at the target, falling',
      { series: pts([2015, 30], [2023, 28]), orientation: UP, target: target(30) },
      undefined,
      26.25,
      'reverse',
    ],
  ])('%s', (_name, input, gap, projected, category) => {
    const r = escapAnticipatedProgress(input);
    if (!r.ok) throw new Error(r.detail);
    if (gap === undefined) expect(r.value.gap).toBeUndefined();
    else expect(r.value.gap).toBeCloseTo(gap, 4);
    expect(r.value.projection.value).toBeCloseTo(projected, 4);
    expect(r.value.projection.fit.weighting).toBe('recency');
    expect(r.value.category).toBe(category);
    expect(escapApiCategory(r)).toBe(category);
  });

  it('gap below 1 while the line turns away from the target is reverse', () => {
    // 2015 40, 2016 47, 2023 43 (TV 50), w 1, 2, 9: slope = −22.83/121.67 = −0.1877, Î_2030 = 41.76,
    // gap = (50 − 41.76)/(50 − 40) = 0.82 < 1, but the line falls: reverse.
    const r = escapAnticipatedProgress({
      series: pts([2015, 40], [2016, 47], [2023, 43]),
      orientation: UP,
      target: target(50),
    });
    if (!r.ok) throw new Error(r.detail);
    expect(r.value.projection.fit.slope).toBeLessThan(0);
    expect(r.value.gap).toBeLessThan(1);
    expect(r.value.category).toBe('reverse');
  });

  it('fits from 2000 only (UNECE)', () => {
    const r = escapAnticipatedProgress({
      series: [{ year: 1995, value: 100 }, ...A],
      orientation: SEATS,
      target: target(50),
    });
    if (!r.ok) throw new Error(r.detail);
    expect(r.value.projection.fit.points).toHaveLength(3);
  });

  it.each<[string, YearValue[], EscapApiCategory | undefined]>([
    ['one point', pts([2023, 30]), 'insufficient-data'],
    ['nothing since 2015', pts([2010, 30], [2012, 31]), 'insufficient-data'],
  ])('%s is insufficient data', (_name, series, category) => {
    const r = escapAnticipatedProgress({ series, orientation: UP, target: target(50) });
    expect(r.ok).toBe(false);
    expect(escapApiCategory(r)).toBe(category);
  });

  it('a neutral indicator is not applicable, not insufficient data', () => {
    const r = escapAnticipatedProgress({
      series: A,
      orientation: { direction: 'neutral' },
      target: target(50),
    });
    expect(r.ok ? 'ok' : r.reason).toBe('not-applicable');
    expect(escapApiCategory(r)).toBeUndefined();
  });
});
