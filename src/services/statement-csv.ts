import type { z } from 'zod';
import { FatalImportError, type Diagnostic } from '../ingest/diagnostic.ts';
import { readCsv } from '../ingest/read-csv.ts';
import type { TableInput } from '../ingest/read-table.ts';
import type { SessionRecord } from '../store/meetings.ts';
import { StatementSchema } from './meeting-statements.ts';

/**
 * Reads a CSV of meeting statements (`parity meeting import-statements`): a header naming the
 * columns below (any order, no others), then one statement a row. Each row is checked with the
 * statement service's own schema (its lengths and country check), its session named by title or
 * position in the meeting. Every problem is a diagnostic `file:line:column: field: …`; a file with
 * any problem is to be refused whole (the rows without problems are given for further checks).
 */

export const STATEMENT_COLUMNS = [
  'speaker',
  'speaker_title',
  'country',
  'organisation',
  'session',
  'text',
  'source',
] as const;
export type StatementColumn = (typeof STATEMENT_COLUMNS)[number];

/** A row ready for the statement service, with the line it starts on. */
export interface StatementRow {
  readonly line: number;
  readonly statement: z.output<typeof StatementSchema>;
}

export interface StatementRows {
  /** The rows without problems: every row of the file only when `errors` is empty. */
  readonly rows: StatementRow[];
  /** 1-based position of each column in the file; undefined when the header is not the expected one. */
  readonly columns: Readonly<Record<StatementColumn, number>> | undefined;
  /** Every problem found; the file is to be refused when there is any. */
  readonly errors: Diagnostic[];
}

/** The schema's field for each column but the session (a title or position, looked up in the meeting). */
const FIELDS = [
  ['speaker', 'speaker'],
  ['speakerTitle', 'speaker_title'],
  ['country', 'country'],
  ['organisation', 'organisation'],
  ['text', 'text'],
  ['source', 'source'],
] as const satisfies readonly (readonly [keyof typeof StatementSchema.shape, StatementColumn])[];

const EXPECTED_HEADER = `expected the header ${STATEMENT_COLUMNS.join(',')}`;

export async function readStatementRows(
  input: TableInput,
  meeting: { readonly id: number; readonly sessions: readonly SessionRecord[] },
): Promise<StatementRows> {
  const errors: Diagnostic[] = [];
  const rows: StatementRow[] = [];
  let columns: Record<StatementColumn, number> | undefined;
  try {
    for await (const record of readCsv(input.bytes, { file: input.file, encoding: 'utf-8' })) {
      if (!columns) {
        columns = headerColumns(input.file, record.fields, errors);
        if (!columns) break;
        continue;
      }
      if (record.fields.length !== STATEMENT_COLUMNS.length) {
        errors.push({
          file: input.file,
          line: record.line,
          message: `expected ${STATEMENT_COLUMNS.length} fields as in the header, got ${record.fields.length}`,
        });
        continue;
      }
      const row = readRow(input.file, record, columns, meeting);
      if (row.ok) rows.push(row.row);
      else errors.push(...row.errors);
    }
  } catch (e) {
    if (e instanceof FatalImportError) return { rows: [], columns: undefined, errors: [e.diagnostic] };
    throw e;
  }
  if (columns && rows.length === 0 && errors.length === 0)
    errors.push({ file: input.file, line: 0, message: 'expected at least one statement after the header' });
  return { rows, columns, errors };
}

/** Column positions (1-based), or undefined with the problems recorded. */
function headerColumns(
  file: string,
  header: readonly string[],
  errors: Diagnostic[],
): Record<StatementColumn, number> | undefined {
  const found = new Map<string, number>();
  const before = errors.length;
  header.forEach((raw, i) => {
    const name = raw.trim();
    if (!(STATEMENT_COLUMNS as readonly string[]).includes(name))
      errors.push({ file, line: 1, column: i + 1, message: `unknown column "${raw}": ${EXPECTED_HEADER}` });
    else if (found.has(name))
      errors.push({
        file,
        line: 1,
        column: i + 1,
        message: `column "${name}" appears twice: ${EXPECTED_HEADER}`,
      });
    else found.set(name, i + 1);
  });
  const missing = STATEMENT_COLUMNS.filter((c) => !found.has(c));
  if (missing.length > 0)
    errors.push({
      file,
      line: 1,
      message: `missing ${missing.length === 1 ? 'column' : 'columns'} ${missing.join(', ')}: ${EXPECTED_HEADER}`,
    });
  return errors.length > before ? undefined : (Object.fromEntries(found) as Record<StatementColumn, number>);
}

type RowRead = { ok: true; row: StatementRow } | { ok: false; errors: Diagnostic[] };

function readRow(
  file: string,
  record: { readonly line: number; readonly fields: readonly string[] },
  columns: Readonly<Record<StatementColumn, number>>,
  meeting: { readonly id: number; readonly sessions: readonly SessionRecord[] },
): RowRead {
  const raw = (c: StatementColumn) => record.fields[columns[c] - 1]!;
  const optional = (c: StatementColumn) => (raw(c).trim() === '' ? undefined : raw(c));
  const problem = (c: StatementColumn, message: string): Diagnostic => ({
    file,
    line: record.line,
    column: columns[c],
    field: c,
    message,
  });
  const errors: Diagnostic[] = [];
  const session = findSession(raw('session'), meeting);
  if (!session.ok) errors.push(problem('session', session.message));
  const input = {
    sessionId: session.ok ? session.id : null,
    speaker: raw('speaker'),
    speakerTitle: optional('speaker_title'),
    country: optional('country'),
    organisation: optional('organisation'),
    text: raw('text'),
    source: optional('source'),
  };
  for (const [field, column] of FIELDS) {
    const checked = StatementSchema.shape[field].safeParse(input[field]);
    if (!checked.success) errors.push(problem(column, cellMessage(checked.error.issues[0]!, raw(column))));
  }
  const oneOf = countryOrOrganisation(input);
  if (oneOf) errors.push(problem('country', oneOf));
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.column! - b.column!) };
  const parsed = StatementSchema.safeParse(defined(input));
  // Every field passed on its own; the whole can only fail on a rule added to the schema later.
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => {
        const column = FIELDS.find(([f]) => f === i.path[0])?.[1] ?? 'text';
        return problem(column, cellMessage(i, raw(column)));
      }),
    };
  return { ok: true, row: { line: record.line, statement: parsed.data } };
}

/** The schema's message for a cell ("expected …"), with what the cell held. */
function cellMessage(issue: z.core.$ZodIssue, cell: string): string {
  if (issue.code === 'too_big') return `expected ${issue.message}, got ${cell.trim().length} characters`;
  // The schema's one message that does not say what it expected: a well-formed code of no country.
  if (!issue.message.startsWith('expected'))
    return `expected the ISO3 code of a country in the catalogue, got ${shown(cell)}: ${issue.message}`;
  return `${issue.message}, got ${shown(cell)}`;
}

/*
 * The schema's rule on the whole statement (country or organisation, one of them), said as the
 * other problems are: what was expected, what the row holds.
 */
function countryOrOrganisation(input: {
  readonly country: string | undefined;
  readonly organisation: string | undefined;
}): string | undefined {
  const { country, organisation } = input;
  if ((country === undefined) !== (organisation === undefined)) return undefined;
  const expected = 'expected the country or the organisation the speaker speaks for (one of them)';
  return country !== undefined
    ? `${expected}, got both: country ${shown(country)} and organisation ${shown(organisation!)}`
    : `${expected}, got neither`;
}

type SessionFound = { ok: true; id: number | null } | { ok: false; message: string };

/** A session by its exact title, else by its position; empty: none. */
function findSession(
  cell: string,
  meeting: { readonly id: number; readonly sessions: readonly SessionRecord[] },
): SessionFound {
  const wanted = cell.trim();
  if (wanted === '') return { ok: true, id: null };
  const byTitle = meeting.sessions.filter((s) => s.title === wanted);
  const matches =
    byTitle.length > 0
      ? byTitle
      : /^\d+$/.test(wanted)
        ? meeting.sessions.filter((s) => s.position === Number(wanted))
        : [];
  if (matches.length === 1) return { ok: true, id: matches[0]!.id };
  const list = meeting.sessions.map((s) => `${s.position} "${s.title}"`).join(', ') || 'none';
  return {
    ok: false,
    message:
      matches.length > 1
        ? `expected one session, got ${shown(cell)}, which names ${matches.length} sessions of meeting ${meeting.id} (${matches.map((s) => `${s.position} "${s.title}"`).join(', ')}): give its position`
        : `expected the title or position of a session of meeting ${meeting.id} (its sessions: ${list}), or nothing, got ${shown(cell)}`,
  };
}

/** A cell as it was, quoted, shortened when long. */
function shown(cell: string): string {
  return JSON.stringify(cell.length > 60 ? `${cell.slice(0, 57)}…` : cell);
}

function defined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
