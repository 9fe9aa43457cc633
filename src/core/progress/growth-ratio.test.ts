import { describe, expect, it } from 'vitest';
import type { Orientation } from '../direction.ts';
import type { YearValue } from '../stats.ts';
import {
  assessGrowthRatio,
  limitScalingFactor,
  type GrowthRatioCategory,
  type GrowthRatioInput,
} from './growth-ratio.ts';

const UP: Orientation = { direction: 'higher-is-better' };
const DOWN: Orientation = { direction: 'lower-is-better' };
const SEATS: Orientation = { direction: 'parity', parityValue: 50 };

function pts(...pairs: [number, number][]): YearValue[] {
  return pairs.map(([year, value]) => ({ year, value }));
}

// Real values, HDR25 (data/undp-hdr/HDR25_Composite_indices_complete_time_series.csv), 2015 and 2023.
const KAZ_GII = pts([2015, 0.217], [2023, 0.182]);
const UZB_GII = pts([2015, 0.276], [2023, 0.291]);
const KAZ_MYS_F = pts([2015, 12.05200005], [2023, 12.56896828]);
const FIN_MYS_F = pts([2015, 12.77000046], [2023, 13.18439563]);
const KAZ_LFPR_F = pts([2015, 64.94], [2023, 63.3]);
const KAZ_SEATS = pts([2015, 20.12987013], [2023, 19.59459459]);
const FIN_SEATS = pts([2015, 41.5], [2023, 46]);

describe('assessGrowthRatio with a target', () => {
  it.each<[string, GrowthRatioInput, number, number, number | undefined, GrowthRatioCategory]>([
    // METHODS.md §4a worked example: women in parliament 22.0 (2015) → 27.0 (2023), target 50 by 2030.
    // CAGR_i = (27/22)^(1/8) − 1 = 0.025930; CAGR_T = (50/22)^(1/15) − 1 = 0.056258; R = 0.4609.
    [
      'worked example, increasing',
      { series: pts([2015, 22], [2023, 27]), orientation: UP, target: { value: 50, year: 2030 } },
      0.02593,
      0.056258,
      0.4609,
      'limited-progress',
    ],
    // METHODS.md §4a: MMR 70 → 55 (2015–2023), target 35 in 2030: −0.029695, −0.045158, R = 0.6576.
    [
      'worked example, decreasing',
      { series: pts([2015, 70], [2023, 55]), orientation: DOWN, target: { value: 35, year: 2030 } },
      -0.029695,
      -0.045158,
      0.6576,
      'acceleration-needed',
    ],
    // KAZ GII 0.217 → 0.182, target 0.1 by 2030: R = 0.021746/0.050337 = 0.4320.
    [
      'KAZ GII to 0.1',
      { series: KAZ_GII, orientation: DOWN, target: { value: 0.1, year: 2030 } },
      -0.021746,
      -0.050337,
      0.432,
      'limited-progress',
    ],
    // UZB GII rose 0.276 → 0.291 against a target of 0.2: R = −0.006637/0.021243 = −0.3124.
    [
      'UZB GII to 0.2',
      { series: UZB_GII, orientation: DOWN, target: { value: 0.2, year: 2030 } },
      0.006637,
      -0.021243,
      -0.3124,
      'deterioration',
    ],
    // KAZ seats (both chambers) fell 20.13 → 19.59 against 30 % by 2030 (parity orientation, target above).
    [
      'KAZ seats to 30 %',
      { series: KAZ_SEATS, orientation: SEATS, target: { value: 30, year: 2030 } },
      -0.003363,
      0.026956,
      -0.1248,
      'deterioration',
    ],
    // Already met: KAZ GII 0.182 ≤ 0.2; FIN seats 46 ≥ 40.
    [
      'KAZ GII below 0.2: achieved',
      { series: KAZ_GII, orientation: DOWN, target: { value: 0.2, year: 2030 } },
      -0.021746,
      -0.005424,
      4.0094,
      'target-achieved',
    ],
    [
      'FIN seats above 40: achieved',
      { series: FIN_SEATS, orientation: UP, target: { value: 40, year: 2030 } },
      0.012952,
      -0.002451,
      5.2837,
      'target-achieved',
    ],
    // Base above the target (45 ≥ 40), then below it (38): d makes this a deterioration, where the plain
    // ratio CAGR_i/CAGR_T = −0.03325/−0.00782 = +4.25 would read "on track".
    [
      'fell below a target met at base',
      { series: pts([2015, 45], [2020, 38]), orientation: UP, target: { value: 40, year: 2030 } },
      -0.03325,
      -0.007821,
      -4.2511,
      'deterioration',
    ],
    // A target of 0 is taken as 0.001 (sdg-build): CAGR_T = (0.001/0.217)^(1/15) − 1 = −0.301388.
    [
      'zero target',
      { series: KAZ_GII, orientation: DOWN, target: { value: 0, year: 2030 } },
      -0.021746,
      -0.301388,
      0.072154,
      'limited-progress',
    ],
  ])('%s', (_name, input, observed, required, ratio, category) => {
    const r = assessGrowthRatio(input);
    if (!r.ok) throw new Error(r.detail);
    expect(r.value.mode).toBe('target');
    expect(r.value.observedCagr).toBeCloseTo(observed, 5);
    expect(r.value.requiredCagr).toBeCloseTo(required, 5);
    if (ratio === undefined) expect(r.value.ratio).toBeUndefined();
    else expect(r.value.ratio).toBeCloseTo(ratio, 4);
    expect(r.value.category).toBe(category);
    expect(r.value.inputs.target).toEqual(input.target);
  });

  it('reports its inputs: base, current, target and direction', () => {
    const r = assessGrowthRatio({
      series: pts([2015, 70], [2023, 55]),
      orientation: DOWN,
      target: { value: 35, year: 2030 },
    });
    if (!r.ok) throw new Error(r.detail);
    expect(r.value.inputs).toMatchObject({
      requestedBaseYear: 2015,
      base: { year: 2015, value: 70 },
      current: { year: 2023, value: 55 },
      direction: 'decrease',
      d: -1,
      s: 1,
    });
    expect(r.value.thresholds).toEqual({ onTrack: 0.95, acceleration: 0.6, limited: 0 });
  });

  it('thresholds are parameters', () => {
    const r = assessGrowthRatio({
      series: pts([2015, 22], [2023, 27]),
      orientation: UP,
      target: { value: 50, year: 2030 },
      params: { ratioAcceleration: 0.4 },
    });
    expect(r.ok && r.value.category).toBe('acceleration-needed');
  });

  it('a target equal to the base value, not met, is deterioration', () => {
    const r = assessGrowthRatio({
      series: pts([2015, 30], [2023, 28]),
      orientation: UP,
      target: { value: 30, year: 2030 },
    });
    if (!r.ok) throw new Error(r.detail);
    expect([r.value.ratio, r.value.category]).toEqual([undefined, 'deterioration']);
  });
});

describe('assessGrowthRatio without a target', () => {
  it.each<[string, GrowthRatioInput, number, GrowthRatioCategory]>([
    // Direction-adjusted CAGR 2015→2023 against 1.5 % / 0.5 % / 0.
    ['KAZ GII falling 2.17 %/yr', { series: KAZ_GII, orientation: DOWN }, 0.021746, 'on-track'],
    [
      'KAZ female mean years of schooling +0.53 %/yr',
      { series: KAZ_MYS_F, orientation: UP },
      0.005264,
      'acceleration-needed',
    ],
    [
      'FIN female mean years of schooling +0.40 %/yr',
      { series: FIN_MYS_F, orientation: UP },
      0.004,
      'limited-progress',
    ],
    ['KAZ female LFPR −0.32 %/yr', { series: KAZ_LFPR_F, orientation: UP }, -0.003192, 'deterioration'],
    ['UZB GII rising 0.66 %/yr', { series: UZB_GII, orientation: DOWN }, -0.006637, 'deterioration'],
    // A natural limit of 15 years scales the thresholds: C = 1 − (12.77/15)^4.44 = 0.5106, so the
    // acceleration bar drops to 0.26 %/yr and FIN's 0.40 %/yr moves up from "limited progress".
    [
      'FIN mean years of schooling with a limit of 15',
      { series: FIN_MYS_F, orientation: UP, limit: 15 },
      0.004,
      'acceleration-needed',
    ],
    // Negative values: s = −1 keeps "towards the desired side" positive (synthetic; no bundled series is negative).
    [
      'negative values rising towards 0',
      { series: pts([2015, -10], [2020, -8]), orientation: UP },
      0.043648,
      'on-track',
    ],
  ])('%s', (_name, input, score, category) => {
    const r = assessGrowthRatio(input);
    if (!r.ok) throw new Error(r.detail);
    expect(r.value.mode).toBe('no-target');
    expect(r.value.score).toBeCloseTo(score, 5);
    expect(r.value.category).toBe(category);
  });

  it('C defaults to 1 and scales only the positive thresholds', () => {
    const plain = assessGrowthRatio({ series: KAZ_MYS_F, orientation: UP });
    const scaled = assessGrowthRatio({ series: KAZ_MYS_F, orientation: UP, params: { c: 0.2 } });
    if (!plain.ok || !scaled.ok) throw new Error('expected results');
    expect(plain.value.c).toBe(1);
    expect(scaled.value.thresholds).toEqual({ onTrack: 0.015 * 0.2, acceleration: 0.005 * 0.2, limited: 0 });
    expect(scaled.value.category).toBe('on-track');
  });

  it('uses the first year after the base year when the base year has no value', () => {
    const r = assessGrowthRatio({
      series: pts([2012, 0.236], [2016, 0.212], [2023, 0.182]),
      orientation: DOWN,
    });
    if (!r.ok) throw new Error(r.detail);
    expect(r.value.inputs.base).toEqual({ year: 2016, value: 0.212 });
    expect(r.value.observedCagr).toBeCloseTo((0.182 / 0.212) ** (1 / 7) - 1, 12);
  });
});

describe('assessGrowthRatio failures', () => {
  it.each<[string, GrowthRatioInput, string]>([
    [
      'one point since the base year',
      { series: pts([2010, 1], [2023, 2]), orientation: UP },
      'not-enough-data',
    ],
    [
      'nothing since the base year',
      { series: pts([2010, 1], [2012, 2]), orientation: UP },
      'not-enough-data',
    ],
    // KGZ pr_f (HDR25) was 0 in 2005 and 2006.
    [
      'zero base (KGZ seats 2005)',
      { series: pts([2005, 0], [2007, 25.55555556]), orientation: SEATS, baseYear: 2005 },
      'not-enough-data',
    ],
    ['sign change', { series: pts([2015, -1], [2020, 2]), orientation: UP }, 'not-enough-data'],
    ['neutral indicator', { series: KAZ_GII, orientation: { direction: 'neutral' } }, 'not-applicable'],
    [
      'parity without a value and no target',
      { series: KAZ_SEATS, orientation: { direction: 'parity' } },
      'not-applicable',
    ],
    [
      'target year before the base',
      { series: KAZ_GII, orientation: DOWN, target: { value: 0.1, year: 2010 } },
      'not-applicable',
    ],
  ])('%s', (_name, input, reason) => {
    const r = assessGrowthRatio(input);
    expect(r.ok ? 'ok' : r.reason).toBe(reason);
  });
});

describe(limitScalingFactor, () => {
  it.each<[number, number, number]>([
    // 1 − 0.9^4.44
    [90, 100, 0.373621645],
    // above a minimum-type limit: 1 − ((200 − 100.4)/100)^4.44
    [100.4, 100, 0.017638208],
    [100, 100, 0],
    [200, 100, 1],
    [0, 100, 1],
  ])('base %d, limit %d → %d', (base, limit, c) => {
    expect(limitScalingFactor(base, limit)).toBeCloseTo(c, 8);
  });
});
