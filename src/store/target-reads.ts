import type { Kysely } from 'kysely';
import type { QuotaAppliesTo, QuotaBody, QuotaFact, QuotaGroup, QuotaKind } from '../core/claims/claim.ts';
import type { Database } from './database.ts';
import type { ParityTableName, TargetRecord } from './target-writes.ts';

/** Every stored target (a small table), ordered by id. */
export async function readTargetRecords(db: Kysely<Database>): Promise<TargetRecord[]> {
  const rows = await db.selectFrom('target').selectAll().orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    concept: r.concept,
    scope: r.scope,
    kind: r.kind,
    value: r.value,
    ...(r.year !== null ? { year: r.year } : {}),
    source: r.source,
    ...(r.source_url !== null ? { sourceUrl: r.source_url } : {}),
    ...(r.note !== null ? { note: r.note } : {}),
  }));
}

/** The stored quotas, of one country when given, ordered by country and id. */
export async function readQuotaFacts(db: Kysely<Database>, country?: string): Promise<QuotaFact[]> {
  let q = db.selectFrom('quota').selectAll();
  if (country !== undefined) q = q.where('country', '=', country);
  const rows = await q.orderBy('country').orderBy('id').execute();
  // The migration's CHECK constraints hold the text columns to the words of QuotaFact.
  return rows.map((r) => ({
    id: r.id,
    country: r.country,
    body: r.body as QuotaBody,
    kind: r.kind as QuotaKind,
    appliesTo: r.applies_to as QuotaAppliesTo,
    threshold: r.threshold,
    groups: r.groups as QuotaGroup[],
    ...(r.adopted !== null ? { adopted: r.adopted } : {}),
    source: r.source,
    sourceKind: r.source_kind as QuotaFact['sourceKind'],
    ...(r.source_url !== null ? { sourceUrl: r.source_url } : {}),
    ...(r.note !== null ? { note: r.note } : {}),
  }));
}

/** True when rows of exactly these bytes were loaded from a file of this name. */
export async function isTableFileLoaded(
  db: Kysely<Database>,
  table: ParityTableName,
  fileName: string,
  sha256: string,
): Promise<boolean> {
  const row = await db
    .selectFrom(table)
    .select('id')
    .where('file_name', '=', fileName)
    .where('file_sha256', '=', sha256)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Which of `ids` are already held by rows loaded from another file, and from which. */
export async function idsFromOtherFiles(
  db: Kysely<Database>,
  table: ParityTableName,
  ids: readonly string[],
  fileName: string,
): Promise<{ id: string; fileName: string }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom(table)
    .select(['id', 'file_name as fileName'])
    .where('id', 'in', [...ids])
    .where('file_name', '<>', fileName)
    .orderBy('id')
    .execute();
}
