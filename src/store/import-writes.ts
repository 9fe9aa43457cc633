import type { Kysely } from 'kysely';
import type { Database, ImportStatus } from './database.ts';

export interface SourceFields {
  readonly dataset: string;
  readonly edition: string;
  readonly publisher: string;
  readonly title: string;
  readonly licence: string;
  readonly licenceUrl?: string | undefined;
  readonly redistribution: boolean;
  readonly url?: string | undefined;
  readonly citation: string;
}

/** The source row of a dataset edition, created on first import; its descriptive fields follow the latest import. */
export async function upsertSource(db: Kysely<Database>, s: SourceFields): Promise<number> {
  const fields = {
    publisher: s.publisher,
    title: s.title,
    licence: s.licence,
    licence_url: s.licenceUrl ?? null,
    redistribution: s.redistribution,
    url: s.url ?? null,
    citation: s.citation,
  };
  const row = await db
    .insertInto('source')
    .values({ dataset: s.dataset, edition: s.edition, ...fields })
    .onConflict((oc) => oc.columns(['dataset', 'edition']).doUpdateSet(fields))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * An earlier import of exactly these bytes (by SHA-256) under the same file name, optionally into a
 * given edition. The name takes part because some formats carry meaning in it (an Open SDG file's
 * name is its indicator): two placeholder files with equal bytes are still two files.
 */
export async function findImportedFile(
  db: Kysely<Database>,
  sha256: string,
  baseName: string,
  edition?: string,
): Promise<{ sourceId: number; dataset: string; edition: string; fileName: string } | undefined> {
  let q = db
    .selectFrom('source_file')
    .innerJoin('source', 'source.id', 'source_file.source_id')
    .select([
      'source.id as sourceId',
      'source.dataset',
      'source.edition',
      'source_file.file_name as fileName',
    ])
    .where('source_file.sha256', '=', sha256)
    .where('source_file.file_name', '=', baseName);
  if (edition) q = q.where('source.edition', '=', edition);
  return q.executeTakeFirst();
}

export interface ImportRunFields {
  readonly sourceId: number;
  readonly importer: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly startedAt: Date;
  readonly finishedAt: Date;
  readonly runBy: string;
  readonly status: ImportStatus;
  readonly linesRead: number;
  readonly notes: readonly string[];
}

export async function insertImportRun(db: Kysely<Database>, r: ImportRunFields): Promise<number> {
  const row = await db
    .insertInto('import_run')
    .values({
      source_id: r.sourceId,
      importer: r.importer,
      file_name: r.fileName,
      sha256: r.sha256,
      bytes: r.bytes,
      started_at: r.startedAt,
      finished_at: r.finishedAt,
      run_by: r.runBy,
      status: r.status,
      lines_read: r.linesRead,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      notes: JSON.stringify(r.notes),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function finishImportRun(
  db: Kysely<Database>,
  id: number,
  counts: { inserted: number; updated: number; unchanged: number; rejected: number },
): Promise<void> {
  await db.updateTable('import_run').set(counts).where('id', '=', id).execute();
}

export interface RejectionFields {
  readonly line: number;
  readonly column?: number | undefined;
  readonly field?: string | undefined;
  readonly message: string;
}

export async function insertRejections(
  db: Kysely<Database>,
  importRunId: number,
  rejections: readonly RejectionFields[],
): Promise<void> {
  for (let i = 0; i < rejections.length; i += 1000) {
    await db
      .insertInto('import_rejection')
      .values(
        rejections.slice(i, i + 1000).map((r) => ({
          import_run_id: importRunId,
          line: r.line,
          column_no: r.column ?? null,
          field: r.field ?? null,
          message: r.message,
        })),
      )
      .execute();
  }
}

export async function recordSourceFile(
  db: Kysely<Database>,
  f: { sourceId: number; fileName: string; sha256: string; bytes: number; retrievedAt: Date },
): Promise<void> {
  await db
    .insertInto('source_file')
    .values({
      source_id: f.sourceId,
      file_name: f.fileName,
      sha256: f.sha256,
      bytes: f.bytes,
      retrieved_at: f.retrievedAt,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
