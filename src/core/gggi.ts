import type { IndexResult, InvalidInput } from './result.ts';
import { roundHalfAwayFromZero } from './round-half-away-from-zero.ts';
import type { TrendResult } from './trend.ts';

/**
 * World Economic Forum Global Gender Gap Index (METHODS.md §3): 14 female-to-male ratios, each
 * truncated at its equality benchmark, weighted within four subindexes; the index is the mean of the
 * subindexes ("share of the gap closed"). Inputs are ratios; converting a wage-equality survey
 * score or capping incomes happens before (see `wageEqualityRatio`).
 */

export type GggiSubindex = 'economic' | 'education' | 'health' | 'politics';

export type GggiIndicator =
  | 'labourForce'
  | 'wageEquality'
  | 'earnedIncome'
  | 'managers'
  | 'professionals'
  | 'literacy'
  | 'primaryEnrolment'
  | 'secondaryEnrolment'
  | 'tertiaryEnrolment'
  | 'sexRatioAtBirth'
  | 'healthyLifeExpectancy'
  | 'parliament'
  | 'ministers'
  | 'headOfState';

export interface GggiIndicatorSpec {
  readonly id: GggiIndicator;
  readonly subindex: GggiSubindex;
  /** Printed weight (GGGR 2023/2025 Table B.2; CONFIRMED). */
  readonly weight: number;
  /** Equality benchmark the ratio is truncated at (1, except 0.944 and 1.06). */
  readonly benchmark: number;
  readonly label: string;
}

function spec(
  id: GggiIndicator,
  subindex: GggiSubindex,
  weight: number,
  label: string,
  benchmark = 1,
): GggiIndicatorSpec {
  return { id, subindex, weight, benchmark, label };
}

/** The 14 indicators in the report's order. */
export const GGGI_INDICATORS: readonly GggiIndicatorSpec[] = [
  spec('labourForce', 'economic', 0.199, 'Labour-force participation rate'),
  spec('wageEquality', 'economic', 0.31, 'Wage equality for similar work'),
  spec('earnedIncome', 'economic', 0.221, 'Estimated earned income'),
  spec('managers', 'economic', 0.149, 'Legislators, senior officials and managers'),
  spec('professionals', 'economic', 0.121, 'Professional and technical workers'),
  spec('literacy', 'education', 0.191, 'Literacy rate'),
  spec('primaryEnrolment', 'education', 0.459, 'Enrolment in primary education'),
  spec('secondaryEnrolment', 'education', 0.23, 'Enrolment in secondary education'),
  spec('tertiaryEnrolment', 'education', 0.121, 'Enrolment in tertiary education'),
  // 0.944: CONFIRMED (GGGR 2014 appendix). 1.06: SECONDARY (not read in a WEF document).
  spec('sexRatioAtBirth', 'health', 0.693, 'Sex ratio at birth', 0.944),
  spec('healthyLifeExpectancy', 'health', 0.307, 'Healthy life expectancy', 1.06),
  spec('parliament', 'politics', 0.31, 'Women in parliament'),
  spec('ministers', 'politics', 0.247, 'Women in ministerial positions'),
  spec('headOfState', 'politics', 0.443, 'Years with a female head of state (last 50)'),
];

export const GGGI_SUBINDEXES: readonly GggiSubindex[] = ['economic', 'education', 'health', 'politics'];

export interface GggiParams {
  /** Fewest indicators with data for a score (CONFIRMED: 12 of 14). */
  readonly minIndicators: number;
  /**
   * Divide each truncated health ratio by its benchmark, so that the health maximum is 1
   * (UNCONFIRMED; default false: maximum 0.693·0.944 + 0.307·1.06 = 0.9796).
   */
  readonly rescaleHealth: boolean;
  /**
   * A missing indicator inside a subindex: its weight is left out and the rest renormalised
   * (`renormalise`, UNCONFIRMED but likely), or the subindex fails (`fail`).
   */
  readonly missingIndicator: 'renormalise' | 'fail';
}

export const DEFAULT_GGGI_PARAMS: GggiParams = {
  minIndicators: 12,
  rescaleHealth: false,
  missingIndicator: 'renormalise',
};

export type GggiInputs = Partial<Record<GggiIndicator, number | null>>;

export interface GggiSubindexScore {
  readonly score: number;
  /** Σ weights of the indicators used (the normaliser). */
  readonly weightSum: number;
  readonly used: readonly {
    readonly id: GggiIndicator;
    readonly ratio: number;
    readonly truncated: number;
    readonly weight: number;
  }[];
  readonly missing: readonly GggiIndicator[];
}

export interface GggiComponents {
  readonly subindexes: Readonly<Record<GggiSubindex, GggiSubindexScore>>;
  readonly coverage: { readonly available: number; readonly of: number };
  readonly params: GggiParams;
}

/** Wage equality survey score (1 = worst for women, 7 = best) as a ratio: score/7 (UNCONFIRMED). */
export function wageEqualityRatio(score: number, scaleMax = 7): number {
  return score / scaleMax;
}

function subindexScore(
  sub: GggiSubindex,
  ratios: ReadonlyMap<GggiIndicator, number>,
  p: GggiParams,
): GggiSubindexScore {
  const used: GggiSubindexScore['used'][number][] = [];
  const missing: GggiIndicator[] = [];
  let sum = 0;
  let weightSum = 0;
  for (const s of GGGI_INDICATORS.filter((x) => x.subindex === sub)) {
    const ratio = ratios.get(s.id);
    if (ratio === undefined) {
      missing.push(s.id);
      continue;
    }
    const capped = Math.min(ratio, s.benchmark);
    const truncated = sub === 'health' && p.rescaleHealth ? capped / s.benchmark : capped;
    used.push({ id: s.id, ratio, truncated, weight: s.weight });
    sum += s.weight * truncated;
    weightSum += s.weight;
  }
  return { score: weightSum > 0 ? sum / weightSum : Number.NaN, weightSum, used, missing };
}

/**
 * The GGGI of one economy from its 14 ratios. Fails (`missing-inputs`) when fewer than
 * `minIndicators` are given, when a subindex has none, or (with `missingIndicator: 'fail'`) when any
 * is missing; fails (`invalid-inputs`) on a negative or non-finite ratio.
 */
export function computeGggi(
  inputs: GggiInputs,
  params: Partial<GggiParams> = {},
): IndexResult<GggiComponents, GggiIndicator> {
  const p = { ...DEFAULT_GGGI_PARAMS, ...params };
  const ratios = new Map<GggiIndicator, number>();
  const invalid: InvalidInput<GggiIndicator>[] = [];
  for (const s of GGGI_INDICATORS) {
    const v = inputs[s.id];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
      invalid.push({
        input: s.id,
        value: typeof v === 'number' ? v : Number.NaN,
        expected: 'a female-to-male ratio ≥ 0',
      });
    else ratios.set(s.id, v);
  }
  if (invalid.length > 0) return { ok: false, reason: 'invalid-inputs', invalid };
  const missing = GGGI_INDICATORS.filter((s) => !ratios.has(s.id)).map((s) => s.id);
  const subindexes = Object.fromEntries(
    GGGI_SUBINDEXES.map((sub) => [sub, subindexScore(sub, ratios, p)]),
  ) as Record<GggiSubindex, GggiSubindexScore>;
  const emptySubindex = GGGI_SUBINDEXES.some((sub) => subindexes[sub].used.length === 0);
  const tooFew = ratios.size < p.minIndicators;
  if (missing.length > 0 && (tooFew || emptySubindex || p.missingIndicator === 'fail'))
    return { ok: false, reason: 'missing-inputs', missing };
  const value = GGGI_SUBINDEXES.reduce((acc, sub) => acc + subindexes[sub].score, 0) / GGGI_SUBINDEXES.length;
  return {
    ok: true,
    value,
    rounded: roundHalfAwayFromZero(value, 3),
    components: { subindexes, coverage: { available: ratios.size, of: GGGI_INDICATORS.length }, params: p },
  };
}

export type GapClosing =
  | { readonly status: 'closed'; readonly score: number }
  | {
      readonly status: 'on-course';
      readonly years: number;
      readonly ratePerYear: number;
      readonly year: number;
    }
  | { readonly status: 'not-at-this-pace'; readonly ratePerYear: number };

/**
 * WEF's "years to close the gap" (METHODS.md §3.3; outline CONFIRMED, formula UNCONFIRMED): the
 * average annual change since the first score, rate = (S_T − S_0)/(T − T_0), projected from the
 * latest score to 1: years = (1 − S_T)/rate. WEF applies it to the constant sample of economies.
 * Example: 0.643 (2006) → 0.681 (2022): rate 0.002375, 134.3 years.
 */
export function yearsToCloseGap(
  start: { readonly year: number; readonly score: number },
  end: { readonly year: number; readonly score: number },
): TrendResult<{ readonly closing: GapClosing; readonly start: typeof start; readonly end: typeof end }> {
  if (end.year <= start.year)
    return {
      ok: false,
      reason: 'not-enough-data',
      gap: 'empty-window',
      detail: `the window ${start.year}–${end.year} is empty: the end year must be after the start year`,
    };
  const ratePerYear = (end.score - start.score) / (end.year - start.year);
  let closing: GapClosing;
  if (end.score >= 1) closing = { status: 'closed', score: end.score };
  else if (ratePerYear <= 0) closing = { status: 'not-at-this-pace', ratePerYear };
  else {
    const years = (1 - end.score) / ratePerYear;
    closing = { status: 'on-course', years, ratePerYear, year: end.year + years };
  }
  return { ok: true, closing, start, end };
}
