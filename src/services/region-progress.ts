import type { Kysely } from 'kysely';
import { indicatorByCode, type Lang } from '../catalog/index.ts';
import type { CoverageRule } from '../core/aggregate.ts';
import type { AssessParams } from '../core/progress/assess.ts';
import type { MethodResult } from '../core/progress/outcome.ts';
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

/** How many members fall in each category of a method (`no-data`: no value at all; `insufficient-data`: too few). */
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

export interface RegionProgressRow extends Assessed {
  readonly indicator: IndicatorHead;
  readonly series: RegionalSeriesHead['series'];
  readonly weights: RegionalSeriesHead['weights'];
  /** Why this source (progress-indicators.ts). */
  readonly sourceNote: string;
  /** Per year: mean, median, weighted mean and coverage, or why the year has no aggregate. */
  readonly aggregates: AggregateYear[];
  /** Member countries by category of each method, each against its own most specific target. */
  readonly members: MemberCounts;
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
 * passing the coverage rule (against a global or regional target, else parity), and how many member
 * countries each method puts in each category.
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
      members: countMembers(data.data, head, memberTargets, opts),
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

function categoryOf<T>(r: MethodResult<T>, category: (t: T) => string): string {
  if (r.ok) return category(r.value);
  return r.reason === 'not-enough-data' ? 'insufficient-data' : 'not-applicable';
}

function countMembers(
  data: RegionalData,
  head: IndicatorHead,
  targets: ReadonlyMap<string, readonly Target[]>,
  opts: AssessOptions,
): MemberCounts {
  const tally = () => new Map<string, number>();
  const counts = { growthRatio: tally(), sdsn: tally(), escapApi: tally(), agreement: tally() };
  const add = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);
  let withData = 0;
  for (const member of data.set.members) {
    const points = data.byMember.get(member);
    if (!points || points.length === 0) {
      for (const m of Object.values(counts)) add(m, 'no-data');
      continue;
    }
    withData++;
    const { assessment: a } = assessRow(points, head, targets.get(member) ?? [], opts);
    add(
      counts.growthRatio,
      categoryOf(a.growthRatio, (g) => g.category),
    );
    add(
      counts.sdsn,
      categoryOf(a.sdsn, (s) => s.trend.trend),
    );
    add(
      counts.escapApi,
      categoryOf(a.escapApi, (e) => e.category),
    );
    const agree = a.agreement.agree;
    add(counts.agreement, agree === undefined ? 'one-verdict' : agree ? 'agree' : 'disagree');
  }
  const obj = (m: Map<string, number>) => Object.fromEntries([...m.entries()].sort(([, x], [, y]) => y - x));
  return {
    withData,
    growthRatio: obj(counts.growthRatio),
    sdsn: obj(counts.sdsn),
    escapApi: obj(counts.escapApi),
    agreement: obj(counts.agreement),
  };
}
