import type { Orientation } from '../direction.ts';
import type { YearValue } from '../stats.ts';
import { cleanSeries, projectTo, valueAt, type Projection } from '../trend.ts';
import { mean } from '../stats.ts';
import {
  baseAndLatest,
  notApplicable,
  notEnoughData,
  type MethodResult,
  type TargetValue,
} from './outcome.ts';

/**
 * UN ESCAP / UNECE progress assessment (METHODS.md §4a): the Current Status Index (how much of the
 * way from the base year to the target has been covered) and the Anticipated Progress Index (will the
 * target be met by 2030 on the time-weighted trend). The published annex was not readable: every
 * formula and threshold here is METHODS.md's reconstruction (UNCONFIRMED), with its choices as
 * parameters.
 */

export interface EscapParams {
  /** Base year of both indices (current ESCAP editions: 2015). */
  readonly baseYear: number;
  /** Year the target is due and the projection is made for (2030). */
  readonly targetYear: number;
  /** First year of data the 2030 projection is fitted to (UNECE: 2000). */
  readonly fitFromYear: number;
  /** D: the CSI scale, 10 (UNICEF MENARO implementation; UNCONFIRMED for ESCAP). */
  readonly scale: number;
  /** API: a gap up to this still counts as "maintain" (UNCONFIRMED; 0, e.g. 0.05 for 5 %). */
  readonly tolerance: number;
}

export const DEFAULT_ESCAP_PARAMS: EscapParams = {
  baseYear: 2015,
  targetYear: 2030,
  fitFromYear: 2000,
  scale: 10,
  tolerance: 0,
};

/** How the indicator moves to its target: up, down, or to parity from either side. */
export type EscapKind = 'increasing' | 'decreasing' | 'parity';

function kindOf(orientation: Orientation): EscapKind | undefined {
  switch (orientation.direction) {
    case 'higher-is-better':
      return 'increasing';
    case 'lower-is-better':
      return 'decreasing';
    case 'parity':
      return 'parity';
    case 'neutral':
      return undefined;
  }
}

/** Whether `value` meets the target: at or beyond it for a direction, exactly at it for parity. */
function meets(kind: EscapKind, value: number, target: number): boolean {
  if (kind === 'increasing') return value >= target;
  if (kind === 'decreasing') return value <= target;
  return value === target;
}

export interface EscapInput {
  readonly series: readonly YearValue[];
  readonly orientation: Orientation;
  /** The target value (for parity: the parity value, e.g. 50 or 1). Its year is informative. */
  readonly target: TargetValue;
  readonly params?: Partial<EscapParams>;
}

export interface EscapCsi {
  readonly method: 'escap-csi';
  /** CS on a −∞…10 scale (10 = target reached; negative = further from it than in the base year). */
  readonly value: number;
  readonly kind: EscapKind;
  /** +D for increasing, −D for decreasing; undefined for parity. */
  readonly d: number | undefined;
  readonly base: YearValue;
  readonly current: YearValue;
  readonly targetValue: number;
  /** The current value meets the target, so CS is the maximum. */
  readonly targetMet: boolean;
  /** Share of the base-year-to-target-year period elapsed at the current year. */
  readonly timeElapsedShare: number;
}

/**
 * Current Status Index of one indicator:
 * - increasing/decreasing: CS = D·(I_cv − I_0)/|TV − I_0|, D = ±scale, capped at `scale`, and equal
 *   to it whenever the current value meets the target;
 * - parity: CS = scale − scale·|TV − I_cv|/|TV − I_0|.
 * I_0 is the base-year value (or the first later one), I_cv the latest.
 */
export function escapCurrentStatus(input: EscapInput): MethodResult<EscapCsi> {
  const p = { ...DEFAULT_ESCAP_PARAMS, ...input.params };
  const kind = kindOf(input.orientation);
  if (!kind) return notApplicable('a neutral indicator has no target direction');
  const window = baseAndLatest(input.series, p.baseYear);
  if ('ok' in window) return window;
  const { base, latest } = window;
  const tv = input.target.value;
  const span = Math.abs(tv - base.value);
  const targetMet = meets(kind, latest.value, tv);
  if (span === 0 && !targetMet)
    return notApplicable(
      `the base value (${base.value} in ${base.year}) equals the target: no distance to measure`,
    );
  const d = kind === 'parity' ? undefined : kind === 'increasing' ? p.scale : -p.scale;
  let value: number;
  if (targetMet) value = p.scale;
  else if (d === undefined) value = p.scale - (p.scale * Math.abs(tv - latest.value)) / span;
  else value = Math.min(p.scale, (d * (latest.value - base.value)) / span);
  const timeElapsedShare = (latest.year - base.year) / (p.targetYear - base.year);
  return {
    ok: true,
    value: {
      method: 'escap-csi',
      value,
      kind,
      d,
      base,
      current: latest,
      targetValue: tv,
      targetMet,
      timeElapsedShare,
    },
  };
}

export interface EscapGoalSnapshot {
  /** Mean CS of the indicators (negative values included). */
  readonly meanProgress: number;
  /** meanProgress as a share of the scale (0.2 = a fifth of the way). */
  readonly progressShare: number;
  /** Progress still needed, as a share of the scale. */
  readonly progressNeededShare: number;
  readonly timeElapsedShare: number;
  /** progressShare ≥ timeElapsedShare: at least as far along as the calendar. */
  readonly onPace: boolean;
  readonly indicators: number;
}

/**
 * Goal-level CSI: the mean of the indicators' CS, compared with the share of time elapsed,
 * (currentYear − baseYear)/(targetYear − baseYear) (METHODS.md §4a reconstruction).
 */
export function escapGoalSnapshot(
  csValues: readonly number[],
  currentYear: number,
  params: Partial<EscapParams> = {},
): EscapGoalSnapshot | undefined {
  const p = { ...DEFAULT_ESCAP_PARAMS, ...params };
  const m = mean(csValues);
  if (m === undefined) return undefined;
  const progressShare = m / p.scale;
  const timeElapsedShare = (currentYear - p.baseYear) / (p.targetYear - p.baseYear);
  return {
    meanProgress: m,
    progressShare,
    progressNeededShare: 1 - progressShare,
    timeElapsedShare,
    onPace: progressShare >= timeElapsedShare,
    indicators: csValues.length,
  };
}

export type EscapApiCategory = 'maintain' | 'accelerate' | 'reverse' | 'insufficient-data';

export interface EscapApi {
  readonly method: 'escap-api';
  readonly category: Exclude<EscapApiCategory, 'insufficient-data'>;
  /** (TV − Î)/(TV − I_base); for parity |TV − Î|/|TV − I_base|. Undefined when I_base = TV. */
  readonly gap: number | undefined;
  /** Î at the target year from the time-weighted regression, with its fit. */
  readonly projection: Projection;
  readonly kind: EscapKind;
  readonly base: YearValue;
  readonly latest: YearValue;
  readonly targetValue: number;
  readonly tolerance: number;
}

/**
 * Anticipated Progress Index: Î_2030 from the time-weighted regression (trend.ts `recency`) over the
 * data from `fitFromYear`, gap = (TV − Î_2030)/(TV − I_2015). Categories:
 * - maintain: the latest value meets the target, or gap ≤ tolerance (the trend reaches it);
 * - accelerate: tolerance < gap < 1 and the fitted line heads towards the target at the latest year;
 * - reverse: otherwise (the trend moves away, stays flat, or ends no closer than the base).
 */
export function escapAnticipatedProgress(input: EscapInput): MethodResult<EscapApi> {
  const p = { ...DEFAULT_ESCAP_PARAMS, ...input.params };
  const kind = kindOf(input.orientation);
  if (!kind) return notApplicable('a neutral indicator has no target direction');
  const series = cleanSeries(input.series).filter((pt) => pt.year >= p.fitFromYear);
  const base = series.find((pt) => pt.year >= p.baseYear);
  const latest = series[series.length - 1];
  if (!base || !latest)
    return notEnoughData('missing-year', `no value in ${p.baseYear} or later`, [p.baseYear]);
  const r = projectTo(series, p.targetYear, 'recency');
  if (!r.ok) return r;
  const tv = input.target.value;
  const projected = r.projection.value;
  const span = tv - base.value;
  const gap =
    span === 0
      ? undefined
      : kind === 'parity'
        ? Math.abs(tv - projected) / Math.abs(span)
        : (tv - projected) / span;
  const heading = Math.sign(tv - valueAt(r.projection.fit, latest.year));
  const improving = r.projection.fit.slope * heading > 0;
  let category: EscapApi['category'];
  if (meets(kind, latest.value, tv) || (gap !== undefined && gap <= p.tolerance)) category = 'maintain';
  else if (gap === undefined) category = meets(kind, projected, tv) ? 'maintain' : 'reverse';
  else category = gap < 1 && improving ? 'accelerate' : 'reverse';
  return {
    ok: true,
    value: {
      method: 'escap-api',
      category,
      gap,
      projection: r.projection,
      kind,
      base,
      latest,
      targetValue: tv,
      tolerance: p.tolerance,
    },
  };
}

/** The API category of a result, `insufficient-data` when there was too little data for one. */
export function escapApiCategory(result: MethodResult<EscapApi>): EscapApiCategory | undefined {
  if (result.ok) return result.value.category;
  return result.reason === 'not-enough-data' ? 'insufficient-data' : undefined;
}
