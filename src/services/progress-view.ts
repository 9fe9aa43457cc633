import type { EscapApi, EscapCsi } from '../core/progress/escap.ts';
import type { GrowthRatioAssessment } from '../core/progress/growth-ratio.ts';
import type { ProgressAssessment, ProgressTarget, TrendSummary } from '../core/progress/assess.ts';
import type { MethodResult } from '../core/progress/outcome.ts';
import type { SdsnAssessment, SdsnTrendDetail } from '../core/progress/sdsn.ts';
import type { VerdictAgreement } from '../core/progress/verdict.ts';
import type { Change, LinearFit } from '../core/trend.ts';
import type { Target } from './targets.ts';

/**
 * The progress assessment as the API and CLI send it: the core's result without the point arrays
 * it repeats (a fit's weighted points, a projection's whole fit, SDSN's scores), since the row
 * carries the series once. Everything else is the core's, unchanged.
 */

/** A fitted line without its points: slope, intercept and the span of years it was fitted to. */
export interface FitView {
  readonly slope: number;
  readonly intercept: number;
  readonly weighting: LinearFit['weighting'];
  /** How many points the line was fitted to, and their first and last year. */
  readonly n: number;
  readonly fromYear: number;
  readonly toYear: number;
}

export interface ProjectionView {
  readonly year: number;
  readonly value: number;
}

export interface TrendSummaryView {
  readonly change: MethodResult<Change>;
  readonly cagr: MethodResult<number>;
  readonly linear: MethodResult<FitView>;
  readonly projection: MethodResult<ProjectionView>;
  readonly timeToTarget: TrendSummary['timeToTarget'];
}

export type SdsnView = Omit<SdsnAssessment, 'trend'> & { readonly trend: Omit<SdsnTrendDetail, 'points'> };

export type EscapApiView = Omit<EscapApi, 'projection'> & {
  readonly projection: ProjectionView & { readonly fit: FitView };
};

export interface AssessmentView {
  readonly trend: TrendSummaryView;
  readonly growthRatio: MethodResult<GrowthRatioAssessment>;
  readonly sdsn: MethodResult<SdsnView>;
  readonly escapCsi: MethodResult<EscapCsi>;
  readonly escapApi: MethodResult<EscapApiView>;
  readonly agreement: VerdictAgreement;
}

/** The target a row was assessed against, with where it comes from. */
export interface TargetUsed extends ProgressTarget {
  /** `targets` id (e.g. `sdg-5.5-parliament-seats`, `parity.hdr.pr`). */
  readonly id: string;
  readonly source: string;
  /** True when the target names no year and the request's target year was used. */
  readonly yearAssumed: boolean;
}

function mapResult<T, U>(r: MethodResult<T>, f: (t: T) => U): MethodResult<U> {
  return r.ok ? { ok: true, value: f(r.value) } : r;
}

export function fitView(fit: LinearFit): FitView {
  const years = fit.points.map((p) => p.year);
  return {
    slope: fit.slope,
    intercept: fit.intercept,
    weighting: fit.weighting,
    n: fit.points.length,
    fromYear: Math.min(...years),
    toYear: Math.max(...years),
  };
}

/** The lean form of an assessment (see the module comment). */
export function assessmentView(a: ProgressAssessment): AssessmentView {
  return {
    trend: {
      change: a.trend.change,
      cagr: a.trend.cagr,
      linear: mapResult(a.trend.linear, fitView),
      projection: mapResult(a.trend.projection, (p) => ({ year: p.year, value: p.value })),
      timeToTarget: a.trend.timeToTarget,
    },
    growthRatio: a.growthRatio,
    sdsn: mapResult(a.sdsn, (s) => {
      const { trend, symbol, basis, observedPace, requiredPace, paceRatio } = s.trend;
      return { ...s, trend: { trend, symbol, basis, observedPace, requiredPace, paceRatio } };
    }),
    escapCsi: a.escapCsi,
    escapApi: mapResult(a.escapApi, (e) => ({
      ...e,
      projection: { year: e.projection.year, value: e.projection.value, fit: fitView(e.projection.fit) },
    })),
    agreement: a.agreement,
  };
}

/** A target of the targets service as the progress methods take it; `year` defaults to `targetYear`. */
export function targetUsed(t: Target, targetYear: number): TargetUsed {
  return {
    id: t.id,
    value: t.value,
    year: t.year ?? targetYear,
    kind: t.kind,
    label: t.label,
    source: t.source,
    yearAssumed: t.year === undefined,
  };
}

/**
 * The most specific target of a concept for an indicator among `targets` (which the targets
 * service returns most specific first): a file target of the concept, or the indicator's own parity.
 */
export function targetOf(targets: readonly Target[], concept: string, indicator: string): Target | undefined {
  return targets.find(
    (t) => t.concept === concept && (t.indicator === undefined || t.indicator === indicator),
  );
}

/** The years a progress view may use: base before target, both within 1990–2100. */
export const PROGRESS_YEAR_MIN = 1990;
export const PROGRESS_YEAR_MAX = 2100;
