import { sql, type Kysely } from 'kysely';
import type { Database } from './database.ts';

/**
 * A token that changes whenever imported data may have changed: every write of observations,
 * sources or aggregate areas happens inside an import, which records an import run; targets and
 * quotas are loaded per file, so the hashes of their files count too. Services and the response
 * cache key on it; reading it is one small query.
 */
export async function readDataVersion(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ runs: number; last: number; sources: number; tables: string }>`
    SELECT count(*)::int AS runs, coalesce(max(id), 0)::int AS last,
      (SELECT count(*)::int FROM source) AS sources,
      md5(
        (SELECT coalesce(string_agg(DISTINCT file_sha256, ',' ORDER BY file_sha256), '') FROM target) || '|' ||
        (SELECT coalesce(string_agg(DISTINCT file_sha256, ',' ORDER BY file_sha256), '') FROM quota)
      ) AS tables
    FROM import_run`.execute(db);
  const r = rows[0]!;
  return `${r.runs}:${r.last}:${r.sources}:${r.tables.slice(0, 12)}`;
}
