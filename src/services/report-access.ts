import type { Kysely, Transaction } from 'kysely';
import { regionSetByCode, regionSets } from '../catalog/index.ts';
import { templateById, type ReportTemplate } from '../catalog/report-templates/index.ts';
import { can } from '../core/auth/access-policy.ts';
import type { AccessTarget, Action, ReportState } from '../core/auth/access.ts';
import type { Database } from '../store/database.ts';
import { readCycleById, type CycleRecord } from '../store/report-cycles.ts';
import { readReport, type ReportRecord } from '../store/report-reads.ts';
import type { Operator } from './accounts.ts';
import { forbidden, notFound, ok, type ServiceFailure, type ServiceResult } from './service-result.ts';

/**
 * Who may touch a report: the access target of a report (its country, the region sets whose
 * reviewers review it, its state) and the checks every report use case makes through the access
 * policy's `can`. `null` is the system (the CLI, run by whoever holds the database): it may do
 * anything, and its writes are audited without a user.
 */

export interface ReportContext {
  readonly report: ReportRecord;
  readonly cycle: CycleRecord;
  readonly template: ReportTemplate;
  readonly target: AccessTarget;
}

/**
 * The region sets whose reviewers review a country's report in a cycle: the cycle's set, and every
 * subregion of it that holds the country (a reviewer for Central Asia reviews Kazakhstan's report
 * in the UNECE cycle). Other groupings (HDR regions) are not subsets of the cycle's set and do not count.
 */
export function reviewingSets(cycleSet: string, country: string): string[] {
  const cycle = regionSetByCode(cycleSet);
  if (!cycle) return [cycleSet];
  const members = new Set(cycle.members);
  const subsets = regionSets().filter(
    (s) => s.code !== cycleSet && s.members.includes(country) && s.members.every((m) => members.has(m)),
  );
  return [cycleSet, ...new Set(subsets.map((s) => s.code))];
}

export function reportTarget(cycle: CycleRecord, country: string, state: ReportState): AccessTarget {
  return { country, regionSets: reviewingSets(cycle.regionSetCode, country), reportState: state };
}

/** The report with its cycle, template and access target; not-found naming the id. */
export async function loadReport(
  db: Kysely<Database> | Transaction<Database>,
  id: number,
): Promise<ServiceResult<ReportContext>> {
  const report = await readReport(db, id);
  if (!report) return notFound(`no report ${id}`, 'id');
  return contextOf(db, report);
}

export async function contextOf(
  db: Kysely<Database> | Transaction<Database>,
  report: ReportRecord,
): Promise<ServiceResult<ReportContext>> {
  const cycle = await readCycleById(db, report.cycleId);
  if (!cycle) throw new Error(`report ${report.id}: cycle ${report.cycleId} is missing`);
  const template = templateById(cycle.templateId);
  if (!template) throw new Error(`cycle ${cycle.code}: unknown template ${cycle.templateId}`);
  return ok({ report, cycle, template, target: reportTarget(cycle, report.country, report.state) });
}

/** The failure when the operator may not take the action, else undefined. */
export function denied(by: Operator, action: Action, target: AccessTarget): ServiceFailure | undefined {
  if (by === null) return undefined;
  const decision = can(by, action, target);
  return decision.allowed ? undefined : forbidden(decision.reason);
}

/**
 * True when the operator takes part in the report's review: may read it before it is published
 * (its country's focal points and contributors, the reviewers of its region, administrators).
 * Only they see its history (versions, diffs), its comments and its Markdown source; the public
 * sees the published text.
 */
export function isParticipant(by: Operator, target: AccessTarget): boolean {
  return denied(by, 'report.read', { ...target, reportState: 'draft' }) === undefined;
}

/** True when the operator writes the report (its country's focal point or contributor). */
export function isAuthor(by: Operator, target: AccessTarget): boolean {
  return by !== null && can(by, 'report.edit', { ...target, reportState: 'draft' }).allowed;
}

/** The user id to record as author of a write; null for the system. */
export function userIdOf(by: Operator): number | null {
  return by?.kind === 'user' ? Number(by.id) : null;
}
