import type { Kysely, Transaction } from 'kysely';
import type { Database, ReportTable } from './database.ts';

export type ReportStateValue = ReportTable['state'];

export interface ReportRecord {
  readonly id: number;
  readonly cycleId: number;
  readonly country: string;
  readonly state: ReportStateValue;
  readonly currentVersion: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** One version of a report's content, as stored (the JSON columns are checked by the services). */
export interface VersionRecord {
  readonly reportId: number;
  readonly version: number;
  readonly stateAtSave: ReportStateValue;
  readonly sections: Record<string, string>;
  readonly evidence: unknown;
  readonly measures: unknown[];
  readonly attachments: unknown[];
  readonly savedBy: number | null;
  readonly savedByName: string | null;
  readonly savedAt: Date;
  readonly submitted: boolean;
}

export type VersionSummary = Omit<VersionRecord, 'sections' | 'evidence' | 'measures' | 'attachments'>;

export interface CommentRecord {
  readonly id: number;
  readonly reportId: number;
  readonly version: number;
  readonly sectionId: string;
  readonly author: number;
  readonly authorName: string;
  readonly body: string;
  readonly createdAt: Date;
}

export interface EventRecord {
  readonly id: number;
  readonly event: string;
  readonly from: ReportStateValue;
  readonly to: ReportStateValue;
  readonly version: number;
  readonly by: number | null;
  readonly byName: string | null;
  readonly at: Date;
  readonly note: string | null;
}

type Db = Kysely<Database> | Transaction<Database>;

function selectReports(db: Db) {
  return db
    .selectFrom('report')
    .select([
      'id',
      'cycle_id as cycleId',
      'country',
      'state',
      'current_version as currentVersion',
      'created_at as createdAt',
      'updated_at as updatedAt',
    ]);
}

export async function readReport(db: Db, id: number): Promise<ReportRecord | undefined> {
  return selectReports(db).where('id', '=', id).executeTakeFirst();
}

/** The report row locked until the transaction ends: concurrent saves and transitions queue behind it. */
export async function readReportForUpdate(
  trx: Transaction<Database>,
  id: number,
): Promise<ReportRecord | undefined> {
  return selectReports(trx).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function readReportOf(
  db: Db,
  cycleId: number,
  country: string,
): Promise<ReportRecord | undefined> {
  return selectReports(db).where('cycle_id', '=', cycleId).where('country', '=', country).executeTakeFirst();
}

/** The reports of a cycle, by country. */
export async function readReportsOfCycle(db: Db, cycleId: number): Promise<ReportRecord[]> {
  return selectReports(db).where('cycle_id', '=', cycleId).orderBy('country').execute();
}

function selectVersions(db: Db) {
  return db
    .selectFrom('report_version as v')
    .leftJoin('user_account as u', 'u.id', 'v.saved_by')
    .select([
      'v.report_id as reportId',
      'v.version',
      'v.state_at_save as stateAtSave',
      'v.saved_by as savedBy',
      'u.display_name as savedByName',
      'v.saved_at as savedAt',
      'v.submitted',
    ]);
}

export async function readVersion(
  db: Db,
  reportId: number,
  version: number,
): Promise<VersionRecord | undefined> {
  return selectVersions(db)
    .select(['v.sections', 'v.evidence', 'v.measures', 'v.attachments'])
    .where('v.report_id', '=', reportId)
    .where('v.version', '=', version)
    .executeTakeFirst();
}

/** Every version of a report without its content, oldest first. */
export async function readVersionSummaries(db: Db, reportId: number): Promise<VersionSummary[]> {
  return selectVersions(db).where('v.report_id', '=', reportId).orderBy('v.version').execute();
}

/** The comments on a report, oldest first. */
export async function readComments(db: Db, reportId: number): Promise<CommentRecord[]> {
  return db
    .selectFrom('report_comment as c')
    .innerJoin('user_account as u', 'u.id', 'c.author')
    .select([
      'c.id',
      'c.report_id as reportId',
      'c.version',
      'c.section_id as sectionId',
      'c.author',
      'u.display_name as authorName',
      'c.body',
      'c.created_at as createdAt',
    ])
    .where('c.report_id', '=', reportId)
    .orderBy('c.id')
    .execute();
}

/** The workflow transitions of a report, oldest first. */
export async function readEvents(db: Db, reportId: number): Promise<EventRecord[]> {
  return db
    .selectFrom('report_event as e')
    .leftJoin('user_account as u', 'u.id', 'e.by_user')
    .select([
      'e.id',
      'e.event',
      'e.from_state as from',
      'e.to_state as to',
      'e.version',
      'e.by_user as by',
      'u.display_name as byName',
      'e.at',
      'e.note',
    ])
    .where('e.report_id', '=', reportId)
    .orderBy('e.id')
    .execute();
}
