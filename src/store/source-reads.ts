import { sql, type Kysely } from 'kysely';
import type { Database } from './database.ts';

export interface SourceFileRead {
  readonly fileName: string;
  readonly sha256: string;
  readonly bytes: number;
  /** ISO 8601 timestamp. */
  readonly retrievedAt: string;
}

export interface SourceRead {
  readonly id: number;
  readonly dataset: string;
  readonly edition: string;
  readonly publisher: string;
  readonly title: string;
  readonly licence: string;
  readonly licenceUrl: string | null;
  readonly redistribution: boolean;
  readonly url: string | null;
  readonly citation: string;
  readonly files: SourceFileRead[];
}

/** Every source edition with its files, by dataset then edition. One query. */
export async function readSources(db: Kysely<Database>): Promise<SourceRead[]> {
  const { rows } = await sql<SourceRead>`
    SELECT s.id, s.dataset, s.edition, s.publisher, s.title, s.licence, s.licence_url AS "licenceUrl",
      s.redistribution, s.url, s.citation,
      coalesce((SELECT json_agg(json_build_object('fileName', f.file_name, 'sha256', f.sha256,
          'bytes', f.bytes::float8, 'retrievedAt', to_char(f.retrieved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
          ORDER BY f.file_name, f.sha256)
        FROM source_file f WHERE f.source_id = s.id), '[]'::json) AS files
    FROM source s ORDER BY s.dataset, s.edition`.execute(db);
  return rows;
}
