import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, ReportTable } from './database.ts';

/** A tag as services read it, with the report it belongs to. */
export interface TagRecord {
  readonly id: number;
  readonly reportId: number;
  readonly country: string;
  readonly reportState: ReportTable['state'];
  readonly version: number;
  /** Whether the tagged version is one the country submitted (not a draft). */
  readonly versionSubmitted: boolean;
  readonly sectionId: string;
  readonly quote: string;
  readonly startOffset: number;
  readonly endOffset: number;
  readonly bpfa: string[];
  readonly clusters: number[];
  readonly sdgTargets: string[];
  readonly criteria: string[];
  readonly note: string | null;
  readonly taggedBy: number | null;
  readonly taggedByName: string | null;
  readonly taggedAt: Date;
}

export interface NewTag {
  readonly reportId: number;
  readonly version: number;
  readonly sectionId: string;
  readonly quote: string;
  readonly startOffset: number;
  readonly endOffset: number;
  readonly bpfa: readonly string[];
  readonly clusters: readonly number[];
  readonly sdgTargets: readonly string[];
  readonly criteria: readonly string[];
  readonly note: string | null;
  readonly taggedBy: number | null;
  readonly taggedAt: Date;
}

/** What a search narrows by; every given field must match (text: in the quote or the note, any case). */
export interface TagFilter {
  readonly bpfa?: string;
  readonly cluster?: number;
  readonly sdgTarget?: string;
  readonly criterion?: string;
  readonly country?: string;
  readonly text?: string;
}

type Db = Kysely<Database> | Transaction<Database>;

export async function insertTag(db: Db, t: NewTag): Promise<number> {
  const row = await db
    .insertInto('report_tag')
    .values({
      report_id: t.reportId,
      version: t.version,
      section_id: t.sectionId,
      quote: t.quote,
      start_offset: t.startOffset,
      end_offset: t.endOffset,
      bpfa: [...t.bpfa],
      clusters: [...t.clusters],
      sdg_targets: [...t.sdgTargets],
      criteria: [...t.criteria],
      note: t.note,
      tagged_by: t.taggedBy,
      tagged_at: t.taggedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function deleteTag(db: Db, id: number): Promise<void> {
  await db.deleteFrom('report_tag').where('id', '=', id).execute();
}

function selectTags(db: Db) {
  return db
    .selectFrom('report_tag as t')
    .innerJoin('report as r', 'r.id', 't.report_id')
    .innerJoin('report_version as v', (j) =>
      j.onRef('v.report_id', '=', 't.report_id').onRef('v.version', '=', 't.version'),
    )
    .leftJoin('user_account as u', 'u.id', 't.tagged_by')
    .select([
      't.id',
      't.report_id as reportId',
      'r.country',
      'r.state as reportState',
      't.version',
      'v.submitted as versionSubmitted',
      't.section_id as sectionId',
      't.quote',
      't.start_offset as startOffset',
      't.end_offset as endOffset',
      't.bpfa',
      't.clusters',
      't.sdg_targets as sdgTargets',
      't.criteria',
      't.note',
      't.tagged_by as taggedBy',
      'u.display_name as taggedByName',
      't.tagged_at as taggedAt',
    ]);
}

export async function readTag(db: Db, id: number): Promise<(TagRecord & { cycleId: number }) | undefined> {
  const row = await selectTags(db).select('r.cycle_id as cycleId').where('t.id', '=', id).executeTakeFirst();
  return row ? { ...normalise(row), cycleId: Number(row.cycleId) } : undefined;
}

/** The tags on the reports of a cycle that match the filter, by country, report, section and position. */
export async function readTagsOfCycle(db: Db, cycleId: number, filter: TagFilter = {}): Promise<TagRecord[]> {
  let q = selectTags(db).where('r.cycle_id', '=', cycleId);
  if (filter.bpfa !== undefined) q = q.where(sql<boolean>`${filter.bpfa} = ANY(t.bpfa)`);
  if (filter.cluster !== undefined) q = q.where(sql<boolean>`${filter.cluster}::integer = ANY(t.clusters)`);
  if (filter.sdgTarget !== undefined) q = q.where(sql<boolean>`${filter.sdgTarget} = ANY(t.sdg_targets)`);
  if (filter.criterion !== undefined) q = q.where(sql<boolean>`${filter.criterion} = ANY(t.criteria)`);
  if (filter.country !== undefined) q = q.where('r.country', '=', filter.country);
  if (filter.text !== undefined) {
    const like = `%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('t.quote', 'ilike', like), eb('t.note', 'ilike', like)]));
  }
  const rows = await q
    .orderBy('r.country')
    .orderBy('t.report_id')
    .orderBy('t.section_id')
    .orderBy('t.start_offset')
    .orderBy('t.id')
    .execute();
  return rows.map(normalise);
}

function normalise<T extends { id: number; reportId: number; taggedBy: number | null }>(row: T): T {
  return {
    ...row,
    id: Number(row.id),
    reportId: Number(row.reportId),
    taggedBy: row.taggedBy === null ? null : Number(row.taggedBy),
  };
}
