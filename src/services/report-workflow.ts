import type { Kysely, Transaction } from 'kysely';
import type { ReportState } from '../core/auth/access.ts';
import { isReportEvent, transition, type ReportEvent } from '../core/reports/workflow.ts';
import type { Database } from '../store/database.ts';
import { readReportForUpdate, readVersion, type VersionRecord } from '../store/report-reads.ts';
import { insertEvent, insertVersion, updateReportHead } from '../store/report-writes.ts';
import type { Operator } from './accounts.ts';
import { recordAudit } from './audit.ts';
import { denied, loadReport, userIdOf } from './report-access.ts';
import { blocksOf } from './report-content.ts';
import { pinEvidence, type PinnedEvidence } from './report-evidence.ts';
import { contentOf, storedEvidence } from './report-version-content.ts';
import { conflict, invalid, ok, type ServiceResult } from './service-result.ts';

export const MAX_NOTE_CHARS = 5000;

export interface TransitionInput {
  readonly event: string;
  readonly note?: string;
  /** When given, the event applies only if the report is still at this version (what the actor saw). */
  readonly baseVersion?: number;
}

export interface TransitionDone {
  readonly id: number;
  readonly event: ReportEvent;
  readonly from: ReportState;
  readonly to: ReportState;
  /** The current version after the event (a submit adds the submitted version). */
  readonly version: number;
  /** For a submit: how many evidence blocks were pinned, and against which data. */
  readonly pinned?: { readonly blocks: number; readonly dataVersion: string };
}

/**
 * Moves a report through the workflow: the state machine says whether the event is possible now
 * (409 naming the allowed events if not), the access policy whether this operator may make it.
 * A submit freezes the current content as a new, submitted version with every evidence block
 * resolved and stored (pinned). One transaction: version, state, event row and audit row.
 */
export async function applyEvent(
  db: Kysely<Database>,
  by: Operator,
  id: number,
  input: TransitionInput,
  clock: { readonly now?: Date } = {},
): Promise<ServiceResult<TransitionDone>> {
  const ctx = await loadReport(db, id);
  if (!ctx.ok) return ctx;
  const unreadable = denied(by, 'report.read', ctx.value.target);
  if (unreadable) return unreadable;
  if (!isReportEvent(input.event)) {
    const t = transition(ctx.value.report.state, input.event);
    return invalid(t.ok ? `unknown event ${input.event}` : t.message, 'event');
  }
  if ((input.note ?? '').length > MAX_NOTE_CHARS)
    return invalid(`note: at most ${MAX_NOTE_CHARS} characters`, 'note');
  const { report } = ctx.value;
  const t = transition(report.state, input.event);
  if (!t.ok) return conflict(t.message, 'event');
  const refused = denied(by, t.action, ctx.value.target);
  if (refused) return refused;
  if (input.baseVersion !== undefined && input.baseVersion !== report.currentVersion)
    return conflict(
      `report ${id} is at version ${report.currentVersion}, not ${input.baseVersion}: reload it before you ${input.event}`,
      'baseVersion',
    );
  const now = clock.now ?? new Date();
  // Pinning reads the data outside the transaction; the transaction then checks nothing moved meanwhile.
  const current = (await readVersion(db, id, report.currentVersion))!;
  const pinned = t.freezesContent ? await pinEvidence(db, blocksOf(contentOf(current)), now) : undefined;
  return db.transaction().execute(async (trx) => {
    const locked = (await readReportForUpdate(trx, id))!;
    if (locked.state !== report.state || locked.currentVersion !== report.currentVersion)
      return conflict(`report ${id} changed while the ${input.event} was prepared: reload it and try again`);
    const version = pinned
      ? await freeze(trx, id, current, t.to, pinned, userIdOf(by), now)
      : report.currentVersion;
    await updateReportHead(trx, id, { state: t.to, currentVersion: version, now });
    const note = input.note?.trim() || null;
    await insertEvent(trx, {
      reportId: id,
      event: t.event,
      from: t.from,
      to: t.to,
      version,
      by: userIdOf(by),
      now,
      note,
    });
    await recordAudit(trx, {
      actor: by,
      action: `report.${t.event}`,
      entityKind: 'report',
      entityId: id,
      at: now,
      detail: { from: t.from, to: t.to, version, ...(note ? { note } : {}) },
    });
    return ok({
      id,
      event: t.event,
      from: t.from,
      to: t.to,
      version,
      ...(pinned ? { pinned: { blocks: pinned.values.length, dataVersion: pinned.dataVersion } } : {}),
    });
  });
}

/** Appends the submitted version: the current content, its evidence pinned. */
async function freeze(
  trx: Transaction<Database>,
  id: number,
  current: VersionRecord,
  state: ReportState,
  pinned: PinnedEvidence,
  savedBy: number | null,
  now: Date,
): Promise<number> {
  const content = contentOf(current);
  const version = current.version + 1;
  await insertVersion(trx, {
    reportId: id,
    version,
    stateAtSave: state,
    sections: content.sections,
    evidence: storedEvidence(content, pinned),
    measures: content.measures,
    attachments: content.attachments,
    savedBy,
    savedAt: now,
    submitted: true,
  });
  return version;
}
