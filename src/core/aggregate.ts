import { mean, median } from './stats.ts';

/**
 * Regional aggregate of one indicator-year over a region set's members. UNECE and ESCAP summarise
 * regions by simple (unweighted) averages so that large countries do not dominate (METHODS.md §4a);
 * the median and a population-weighted mean are given beside them. An aggregate over too few
 * members says so instead of giving a number.
 */

export interface CoverageRule {
  /** Fewest members with data, as a share of all members (default 0.5: at least half). */
  readonly minShare: number;
  /** Fewest members with data, as a count (default 3); a set with fewer members needs all of them. */
  readonly minCount: number;
}

/** Parity's default: at least half of the members and at least 3 countries (all, in a smaller set). */
export const DEFAULT_COVERAGE_RULE: CoverageRule = { minShare: 0.5, minCount: 3 };

/** A member's value (and weight, e.g. HDR `pop_total`); `undefined`/`null` when it has none. */
export interface MemberValue {
  readonly member: string;
  readonly value: number | null | undefined;
  readonly weight?: number | null | undefined;
}

export type WeightedMean =
  | {
      readonly ok: true;
      readonly mean: number;
      /** Members with both a value and a weight. */
      readonly n: number;
      /** Members with a value but no usable weight (left out of the weighted mean). */
      readonly withoutWeight: readonly string[];
    }
  | { readonly ok: false; readonly reason: 'no-weights'; readonly detail: string };

export interface RegionalAggregate {
  readonly ok: true;
  /** Simple mean of the members with data. */
  readonly mean: number;
  readonly median: number;
  readonly weighted: WeightedMean;
  /** Members with data / members. */
  readonly n: number;
  readonly members: number;
  readonly coverage: number;
  /** Members without a value. */
  readonly lacking: readonly string[];
  readonly rule: CoverageRule;
}

export interface InsufficientCoverage {
  readonly ok: false;
  readonly reason: 'insufficient-coverage';
  readonly n: number;
  readonly members: number;
  readonly coverage: number;
  readonly lacking: readonly string[];
  readonly rule: CoverageRule;
  /** e.g. "2 of 5 members have data (40 %); the rule needs at least half and at least 3". */
  readonly detail: string;
}

export type AggregateResult = RegionalAggregate | InsufficientCoverage;

function usable(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

function ruleText(rule: CoverageRule): string {
  const share = rule.minShare === 0.5 ? 'half' : `${Math.round(rule.minShare * 100)} %`;
  return `at least ${share} of the members and at least ${rule.minCount} (all, in a smaller set)`;
}

function weightedMean(withValue: readonly MemberValue[]): WeightedMean {
  const weighted = withValue.filter((m) => usable(m.weight) && m.weight >= 0);
  const totalWeight = weighted.reduce((acc, m) => acc + (m.weight as number), 0);
  if (weighted.length === 0 || totalWeight <= 0)
    return { ok: false, reason: 'no-weights', detail: 'no member with a value has a positive weight' };
  const sum = weighted.reduce((acc, m) => acc + (m.value as number) * (m.weight as number), 0);
  const withoutWeight = withValue.filter((m) => !weighted.includes(m)).map((m) => m.member);
  return { ok: true, mean: sum / totalWeight, n: weighted.length, withoutWeight };
}

/**
 * Aggregate of `values` over `members` (iso3 codes): values of non-members are ignored, a member
 * listed twice in `values` counts once (its last entry). Fails with `insufficient-coverage`, naming
 * the members that lack data, when fewer members have data than `rule` requires.
 */
export function aggregateRegion(
  members: readonly string[],
  values: readonly MemberValue[],
  rule: CoverageRule = DEFAULT_COVERAGE_RULE,
): AggregateResult {
  const memberSet = [...new Set(members)];
  const byMember = new Map<string, MemberValue>();
  for (const v of values) if (memberSet.includes(v.member)) byMember.set(v.member, v);
  const withValue = memberSet
    .map((m) => byMember.get(m))
    .filter((v): v is MemberValue => v !== undefined && usable(v.value));
  const lacking = memberSet.filter((m) => !usable(byMember.get(m)?.value));
  const n = withValue.length;
  const coverage = memberSet.length === 0 ? 0 : n / memberSet.length;
  // A set smaller than minCount (North America: 2) needs all its members instead.
  if (n === 0 || n < Math.min(rule.minCount, memberSet.length) || coverage < rule.minShare)
    return {
      ok: false,
      reason: 'insufficient-coverage',
      n,
      members: memberSet.length,
      coverage,
      lacking,
      rule,
      detail:
        `${n} of ${memberSet.length} members have data (${Math.round(coverage * 100)} %); ` +
        `the rule needs ${ruleText(rule)}`,
    };
  const numbers = withValue.map((m) => m.value as number);
  return {
    ok: true,
    mean: mean(numbers)!,
    median: median(numbers)!,
    weighted: weightedMean(withValue),
    n,
    members: memberSet.length,
    coverage,
    lacking,
    rule,
  };
}
