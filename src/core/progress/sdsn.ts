import type { YearValue } from '../stats.ts';
import { cleanSeries, linearFit } from '../trend.ts';
import { notApplicable, notEnoughData, type MethodResult } from './outcome.ts';

/**
 * SDSN's Sustainable Development Report methods for one indicator (METHODS.md §4b): the 0–100
 * score, the dashboard colour and the trend arrow. The bounds are published per indicator and
 * edition (src/catalog/sdsn-bounds.ts); they are arguments here, never constants.
 */

/** One indicator's published bounds, in the indicator's unit. Lower is better when optimum < lowerBound. */
export interface SdsnBounds {
  /** "Optimum (= 100)". */
  readonly optimum: number;
  /** Green threshold: at or beyond it the indicator is green (SDG achieved). */
  readonly green: number;
  /** Red threshold: at or short of it the indicator is red. */
  readonly red: number;
  /** "Lower Bound (= 0)". */
  readonly lowerBound: number;
}

export interface SdsnParams {
  /**
   * Where yellow meets orange between the red and green thresholds, as a share of the way from red
   * to green (METHODS.md: UNCONFIRMED that they split at the midpoint).
   */
  readonly colourSplit: number;
  /** Trend: observed pace ≥ this share of the required pace is "on track" (UNCONFIRMED: 100 %). */
  readonly onTrackShare: number;
  /** Trend: observed pace ≥ this share of the required pace is "moderately improving" (UNCONFIRMED: 50 %). */
  readonly moderateShare: number;
  /** First year of the trend window (SDR: since 2015). */
  readonly trendFromYear: number;
  /** Year by which the green threshold is to be reached (2030). */
  readonly targetYear: number;
}

export const DEFAULT_SDSN_PARAMS: SdsnParams = {
  colourSplit: 0.5,
  onTrackShare: 1,
  moderateShare: 0.5,
  trendFromYear: 2015,
  targetYear: 2030,
};

export type SdsnColour = 'green' | 'yellow' | 'orange' | 'red';

export type SdsnTrend = 'on-track' | 'moderately-improving' | 'stagnating' | 'decreasing' | 'unavailable';

/** SDSN's own symbols (S14). */
export const SDSN_TREND_SYMBOLS: Readonly<Record<SdsnTrend, string>> = {
  'on-track': '↑',
  'moderately-improving': '➚',
  stagnating: '→',
  decreasing: '↓',
  unavailable: '•',
};

/** Normalised score: 100·(x − LB)/(OPT − LB), clipped to [0, 100] (CONFIRMED, reproduces SDR 2025). */
export function sdsnScore(value: number, bounds: SdsnBounds): number {
  const raw = (100 * (value - bounds.lowerBound)) / (bounds.optimum - bounds.lowerBound);
  return Math.min(100, Math.max(0, raw));
}

/** True when `value` is at or beyond `threshold` on the better side. */
function atOrBeyond(value: number, threshold: number, bounds: SdsnBounds): boolean {
  return bounds.optimum >= bounds.lowerBound ? value >= threshold : value <= threshold;
}

/**
 * Dashboard colour of a value: green at or beyond the green threshold, red at or short of the red
 * one, and between them yellow at or beyond the split point (the midpoint by default), else orange.
 */
export function sdsnColour(
  value: number,
  bounds: SdsnBounds,
  colourSplit = DEFAULT_SDSN_PARAMS.colourSplit,
): SdsnColour {
  if (atOrBeyond(value, bounds.green, bounds)) return 'green';
  if (!atOrBeyond(value, bounds.red, bounds) || value === bounds.red) return 'red';
  const split = bounds.red + colourSplit * (bounds.green - bounds.red);
  return atOrBeyond(value, split, bounds) ? 'yellow' : 'orange';
}

export interface SdsnTrendDetail {
  readonly trend: SdsnTrend;
  readonly symbol: string;
  /** Why this arrow, in words (e.g. why it is unavailable). */
  readonly basis: string;
  /** The points of the trend window (years ≥ trendFromYear) as scores. */
  readonly points: readonly YearValue[];
  /** Observed pace: least-squares slope of the scores, points a year. */
  readonly observedPace: number | undefined;
  /** Required pace: (score of the green threshold − score at the window's start)/(targetYear − start year). */
  readonly requiredPace: number | undefined;
  /** observed/required, when required > 0. */
  readonly paceRatio: number | undefined;
}

/**
 * Trend arrow of a series (METHODS.md §4b; thresholds UNCONFIRMED). Both paces are in score points a
 * year, so direction is handled by the normalisation and a value past the optimum (score 100) holding
 * there is not read as a fall. The observed pace is the ordinary least-squares slope of the scores
 * from `trendFromYear` on; the required pace is the straight line from the score in the window's
 * first year (2015, or the first later year with data) to the green threshold's score in
 * `targetYear`. Arrows, in order:
 * - ↑ on track: the latest score is green and the trend keeps it green to `targetYear`, or the
 *   observed pace is ≥ onTrackShare × required (also when nothing was required: start already green);
 * - ↓ decreasing: the observed pace is negative;
 * - ➚ moderately improving: ≥ moderateShare × required; → stagnating: below that.
 */
export function sdsnTrend(
  points: readonly YearValue[],
  bounds: SdsnBounds,
  params: Partial<SdsnParams> = {},
): SdsnTrendDetail {
  const p = { ...DEFAULT_SDSN_PARAMS, ...params };
  const scores = cleanSeries(points)
    .filter((pt) => pt.year >= p.trendFromYear)
    .map((pt) => ({ year: pt.year, value: sdsnScore(pt.value, bounds) }));
  const none = { observedPace: undefined, requiredPace: undefined, paceRatio: undefined, points: scores };
  const fit = linearFit(scores);
  const first = scores[0];
  const latest = scores[scores.length - 1];
  if (!fit.ok || !first || !latest)
    return {
      trend: 'unavailable',
      symbol: '•',
      basis: `fewer than two values since ${p.trendFromYear}`,
      ...none,
    };
  if (first.year >= p.targetYear)
    return { trend: 'unavailable', symbol: '•', basis: `no data before ${p.targetYear}`, ...none };
  const greenScore = sdsnScore(bounds.green, bounds);
  const observedPace = fit.fit.slope;
  const requiredPace = (greenScore - first.value) / (p.targetYear - first.year);
  const paceRatio = requiredPace > 0 ? observedPace / requiredPace : undefined;
  const known = { observedPace, requiredPace, paceRatio, points: scores };
  const arrow = (trend: SdsnTrend, basis: string): SdsnTrendDetail => ({
    trend,
    symbol: SDSN_TREND_SYMBOLS[trend],
    basis,
    ...known,
  });
  const at2030 = latest.value + observedPace * (p.targetYear - latest.year);
  if (latest.value >= greenScore && at2030 >= greenScore)
    return arrow('on-track', `green in ${latest.year} and still green in ${p.targetYear} at this pace`);
  if (observedPace < 0) return arrow('decreasing', 'the score is falling');
  if (requiredPace <= 0) return arrow('on-track', `already green in ${first.year}: no progress was required`);
  if (observedPace >= p.onTrackShare * requiredPace)
    return arrow('on-track', 'the pace meets the pace required');
  if (observedPace >= p.moderateShare * requiredPace)
    return arrow(
      'moderately-improving',
      `the pace is at least ${p.moderateShare * 100} % of the pace required`,
    );
  return arrow('stagnating', `the pace is below ${p.moderateShare * 100} % of the pace required`);
}

export interface SdsnAssessment {
  readonly method: 'sdsn';
  /** The latest value, its score and colour. */
  readonly latest: YearValue;
  readonly score: number;
  readonly colour: SdsnColour;
  readonly trend: SdsnTrendDetail;
  readonly bounds: SdsnBounds;
}

/** Score and colour of the latest value and the trend arrow of the series. */
export function assessSdsn(
  points: readonly YearValue[],
  bounds: SdsnBounds,
  params: Partial<SdsnParams> = {},
): MethodResult<SdsnAssessment> {
  if (bounds.optimum === bounds.lowerBound)
    return notApplicable('the optimum equals the lower bound: no scale');
  const series = cleanSeries(points);
  const latest = series[series.length - 1];
  if (!latest) return notEnoughData('fewer-than-two-points', 'the series has no value');
  const colourSplit = params.colourSplit ?? DEFAULT_SDSN_PARAMS.colourSplit;
  return {
    ok: true,
    value: {
      method: 'sdsn',
      latest,
      score: sdsnScore(latest.value, bounds),
      colour: sdsnColour(latest.value, bounds, colourSplit),
      trend: sdsnTrend(series, bounds, params),
      bounds,
    },
  };
}
