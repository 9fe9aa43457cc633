import type { Kysely, Transaction } from 'kysely';
import type { Lang } from '../catalog/countries.ts';
import type { Database, SynthesisTable } from './database.ts';

/**
 * The versions of a cycle's regional synthesis. Versions are only ever appended (the migration's
 * trigger refuses UPDATE and DELETE); a writer locks the cycle's row first so that two saves based
 * on the same version queue and the second sees it is stale.
 */

export interface SynthesisRecord {
  readonly cycleId: number;
  readonly version: number;
  readonly markdown: string;
  readonly origin: SynthesisTable['origin'];
  readonly generatedAt: Date;
  readonly editedBy: number | null;
  readonly editedByName: string | null;
  readonly editedAt: Date;
  readonly published: boolean;
  /** The language the version is written in. */
  readonly lang: Lang;
}

export type NewSynthesis = Omit<SynthesisRecord, 'editedByName'>;

type Db = Kysely<Database> | Transaction<Database>;

function selectVersions(db: Db) {
  return db
    .selectFrom('synthesis as s')
    .leftJoin('user_account as u', 'u.id', 's.edited_by')
    .select([
      's.cycle_id as cycleId',
      's.version',
      's.markdown',
      's.origin',
      's.generated_at as generatedAt',
      's.edited_by as editedBy',
      'u.display_name as editedByName',
      's.edited_at as editedAt',
      's.published',
      's.lang',
    ]);
}

/** The newest version (published or not), or the newest published one. */
export async function readLatestSynthesis(
  db: Db,
  cycleId: number,
  only: 'any' | 'published' = 'any',
): Promise<SynthesisRecord | undefined> {
  let q = selectVersions(db).where('s.cycle_id', '=', cycleId);
  if (only === 'published') q = q.where('s.published', '=', true);
  const row = await q.orderBy('s.version', 'desc').limit(1).executeTakeFirst();
  return row ? normalise(row) : undefined;
}

export async function readSynthesisVersion(
  db: Db,
  cycleId: number,
  version: number,
): Promise<SynthesisRecord | undefined> {
  const row = await selectVersions(db)
    .where('s.cycle_id', '=', cycleId)
    .where('s.version', '=', version)
    .executeTakeFirst();
  return row ? normalise(row) : undefined;
}

/** Every version without its text, newest first. */
export async function readSynthesisVersions(
  db: Db,
  cycleId: number,
): Promise<Omit<SynthesisRecord, 'markdown'>[]> {
  const rows = await db
    .selectFrom('synthesis as s')
    .leftJoin('user_account as u', 'u.id', 's.edited_by')
    .select([
      's.cycle_id as cycleId',
      's.version',
      's.origin',
      's.generated_at as generatedAt',
      's.edited_by as editedBy',
      'u.display_name as editedByName',
      's.edited_at as editedAt',
      's.published',
      's.lang',
    ])
    .where('s.cycle_id', '=', cycleId)
    .orderBy('s.version', 'desc')
    .execute();
  return rows.map(normalise);
}

/** Locks the cycle's row until the transaction ends: synthesis writes of one cycle queue behind each other. */
export async function lockCycle(trx: Transaction<Database>, cycleId: number): Promise<void> {
  await trx.selectFrom('review_cycle').select('id').where('id', '=', cycleId).forUpdate().execute();
}

export async function insertSynthesis(trx: Transaction<Database>, s: NewSynthesis): Promise<void> {
  await trx
    .insertInto('synthesis')
    .values({
      cycle_id: s.cycleId,
      version: s.version,
      markdown: s.markdown,
      origin: s.origin,
      generated_at: s.generatedAt,
      edited_by: s.editedBy,
      edited_at: s.editedAt,
      published: s.published,
      lang: s.lang,
    })
    .execute();
}

function normalise<T extends { cycleId: number; editedBy: number | null }>(row: T): T {
  return {
    ...row,
    cycleId: Number(row.cycleId),
    editedBy: row.editedBy === null ? null : Number(row.editedBy),
  };
}
