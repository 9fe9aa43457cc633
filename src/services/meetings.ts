import type { Kysely } from 'kysely';
import { z } from 'zod';
import { countryByIso3, type Lang } from '../catalog/index.ts';
import type { Database } from '../store/database.ts';
import {
  countStatements,
  insertMeeting,
  insertSession,
  readMeeting,
  readMeetingsOfCycle,
  readSessions,
  updateMeeting,
  type MeetingFields,
  type MeetingRecord,
  type SessionRecord,
} from '../store/meetings.ts';
import { readCycleById, type CycleRecord } from '../store/report-cycles.ts';
import type { Operator } from './accounts.ts';
import { recordAudit } from './audit.ts';
import { denied, userIdOf } from './report-access.ts';
import { cycleTarget, loadCycle } from './review-access.ts';
import { invalid, notFound, ok, type ServiceFailure, type ServiceResult } from './service-result.ts';

/**
 * The meeting record of a cycle: meetings (place, dates, co-chairs), their segments and thematic
 * sessions; statements are in meeting-statements.ts. A meeting is published as a whole: once its
 * `published` flag is set (by a reviewer of the cycle or an administrator, `meeting.manage`), the
 * public reads it with its sessions and statements; until then only `meeting.read` holders do.
 */

const text = (max: number, what: string) =>
  z
    .string({ error: `expected ${what}` })
    .trim()
    .min(1, { error: `expected ${what}` })
    .max(max, { error: `at most ${max} characters` });

const date = z
  .string({ error: 'expected a date YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date YYYY-MM-DD' })
  .refine(
    (d) =>
      !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    {
      error: 'expected a real calendar date YYYY-MM-DD',
    },
  );

const iso3 = z
  .string()
  .regex(/^[A-Za-z]{3}$/, { error: 'expected an ISO3 country code such as KAZ' })
  .transform((c) => c.toUpperCase())
  .refine((c) => countryByIso3(c) !== undefined, { error: 'no such country in the catalogue' });

/** A co-chair: a person, a country, an organisation, or a person for one of them. */
export const CoChairSchema = z
  .object({
    name: text(200, 'a name').optional(),
    title: text(300, 'a title').optional(),
    country: iso3.optional(),
    organisation: text(300, 'an organisation').optional(),
  })
  .strict()
  .refine((c) => c.name !== undefined || c.country !== undefined || c.organisation !== undefined, {
    error: 'a co-chair needs a name, a country or an organisation',
  });

export type CoChair = z.output<typeof CoChairSchema>;

export const SESSION_KINDS = ['segment', 'thematic'] as const;

export const NewSessionSchema = z
  .object({
    kind: z.enum(SESSION_KINDS, { error: 'expected segment or thematic' }),
    title: text(300, 'a session title'),
    position: z.number().int().min(1).max(1000).optional(),
  })
  .strict();

export const NewMeetingSchema = z
  .object({
    title: text(300, 'a meeting title'),
    place: text(200, 'a place'),
    from: date,
    to: date,
    coChairs: z.array(CoChairSchema).max(20).default([]),
    published: z.boolean().default(false),
    sessions: z.array(NewSessionSchema).max(100).default([]),
  })
  .strict()
  .refine((m) => m.to >= m.from, { error: 'to is before from', path: ['to'] });

export const MeetingPatchSchema = z
  .object({
    title: text(300, 'a meeting title').optional(),
    place: text(200, 'a place').optional(),
    from: date.optional(),
    to: date.optional(),
    coChairs: z.array(CoChairSchema).max(20).optional(),
    published: z.boolean().optional(),
  })
  .strict();

export type NewMeetingInput = z.input<typeof NewMeetingSchema>;
export type MeetingPatch = z.input<typeof MeetingPatchSchema>;
export type NewSessionInput = z.input<typeof NewSessionSchema>;

export interface SessionView {
  readonly id: number;
  readonly kind: SessionRecord['kind'];
  readonly title: string;
  readonly position: number;
}

export interface MeetingView {
  readonly id: number;
  readonly cycle: string;
  readonly title: string;
  readonly place: string;
  /** `YYYY-MM-DD`. */
  readonly from: string;
  readonly to: string;
  readonly coChairs: (CoChair & { readonly countryName?: string })[];
  readonly published: boolean;
  readonly sessions: SessionView[];
  /** ISO 8601. */
  readonly updatedAt: string;
}

/** The first schema issue as a failure naming its field. */
export function schemaFailure(error: z.ZodError, prefix = ''): ServiceFailure {
  const issue = error.issues[0]!;
  const param = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || 'body';
  return invalid(`${param}: ${issue.message}`, param);
}

/** Records a meeting of the cycle with its sessions (`meeting.manage`). */
export async function createMeeting(
  db: Kysely<Database>,
  by: Operator,
  code: string,
  input: NewMeetingInput,
  clock: { readonly now?: Date; readonly lang?: Lang } = {},
): Promise<ServiceResult<MeetingView>> {
  const parsed = NewMeetingSchema.safeParse(input);
  if (!parsed.success) return schemaFailure(parsed.error);
  const cycle = await loadCycle(db, code);
  if (!cycle.ok) return cycle;
  const refused = denied(by, 'meeting.manage', cycleTarget(cycle.value));
  if (refused) return refused;
  const m = parsed.data;
  const now = clock.now ?? new Date();
  const id = await db.transaction().execute(async (trx) => {
    const id = await insertMeeting(trx, {
      cycleId: cycle.value.id,
      title: m.title,
      place: m.place,
      from: m.from,
      to: m.to,
      coChairs: m.coChairs,
      published: m.published,
      createdBy: userIdOf(by),
      now,
    });
    for (const [i, s] of m.sessions.entries())
      await insertSession(trx, {
        meetingId: id,
        kind: s.kind,
        title: s.title,
        position: s.position ?? i + 1,
      });
    await recordAudit(trx, {
      actor: by,
      action: 'meeting.create',
      entityKind: 'meeting',
      entityId: id,
      at: now,
      detail: { cycle: code, ...m },
    });
    return id;
  });
  return ok(await meetingView(db, (await readMeeting(db, id))!, cycle.value, clock.lang ?? 'en'));
}

/** Changes a meeting's fields or its `published` flag (`meeting.manage`). */
export async function patchMeeting(
  db: Kysely<Database>,
  by: Operator,
  id: number,
  patch: MeetingPatch,
  clock: { readonly now?: Date; readonly lang?: Lang } = {},
): Promise<ServiceResult<MeetingView>> {
  const parsed = MeetingPatchSchema.safeParse(patch);
  if (!parsed.success) return schemaFailure(parsed.error);
  const found = await loadMeeting(db, id);
  if (!found.ok) return found;
  const { meeting, cycle } = found.value;
  const refused = denied(by, 'meeting.manage', cycleTarget(cycle));
  if (refused) return refused;
  const next: MeetingFields = {
    title: parsed.data.title ?? meeting.title,
    place: parsed.data.place ?? meeting.place,
    from: parsed.data.from ?? meeting.from,
    to: parsed.data.to ?? meeting.to,
    coChairs: parsed.data.coChairs ?? meeting.coChairs,
    published: parsed.data.published ?? meeting.published,
  };
  if (next.to < next.from) return invalid(`to ${next.to} is before from ${next.from}`, 'to');
  const now = clock.now ?? new Date();
  await db.transaction().execute(async (trx) => {
    await updateMeeting(trx, id, { ...next, now });
    await recordAudit(trx, {
      actor: by,
      action:
        parsed.data.published === undefined
          ? 'meeting.update'
          : parsed.data.published
            ? 'meeting.publish'
            : 'meeting.unpublish',
      entityKind: 'meeting',
      entityId: id,
      at: now,
      detail: { cycle: cycle.code, ...parsed.data },
    });
  });
  return ok(await meetingView(db, (await readMeeting(db, id))!, cycle, clock.lang ?? 'en'));
}

/** Adds a segment or thematic session to a meeting (`meeting.manage`). */
export async function addSession(
  db: Kysely<Database>,
  by: Operator,
  meetingId: number,
  input: NewSessionInput,
  clock: { readonly now?: Date } = {},
): Promise<ServiceResult<SessionView>> {
  const parsed = NewSessionSchema.safeParse(input);
  if (!parsed.success) return schemaFailure(parsed.error);
  const found = await loadMeeting(db, meetingId);
  if (!found.ok) return found;
  const refused = denied(by, 'meeting.manage', cycleTarget(found.value.cycle));
  if (refused) return refused;
  const existing = await readSessions(db, [meetingId]);
  const position = parsed.data.position ?? Math.max(0, ...existing.map((s) => s.position)) + 1;
  const now = clock.now ?? new Date();
  const id = await db.transaction().execute(async (trx) => {
    const id = await insertSession(trx, {
      meetingId,
      kind: parsed.data.kind,
      title: parsed.data.title,
      position,
    });
    await recordAudit(trx, {
      actor: by,
      action: 'meeting.session.create',
      entityKind: 'meeting-session',
      entityId: id,
      at: now,
      detail: { meeting: meetingId, ...parsed.data, position },
    });
    return id;
  });
  return ok({ id, kind: parsed.data.kind, title: parsed.data.title, position });
}

/** The meetings of a cycle the operator may read (the public: published ones). */
export async function listMeetings(
  db: Kysely<Database>,
  by: Operator,
  code: string,
  lang: Lang = 'en',
): Promise<ServiceResult<MeetingView[]>> {
  const cycle = await loadCycle(db, code);
  if (!cycle.ok) return cycle;
  const meetings = (await readMeetingsOfCycle(db, cycle.value.id)).filter(
    (m) => !denied(by, 'meeting.read', cycleTarget(cycle.value, m.published)),
  );
  const sessions = await readSessions(
    db,
    meetings.map((m) => m.id),
  );
  return ok(meetings.map((m) => toView(m, cycle.value, sessions, lang)));
}

/** A meeting with how many statements it holds (`parity meeting list`). */
export type MeetingSummary = MeetingView & { readonly statements: number };

/** The meetings of a cycle the operator may read, each with its number of statements. */
export async function listMeetingSummaries(
  db: Kysely<Database>,
  by: Operator,
  code: string,
): Promise<ServiceResult<MeetingSummary[]>> {
  const listed = await listMeetings(db, by, code);
  if (!listed.ok) return listed;
  const counts = await countStatements(
    db,
    listed.value.map((m) => m.id),
  );
  return ok(listed.value.map((m) => ({ ...m, statements: counts.get(m.id) ?? 0 })));
}

/** One meeting, if the operator may read it. */
export async function getMeeting(
  db: Kysely<Database>,
  by: Operator,
  id: number,
  lang: Lang = 'en',
): Promise<ServiceResult<MeetingView>> {
  const found = await readableMeeting(db, by, id);
  if (!found.ok) return found;
  return ok(await meetingView(db, found.value.meeting, found.value.cycle, lang));
}

/** The meeting and its cycle, or not-found naming the id. */
export async function loadMeeting(
  db: Kysely<Database>,
  id: number,
): Promise<ServiceResult<{ meeting: MeetingRecord; cycle: CycleRecord }>> {
  const meeting = await readMeeting(db, id);
  if (!meeting) return notFound(`no meeting ${id}`, 'id');
  const cycle = await readCycleById(db, meeting.cycleId);
  if (!cycle) throw new Error(`meeting ${id}: cycle ${meeting.cycleId} is missing`);
  return ok({ meeting, cycle });
}

/** The meeting if the operator may read it (`meeting.read`; the public: when published). */
export async function readableMeeting(
  db: Kysely<Database>,
  by: Operator,
  id: number,
): Promise<ServiceResult<{ meeting: MeetingRecord; cycle: CycleRecord }>> {
  const found = await loadMeeting(db, id);
  if (!found.ok) return found;
  const refused = denied(by, 'meeting.read', cycleTarget(found.value.cycle, found.value.meeting.published));
  return refused ?? found;
}

async function meetingView(db: Kysely<Database>, m: MeetingRecord, cycle: CycleRecord, lang: Lang) {
  return toView(m, cycle, await readSessions(db, [m.id]), lang);
}

function toView(
  m: MeetingRecord,
  cycle: CycleRecord,
  sessions: readonly SessionRecord[],
  lang: Lang,
): MeetingView {
  return {
    id: m.id,
    cycle: cycle.code,
    title: m.title,
    place: m.place,
    from: m.from,
    to: m.to,
    coChairs: (m.coChairs as CoChair[]).map((c) =>
      c.country ? { ...c, countryName: countryByIso3(c.country)?.names[lang] ?? c.country } : c,
    ),
    published: m.published,
    sessions: sessions
      .filter((s) => s.meetingId === m.id)
      .map((s) => ({ id: s.id, kind: s.kind, title: s.title, position: s.position })),
    updatedAt: m.updatedAt.toISOString(),
  };
}
