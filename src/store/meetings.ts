import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, MeetingSessionTable } from './database.ts';

/** Meetings of review cycles, their sessions and statements (migration 0005). Dates are `YYYY-MM-DD`. */

export interface MeetingRecord {
  readonly id: number;
  readonly cycleId: number;
  readonly title: string;
  readonly place: string;
  readonly from: string;
  readonly to: string;
  readonly coChairs: unknown[];
  readonly published: boolean;
  readonly createdBy: number | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export type MeetingFields = Pick<MeetingRecord, 'title' | 'place' | 'from' | 'to' | 'coChairs' | 'published'>;

export interface SessionRecord {
  readonly id: number;
  readonly meetingId: number;
  readonly kind: MeetingSessionTable['kind'];
  readonly title: string;
  readonly position: number;
}

export interface StatementRecord {
  readonly id: number;
  readonly meetingId: number;
  readonly sessionId: number | null;
  readonly speaker: string;
  readonly speakerTitle: string | null;
  readonly country: string | null;
  readonly organisation: string | null;
  readonly text: string;
  readonly source: string | null;
  readonly claims: unknown;
  readonly checkedAt: Date;
  readonly version: number;
  readonly createdBy: number | null;
  readonly createdAt: Date;
  readonly updatedBy: number | null;
  readonly updatedAt: Date;
}

export type StatementFields = Pick<
  StatementRecord,
  | 'sessionId'
  | 'speaker'
  | 'speakerTitle'
  | 'country'
  | 'organisation'
  | 'text'
  | 'source'
  | 'claims'
  | 'checkedAt'
>;

type Db = Kysely<Database> | Transaction<Database>;

function selectMeetings(db: Db) {
  // Dates as text: drivers turn `date` into a Date at a time zone's midnight, which can shift the day.
  return db
    .selectFrom('meeting')
    .select([
      'id',
      'cycle_id as cycleId',
      'title',
      'place',
      sql<string>`from_date::text`.as('from'),
      sql<string>`to_date::text`.as('to'),
      'co_chairs as coChairs',
      'published',
      'created_by as createdBy',
      'created_at as createdAt',
      'updated_at as updatedAt',
    ]);
}

export async function readMeeting(db: Db, id: number): Promise<MeetingRecord | undefined> {
  const row = await selectMeetings(db).where('id', '=', id).executeTakeFirst();
  return row ? meeting(row) : undefined;
}

export async function readMeetingsOfCycle(db: Db, cycleId: number): Promise<MeetingRecord[]> {
  const rows = await selectMeetings(db)
    .where('cycle_id', '=', cycleId)
    .orderBy('from_date')
    .orderBy('id')
    .execute();
  return rows.map(meeting);
}

export async function insertMeeting(
  db: Db,
  m: MeetingFields & { cycleId: number; createdBy: number | null; now: Date },
): Promise<number> {
  const row = await db
    .insertInto('meeting')
    .values({
      cycle_id: m.cycleId,
      title: m.title,
      place: m.place,
      from_date: m.from,
      to_date: m.to,
      co_chairs: JSON.stringify(m.coChairs),
      published: m.published,
      created_by: m.createdBy,
      created_at: m.now,
      updated_at: m.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function updateMeeting(db: Db, id: number, m: MeetingFields & { now: Date }): Promise<void> {
  await db
    .updateTable('meeting')
    .set({
      title: m.title,
      place: m.place,
      from_date: m.from,
      to_date: m.to,
      co_chairs: JSON.stringify(m.coChairs),
      published: m.published,
      updated_at: m.now,
    })
    .where('id', '=', id)
    .execute();
}

export async function readSessions(db: Db, meetingIds: readonly number[]): Promise<SessionRecord[]> {
  if (meetingIds.length === 0) return [];
  const rows = await db
    .selectFrom('meeting_session')
    .select(['id', 'meeting_id as meetingId', 'kind', 'title', 'position'])
    .where('meeting_id', 'in', [...meetingIds])
    .orderBy('meeting_id')
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id), meetingId: Number(r.meetingId) }));
}

export async function insertSession(
  db: Db,
  s: { meetingId: number; kind: SessionRecord['kind']; title: string; position: number },
): Promise<number> {
  const row = await db
    .insertInto('meeting_session')
    .values({ meeting_id: s.meetingId, kind: s.kind, title: s.title, position: s.position })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

function selectStatements(db: Db) {
  return db
    .selectFrom('statement')
    .select([
      'id',
      'meeting_id as meetingId',
      'session_id as sessionId',
      'speaker',
      'speaker_title as speakerTitle',
      'country',
      'organisation',
      'text',
      'source',
      'claims',
      'checked_at as checkedAt',
      'version',
      'created_by as createdBy',
      'created_at as createdAt',
      'updated_by as updatedBy',
      'updated_at as updatedAt',
    ]);
}

export async function readStatement(db: Db, id: number): Promise<StatementRecord | undefined> {
  const row = await selectStatements(db).where('id', '=', id).executeTakeFirst();
  return row ? statement(row) : undefined;
}

/** The statements of some meetings, in the order they were recorded. */
export async function readStatements(db: Db, meetingIds: readonly number[]): Promise<StatementRecord[]> {
  if (meetingIds.length === 0) return [];
  const rows = await selectStatements(db)
    .where('meeting_id', 'in', [...meetingIds])
    .orderBy('meeting_id')
    .orderBy('id')
    .execute();
  return rows.map(statement);
}

/** How many statements each of some meetings holds (meetings without any are absent). */
export async function countStatements(db: Db, meetingIds: readonly number[]): Promise<Map<number, number>> {
  if (meetingIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('statement')
    .select(['meeting_id as meetingId', (eb) => eb.fn.countAll<string>().as('n')])
    .where('meeting_id', 'in', [...meetingIds])
    .groupBy('meeting_id')
    .execute();
  return new Map(rows.map((r) => [Number(r.meetingId), Number(r.n)]));
}

export async function insertStatement(
  db: Db,
  s: StatementFields & { meetingId: number; by: number | null; now: Date },
): Promise<number> {
  const row = await db
    .insertInto('statement')
    .values({
      meeting_id: s.meetingId,
      ...statementColumns(s),
      version: 1,
      created_by: s.by,
      created_at: s.now,
      updated_by: s.by,
      updated_at: s.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Replaces a statement's fields if it is still at `baseVersion`; false when it has moved on. */
export async function updateStatement(
  db: Db,
  id: number,
  baseVersion: number,
  s: StatementFields & { by: number | null; now: Date },
): Promise<boolean> {
  const r = await db
    .updateTable('statement')
    .set({ ...statementColumns(s), version: baseVersion + 1, updated_by: s.by, updated_at: s.now })
    .where('id', '=', id)
    .where('version', '=', baseVersion)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

function statementColumns(s: StatementFields) {
  return {
    session_id: s.sessionId,
    speaker: s.speaker,
    speaker_title: s.speakerTitle,
    country: s.country,
    organisation: s.organisation,
    text: s.text,
    source: s.source,
    claims: JSON.stringify(s.claims),
    checked_at: s.checkedAt,
  };
}

function meeting<T extends { id: number; cycleId: number; createdBy: number | null }>(row: T): T {
  return {
    ...row,
    id: Number(row.id),
    cycleId: Number(row.cycleId),
    createdBy: row.createdBy === null ? null : Number(row.createdBy),
  };
}

function statement(row: StatementRecord): StatementRecord {
  const n = (v: number | null) => (v === null ? null : Number(v));
  return {
    ...row,
    id: Number(row.id),
    meetingId: Number(row.meetingId),
    sessionId: n(row.sessionId),
    createdBy: n(row.createdBy),
    updatedBy: n(row.updatedBy),
  };
}
