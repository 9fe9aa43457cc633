import type { Orientation } from '../direction.ts';
import type { YearValue } from '../stats.ts';
import {
  baseAndLatest,
  desiredDirection,
  notApplicable,
  notEnoughData,
  type MethodResult,
  type TargetValue,
} from './outcome.ts';

/**
 * Statistics Canada's progress measure as built into Open SDG (METHODS.md §4a, S11): the observed
 * compound annual growth rate since the base year, compared with the rate required to reach the
 * target (with a target) or with fixed growth rates (without one).
 *
 * Where the direction factor d enters (METHODS.md: UNCONFIRMED, the equation is an image in S11)
 * follows Open SDG's reference implementation (open-sdg/sdg-build, `sdg/ProgressMeasure.py`):
 * - with a target:    R = s·d·CAGR_i / |CAGR_T|
 * - without a target: g = s·d·CAGR_i
 * where d = +1 when the desired direction is up and −1 when down, and s = −1 when the base value
 * is negative (else +1). With a target in the desired direction this equals CAGR_i / CAGR_T, which
 * is what the worked examples compute; it differs only when the target lies on the other side of
 * the base (a base that already meets the target): a fall below the target then counts as
 * deterioration, not as "on track".
 */

export type GrowthRatioCategory =
  'target-achieved' | 'on-track' | 'acceleration-needed' | 'limited-progress' | 'deterioration';

export interface GrowthRatioParams {
  /** With a target: R ≥ this is on track (S11: 95 %). */
  readonly ratioOnTrack: number;
  /** With a target: R ≥ this is progress needing acceleration (S11: 60 %). */
  readonly ratioAcceleration: number;
  /** With a target: R ≥ this is limited progress, below it deterioration (S11: 0). */
  readonly ratioLimited: number;
  /** Without a target: direction-adjusted CAGR ≥ this·C is on track (S11: 1.5 %). */
  readonly growthOnTrack: number;
  /** Without a target: CAGR ≥ this·C needs acceleration (S11: 0.5 %). */
  readonly growthAcceleration: number;
  /** Without a target: CAGR ≥ this is limited progress (S11: 0; never scaled). */
  readonly growthLimited: number;
  /** Scaling factor C ∈ (0, 1] of the positive no-target thresholds when no natural limit is given. */
  readonly c: number;
  /** Exponent a of the near-limit scaling factor C (sdg-build: 4.44). */
  readonly limitExponent: number;
  /** Value used for a target of exactly 0, whose required CAGR is −100 % (sdg-build: 0.001). */
  readonly zeroTarget: number;
}

export const DEFAULT_GROWTH_RATIO_PARAMS: GrowthRatioParams = {
  ratioOnTrack: 0.95,
  ratioAcceleration: 0.6,
  ratioLimited: 0,
  growthOnTrack: 0.015,
  growthAcceleration: 0.005,
  growthLimited: 0,
  c: 1,
  limitExponent: 4.44,
  zeroTarget: 0.001,
};

export interface GrowthRatioInput {
  readonly series: readonly YearValue[];
  readonly orientation: Orientation;
  /** 2015 unless stated; when it has no value the first later year is used. */
  readonly baseYear?: number;
  readonly target?: TargetValue;
  /**
   * A natural limit of the indicator (100 for a percentage that cannot exceed 100): the no-target
   * thresholds are then scaled by C computed from the base value and this limit.
   */
  readonly limit?: number;
  readonly params?: Partial<GrowthRatioParams>;
}

export interface GrowthRatioAssessment {
  readonly method: 'growth-ratio';
  readonly mode: 'target' | 'no-target';
  readonly category: GrowthRatioCategory;
  /** CAGR_i, base → latest, as a fraction. */
  readonly observedCagr: number;
  /** CAGR_T, base → target (target mode only). */
  readonly requiredCagr: number | undefined;
  /** R = s·d·CAGR_i/|CAGR_T| (target mode; undefined when the target equals the base value). */
  readonly ratio: number | undefined;
  /** The number compared with the thresholds: R, or s·d·CAGR_i without a target. */
  readonly score: number | undefined;
  /** The thresholds used (scaled by C without a target). */
  readonly thresholds: { readonly onTrack: number; readonly acceleration: number; readonly limited: number };
  /** C (1 with a target, where it does not apply). */
  readonly c: number;
  readonly inputs: {
    readonly requestedBaseYear: number;
    readonly base: YearValue;
    readonly current: YearValue;
    readonly target: TargetValue | undefined;
    readonly direction: 'increase' | 'decrease';
    readonly d: 1 | -1;
    readonly s: 1 | -1;
    readonly limit: number | undefined;
  };
}

/**
 * C for a base value near a natural limit (sdg-build's formula, METHODS.md: UNCONFIRMED):
 * 1 when |base| ≥ 2·|limit|; 1 − (|base|/|limit|)^a when |base| ≤ |limit|; otherwise
 * 1 − ((2·|limit| − |base|)/|limit|)^a. C is 0 at the limit and 1 far from it.
 */
export function limitScalingFactor(
  base: number,
  limit: number,
  exponent = DEFAULT_GROWTH_RATIO_PARAMS.limitExponent,
): number {
  const b = Math.abs(base);
  const l = Math.abs(limit);
  if (b >= 2 * l) return 1;
  if (b <= l) return 1 - (b / l) ** exponent;
  return 1 - ((2 * l - b) / l) ** exponent;
}

function cagr(from: number, to: number, years: number): number {
  return (to / from) ** (1 / years) - 1;
}

function categorise(score: number, t: GrowthRatioAssessment['thresholds']): GrowthRatioCategory {
  if (score >= t.onTrack) return 'on-track';
  if (score >= t.acceleration) return 'acceleration-needed';
  if (score >= t.limited) return 'limited-progress';
  return 'deterioration';
}

/** The growth-ratio assessment of one series, with a target when one is given. */
export function assessGrowthRatio(input: GrowthRatioInput): MethodResult<GrowthRatioAssessment> {
  const p = { ...DEFAULT_GROWTH_RATIO_PARAMS, ...input.params };
  const window = baseAndLatest(input.series, input.baseYear ?? 2015);
  if ('ok' in window) return window;
  const { base, latest } = window;
  const target = input.target;
  const d = desiredDirection(input.orientation, base.value, target?.value);
  if (d === undefined)
    return notApplicable(
      `no desired direction: the indicator is ${input.orientation.direction}` +
        (input.orientation.direction === 'parity'
          ? ' and its base value is at parity or has no parity value'
          : ''),
    );
  if (base.value === 0)
    return notEnoughData('zero-base', `the base value (${base.year}) is 0: no growth rate from a zero base`);
  if (latest.value / base.value < 0)
    return notEnoughData(
      'sign-change',
      `the value changes sign from ${base.year} to ${latest.year}: no growth rate`,
    );
  const s: 1 | -1 = base.value < 0 ? -1 : 1;
  const observedCagr = cagr(base.value, latest.value, latest.year - base.year);
  const inputs = {
    requestedBaseYear: window.requestedBaseYear,
    base,
    current: latest,
    target,
    direction: d === 1 ? ('increase' as const) : ('decrease' as const),
    d,
    s,
    limit: input.limit,
  };
  if (!target) {
    const c = input.limit === undefined ? p.c : limitScalingFactor(base.value, input.limit, p.limitExponent);
    const thresholds = {
      onTrack: p.growthOnTrack * c,
      acceleration: p.growthAcceleration * c,
      limited: p.growthLimited,
    };
    const score = s * d * observedCagr;
    const value = {
      method: 'growth-ratio' as const,
      mode: 'no-target' as const,
      category: categorise(score, thresholds),
    };
    return {
      ok: true,
      value: {
        ...value,
        observedCagr,
        requiredCagr: undefined,
        ratio: undefined,
        score,
        thresholds,
        c,
        inputs,
      },
    };
  }
  return assessWithTarget(p, { ...inputs, target }, observedCagr);
}

function assessWithTarget(
  p: GrowthRatioParams,
  inputs: GrowthRatioAssessment['inputs'] & { readonly target: TargetValue },
  observedCagr: number,
): MethodResult<GrowthRatioAssessment> {
  const { base, current, target, d, s } = inputs;
  if (target.year <= base.year)
    return notApplicable(`the target year ${target.year} is not after the base year ${base.year}`);
  const targetValue = target.value === 0 ? p.zeroTarget : target.value;
  if (targetValue / base.value < 0)
    return notApplicable(
      `the target ${target.value} and the base value ${base.value} have different signs: no growth rate`,
    );
  const requiredCagr = cagr(base.value, targetValue, target.year - base.year);
  const thresholds = { onTrack: p.ratioOnTrack, acceleration: p.ratioAcceleration, limited: p.ratioLimited };
  const achieved = d === 1 ? current.value >= target.value : current.value <= target.value;
  const ratio = requiredCagr === 0 ? undefined : (s * d * observedCagr) / Math.abs(requiredCagr);
  // A target equal to the base value and not achieved: the value moved away from it.
  const category = achieved
    ? 'target-achieved'
    : ratio === undefined
      ? 'deterioration'
      : categorise(ratio, thresholds);
  return {
    ok: true,
    value: {
      method: 'growth-ratio',
      mode: 'target',
      category,
      observedCagr,
      requiredCagr,
      ratio,
      score: ratio,
      thresholds,
      c: 1,
      inputs,
    },
  };
}
