import { describe, expect, it } from 'vitest';
import type { Orientation } from '../direction.ts';
import type { YearValue } from '../stats.ts';
import { assessProgress, type AssessSpec, type ProgressTarget } from './assess.ts';
import type { SdsnBounds } from './sdsn.ts';

function series(from: number, values: readonly number[]): YearValue[] {
  return values.map((value, i) => ({ year: from + i, value }));
}

// HDR25 pr_f_2000 … pr_f_2023 (data/undp-hdr/HDR25_Composite_indices_complete_time_series.csv).
const KAZ_SEATS = series(
  2000,
  [
    11.20689655, 11.20689655, 11.20689655, 8.62068965, 9.48275862, 8.62068965, 8.62068965, 12.33766234,
    12.33766234, 13.63636364, 13.63636364, 13.63636364, 18.18181818, 18.18181818, 19.75308642, 20.12987013,
    20.77922078, 22.07792208, 22.07792208, 22.07792208, 24.51612903, 24.51612903, 24.67532468, 19.59459459,
  ],
);
const UZB_SEATS = series(
  2000,
  [
    7.2, 7.2, 7.2, 7.2, 17.5, 16.36363636, 16.36363636, 16.36363636, 16.36363636, 19.2, 19.2, 19.2, 19.2,
    19.2, 19.2, 16.4, 16.4, 16.4, 16.4, 16.4, 29.14979757, 28.74493927, 29.09836066, 30,
  ],
);
// HDR25 gii_2015 … gii_2023.
const UZB_GII = series(2015, [0.276, 0.267, 0.259, 0.267, 0.269, 0.266, 0.293, 0.297, 0.291]);
const KAZ_GII = series(2015, [0.217, 0.212, 0.198, 0.195, 0.192, 0.182, 0.182, 0.168, 0.182]);

const SEATS: Orientation = { direction: 'parity', parityValue: 50 };
const PARITY: ProgressTarget = {
  value: 50,
  year: 2030,
  kind: 'parity',
  label: 'SDG 5.5: equal participation',
};
const SDG5_PARL: SdsnBounds = { optimum: 50, green: 40, red: 20, lowerBound: 1.2 };
const SEATS_SPEC: AssessSpec = { orientation: SEATS, target: PARITY, sdsnBounds: SDG5_PARL };

describe(assessProgress, () => {
  it('KAZ seats (HDR25) against parity: the methods disagree', () => {
    const a = assessProgress(KAZ_SEATS, SEATS_SPEC);
    expect(a.spec).toMatchObject({ baseYear: 2015, targetYear: 2030, target: PARITY });
    // Growth ratio: CAGR 20.13 → 19.59 = −0.33 %/yr against +6.25 %/yr required: R = −0.0538.
    expect(a.growthRatio.ok && a.growthRatio.value.ratio).toBeCloseTo(-0.053784, 5);
    expect(a.growthRatio.ok && a.growthRatio.value.category).toBe('deterioration');
    // SDSN: red (19.59 < 20), stagnating (see sdsn.test.ts).
    expect(a.sdsn.ok && [a.sdsn.value.colour, a.sdsn.value.trend.trend]).toEqual(['red', 'stagnating']);
    // ESCAP CSI (parity form) −0.1792; API: time-weighted fit 2000–2023 gives Î_2030 = 30.279,
    // gap = |50 − 30.279|/|50 − 20.130| = 0.6602 → accelerate.
    expect(a.escapCsi.ok && a.escapCsi.value.value).toBeCloseTo(-0.179201, 5);
    expect(a.escapApi.ok && a.escapApi.value.projection.value).toBeCloseTo(30.279177, 5);
    expect(a.escapApi.ok && a.escapApi.value.gap).toBeCloseTo(0.660219, 5);
    expect(a.escapApi.ok && a.escapApi.value.category).toBe('accelerate');
    expect(a.agreement.verdicts.map((v) => [v.method, v.verdict])).toEqual([
      ['growth-ratio', 'off-track'],
      ['sdsn', 'progressing'],
      ['escap-api', 'progressing'],
    ]);
    expect([a.agreement.agree, a.agreement.consensus]).toEqual([false, undefined]);
  });

  it('KAZ seats: the trend summary from 2015', () => {
    const { trend } = assessProgress(KAZ_SEATS, SEATS_SPEC);
    expect(trend.change.ok && [trend.change.value.from.year, trend.change.value.to.year]).toEqual([
      2015, 2023,
    ]);
    expect(trend.change.ok && trend.change.value.absolute).toBeCloseTo(-0.53527554, 8);
    expect(trend.cagr.ok && trend.cagr.value).toBeCloseTo(-0.0033632124, 9);
    expect(trend.linear.ok && trend.linear.value.slope).toBeCloseTo(0.2810305065, 9);
    expect(trend.linear.ok && trend.linear.value.points).toHaveLength(9);
    expect(trend.projection.ok && trend.projection.value.value).toBeCloseTo(25.3630060693, 8);
    if (!trend.timeToTarget.ok || trend.timeToTarget.value.status !== 'on-course')
      throw new Error('expected on-course');
    expect(trend.timeToTarget.value.towards).toBe('target');
    expect(trend.timeToTarget.value.years).toBeCloseTo(108.1925, 4);
  });

  it('UZB seats (HDR25): on track by two methods, "accelerate" by ESCAP', () => {
    const a = assessProgress(UZB_SEATS, SEATS_SPEC);
    // (30/16.4)^(1/8) − 1 = 7.84 % against (50/16.4)^(1/15) − 1 = 7.71 %: R = 1.0164.
    expect(a.growthRatio.ok && a.growthRatio.value.ratio).toBeCloseTo(1.016393, 5);
    expect(a.escapApi.ok && a.escapApi.value.gap).toBeCloseTo(0.537698, 5);
    expect(a.escapCsi.ok && a.escapCsi.value.value).toBeCloseTo(4.047619, 5);
    expect(a.agreement.verdicts.map((v) => v.category)).toEqual(['on-track', 'on-track', 'accelerate']);
    expect(a.agreement.agree).toBe(false);
    expect(a.trend.timeToTarget.ok && a.trend.timeToTarget.value.status).toBe('on-course');
  });

  it('UZB GII against a national target of 0.2: both verdicts are off-track and agree', () => {
    const target: ProgressTarget = {
      value: 0.2,
      year: 2030,
      kind: 'national-target',
      label: 'hypothetical 0.2 by 2030',
    };
    const a = assessProgress(UZB_GII, { orientation: { direction: 'lower-is-better' }, target });
    expect(a.growthRatio.ok && a.growthRatio.value.category).toBe('deterioration');
    expect(a.escapApi.ok && a.escapApi.value.category).toBe('reverse');
    expect(a.sdsn.ok ? 'ok' : a.sdsn.reason).toBe('not-applicable');
    expect([a.agreement.agree, a.agreement.consensus]).toEqual([true, 'off-track']);
    expect(a.trend.timeToTarget.ok && a.trend.timeToTarget.value.status).toBe('not-at-this-pace');
  });

  it('KAZ GII without a target: only the growth ratio (no target) gives a verdict', () => {
    const a = assessProgress(KAZ_GII, { orientation: { direction: 'lower-is-better' } });
    expect(a.growthRatio.ok && [a.growthRatio.value.mode, a.growthRatio.value.category]).toEqual([
      'no-target',
      'on-track',
    ]);
    for (const part of [a.sdsn, a.escapCsi, a.escapApi, a.trend.timeToTarget])
      expect(part.ok ? 'ok' : part.reason).toBe('not-applicable');
    expect(a.agreement).toMatchObject({ agree: undefined, consensus: undefined });
    expect(a.agreement.verdicts).toHaveLength(1);
  });

  it('parity without a target: years to parity', () => {
    const a = assessProgress(KAZ_SEATS, { orientation: SEATS });
    expect(a.trend.timeToTarget.ok && a.trend.timeToTarget.value.towards).toBe('parity');
    expect(a.growthRatio.ok && a.growthRatio.value.mode).toBe('no-target');
  });

  it('base year, target year and parameters are passed through', () => {
    const a = assessProgress(KAZ_SEATS, {
      ...SEATS_SPEC,
      baseYear: 2010,
      targetYear: 2025,
      params: {
        escap: { tolerance: 0.7 },
        sdsn: { moderateShare: 0.2 },
        growthRatio: { ratioAcceleration: 0.4 },
      },
    });
    expect(a.growthRatio.ok && a.growthRatio.value.inputs.base.year).toBe(2010);
    // R = ((19.5946/13.6364)^(1/13) − 1)/((50/13.6364)^(1/20) − 1) = 0.4214 ≥ 0.4.
    expect(a.growthRatio.ok && a.growthRatio.value.category).toBe('acceleration-needed');
    expect(a.escapApi.ok && a.escapApi.value.category).toBe('maintain');
    expect(a.sdsn.ok && a.sdsn.value.trend.trend).toBe('moderately-improving');
    expect(a.trend.projection.ok && a.trend.projection.value.year).toBe(2025);
    expect(a.trend.change.ok && a.trend.change.value.from.year).toBe(2010);
  });

  it('a zero base (KGZ seats, HDR25 pr_f 2005–2007: 0, 0, 25.56): no growth rate, but a change and a line', () => {
    const kgz = series(2005, [0, 0, 25.55555556]);
    const a = assessProgress(kgz, { orientation: SEATS, baseYear: 2005 });
    expect(a.trend.cagr.ok ? 'ok' : a.trend.cagr.reason === 'not-enough-data' && a.trend.cagr.gap).toBe(
      'zero-base',
    );
    expect(a.growthRatio.ok ? 'ok' : a.growthRatio.reason).toBe('not-enough-data');
    expect(a.trend.change.ok && a.trend.change.value.absolute).toBeCloseTo(25.55555556, 8);
    expect(a.trend.linear.ok && a.trend.linear.value.slope).toBeCloseTo(12.77777778, 8);
  });

  it('one point: every part says why there is nothing', () => {
    const a = assessProgress([{ year: 2023, value: 19.59459459 }], SEATS_SPEC);
    for (const part of [
      a.growthRatio,
      a.escapCsi,
      a.escapApi,
      a.trend.change,
      a.trend.cagr,
      a.trend.linear,
      a.trend.projection,
      a.trend.timeToTarget,
    ])
      expect(part.ok ? 'ok' : part.reason).toBe('not-enough-data');
    expect(a.sdsn.ok && a.sdsn.value.trend.trend).toBe('unavailable');
    expect(a.agreement.verdicts).toEqual([]);
  });
});
