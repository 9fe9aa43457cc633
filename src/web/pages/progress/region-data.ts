import { withLang } from '../../app/url-state.ts';
import type {
  AggregateYear,
  MemberCounts,
  MemberResult,
  ProgressRow,
  RegionProgressRow,
  YearValue,
} from './progress-types.ts';
import { orderedCounts } from './progress-verdicts.ts';

/** The years with an aggregate (passing the coverage rule) and those without, ascending. */
export function splitByCoverage(aggregates: readonly AggregateYear[]): {
  readonly shown: Extract<AggregateYear, { ok: true }>[];
  readonly below: Extract<AggregateYear, { ok: false }>[];
} {
  const sorted = [...aggregates].sort((a, b) => a.year - b.year);
  return {
    shown: sorted.filter((a): a is Extract<AggregateYear, { ok: true }> => a.ok),
    below: sorted.filter((a): a is Extract<AggregateYear, { ok: false }> => !a.ok),
  };
}

/** The regional simple mean over the years passing the coverage rule: the series the methods assessed. */
export function meanSeries(aggregates: readonly AggregateYear[]): YearValue[] {
  return splitByCoverage(aggregates).shown.map((a) => ({ year: a.year, value: a.mean }));
}

/**
 * A region row in the shape of a country row (its simple-mean series as the points), so that the
 * chart and the method inputs of the country page serve the region page too.
 */
export function asProgressRow(row: RegionProgressRow): ProgressRow {
  return {
    indicator: row.indicator,
    series: { ...row.series, kind: 'international', breakdown: 'total' },
    points: meanSeries(row.aggregates),
    target: row.target,
    sdsn: row.sdsn,
    assessment: row.assessment,
    disagree: row.disagree,
  };
}

/** The latest year with an aggregate, or undefined when no year passes the coverage rule. */
export function latestAggregate(
  aggregates: readonly AggregateYear[],
): Extract<AggregateYear, { ok: true }> | undefined {
  return splitByCoverage(aggregates).shown.at(-1);
}

export type CountedMethod = 'growthRatio' | 'sdsn' | 'escapApi';

export interface CategoryMembers {
  readonly category: string;
  readonly count: number;
  /** Of all members. */
  readonly share: number;
  /** The members in this category, by name in the reader's language. */
  readonly members: readonly MemberResult[];
}

/** A method's categories in display order, each with its count and the members it counts. */
export function membersByCategory(
  method: CountedMethod,
  members: MemberCounts,
  lang: string,
): CategoryMembers[] {
  const collator = new Intl.Collator(lang);
  return orderedCounts(method, members[method]).map((c) => ({
    ...c,
    members: members.countries
      .filter((m) => m[method] === c.category)
      .sort((a, b) => collator.compare(a.name, b.name)),
  }));
}

/** A member's progress page, keeping the base and target years of `search` and the language. */
export function memberProgressPath(iso3: string, search: string, lang: string): string {
  const from = new URLSearchParams(search);
  const keep = new URLSearchParams();
  for (const k of ['base', 'targetYear']) {
    const v = from.get(k);
    if (v) keep.set(k, v);
  }
  const query = keep.toString();
  return withLang(`/progress/${encodeURIComponent(iso3)}${query ? `?${query}` : ''}`, lang);
}
