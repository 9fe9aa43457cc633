import type { AggregateYear, ProgressRow, RegionProgressRow, YearValue } from './progress-types.ts';

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
