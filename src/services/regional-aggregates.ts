import type { Kysely } from 'kysely';
import type { Indicator, Lang, RegionSet } from '../catalog/index.ts';
import { aggregateRegion, DEFAULT_COVERAGE_RULE, type CoverageRule } from '../core/aggregate.ts';
import type { YearValue } from '../core/stats.ts';
import type { Database } from '../store/database.ts';
import { readValues } from '../store/value-reads.ts';
import { sourceLabel } from './headline-series.ts';
import { findIndicator } from './indicator-views.ts';
import { PROFILE_COMPARISONS } from './profile-comparisons.ts';
import { findRegionSet } from './region-set-views.ts';
import { invalid, notFound, ok, type ServiceResult } from './service-result.ts';
import { storeSnapshot, type EditionCoverage, type StoreSnapshot } from './store-snapshot.ts';

/**
 * Regional aggregates of one indicator over a region set: per year the simple mean and the median
 * of the members with data (the UNECE convention), the mean weighted by HDR `pop_total`, and the
 * share of members with data. A year failing the coverage rule (core/aggregate.ts) is returned
 * with the reason instead of values. One source edition and one breakdown, never mixed.
 */

export interface AggregatesRequest {
  readonly regionSet: string;
  readonly indicator: string;
  /** An edition (`HDR25`, `2022-02-15`) or a dataset (`wdi`); default: the one with the latest data. */
  readonly source?: string;
  /** Only this year (returned even when no member has data, with the reason). */
  readonly year?: number;
  /** Fewest members with data as a share, 0–1 (default 0.5); at least 3 members in any case. */
  readonly minShare?: number;
  readonly lang?: Lang;
}

export type AggregateYear =
  | {
      readonly year: number;
      readonly ok: true;
      readonly mean: number;
      readonly median: number;
      /** Population-weighted mean; null when no member with a value has a population that year. */
      readonly weightedMean: number | null;
      /** Members in the weighted mean (with a value and a population). */
      readonly weightedN: number;
      readonly n: number;
      readonly members: number;
      /** n / members. */
      readonly coverage: number;
    }
  | {
      readonly year: number;
      readonly ok: false;
      readonly reason: 'insufficient-coverage';
      /** e.g. "2 of 5 members have data (40 %); the rule needs at least half of the members and at least 3". */
      readonly detail: string;
      readonly n: number;
      readonly members: number;
      readonly coverage: number;
    };

export interface RegionalSeriesHead {
  readonly regionSet: {
    readonly code: string;
    readonly version: string;
    readonly name: string;
    readonly members: number;
  };
  readonly indicator: {
    readonly code: string;
    readonly concept: string;
    readonly name: string;
    readonly unit: string;
    readonly direction: Indicator['direction'];
  };
  readonly series: {
    readonly dataset: string;
    readonly edition: string;
    readonly source: string;
    readonly dims: Record<string, string>;
  };
  /** Where the population weights come from; null when the store has no HDR population. */
  readonly weights: { readonly indicator: 'hdr.pop_total'; readonly edition: string } | null;
  readonly rule: CoverageRule;
}

export interface RegionalAggregates extends RegionalSeriesHead {
  readonly years: AggregateYear[];
}

/** What a regional view reads: the members' series of one source edition and breakdown, and their populations. */
export interface RegionalData {
  readonly set: RegionSet;
  readonly source: EditionCoverage;
  readonly dims: Record<string, string>;
  readonly byMember: ReadonlyMap<string, YearValue[]>;
  readonly population: ReadonlyMap<string, ReadonlyMap<number, number>>;
  readonly populationEdition: string | null;
}

/** The aggregate table of one indicator over a region set (see the module comment). */
export async function regionalAggregates(
  db: Kysely<Database>,
  req: AggregatesRequest,
): Promise<ServiceResult<RegionalAggregates>> {
  const rule = coverageRule(req.minShare);
  if (!rule.ok) return rule;
  const set = findRegionSet(req.regionSet, undefined, 'set');
  if (!set.ok) return set;
  const ind = findIndicator(req.indicator, 'indicator');
  if (!ind.ok) return ind;
  const data = await readRegionalData(db, set.value, ind.value, req.source);
  if (!data.ok) return data;
  if (!data.value) return notFound(`no data for ${ind.value.code} in the database`, 'indicator');
  const head = regionalHead(data.value, ind.value, rule.value, req.lang ?? 'en');
  const years = aggregateYears(data.value, rule.value, req.year);
  return ok({ ...head, years });
}

/** The coverage rule with `minShare` (0–1) when given; invalid naming `minShare` otherwise. */
export function coverageRule(minShare?: number): ServiceResult<CoverageRule> {
  if (minShare === undefined) return ok(DEFAULT_COVERAGE_RULE);
  if (!Number.isFinite(minShare) || minShare < 0 || minShare > 1)
    return invalid(
      `minimum share ${minShare}: expected a number from 0 to 1 (0.5 = half of the members)`,
      'minShare',
    );
  return ok({ ...DEFAULT_COVERAGE_RULE, minShare });
}

export function regionalHead(
  data: RegionalData,
  ind: Indicator,
  rule: CoverageRule,
  lang: Lang,
): RegionalSeriesHead {
  const { set, source } = data;
  return {
    regionSet: { code: set.code, version: set.version, name: set.name[lang], members: set.members.length },
    indicator: {
      code: ind.code,
      concept: ind.concept,
      name: ind.name[lang],
      unit: ind.unit,
      direction: ind.direction,
    },
    series: {
      dataset: source.dataset,
      edition: source.edition,
      source: sourceLabel(source.dataset, source.edition),
      dims: data.dims,
    },
    weights:
      data.populationEdition === null
        ? null
        : { indicator: 'hdr.pop_total', edition: data.populationEdition },
    rule,
  };
}

/** One row per year with a member's value (or only `year`), ascending. */
export function aggregateYears(data: RegionalData, rule: CoverageRule, onlyYear?: number): AggregateYear[] {
  const years = new Set<number>();
  for (const points of data.byMember.values()) for (const p of points) years.add(p.year);
  const list = onlyYear === undefined ? [...years].sort((a, b) => a - b) : [onlyYear];
  return list.map((year) => {
    const values = [...data.byMember.entries()].map(([member, points]) => ({
      member,
      value: points.find((p) => p.year === year)?.value,
      weight: data.population.get(member)?.get(year),
    }));
    const r = aggregateRegion(data.set.members, values, rule);
    const cover = { n: r.n, members: r.members, coverage: r.coverage };
    if (!r.ok) return { year, ok: false, reason: r.reason, detail: r.detail, ...cover };
    const w = r.weighted;
    return {
      year,
      ok: true,
      mean: r.mean,
      median: r.median,
      weightedMean: w.ok ? w.mean : null,
      weightedN: w.ok ? w.n : 0,
      ...cover,
    };
  });
}

/**
 * The members' series of an indicator in one source edition (`source`: edition or dataset; default
 * the one with the latest data) and one breakdown, with HDR populations of the same edition when
 * the indicator is HDR's, else of the newest HDR edition. `ok(undefined)` when the store has no
 * data for the indicator at all.
 */
export async function readRegionalData(
  db: Kysely<Database>,
  set: RegionSet,
  ind: Indicator,
  source?: string,
): Promise<ServiceResult<RegionalData | undefined>> {
  const snapshot = await storeSnapshot(db);
  const chosen = await chooseSource(snapshot, ind.code, source);
  if (!chosen.ok) return chosen;
  const src = chosen.value;
  if (!src) return ok(undefined);
  const dims = await chooseDims(snapshot, ind.code, src.sourceId);
  const members = [...set.members];
  const rows = await readValues(db, {
    indicators: [ind.code],
    sourceId: src.sourceId,
    dimsKey: dims.key,
    areas: members,
  });
  const byMember = new Map<string, YearValue[]>();
  for (const r of rows)
    byMember.set(r.area, [...(byMember.get(r.area) ?? []), { year: r.year, value: r.value }]);
  const hdr = await snapshot.editions('undp-hdr-composite');
  const pop = hdr.find((e) => src.dataset === 'undp-hdr-composite' && e.sourceId === src.sourceId) ?? hdr[0];
  const population = new Map<string, Map<number, number>>();
  if (pop)
    for (const r of await readValues(db, {
      indicators: ['hdr.pop_total'],
      sourceId: pop.sourceId,
      dimsKey: '',
      areas: members,
    }))
      population.set(r.area, (population.get(r.area) ?? new Map()).set(r.year, r.value));
  return ok({
    set,
    source: src,
    dims: dims.dims,
    byMember,
    population,
    populationEdition: pop?.edition ?? null,
  });
}

async function chooseSource(
  snapshot: StoreSnapshot,
  indicator: string,
  source?: string,
): Promise<ServiceResult<EditionCoverage | undefined>> {
  const rows = (await snapshot.coverage())
    .filter((c) => c.indicator === indicator)
    .sort((a, b) => b.lastYear - a.lastYear || b.areas - a.areas || b.edition.localeCompare(a.edition));
  if (source === undefined) return ok(rows[0]);
  const hit = rows.find((r) => r.edition === source) ?? rows.find((r) => r.dataset === source);
  if (hit) return ok(hit);
  const have = rows.map((r) => `${r.edition} (${r.dataset})`).join(', ') || 'none';
  return notFound(
    `no source "${source}" of ${indicator} in the database: its editions are ${have}`,
    'source',
  );
}

const PREFER = new Map(PROFILE_COMPARISONS.flatMap((c) => c.series.map((s) => [s.indicator, s.prefer])));

/**
 * The breakdown every member is read in: the country profile's preference for the indicator
 * (e.g. `sex=F` for HDR seats), else the total, else women; among matches, the one with the most
 * observations, then the fewest dimensions.
 */
async function chooseDims(
  snapshot: StoreSnapshot,
  indicator: string,
  sourceId: number,
): Promise<{ key: string; dims: Record<string, string> }> {
  const present = (await snapshot.dimsKeys())
    .filter((d) => d.indicator === indicator && d.sourceId === sourceId)
    .sort(
      (a, b) => b.observations - a.observations || Object.keys(a.dims).length - Object.keys(b.dims).length,
    );
  const prefer = [...(PREFER.get(indicator) ?? []), {}, { sex: 'F' }];
  for (const p of prefer) {
    const entries = Object.entries(p);
    const hit =
      entries.length === 0
        ? present.find((d) => d.dimsKey === '')
        : present.find((d) => entries.every(([k, v]) => d.dims[k] === v));
    if (hit) return { key: hit.dimsKey, dims: hit.dims };
  }
  const first = present[0];
  return first ? { key: first.dimsKey, dims: first.dims } : { key: '', dims: {} };
}
