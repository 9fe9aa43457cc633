import type { Transaction } from 'kysely';
import type { Database } from './database.ts';
import type { ReportStateValue } from './report-reads.ts';

/**
 * Writes of national reports. There is no function that updates or deletes a version: versions
 * are appended (`insertVersion`) and the report row points at the current one. The migration's
 * trigger refuses an UPDATE or DELETE of `report_version` from anywhere else too.
 */

export interface NewVersion {
  readonly reportId: number;
  readonly version: number;
  readonly stateAtSave: ReportStateValue;
  readonly sections: Readonly<Record<string, string>>;
  readonly evidence: unknown;
  readonly measures: readonly unknown[];
  readonly attachments: readonly unknown[];
  readonly savedBy: number | null;
  readonly savedAt: Date;
  readonly submitted: boolean;
}

/** A new report in `state`, pointing at version 1 (which the caller inserts in the same transaction). */
export async function insertReport(
  trx: Transaction<Database>,
  r: { cycleId: number; country: string; state: ReportStateValue; now: Date },
): Promise<number> {
  const row = await trx
    .insertInto('report')
    .values({
      cycle_id: r.cycleId,
      country: r.country,
      state: r.state,
      current_version: 1,
      created_at: r.now,
      updated_at: r.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function insertVersion(trx: Transaction<Database>, v: NewVersion): Promise<void> {
  await trx
    .insertInto('report_version')
    .values({
      report_id: v.reportId,
      version: v.version,
      state_at_save: v.stateAtSave,
      sections: JSON.stringify(v.sections),
      evidence: JSON.stringify(v.evidence),
      measures: JSON.stringify(v.measures),
      attachments: JSON.stringify(v.attachments),
      saved_by: v.savedBy,
      saved_at: v.savedAt,
      submitted: v.submitted,
    })
    .execute();
}

/** Moves the report's head: its state and current version. */
export async function updateReportHead(
  trx: Transaction<Database>,
  id: number,
  head: { state: ReportStateValue; currentVersion: number; now: Date },
): Promise<void> {
  await trx
    .updateTable('report')
    .set({ state: head.state, current_version: head.currentVersion, updated_at: head.now })
    .where('id', '=', id)
    .execute();
}

export async function insertComment(
  trx: Transaction<Database>,
  c: { reportId: number; version: number; sectionId: string; author: number; body: string; now: Date },
): Promise<number> {
  const row = await trx
    .insertInto('report_comment')
    .values({
      report_id: c.reportId,
      version: c.version,
      section_id: c.sectionId,
      author: c.author,
      body: c.body,
      created_at: c.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function insertEvent(
  trx: Transaction<Database>,
  e: {
    reportId: number;
    event: string;
    from: ReportStateValue;
    to: ReportStateValue;
    version: number;
    by: number | null;
    now: Date;
    note: string | null;
  },
): Promise<void> {
  await trx
    .insertInto('report_event')
    .values({
      report_id: e.reportId,
      event: e.event,
      from_state: e.from,
      to_state: e.to,
      version: e.version,
      by_user: e.by,
      at: e.now,
      note: e.note,
    })
    .execute();
}
