import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import type { Diagnostic } from '../ingest/diagnostic.ts';
import type { TableInput } from '../ingest/read-table.ts';
import type { Database } from '../store/database.ts';
import { insertStatement, readSessions, readStatements } from '../store/meetings.ts';
import type { Operator } from './accounts.ts';
import { recordAudit } from './audit.ts';
import { checkClaims, type ClaimsCheck } from './check-claims.ts';
import { statementAudit, statementFields, tally, type ClaimTally } from './meeting-statements.ts';
import { loadMeeting } from './meetings.ts';
import { denied, userIdOf } from './report-access.ts';
import { cycleTarget } from './review-access.ts';
import { ok, type ServiceResult } from './service-result.ts';
import { readStatementRows, type StatementColumn, type StatementRow } from './statement-csv.ts';

/**
 * Records the statements of a meeting from a CSV file (statement-csv.ts), all or none: the file is
 * read and checked whole, each statement's claims are checked as `addStatement` checks them, then
 * every statement is written in one transaction. A row with the same speaker, session and text as
 * a statement already in the meeting (or as an earlier row) is refused unless duplicates are
 * allowed, so that importing a file twice does not record it twice.
 */

export interface StatementImportOptions {
  /** Import rows identical to a recorded statement or to an earlier row. */
  readonly allowDuplicates?: boolean;
  readonly now?: Date;
  /** Claims checked so far, of `total` statements. */
  readonly onProgress?: (done: number, total: number) => void;
}

export type StatementImportOutcome =
  | {
      readonly status: 'imported';
      readonly file: string;
      readonly meetingId: number;
      readonly cycle: string;
      /** Ids of the new statements, in the order of the file. */
      readonly ids: readonly number[];
      readonly tally: ClaimTally;
    }
  | {
      readonly status: 'failed';
      readonly file: string;
      readonly errors: readonly Diagnostic[];
      /** Lines refused only as duplicates (allowing duplicates would accept them). */
      readonly duplicateLines: readonly number[];
    };

interface CheckedRow {
  readonly row: StatementRow;
  readonly claims: ClaimsCheck;
}

/** Imports a file of statements into a meeting (`meeting.manage`; the CLI: the system, `by` null). */
export async function importStatements(
  db: Kysely<Database>,
  by: Operator,
  meetingId: number,
  input: TableInput,
  opts: StatementImportOptions = {},
): Promise<ServiceResult<StatementImportOutcome>> {
  const found = await loadMeeting(db, meetingId);
  if (!found.ok) return found;
  const { cycle } = found.value;
  const refused = denied(by, 'meeting.manage', cycleTarget(cycle));
  if (refused) return refused;
  const failed = (errors: readonly Diagnostic[], duplicateLines: readonly number[] = []) =>
    ok({ status: 'failed' as const, file: input.file, errors, duplicateLines });
  const sessions = await readSessions(db, [meetingId]);
  const read = await readStatementRows(input, { id: meetingId, sessions });
  const { columns } = read;
  if (!columns) return failed(read.errors);
  const at = (line: number, column: StatementColumn) => ({
    file: input.file,
    line,
    column: columns[column],
    field: column,
  });
  const duplicates = opts.allowDuplicates ? [] : await findDuplicates(db, meetingId, read.rows);
  if (read.errors.length > 0 || duplicates.length > 0)
    return failed(
      [...read.errors, ...duplicates.map((d) => ({ ...at(d.line, 'text'), message: d.message }))].sort(
        (a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0),
      ),
      duplicates.map((d) => d.line),
    );
  const checked: CheckedRow[] = [];
  const errors: Diagnostic[] = [];
  for (const [i, row] of read.rows.entries()) {
    const s = row.statement;
    const check = await checkClaims(db, { text: s.text, ...(s.country ? { country: s.country } : {}) });
    if (check.ok) checked.push({ row, claims: check.value });
    else
      errors.push({
        ...at(row.line, check.param === 'country' ? 'country' : 'text'),
        message: check.message,
      });
    opts.onProgress?.(i + 1, read.rows.length);
  }
  if (errors.length > 0) return failed(errors);
  const now = opts.now ?? new Date();
  const ids = await write(db, by, { meetingId, cycle: cycle.code, file: input.file }, checked, now);
  return ok({
    status: 'imported',
    file: input.file,
    meetingId,
    cycle: cycle.code,
    ids,
    tally: tally(checked.flatMap((c) => c.claims.claims.map((x) => x.verdict))),
  });
}

/**
 * The rows that repeat a statement of the meeting or an earlier row: same speaker, session and text,
 * whatever the spacing and line ends (a spreadsheet saved again may change them).
 */
async function findDuplicates(
  db: Kysely<Database>,
  meetingId: number,
  rows: readonly StatementRow[],
): Promise<{ line: number; message: string }[]> {
  const spaced = (t: string) => t.replace(/\s+/g, ' ');
  const key = (s: { speaker: string; sessionId: number | null; text: string }) =>
    JSON.stringify([spaced(s.speaker), s.sessionId, spaced(s.text)]);
  const recorded = new Map((await readStatements(db, [meetingId])).map((s) => [key(s), s.id]));
  const earlier = new Map<string, number>();
  const found: { line: number; message: string }[] = [];
  const expected = `expected a statement not yet in meeting ${meetingId}`;
  for (const { line, statement } of rows) {
    const k = key(statement);
    const id = recorded.get(k);
    const before = earlier.get(k);
    if (id !== undefined)
      found.push({ line, message: `${expected}, got the same speaker, session and text as statement ${id}` });
    else if (before !== undefined)
      found.push({ line, message: `${expected}, got the same speaker, session and text as line ${before}` });
    else earlier.set(k, line);
  }
  return found;
}

async function write(
  db: Kysely<Database>,
  by: Operator,
  where: { readonly meetingId: number; readonly cycle: string; readonly file: string },
  rows: readonly CheckedRow[],
  now: Date,
): Promise<number[]> {
  const file = basename(where.file);
  return db.transaction().execute(async (trx) => {
    const ids: number[] = [];
    for (const { row, claims } of rows) {
      const fields = statementFields(row.statement, claims, now);
      const id = await insertStatement(trx, {
        ...fields,
        meetingId: where.meetingId,
        by: userIdOf(by),
        now,
      });
      ids.push(id);
      // As addStatement audits a statement, plus where it came from.
      await recordAudit(trx, {
        actor: by,
        action: 'statement.create',
        entityKind: 'statement',
        entityId: id,
        at: now,
        detail: {
          cycle: where.cycle,
          meeting: where.meetingId,
          ...statementAudit(fields),
          file,
          line: row.line,
        },
      });
    }
    await recordAudit(trx, {
      actor: by,
      action: 'meeting.statements.import',
      entityKind: 'meeting',
      entityId: where.meetingId,
      at: now,
      detail: { cycle: where.cycle, file, statements: ids },
    });
    return ids;
  });
}
