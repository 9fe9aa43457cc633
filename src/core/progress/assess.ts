import type { Orientation } from '../direction.ts';
import type { YearValue } from '../stats.ts';
import {
  changeBetween,
  compoundAnnualGrowth,
  linearFit,
  projectTo,
  yearsToTarget,
  type Change,
  type LinearFit,
  type Projection,
  type TimeToTarget,
} from '../trend.ts';
import {
  escapAnticipatedProgress,
  escapCurrentStatus,
  type EscapApi,
  type EscapCsi,
  type EscapParams,
} from './escap.ts';
import { assessGrowthRatio, type GrowthRatioAssessment, type GrowthRatioParams } from './growth-ratio.ts';
import { baseAndLatest, notApplicable, type MethodResult } from './outcome.ts';
import { assessSdsn, type SdsnAssessment, type SdsnBounds, type SdsnParams } from './sdsn.ts';
import { verdictAgreement, type VerdictAgreement } from './verdict.ts';

/**
 * One entry point per indicator series: every progress method side by side, each with its result
 * or the reason it has none, so that a reader sees where the methods agree and where they do not.
 */

export interface ProgressTarget {
  readonly value: number;
  readonly year: number;
  readonly kind: 'sdg-target' | 'national-target' | 'parity';
  /** Where the target comes from, in words (e.g. "SDG 5.5: parity", "national target 30 % by 2030"). */
  readonly label: string;
}

export interface AssessParams {
  readonly growthRatio?: Partial<GrowthRatioParams>;
  readonly sdsn?: Partial<SdsnParams>;
  /** ESCAP parameters; baseYear and targetYear come from the spec. */
  readonly escap?: Partial<Omit<EscapParams, 'baseYear' | 'targetYear'>>;
  /** A natural limit of the indicator, scaling the growth-ratio thresholds without a target. */
  readonly limit?: number;
  /** How close to the target (or parity) counts as reached for the years-to-target (default 0). */
  readonly tolerance?: number;
}

export interface AssessSpec {
  readonly orientation: Orientation;
  readonly target?: ProgressTarget;
  /** Default 2015; when it has no value the first later year is used. */
  readonly baseYear?: number;
  /** Year of the projection (default: the target's year, else 2030). */
  readonly targetYear?: number;
  /** SDSN bounds of the indicator, when SDSN scores it (src/catalog/sdsn-bounds.ts). */
  readonly sdsnBounds?: SdsnBounds;
  readonly params?: AssessParams;
}

export interface TrendSummary {
  /** Base point → latest point. */
  readonly change: MethodResult<Change>;
  /** Compound annual growth rate, base → latest. */
  readonly cagr: MethodResult<number>;
  /** Ordinary least-squares line over the points from the base year. */
  readonly linear: MethodResult<LinearFit>;
  /** That line at the target year. */
  readonly projection: MethodResult<Projection>;
  /** Years until the target (or, without one, parity) at the pace of that line. */
  readonly timeToTarget: MethodResult<
    TimeToTarget & { readonly towards: 'target' | 'parity'; readonly value: number }
  >;
}

export interface ProgressAssessment {
  readonly spec: {
    readonly orientation: Orientation;
    readonly target: ProgressTarget | undefined;
    readonly baseYear: number;
    readonly targetYear: number;
  };
  readonly trend: TrendSummary;
  readonly growthRatio: MethodResult<GrowthRatioAssessment>;
  readonly sdsn: MethodResult<SdsnAssessment>;
  readonly escapCsi: MethodResult<EscapCsi>;
  readonly escapApi: MethodResult<EscapApi>;
  readonly agreement: VerdictAgreement;
}

function trendSummary(
  series: readonly YearValue[],
  spec: AssessSpec,
  baseYear: number,
  targetYear: number,
): TrendSummary {
  const window = baseAndLatest(series, baseYear);
  if ('ok' in window)
    return { change: window, cagr: window, linear: window, projection: window, timeToTarget: window };
  const since = window.series.filter((p) => p.year >= window.base.year);
  const c = changeBetween(since, window.base.year, window.latest.year);
  const change: MethodResult<Change> = c.ok ? { ok: true, value: c.change } : c;
  const g = compoundAnnualGrowth(since, window.base.year, window.latest.year);
  const cagr: MethodResult<number> = g.ok ? { ok: true, value: g.cagr } : g;
  const fit = linearFit(since);
  const linear: MethodResult<LinearFit> = fit.ok ? { ok: true, value: fit.fit } : fit;
  const proj = projectTo(since, targetYear);
  const projection: MethodResult<Projection> = proj.ok ? { ok: true, value: proj.projection } : proj;
  return { change, cagr, linear, projection, timeToTarget: timeTo(since, spec) };
}

function timeTo(since: readonly YearValue[], spec: AssessSpec): TrendSummary['timeToTarget'] {
  const { orientation, target } = spec;
  const goal = target
    ? { towards: 'target' as const, value: target.value }
    : orientation.direction === 'parity' && orientation.parityValue !== undefined
      ? { towards: 'parity' as const, value: orientation.parityValue }
      : undefined;
  if (!goal) return notApplicable('no target, and the indicator has no parity value');
  const r = yearsToTarget(since, { value: goal.value, orientation, tolerance: spec.params?.tolerance ?? 0 });
  return r.ok ? { ok: true, value: { ...r.time, ...goal } } : r;
}

/** Every method's assessment of one series (one indicator, area and source edition). */
export function assessProgress(series: readonly YearValue[], spec: AssessSpec): ProgressAssessment {
  const baseYear = spec.baseYear ?? 2015;
  const targetYear = spec.targetYear ?? spec.target?.year ?? 2030;
  const { orientation, target, params = {} } = spec;
  const growthRatio = assessGrowthRatio({
    series,
    orientation,
    baseYear,
    target: target && { value: target.value, year: target.year },
    limit: params.limit,
    params: params.growthRatio,
  });
  const sdsn = spec.sdsnBounds
    ? assessSdsn(series, spec.sdsnBounds, params.sdsn)
    : notApplicable('SDSN does not score this indicator (no bounds)');
  const escapParams = { ...params.escap, baseYear, targetYear: target?.year ?? targetYear };
  const noTarget = notApplicable('ESCAP/UNECE assess progress against a target, and none is set');
  const escapInput = target && {
    series,
    orientation,
    target: { value: target.value, year: target.year },
    params: escapParams,
  };
  const escapCsi = escapInput ? escapCurrentStatus(escapInput) : noTarget;
  const escapApi = escapInput ? escapAnticipatedProgress(escapInput) : noTarget;
  return {
    spec: { orientation, target, baseYear, targetYear },
    trend: trendSummary(series, spec, baseYear, targetYear),
    growthRatio,
    sdsn,
    escapCsi,
    escapApi,
    agreement: verdictAgreement({ growthRatio, sdsn, escapApi }),
  };
}
