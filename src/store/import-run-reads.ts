import { sql, type Kysely } from 'kysely';
import type { Database } from './database.ts';

export interface Page {
  readonly limit: number;
  readonly offset: number;
}

export interface ImportRunRead {
  readonly id: number;
  readonly dataset: string;
  readonly edition: string;
  readonly importer: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly startedAt: Date;
  readonly finishedAt: Date;
  readonly runBy: string;
  readonly status: string;
  readonly linesRead: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly rejected: number;
  readonly notes: string[];
}

/** A page of import runs, newest first, and how many there are. */
export async function readImportRuns(
  db: Kysely<Database>,
  page: Page,
): Promise<{ rows: ImportRunRead[]; total: number }> {
  const { rows } = await sql<ImportRunRead & { total: number }>`
    SELECT r.id, s.dataset, s.edition, r.importer, r.file_name AS "fileName", r.sha256, r.started_at AS "startedAt",
      r.finished_at AS "finishedAt", r.run_by AS "runBy", r.status, r.lines_read AS "linesRead", r.inserted,
      r.updated, r.unchanged, r.rejected, r.notes, count(*) OVER ()::int AS total
    FROM import_run r JOIN source s ON s.id = r.source_id
    ORDER BY r.id DESC LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db);
  const total = rows[0]?.total ?? (await countRuns(db));
  return { rows: rows.map(({ total: _, ...r }) => r), total };
}

async function countRuns(db: Kysely<Database>): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM import_run`.execute(db);
  return rows[0]!.n;
}

export interface RejectionRead {
  readonly line: number;
  readonly column: number | null;
  readonly field: string | null;
  readonly message: string;
}

/**
 * A page of the rows an import run rejected, by line, and how many there are; `undefined` when
 * there is no such run.
 */
export async function readRejections(
  db: Kysely<Database>,
  runId: number,
  page: Page,
): Promise<{ rows: RejectionRead[]; total: number } | undefined> {
  const run = await db
    .selectFrom('import_run')
    .select(['id'])
    .select((eb) =>
      eb
        .selectFrom('import_rejection')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('import_run_id', '=', 'import_run.id')
        .as('total'),
    )
    .where('id', '=', runId)
    .executeTakeFirst();
  if (!run) return undefined;
  const rows = await db
    .selectFrom('import_rejection')
    .select(['line', 'column_no as column', 'field', 'message'])
    .where('import_run_id', '=', runId)
    .orderBy('line')
    .orderBy('column_no')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return { rows, total: Number(run.total ?? 0) };
}
