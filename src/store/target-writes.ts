import type { Kysely } from 'kysely';
import type { QuotaFact } from '../core/claims/claim.ts';
import type { Database } from './database.ts';

/** A target as stored; `year` undefined when the source names none. */
export interface TargetRecord {
  readonly id: string;
  readonly concept: string;
  readonly scope: string;
  readonly kind: 'sdg-target' | 'national-target';
  readonly value: number;
  readonly year?: number;
  readonly source: string;
  readonly sourceUrl?: string;
  readonly note?: string;
}

/** The file a set of rows was loaded from: its base name and SHA-256. */
export interface TableFile {
  readonly name: string;
  readonly sha256: string;
}

export type ParityTableName = 'target' | 'quota';

/** What a replace did: rows of the file's previous version removed, rows of this one written. */
export interface ReplaceCounts {
  readonly removed: number;
  readonly inserted: number;
}

/**
 * Replaces the targets loaded from a file of this name by `rows`. Call it inside a transaction:
 * the old rows go only if the new ones are all written.
 */
export async function replaceTargetsOfFile(
  db: Kysely<Database>,
  file: TableFile,
  rows: readonly TargetRecord[],
): Promise<ReplaceCounts> {
  const removed = await removeRowsOfFile(db, 'target', file.name);
  if (rows.length > 0) {
    await db
      .insertInto('target')
      .values(
        rows.map((t) => ({
          id: t.id,
          concept: t.concept,
          scope: t.scope,
          kind: t.kind,
          value: t.value,
          year: t.year ?? null,
          source: t.source,
          source_url: t.sourceUrl ?? null,
          note: t.note ?? null,
          file_name: file.name,
          file_sha256: file.sha256,
        })),
      )
      .execute();
  }
  return { removed, inserted: rows.length };
}

/** Replaces the quotas loaded from a file of this name by `rows` (inside a transaction). */
export async function replaceQuotasOfFile(
  db: Kysely<Database>,
  file: TableFile,
  rows: readonly QuotaFact[],
): Promise<ReplaceCounts> {
  const removed = await removeRowsOfFile(db, 'quota', file.name);
  if (rows.length > 0) {
    await db
      .insertInto('quota')
      .values(
        rows.map((q) => ({
          id: q.id,
          country: q.country,
          body: q.body,
          kind: q.kind,
          applies_to: q.appliesTo,
          threshold: q.threshold,
          groups: [...q.groups],
          adopted: q.adopted ?? null,
          source: q.source,
          source_kind: q.sourceKind,
          source_url: q.sourceUrl ?? null,
          note: q.note ?? null,
          file_name: file.name,
          file_sha256: file.sha256,
        })),
      )
      .execute();
  }
  return { removed, inserted: rows.length };
}

async function removeRowsOfFile(
  db: Kysely<Database>,
  table: ParityTableName,
  fileName: string,
): Promise<number> {
  const res = await db.deleteFrom(table).where('file_name', '=', fileName).executeTakeFirst();
  return Number(res.numDeletedRows);
}
