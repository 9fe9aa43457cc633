import { improvement, type Orientation } from './direction.ts';
import type { YearValue } from './stats.ts';

/**
 * Trends of one series (one indicator, one area, one source edition): changes, growth rates,
 * regressions, projections and time to a target. Every function returns a value with the inputs
 * it used, or `not-enough-data` saying what is missing, so a page can say *why* there is no trend.
 */

/** Why a trend could not be computed. */
export type TrendGap =
  /** Fewer than two points (or fewer than two distinct years) to draw a trend from. */
  | 'fewer-than-two-points'
  /** A year asked for has no value in the series. */
  | 'missing-year'
  /** The base value is zero (or of another sign than the end value): no relative change or growth rate. */
  | 'zero-base'
  | 'sign-change'
  /** The two years are the same or in the wrong order. */
  | 'empty-window';

export interface NotEnoughData {
  readonly ok: false;
  readonly reason: 'not-enough-data';
  readonly gap: TrendGap;
  /** In words, naming the year or value at fault. */
  readonly detail: string;
  /** The years asked for that have no value (for `missing-year`). */
  readonly missingYears?: readonly number[];
}

export type TrendResult<T> = ({ readonly ok: true } & T) | NotEnoughData;

function notEnough(gap: TrendGap, detail: string, missingYears?: readonly number[]): NotEnoughData {
  return { ok: false, reason: 'not-enough-data', gap, detail, ...(missingYears ? { missingYears } : {}) };
}

/** The points sorted by year; a year given twice keeps its last value. Non-finite values are dropped. */
export function cleanSeries(points: readonly YearValue[]): YearValue[] {
  const byYear = new Map<number, number>();
  for (const p of points)
    if (Number.isFinite(p.value) && Number.isFinite(p.year)) byYear.set(p.year, p.value);
  return [...byYear.entries()].sort(([a], [b]) => a - b).map(([year, value]) => ({ year, value }));
}

function pointAt(series: readonly YearValue[], year: number): YearValue | undefined {
  return series.find((p) => p.year === year);
}

export interface Change {
  readonly from: YearValue;
  readonly to: YearValue;
  /** to − from, in the indicator's unit (points for a percentage). */
  readonly absolute: number;
  /** (to − from) / from, as a fraction (−0.546 for a 54.6 % fall); undefined when from is 0. */
  readonly relative: number | undefined;
  /** Compound annual growth rate as a fraction; undefined when from is 0 or the sign changes. */
  readonly cagr: number | undefined;
}

/** Relative change and CAGR of two points; the caller has checked `to.year > from.year`. */
function changeOf(from: YearValue, to: YearValue): Change {
  const relative = from.value === 0 ? undefined : (to.value - from.value) / from.value;
  const sameSign = from.value !== 0 && to.value / from.value >= 0;
  const cagr = sameSign ? (to.value / from.value) ** (1 / (to.year - from.year)) - 1 : undefined;
  return { from, to, absolute: to.value - from.value, relative, cagr };
}

/**
 * The change between two years of the series (the first and last year when not given). Fails when
 * a year has no value, the window is empty or the series has fewer than two points.
 */
export function changeBetween(
  points: readonly YearValue[],
  fromYear?: number,
  toYear?: number,
): TrendResult<{ readonly change: Change }> {
  const series = cleanSeries(points);
  if (series.length < 2 && (fromYear === undefined || toYear === undefined))
    return notEnough('fewer-than-two-points', `the series has ${series.length} point(s); a change needs two`);
  const startYear = fromYear ?? series[0]!.year;
  const endYear = toYear ?? series[series.length - 1]!.year;
  if (endYear <= startYear)
    return notEnough(
      'empty-window',
      `the window ${startYear}–${endYear} is empty: the end year must be after the start year`,
    );
  const from = pointAt(series, startYear);
  const to = pointAt(series, endYear);
  const missing = [from ? undefined : startYear, to ? undefined : endYear].filter((y) => y !== undefined);
  if (!from || !to) return notEnough('missing-year', `no value for ${missing.join(' and ')}`, missing);
  return { ok: true, change: changeOf(from, to) };
}

/**
 * Compound annual growth rate between two years: (y1/y0)^(1/(t1−t0)) − 1. Fails on a zero base or
 * a change of sign, where no growth rate exists.
 */
export function compoundAnnualGrowth(
  points: readonly YearValue[],
  fromYear?: number,
  toYear?: number,
): TrendResult<{ readonly cagr: number; readonly change: Change }> {
  const r = changeBetween(points, fromYear, toYear);
  if (!r.ok) return r;
  const { change } = r;
  if (change.from.value === 0)
    return notEnough('zero-base', `the value in ${change.from.year} is 0: no growth rate from a zero base`);
  if (change.cagr === undefined)
    return notEnough(
      'sign-change',
      `the value changes sign from ${change.from.year} to ${change.to.year}: no compound growth rate`,
    );
  return { ok: true, cagr: change.cagr, change };
}

export interface ExtremeChanges {
  /** The window with the most progress (direction-aware); undefined when no window improves. */
  readonly improvement: (Change & { readonly progress: number }) | undefined;
  /** The window with the most regress; undefined when no window worsens. */
  readonly deterioration: (Change & { readonly progress: number }) | undefined;
  /** How many windows (pairs of years) were compared. */
  readonly windows: number;
}

/**
 * The largest improvement and the largest deterioration over any window (any pair of years, the
 * earlier as start), measured as progress in the indicator's unit: a fall for lower-is-better, a
 * rise for higher-is-better, a move towards parity for parity. For a neutral indicator a rise is
 * counted as `improvement`. Ties go to the earlier, then shorter window.
 */
export function extremeChanges(
  points: readonly YearValue[],
  orientation: Orientation,
): TrendResult<ExtremeChanges> {
  const series = cleanSeries(points);
  if (series.length < 2)
    return notEnough('fewer-than-two-points', `the series has ${series.length} point(s); a change needs two`);
  let best: (Change & { progress: number }) | undefined;
  let worst: (Change & { progress: number }) | undefined;
  let windows = 0;
  for (let i = 0; i < series.length; i++)
    for (let j = i + 1; j < series.length; j++) {
      windows++;
      const from = series[i]!;
      const to = series[j]!;
      const progress = improvement(orientation, from.value, to.value) ?? to.value - from.value;
      if (progress > 0 && (!best || progress > best.progress)) best = { ...changeOf(from, to), progress };
      if (progress < 0 && (!worst || progress < worst.progress)) worst = { ...changeOf(from, to), progress };
    }
  return { ok: true, improvement: best, deterioration: worst, windows };
}

/**
 * How a regression weighs its points:
 * - `none`: ordinary least squares, every point counts once;
 * - `recency`: time-weighted, weight = year − first year + 1, so the latest point counts most.
 *   ESCAP/UNECE project 2030 with a "time-weighted" regression whose exact weights are not
 *   published (METHODS.md §4a: UNCONFIRMED); this linear ramp is Parity's documented default.
 */
export type Weighting = 'none' | 'recency';

export interface LinearFit {
  /** Change per year, in the indicator's unit. */
  readonly slope: number;
  /** Value the line gives at `year = 0`; use `valueAt`. */
  readonly intercept: number;
  readonly weighting: Weighting;
  /** The points the line was fitted to, with their weights. */
  readonly points: readonly (YearValue & { readonly weight: number })[];
}

/**
 * Least-squares line through the series (weighted when asked). Needs two distinct years. Years
 * are centred before fitting so that the sums stay well-conditioned.
 */
export function linearFit(
  points: readonly YearValue[],
  weighting: Weighting = 'none',
): TrendResult<{ readonly fit: LinearFit }> {
  const series = cleanSeries(points);
  if (series.length < 2)
    return notEnough(
      'fewer-than-two-points',
      `the series has ${series.length} point(s); a line needs two years`,
    );
  const first = series[0]!.year;
  const weighted = series.map((p) => ({ ...p, weight: weighting === 'recency' ? p.year - first + 1 : 1 }));
  let sw = 0;
  let sx = 0;
  let sy = 0;
  for (const p of weighted) {
    sw += p.weight;
    sx += p.weight * p.year;
    sy += p.weight * p.value;
  }
  const mx = sx / sw;
  const my = sy / sw;
  let sxx = 0;
  let sxy = 0;
  for (const p of weighted) {
    sxx += p.weight * (p.year - mx) ** 2;
    sxy += p.weight * (p.year - mx) * (p.value - my);
  }
  const slope = sxy / sxx;
  return { ok: true, fit: { slope, intercept: my - slope * mx, weighting, points: weighted } };
}

/** The fitted line's value in a year. */
export function valueAt(fit: LinearFit, year: number): number {
  return fit.intercept + fit.slope * year;
}

export interface Projection {
  readonly year: number;
  readonly value: number;
  readonly fit: LinearFit;
}

/** The series projected to a year (2030 by default) along its linear (or time-weighted) trend. */
export function projectTo(
  points: readonly YearValue[],
  year = 2030,
  weighting: Weighting = 'none',
): TrendResult<{ readonly projection: Projection }> {
  const r = linearFit(points, weighting);
  if (!r.ok) return r;
  return { ok: true, projection: { year, value: valueAt(r.fit, year), fit: r.fit } };
}

/** How the pace is measured: the slope of the linear trend, or the compound rate from first to last year. */
export type Pace = 'linear' | 'compound';

export type TimeToTarget =
  /** The latest value already meets the target (for parity: is within `tolerance` of it). */
  | { readonly status: 'reached'; readonly latest: YearValue }
  /** At the current pace the target is met after `years` years, in `year` (fractional). */
  | {
      readonly status: 'on-course';
      readonly latest: YearValue;
      readonly years: number;
      readonly year: number;
      readonly pacePerYear: number;
    }
  /** The series is flat or moving away from the target: never at this pace. */
  | { readonly status: 'not-at-this-pace'; readonly latest: YearValue; readonly pacePerYear: number };

export interface TargetSpec {
  readonly value: number;
  /** Which side of the target is good: for `parity` the target is reached within `tolerance`. */
  readonly orientation: Orientation;
  readonly tolerance?: number;
}

function isReached(target: TargetSpec, value: number): boolean {
  const tol = target.tolerance ?? 0;
  switch (target.orientation.direction) {
    case 'higher-is-better':
      return value >= target.value - tol;
    case 'lower-is-better':
      return value <= target.value + tol;
    default:
      return Math.abs(value - target.value) <= tol;
  }
}

/**
 * Years from the latest point until the target (or parity) is reached at the current pace, i.e. until
 * the value comes within `tolerance` of it (the same test as `reached`). The pace
 * is the slope of the linear trend over the whole series (`linear`, default) or the compound rate
 * from the first to the last year (`compound`). A series moving away or flat is `not-at-this-pace`.
 */
export function yearsToTarget(
  points: readonly YearValue[],
  target: TargetSpec,
  pace: Pace = 'linear',
): TrendResult<{ readonly time: TimeToTarget }> {
  const series = cleanSeries(points);
  if (series.length < 2)
    return notEnough('fewer-than-two-points', `the series has ${series.length} point(s); a pace needs two`);
  const latest = series[series.length - 1]!;
  if (isReached(target, latest.value)) return { ok: true, time: { status: 'reached', latest } };
  // Time to the near edge of the tolerance band, where `isReached` first holds, not to the target itself.
  const tol = target.tolerance ?? 0;
  const gap = target.value - latest.value - Math.sign(target.value - latest.value) * tol;
  if (pace === 'linear') {
    const r = linearFit(series);
    if (!r.ok) return r;
    const slope = r.fit.slope;
    if (slope === 0 || Math.sign(slope) !== Math.sign(gap))
      return { ok: true, time: { status: 'not-at-this-pace', latest, pacePerYear: slope } };
    const years = gap / slope;
    return {
      ok: true,
      time: { status: 'on-course', latest, years, year: latest.year + years, pacePerYear: slope },
    };
  }
  const g = compoundAnnualGrowth(series);
  if (!g.ok) return g;
  const ratio = (latest.value + gap) / latest.value;
  if (g.cagr === 0 || ratio <= 0 || Math.sign(Math.log(ratio)) !== Math.sign(Math.log1p(g.cagr)))
    return { ok: true, time: { status: 'not-at-this-pace', latest, pacePerYear: g.cagr } };
  const years = Math.log(ratio) / Math.log1p(g.cagr);
  return {
    ok: true,
    time: { status: 'on-course', latest, years, year: latest.year + years, pacePerYear: g.cagr },
  };
}
