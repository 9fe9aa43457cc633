import type { Kysely } from 'kysely';
import { countryByIso3, regionSetByCode, type Lang } from '../catalog/index.ts';
import type { ReportState } from '../core/auth/access.ts';
import { isEditable } from '../core/reports/workflow.ts';
import type { Database } from '../store/database.ts';
import { readCycleByCode } from '../store/report-cycles.ts';
import {
  readReport,
  readReportForUpdate,
  readReportOf,
  readReportsOfCycle,
  readVersion,
  type ReportRecord,
  type VersionRecord,
} from '../store/report-reads.ts';
import { insertReport, insertVersion, updateReportHead } from '../store/report-writes.ts';
import type { Operator } from './accounts.ts';
import { recordAudit } from './audit.ts';
import { contextOf, denied, loadReport, reportTarget, userIdOf } from './report-access.ts';
import { EMPTY_CONTENT, parseContent, type ReportContent } from './report-content.ts';
import { storedEvidence } from './report-version-content.ts';
import { reportView, versionMeta, type ReportView, type VersionMeta } from './report-view.ts';
import {
  conflict,
  invalid,
  notFound,
  ok,
  type ServiceFailure,
  type ServiceResult,
} from './service-result.ts';

/**
 * National reports: one per cycle and country, created by the country, saved as drafts with
 * optimistic concurrency, read by whoever the access policy lets. Every write is one transaction
 * with its audit row. Workflow transitions are in report-workflow.ts, comments in
 * report-comments.ts, versions and diffs in report-versions.ts.
 */

export interface ReportSummary {
  readonly id: number;
  readonly cycle: string;
  readonly country: string;
  readonly countryName: string;
  readonly state: ReportState;
  readonly currentVersion: number;
  /** ISO 8601. */
  readonly updatedAt: string;
}

export interface Clock {
  readonly now?: Date;
}

/** Creates the country's report in a cycle (its focal point or contributor), as version 1, empty. */
export async function createReport(
  db: Kysely<Database>,
  by: Operator,
  req: { readonly cycle: string; readonly country: string },
  clock: Clock = {},
): Promise<ServiceResult<ReportSummary>> {
  const cycle = await readCycleByCode(db, req.cycle);
  if (!cycle) return notFound(`no review cycle ${req.cycle}`, 'code');
  const country = req.country.toUpperCase();
  if (!countryByIso3(country)) return notFound(`no country ${req.country}`, 'iso3');
  const set = regionSetByCode(cycle.regionSetCode);
  if (set && !set.members.includes(country))
    return invalid(
      `${country} is not a member of ${cycle.regionSetCode}, the region set of cycle ${cycle.code}`,
      'iso3',
    );
  const refused = denied(by, 'report.edit', reportTarget(cycle, country, 'draft'));
  if (refused) return refused;
  const now = clock.now ?? new Date();
  const existing = (r: ReportRecord) =>
    conflict(`${country} already has report ${r.id} in cycle ${cycle.code}`, 'iso3');
  const found = await readReportOf(db, cycle.id, country);
  if (found) return existing(found);
  return db
    .transaction()
    .execute(async (trx) => {
      const id = await insertReport(trx, { cycleId: cycle.id, country, state: 'draft', now });
      await insertVersion(trx, {
        reportId: id,
        version: 1,
        stateAtSave: 'draft',
        sections: {},
        evidence: storedEvidence(EMPTY_CONTENT),
        measures: [],
        attachments: [],
        savedBy: userIdOf(by),
        savedAt: now,
        submitted: false,
      });
      await recordAudit(trx, {
        actor: by,
        action: 'report.create',
        entityKind: 'report',
        entityId: id,
        at: now,
        detail: { cycle: cycle.code, country },
      });
      return ok(summary((await readReport(trx, id))!, cycle.code, 'en'));
    })
    .catch(async (e: unknown) => {
      const raced = (e as { code?: string }).code === '23505' && (await readReportOf(db, cycle.id, country));
      if (raced) return existing(raced);
      throw e;
    });
}

/** The report at its current version, as the operator may see it. */
export async function getReport(
  db: Kysely<Database>,
  by: Operator,
  id: number,
  lang: Lang = 'en',
): Promise<ServiceResult<ReportView>> {
  const ctx = await loadReport(db, id);
  if (!ctx.ok) return ctx;
  const refused = denied(by, 'report.read', ctx.value.target);
  if (refused) return refused;
  const v = await readVersion(db, id, ctx.value.report.currentVersion);
  return ok(await reportView(db, ctx.value, v!, by, lang));
}

/** A country's report in a cycle, as `getReport` gives it. */
export async function getReportOf(
  db: Kysely<Database>,
  by: Operator,
  req: { readonly cycle: string; readonly country: string },
  lang: Lang = 'en',
): Promise<ServiceResult<ReportView>> {
  const cycle = await readCycleByCode(db, req.cycle);
  if (!cycle) return notFound(`no review cycle ${req.cycle}`, 'code');
  const country = req.country.toUpperCase();
  const report = await readReportOf(db, cycle.id, country);
  if (!report) return notFound(`${country} has no report in cycle ${cycle.code}`, 'iso3');
  return getReport(db, by, report.id, lang);
}

/** The reports of a cycle the operator may read (the public: the published ones). */
export async function listCycleReports(
  db: Kysely<Database>,
  by: Operator,
  code: string,
  lang: Lang = 'en',
): Promise<ServiceResult<ReportSummary[]>> {
  const cycle = await readCycleByCode(db, code);
  if (!cycle) return notFound(`no review cycle ${code}`, 'code');
  const reports = await readReportsOfCycle(db, cycle.id);
  return ok(
    reports
      .filter((r) => !denied(by, 'report.read', reportTarget(cycle, r.country, r.state)))
      .map((r) => summary(r, cycle.code, lang)),
  );
}

/** The published reports of a cycle: what anyone may read. */
export async function publishedReports(
  db: Kysely<Database>,
  code: string,
  lang: Lang = 'en',
): Promise<ServiceResult<ReportSummary[]>> {
  const all = await listCycleReports(db, { kind: 'public' }, code, lang);
  return all.ok ? ok(all.value.filter((r) => r.state === 'published')) : all;
}

export interface DraftInput {
  /** The version the editor started from: the save is refused if the report has moved on since. */
  readonly baseVersion: number;
  readonly sections: Readonly<Record<string, string>>;
  readonly evidence?: readonly unknown[];
  readonly measures?: readonly unknown[];
  readonly attachments?: readonly unknown[];
}

export interface SavedDraft {
  readonly id: number;
  readonly version: VersionMeta;
  readonly state: ReportState;
}

/**
 * Refused save: the report moved on from `baseVersion`. Both sides are returned so that the
 * editor can merge: the stored current version (as the page shows it) and what the user sent.
 */
export interface SaveConflict extends ServiceFailure {
  readonly kind: 'conflict';
  readonly baseVersion: number;
  readonly current: ReportView;
  readonly yours: ReportContent;
}

/**
 * Saves the content as a new version (versions are append-only: the previous one stays as it
 * was). Only while the country holds the pen (draft, changes requested), only by its focal point
 * or contributor, and only when `baseVersion` is the current version.
 */
export async function saveDraft(
  db: Kysely<Database>,
  by: Operator,
  id: number,
  input: DraftInput,
  clock: Clock & { readonly lang?: Lang } = {},
): Promise<ServiceResult<SavedDraft> | SaveConflict> {
  const ctx = await loadReport(db, id);
  if (!ctx.ok) return ctx;
  const { baseVersion, ...raw } = input;
  const refused = denied(by, 'report.edit', ctx.value.target);
  if (refused) return refused;
  const content = parseContent(ctx.value.template, raw);
  if (!content.ok) return content;
  const now = clock.now ?? new Date();
  type Outcome =
    | { readonly stale: ReportRecord }
    | { readonly failure: ServiceFailure }
    | { readonly saved: VersionRecord; readonly state: ReportState };
  const outcome = await db.transaction().execute(async (trx): Promise<Outcome> => {
    const report = (await readReportForUpdate(trx, id))!;
    if (report.currentVersion !== baseVersion) return { stale: report };
    if (!isEditable(report.state))
      return {
        failure: conflict(
          `report ${id} is ${report.state}: it can be saved only while draft or changes-requested`,
        ),
      };
    const version = report.currentVersion + 1;
    await insertVersion(trx, {
      reportId: id,
      version,
      stateAtSave: report.state,
      sections: content.value.sections,
      evidence: storedEvidence(content.value),
      measures: content.value.measures,
      attachments: content.value.attachments,
      savedBy: userIdOf(by),
      savedAt: now,
      submitted: false,
    });
    await updateReportHead(trx, id, { state: report.state, currentVersion: version, now });
    await recordAudit(trx, {
      actor: by,
      action: 'report.save',
      entityKind: 'report',
      entityId: id,
      at: now,
      detail: { version, baseVersion, sections: Object.keys(content.value.sections) },
    });
    return { saved: (await readVersion(trx, id, version))!, state: report.state };
  });
  if ('failure' in outcome) return outcome.failure;
  if ('saved' in outcome) return ok({ id, version: versionMeta(outcome.saved), state: outcome.state });
  return staleSave(db, by, outcome.stale, baseVersion, content.value, clock.lang ?? 'en');
}

async function staleSave(
  db: Kysely<Database>,
  by: Operator,
  report: ReportRecord,
  baseVersion: number,
  yours: ReportContent,
  lang: Lang,
): Promise<SaveConflict | ServiceFailure> {
  const ctx = await contextOf(db, report);
  if (!ctx.ok) return ctx;
  const stored = (await readVersion(db, report.id, report.currentVersion))!;
  const who = stored.savedByName ? ` by ${stored.savedByName}` : '';
  return {
    ok: false,
    kind: 'conflict',
    param: 'baseVersion',
    message:
      `report ${report.id} has changed since version ${baseVersion}: version ${report.currentVersion} was saved${who} ` +
      `at ${stored.savedAt.toISOString()}. Nothing was saved; merge your text with version ${report.currentVersion} ` +
      `(both are in this answer) and save again with baseVersion ${report.currentVersion}.`,
    baseVersion,
    current: await reportView(db, ctx.value, stored, by, lang),
    yours,
  };
}

export function summary(r: ReportRecord, cycle: string, lang: Lang): ReportSummary {
  return {
    id: r.id,
    cycle,
    country: r.country,
    countryName: countryByIso3(r.country)?.names[lang] ?? r.country,
    state: r.state,
    currentVersion: r.currentVersion,
    updatedAt: r.updatedAt.toISOString(),
  };
}
