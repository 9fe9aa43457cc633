import { sql, type Kysely } from 'kysely';
import type { Database } from './database.ts';

/** How many observations and source editions the store holds (for the health probe). */
export async function readHealthCounts(
  db: Kysely<Database>,
): Promise<{ observations: number; sources: number }> {
  const { rows } = await sql<{ observations: number; sources: number }>`
    SELECT (SELECT count(*)::int FROM observation) AS observations, (SELECT count(*)::int FROM source) AS sources`.execute(
    db,
  );
  return rows[0]!;
}
