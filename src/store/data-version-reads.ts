import { sql, type Kysely } from 'kysely';
import type { Database } from './database.ts';

/**
 * A token that changes whenever imported data may have changed: every write of observations,
 * sources or aggregate areas happens inside an import, which records an import run. Services key
 * their caches of whole-store summaries (coverage, ranks) on it; reading it is one tiny query.
 */
export async function readDataVersion(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ runs: number; last: number; sources: number }>`
    SELECT count(*)::int AS runs, coalesce(max(id), 0)::int AS last,
      (SELECT count(*)::int FROM source) AS sources
    FROM import_run`.execute(db);
  const r = rows[0]!;
  return `${r.runs}:${r.last}:${r.sources}`;
}
