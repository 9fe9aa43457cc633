import type { Kysely } from 'kysely';
import { indicatorByCode, type Lang } from '../catalog/index.ts';
import type { CoverageRule } from '../core/aggregate.ts';
import type { AssessParams } from '../core/progress/assess.ts';
import type { Database } from '../store/database.ts';
import { PROGRESS_CONCEPTS } from './progress-indicators.ts';
import {
  assessRow,
  checkParams,
  checkYears,
  indicatorHead,
  type Assessed,
  type AssessOptions,
  type IndicatorHead,
} from './progress-rows.ts';
import {
  aggregateYears,
  coverageRule,
  readRegionalData,
  regionalHead,
  type AggregateYear,
  type RegionalData,
  type RegionalSeriesHead,
} from './regional-aggregates.ts';
import { memberResults, withCounts, type Members } from './region-members.ts';
import { findRegionSet } from './region-set-views.ts';
import { ok, type ServiceResult } from './service-result.ts';
import { listTargets, type Target } from './targets.ts';

export interface RegionProgressRequest {
  readonly regionSet: string;
  readonly baseYear?: number;
  readonly targetYear?: number;
  readonly params?: AssessParams;
  /** Coverage rule's minimum share of members with data (default 0.5). */
  readonly minShare?: number;
  readonly lang?: Lang;
}

// The member types, where the region view's readers (the CLI) look for them.
export type { CategoryCounts, MemberCounts, MemberResult, Members } from './region-members.ts';

export interface RegionProgressRow extends Assessed {
  readonly indicator: IndicatorHead;
  readonly series: RegionalSeriesHead['series'];
  readonly weights: RegionalSeriesHead['weights'];
  /** Why this source (progress-indicators.ts). */
  readonly sourceNote: string;
  /** Per year: mean, median, weighted mean and coverage, or why the year has no aggregate. */
  readonly aggregates: AggregateYear[];
  /**
   * Each member country's category per method, each against its own most specific target, and the
   * counts per category tallied from them.
   */
  readonly members: Members;
}

export interface RegionProgress {
  readonly regionSet: RegionalSeriesHead['regionSet'];
  readonly baseYear: number;
  readonly targetYear: number;
  readonly rule: CoverageRule;
  readonly rows: RegionProgressRow[];
}

/**
 * Progress of a region set: for each progress concept with an international series, the regional
 * aggregates of its preferred source (newest edition), every method on the simple mean of the years
 * passing the coverage rule (against a global or regional target, else parity), and each member
 * country's category per method with the counts per category.
 */
export async function regionProgress(
  db: Kysely<Database>,
  req: RegionProgressRequest,
): Promise<ServiceResult<RegionProgress>> {
  const years = checkYears(req.baseYear, req.targetYear);
  if (!years.ok) return years;
  const params = checkParams(req.params);
  if (!params.ok) return params;
  const rule = coverageRule(req.minShare);
  if (!rule.ok) return rule;
  const set = findRegionSet(req.regionSet, undefined, 'set');
  if (!set.ok) return set;
  const lang = req.lang ?? 'en';
  const opts: AssessOptions = { ...years.value, ...(req.params ? { params: req.params } : {}) };
  const [regionTargets, memberTargets] = await Promise.all([
    targetsOfRegion(db, set.value.code),
    targetsOfMembers(db, set.value.members),
  ]);
  const rows: RegionProgressRow[] = [];
  for (const c of PROGRESS_CONCEPTS) {
    const data = await preferredData(db, set.value, c.regional);
    if (!data) continue;
    const head = indicatorHead(data.code, c.concept, lang);
    const aggregates = aggregateYears(data.data, rule.value);
    const means = aggregates.flatMap((a) => (a.ok ? [{ year: a.year, value: a.mean }] : []));
    const { series, weights } = regionalHead(data.data, indicatorByCode(data.code)!, rule.value, lang);
    rows.push({
      indicator: head,
      series,
      weights,
      sourceNote: c.regionalNote,
      aggregates,
      ...assessRow(means, head, regionTargets, opts),
      members: withCounts(memberResults(data.data, head, memberTargets, opts, lang)),
    });
  }
  const regionSet = {
    code: set.value.code,
    version: set.value.version,
    name: set.value.name[lang],
    members: set.value.members.length,
  };
  return ok({ regionSet, ...years.value, rule: rule.value, rows });
}

/** The first of `codes` with data in the store, read for the set's members. */
async function preferredData(
  db: Kysely<Database>,
  set: RegionalData['set'],
  codes: readonly string[],
): Promise<{ code: string; data: RegionalData } | undefined> {
  for (const code of codes) {
    const ind = indicatorByCode(code);
    if (!ind) continue;
    const r = await readRegionalData(db, set, ind);
    if (r.ok && r.value) return { code, data: r.value };
  }
  return undefined;
}

/** Global targets and those set for this region. */
async function targetsOfRegion(db: Kysely<Database>, code: string): Promise<Target[]> {
  const r = await listTargets(db);
  return r.ok ? r.value.filter((t) => t.scope === 'global' || t.scope === `region:${code}`) : [];
}

async function targetsOfMembers(
  db: Kysely<Database>,
  members: readonly string[],
): Promise<Map<string, Target[]>> {
  const lists = await Promise.all(members.map((m) => listTargets(db, { area: m })));
  return new Map(lists.map((r, i) => [members[i]!, r.ok ? r.value : []]));
}
