import { countryByIso3, type Lang } from '../catalog/index.ts';
import type { EscapApi } from '../core/progress/escap.ts';
import type { GrowthRatioCategory } from '../core/progress/growth-ratio.ts';
import type { MethodResult } from '../core/progress/outcome.ts';
import type { SdsnTrend } from '../core/progress/sdsn.ts';
import type { YearValue } from '../core/stats.ts';
import { assessRow, type AssessOptions, type IndicatorHead } from './progress-rows.ts';
import type { RegionalData } from './regional-aggregates.ts';
import type { Target } from './targets.ts';

/**
 * Each member of a region set assessed on its own series against its own most specific target,
 * and the per-method counts of those results. The counts are tallied from the member results, so
 * the two can never disagree.
 */

/** Why a member has no verdict: no value at all, too few values, or the method does not fit. */
export type NoVerdict = 'no-data' | 'insufficient-data' | 'not-applicable';
export type AgreementCategory = 'agree' | 'disagree' | 'one-verdict' | 'no-data';

export interface MemberResult {
  readonly iso3: string;
  /** In the requested language. */
  readonly name: string;
  /** The member's latest value of the series; null when it has none. */
  readonly latest: YearValue | null;
  readonly growthRatio: GrowthRatioCategory | NoVerdict;
  /** SDSN's trend arrow. */
  readonly sdsn: SdsnTrend | NoVerdict;
  readonly escapApi: EscapApi['category'] | NoVerdict;
  /** `one-verdict`: fewer than two methods gave a verdict. */
  readonly agreement: AgreementCategory;
}

/** How many members fall in each category of a method, most first. */
export type CategoryCounts = Readonly<Record<string, number>>;

export interface MemberCounts {
  /** Members with at least one value of the series. */
  readonly withData: number;
  readonly growthRatio: CategoryCounts;
  /** SDSN trend arrows (`on-track`, `moderately-improving`, `stagnating`, `decreasing`, `unavailable`). */
  readonly sdsn: CategoryCounts;
  readonly escapApi: CategoryCounts;
  /** `agree`, `disagree`, or `one-verdict` (fewer than two methods gave a verdict). */
  readonly agreement: CategoryCounts;
}

/** The counts and the members they count, in the set's member order. */
export interface Members extends MemberCounts {
  readonly countries: MemberResult[];
}

function categoryOf<T, C extends string>(
  r: MethodResult<T>,
  category: (t: T) => C,
): C | Exclude<NoVerdict, 'no-data'> {
  if (r.ok) return category(r.value);
  return r.reason === 'not-enough-data' ? 'insufficient-data' : 'not-applicable';
}

/** Every member of `data`'s set assessed on its own series (each with its own targets). */
export function memberResults(
  data: Pick<RegionalData, 'set' | 'byMember'>,
  head: IndicatorHead,
  targets: ReadonlyMap<string, readonly Target[]>,
  opts: AssessOptions,
  lang: Lang,
): MemberResult[] {
  return data.set.members.map((iso3) => {
    const name = countryByIso3(iso3)?.names[lang] ?? iso3;
    const points = data.byMember.get(iso3) ?? [];
    const latest = points.reduce<YearValue | null>((a, p) => (a && a.year >= p.year ? a : p), null);
    if (!latest)
      return {
        iso3,
        name,
        latest: null,
        growthRatio: 'no-data',
        sdsn: 'no-data',
        escapApi: 'no-data',
        agreement: 'no-data',
      };
    const { assessment: a } = assessRow(points, head, targets.get(iso3) ?? [], opts);
    const agree = a.agreement.agree;
    return {
      iso3,
      name,
      latest: { year: latest.year, value: latest.value },
      growthRatio: categoryOf(a.growthRatio, (g) => g.category),
      sdsn: categoryOf(a.sdsn, (s) => s.trend.trend),
      escapApi: categoryOf(a.escapApi, (e) => e.category),
      agreement: agree === undefined ? 'one-verdict' : agree ? 'agree' : 'disagree',
    };
  });
}

/** The member results with each method's counts (most first; ties in member order). */
export function withCounts(countries: MemberResult[]): Members {
  const tally = (key: 'growthRatio' | 'sdsn' | 'escapApi' | 'agreement'): CategoryCounts => {
    const m = new Map<string, number>();
    for (const c of countries) m.set(c[key], (m.get(c[key]) ?? 0) + 1);
    return Object.fromEntries([...m.entries()].sort(([, x], [, y]) => y - x));
  };
  return {
    withData: countries.filter((c) => c.latest !== null).length,
    growthRatio: tally('growthRatio'),
    sdsn: tally('sdsn'),
    escapApi: tally('escapApi'),
    agreement: tally('agreement'),
    countries,
  };
}
