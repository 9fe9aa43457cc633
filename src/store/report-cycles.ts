import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './database.ts';

/** A review cycle as services read it; dates are `YYYY-MM-DD`. */
export interface CycleRecord {
  readonly id: number;
  readonly code: string;
  readonly title: string;
  readonly regionSetCode: string;
  readonly templateId: string;
  readonly opensOn: string;
  readonly submissionDeadline: string;
  readonly meetingFrom: string | null;
  readonly meetingTo: string | null;
  readonly createdBy: number | null;
  readonly createdAt: Date;
}

export type CycleFields = Omit<CycleRecord, 'id'>;

type Db = Kysely<Database> | Transaction<Database>;

function selectCycles(db: Db) {
  // Dates as text: drivers turn `date` into a Date at a time zone's midnight, which can shift the day.
  return db
    .selectFrom('review_cycle')
    .select([
      'id',
      'code',
      'title',
      'region_set_code as regionSetCode',
      'template_id as templateId',
      sql<string>`opens_on::text`.as('opensOn'),
      sql<string>`submission_deadline::text`.as('submissionDeadline'),
      sql<string | null>`meeting_from::text`.as('meetingFrom'),
      sql<string | null>`meeting_to::text`.as('meetingTo'),
      'created_by as createdBy',
      'created_at as createdAt',
    ]);
}

/** Every cycle, newest submission deadline first. */
export async function readCycles(db: Db): Promise<CycleRecord[]> {
  return selectCycles(db).orderBy('submission_deadline', 'desc').orderBy('code').execute();
}

export async function readCycleByCode(db: Db, code: string): Promise<CycleRecord | undefined> {
  return selectCycles(db).where('code', '=', code).executeTakeFirst();
}

export async function readCycleById(db: Db, id: number): Promise<CycleRecord | undefined> {
  return selectCycles(db).where('id', '=', id).executeTakeFirst();
}

/** Inserts a cycle; the caller has checked that the code is free (the unique index still guards it). */
export async function insertCycle(db: Db, c: CycleFields): Promise<number> {
  const r = await db
    .insertInto('review_cycle')
    .values({
      code: c.code,
      title: c.title,
      region_set_code: c.regionSetCode,
      template_id: c.templateId,
      opens_on: c.opensOn,
      submission_deadline: c.submissionDeadline,
      meeting_from: c.meetingFrom,
      meeting_to: c.meetingTo,
      created_by: c.createdBy,
      created_at: c.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}
