import type { Kysely, Transaction } from 'kysely';
import { regionSetByCode } from '../catalog/index.ts';
import type { AccessTarget } from '../core/auth/access.ts';
import type { Database } from '../store/database.ts';
import { readCycleByCode, type CycleRecord } from '../store/report-cycles.ts';
import type { Operator } from './accounts.ts';
import { denied, reportTarget } from './report-access.ts';
import { notFound, ok, type ServiceResult } from './service-result.ts';

/**
 * Who may see the regional review of a cycle (tracker, tags, synthesis, meeting record). Cycle
 * actions are checked against the cycle's own region set: a reviewer of the cycle's set (and an
 * administrator) works on the whole review; a reviewer of a subregion reviews, and tags, the
 * reports of its members only (report-access.ts). "Published" content (a published synthesis
 * version, a published meeting) is what the public may read: `reportState: 'published'` stands for
 * it in the access target, as access-policy.ts documents.
 */

export async function loadCycle(
  db: Kysely<Database> | Transaction<Database>,
  code: string,
): Promise<ServiceResult<CycleRecord>> {
  const cycle = await readCycleByCode(db, code);
  return cycle ? ok(cycle) : notFound(`no review cycle ${code}`, 'code');
}

/** The access target of a cycle-level action; `published` when the content read is published. */
export function cycleTarget(cycle: CycleRecord, published = false): AccessTarget {
  return { regionSets: [cycle.regionSetCode], ...(published ? { reportState: 'published' as const } : {}) };
}

/** The member countries of the cycle's region set (empty when the set is unknown to the catalogue). */
export function cycleMembers(cycle: CycleRecord): readonly string[] {
  return regionSetByCode(cycle.regionSetCode)?.members ?? [];
}

/** True when the operator may tag the report of at least one member of the cycle (in any state). */
export function tagsAnyReport(by: Operator, cycle: CycleRecord): boolean {
  return cycleMembers(cycle).some((c) => !denied(by, 'report.tag', reportTarget(cycle, c, 'draft')));
}
