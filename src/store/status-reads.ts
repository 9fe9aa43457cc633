import { sql, type Kysely } from 'kysely';
import type { Database } from './database.ts';

export interface SourceSummary {
  readonly dataset: string;
  readonly edition: string;
  readonly publisher: string;
  readonly licence: string;
  readonly redistribution: boolean;
  readonly observations: number;
  readonly files: number;
  readonly lastImport: Date | null;
}

/** Every source edition with its observation and file counts. */
export async function readSourceSummaries(db: Kysely<Database>): Promise<SourceSummary[]> {
  const { rows } = await sql<SourceSummary>`
    SELECT s.dataset, s.edition, s.publisher, s.licence, s.redistribution,
      (SELECT count(*)::int FROM observation o WHERE o.source_id = s.id) AS observations,
      (SELECT count(*)::int FROM source_file f WHERE f.source_id = s.id) AS files,
      (SELECT max(r.finished_at) FROM import_run r WHERE r.source_id = s.id) AS "lastImport"
    FROM source s ORDER BY s.dataset, s.edition`.execute(db);
  return rows;
}

export interface StoreCounts {
  readonly countries: number;
  readonly aggregates: number;
  readonly indicators: number;
  readonly regionSets: number;
  readonly importRuns: number;
  readonly rejectedRows: number;
  readonly targets: number;
  readonly quotas: number;
}

export async function readStoreCounts(db: Kysely<Database>): Promise<StoreCounts> {
  const { rows } = await sql<StoreCounts>`
    SELECT (SELECT count(*)::int FROM area WHERE kind = 'country') AS countries,
      (SELECT count(*)::int FROM area WHERE kind = 'aggregate') AS aggregates,
      (SELECT count(*)::int FROM indicator) AS indicators,
      (SELECT count(*)::int FROM region_set) AS "regionSets",
      (SELECT count(*)::int FROM import_run) AS "importRuns",
      (SELECT count(*)::int FROM import_rejection) AS "rejectedRows",
      (SELECT count(*)::int FROM target) AS targets,
      (SELECT count(*)::int FROM quota) AS quotas`.execute(db);
  return rows[0]!;
}

/** SHA-256 and base name of every file imported, to tell which bundled files are loaded. */
export async function readImportedFiles(
  db: Kysely<Database>,
): Promise<{ sha256: string; fileName: string }[]> {
  return db.selectFrom('source_file').select(['sha256', 'file_name as fileName']).execute();
}
