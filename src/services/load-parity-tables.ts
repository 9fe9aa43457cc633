import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import type { Diagnostic } from '../ingest/diagnostic.ts';
import { fileBytes } from '../ingest/read-csv.ts';
import { readQuotas, type QuotaRow } from '../ingest/read-quotas.ts';
import type { TableInput, TableRead } from '../ingest/read-table.ts';
import { readTargets, type TargetRow } from '../ingest/read-targets.ts';
import type { Database } from '../store/database.ts';
import { idsFromOtherFiles, isTableFileLoaded } from '../store/target-reads.ts';
import {
  replaceQuotasOfFile,
  replaceTargetsOfFile,
  type ParityTableName,
  type ReplaceCounts,
  type TableFile,
} from '../store/target-writes.ts';
import { hashFile } from './import-file.ts';

/** The tables compiled for Parity that a file can load (`parity import targets|quotas <file>`). */
export const PARITY_TABLES = ['targets', 'quotas'] as const;
export type ParityTable = (typeof PARITY_TABLES)[number];

/** `1 target`, `8 targets`. */
export function rowsText(table: ParityTable, rows: number): string {
  return `${rows} ${rows === 1 ? table.slice(0, -1) : table}`;
}

export function isParityTable(s: string): s is ParityTable {
  return (PARITY_TABLES as readonly string[]).includes(s);
}

/** What happened to one targets or quotas file; never thrown, always returned. */
export type TableLoadOutcome =
  | {
      readonly status: 'loaded';
      readonly table: ParityTable;
      readonly file: string;
      /** Rows written; `removed`: rows of the file's previous version taken out. */
      readonly rows: number;
      readonly removed: number;
    }
  | {
      readonly status: 'unchanged';
      readonly table: ParityTable;
      readonly file: string;
      readonly reason: string;
    }
  | {
      readonly status: 'failed';
      readonly table: ParityTable;
      readonly file: string;
      readonly errors: readonly Diagnostic[];
    };

interface TableKind<R extends { id: string; line: number }> {
  readonly store: ParityTableName;
  readonly read: (input: TableInput) => Promise<TableRead<R>>;
  readonly replace: (db: Kysely<Database>, file: TableFile, rows: readonly R[]) => Promise<ReplaceCounts>;
}

const TARGETS: TableKind<TargetRow> = {
  store: 'target',
  read: readTargets,
  replace: replaceTargetsOfFile,
};
const QUOTAS: TableKind<QuotaRow> = {
  store: 'quota',
  read: readQuotas,
  replace: replaceQuotasOfFile,
};

/**
 * Loads a targets or quotas file. The whole file is read and checked first; any problem loads
 * nothing. Then, in one transaction, the rows loaded earlier from a file of the same name are
 * replaced by this file's. The same bytes under the same name again change nothing. An id
 * already loaded from another file is a problem (ids are unique across files).
 */
export function loadParityTable(
  db: Kysely<Database>,
  table: ParityTable,
  path: string,
): Promise<TableLoadOutcome> {
  return table === 'targets' ? load(db, table, TARGETS, path) : load(db, table, QUOTAS, path);
}

async function load<R extends { id: string; line: number }>(
  db: Kysely<Database>,
  table: ParityTable,
  kind: TableKind<R>,
  path: string,
): Promise<TableLoadOutcome> {
  const failed = (errors: Diagnostic[]): TableLoadOutcome => ({
    status: 'failed',
    table,
    file: path,
    errors,
  });
  const hashed = await hashFile(path).catch((e: NodeJS.ErrnoException) => e);
  if (hashed instanceof Error) {
    const message =
      hashed.code === 'ENOENT' ? 'no such file' : `cannot read the file (${hashed.code ?? hashed.message})`;
    return failed([{ file: path, line: 0, message }]);
  }
  const file: TableFile = { name: basename(path), sha256: hashed.sha256 };
  if (await isTableFileLoaded(db, kind.store, file.name, file.sha256))
    return {
      status: 'unchanged',
      table,
      file: path,
      reason: `already loaded (same SHA-256 as ${file.name})`,
    };
  const read = await kind.read({ file: path, bytes: fileBytes(path) });
  if (!read.ok) return failed(read.errors);
  const clashes = await idsFromOtherFiles(
    db,
    kind.store,
    read.rows.map((r) => r.id),
    file.name,
  );
  if (clashes.length > 0) {
    const lineOf = new Map(read.rows.map((r) => [r.id, r.line]));
    return failed(
      clashes.map((c) => ({
        file: path,
        line: lineOf.get(c.id) ?? 0,
        field: 'id',
        message: `id "${c.id}" is already loaded from ${c.fileName}: expected an id unique across ${table} files`,
      })),
    );
  }
  const counts = await db.transaction().execute((trx) => kind.replace(trx, file, read.rows));
  return { status: 'loaded', table, file: path, rows: counts.inserted, removed: counts.removed };
}
