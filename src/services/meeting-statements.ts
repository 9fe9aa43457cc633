import type { Kysely } from 'kysely';
import { z } from 'zod';
import { countryByIso3, type Lang } from '../catalog/index.ts';
import type { Verdict } from '../core/claims/claim.ts';
import type { Database } from '../store/database.ts';
import {
  insertStatement,
  readSessions,
  readStatement,
  readStatements,
  updateStatement,
  type StatementFields,
  type StatementRecord,
} from '../store/meetings.ts';
import type { Operator } from './accounts.ts';
import { recordAudit } from './audit.ts';
import { checkClaims, MAX_CLAIM_TEXT, type CheckedClaim, type ClaimsCheck } from './check-claims.ts';
import { loadMeeting, readableMeeting, schemaFailure } from './meetings.ts';
import { denied, userIdOf } from './report-access.ts';
import { cycleTarget } from './review-access.ts';
import {
  conflict,
  invalid,
  notFound,
  ok,
  type ServiceFailure,
  type ServiceResult,
} from './service-result.ts';

/**
 * Statements of a meeting: who spoke (speaker, title, country or organisation), in which session,
 * what was said, and where the text comes from. Every time a statement is recorded or changed its
 * claims are checked with the claim checker (the country: the statement's country; an
 * organisation's statement is checked against the countries its sentences name) and the answer is
 * stored with `checkedAt`, so the record shows what the data said then. Edits carry `baseVersion`:
 * a stale edit is refused (409) with the stored statement.
 */

const text = (max: number, what: string) =>
  z
    .string({ error: `expected ${what}` })
    .trim()
    .min(1, { error: `expected ${what}` })
    .max(max, { error: `at most ${max} characters` });

export const StatementSchema = z
  .object({
    sessionId: z.number().int().min(1).nullable().default(null),
    speaker: text(200, 'the speaker'),
    speakerTitle: text(300, "the speaker's title").optional(),
    country: z
      .string()
      .regex(/^[A-Za-z]{3}$/, { error: 'expected an ISO3 country code such as KAZ' })
      .transform((c) => c.toUpperCase())
      .refine((c) => countryByIso3(c) !== undefined, { error: 'no such country in the catalogue' })
      .optional(),
    organisation: text(300, 'an organisation').optional(),
    text: text(MAX_CLAIM_TEXT, 'the text of the statement'),
    source: text(1000, 'where the text comes from').optional(),
  })
  .strict()
  .refine((s) => (s.country === undefined) !== (s.organisation === undefined), {
    error: 'give the country or the organisation the speaker speaks for (one of them)',
    path: ['country'],
  });

export type StatementInput = z.input<typeof StatementSchema>;

export interface ClaimTally {
  readonly claims: number;
  readonly supported: number;
  readonly partlySupported: number;
  readonly notSupported: number;
  readonly notCheckable: number;
}

export interface StatementView {
  readonly id: number;
  readonly meetingId: number;
  readonly sessionId: number | null;
  readonly sessionTitle: string | null;
  readonly speaker: string;
  readonly speakerTitle: string | null;
  readonly country: string | null;
  readonly countryName: string | null;
  readonly organisation: string | null;
  readonly text: string;
  readonly source: string | null;
  /** The claim checker's answer when the statement was last saved. */
  readonly claims: CheckedClaim[];
  readonly tally: ClaimTally;
  /** ISO 8601. */
  readonly checkedAt: string;
  readonly version: number;
  readonly updatedAt: string;
}

/** Records a statement and checks its claims (`meeting.manage`). */
export async function addStatement(
  db: Kysely<Database>,
  by: Operator,
  meetingId: number,
  input: StatementInput,
  clock: { readonly now?: Date; readonly lang?: Lang } = {},
): Promise<ServiceResult<StatementView>> {
  const prepared = await prepare(db, by, meetingId, input, clock.now ?? new Date());
  if (!prepared.ok) return prepared;
  const { fields, now, cycle } = prepared.value;
  const id = await db.transaction().execute(async (trx) => {
    const id = await insertStatement(trx, { ...fields, meetingId, by: userIdOf(by), now });
    await recordAudit(trx, {
      actor: by,
      action: 'statement.create',
      entityKind: 'statement',
      entityId: id,
      at: now,
      detail: { cycle, meeting: meetingId, ...statementAudit(fields) },
    });
    return id;
  });
  return ok(await statementView(db, (await readStatement(db, id))!, clock.lang ?? 'en'));
}

export interface StatementConflict extends ServiceFailure {
  readonly kind: 'conflict';
  readonly current: StatementView;
}

/** Replaces a statement (every field) if it is still at `baseVersion`, and checks its claims again. */
export async function editStatement(
  db: Kysely<Database>,
  by: Operator,
  id: number,
  input: StatementInput & { readonly baseVersion: number },
  clock: { readonly now?: Date; readonly lang?: Lang } = {},
): Promise<ServiceResult<StatementView> | StatementConflict> {
  const { baseVersion, ...rest } = input;
  if (!Number.isInteger(baseVersion) || baseVersion < 1)
    return invalid('baseVersion: expected the version you edited (an integer ≥ 1)', 'baseVersion');
  const stored = await readStatement(db, id);
  if (!stored) return notFound(`no statement ${id}`, 'id');
  const prepared = await prepare(db, by, stored.meetingId, rest, clock.now ?? new Date());
  if (!prepared.ok) return prepared;
  const { fields, now, cycle } = prepared.value;
  const lang = clock.lang ?? 'en';
  const saved = await db.transaction().execute(async (trx) => {
    if (!(await updateStatement(trx, id, baseVersion, { ...fields, by: userIdOf(by), now }))) return false;
    await recordAudit(trx, {
      actor: by,
      action: 'statement.update',
      entityKind: 'statement',
      entityId: id,
      at: now,
      detail: { cycle, meeting: stored.meetingId, baseVersion, ...statementAudit(fields) },
    });
    return true;
  });
  const after = (await readStatement(db, id))!;
  if (saved) return ok(await statementView(db, after, lang));
  return {
    ...conflict(
      `statement ${id} has changed since version ${baseVersion}: it is at version ${after.version}. ` +
        'Nothing was saved; apply your change to the current statement (in this answer) and send its version.',
      'baseVersion',
    ),
    kind: 'conflict',
    current: await statementView(db, after, lang),
  };
}

/** The statements of a meeting, if the operator may read the meeting. */
export async function listStatements(
  db: Kysely<Database>,
  by: Operator,
  meetingId: number,
  lang: Lang = 'en',
): Promise<ServiceResult<StatementView[]>> {
  const found = await readableMeeting(db, by, meetingId);
  if (!found.ok) return found;
  return ok(await statementViews(db, await readStatements(db, [meetingId]), lang));
}

/** One statement, if the operator may read its meeting. */
export async function getStatement(
  db: Kysely<Database>,
  by: Operator,
  id: number,
  lang: Lang = 'en',
): Promise<ServiceResult<StatementView>> {
  const stored = await readStatement(db, id);
  if (!stored) return notFound(`no statement ${id}`, 'id');
  const found = await readableMeeting(db, by, stored.meetingId);
  if (!found.ok) return found;
  return ok(await statementView(db, stored, lang));
}

async function prepare(
  db: Kysely<Database>,
  by: Operator,
  meetingId: number,
  input: StatementInput,
  now: Date,
): Promise<ServiceResult<{ fields: StatementFields; now: Date; cycle: string }>> {
  const parsed = StatementSchema.safeParse(input);
  if (!parsed.success) return schemaFailure(parsed.error);
  const found = await loadMeeting(db, meetingId);
  if (!found.ok) return found;
  const refused = denied(by, 'meeting.manage', cycleTarget(found.value.cycle));
  if (refused) return refused;
  const s = parsed.data;
  if (s.sessionId !== null) {
    const sessions = await readSessions(db, [meetingId]);
    if (!sessions.some((x) => x.id === s.sessionId))
      return invalid(
        `sessionId: meeting ${meetingId} has no session ${s.sessionId}; its sessions: ${sessions.map((x) => x.id).join(', ') || 'none'}`,
        'sessionId',
      );
  }
  const checked = await checkClaims(db, { text: s.text, ...(s.country ? { country: s.country } : {}) });
  if (!checked.ok) return checked;
  return ok({ fields: statementFields(s, checked.value, now), now, cycle: found.value.cycle.code });
}

/** A valid statement as stored, with its claims as checked at `checkedAt`. */
export function statementFields(
  s: z.output<typeof StatementSchema>,
  claims: StatementFields['claims'],
  checkedAt: Date,
): StatementFields {
  return {
    sessionId: s.sessionId,
    speaker: s.speaker,
    speakerTitle: s.speakerTitle ?? null,
    country: s.country ?? null,
    organisation: s.organisation ?? null,
    text: s.text,
    source: s.source ?? null,
    claims,
    checkedAt,
  };
}

/** What the audit log keeps of a statement: who spoke where, its length and verdicts, not its text. */
export function statementAudit(f: StatementFields) {
  const check = f.claims as ClaimsCheck;
  return {
    sessionId: f.sessionId,
    speaker: f.speaker,
    country: f.country,
    organisation: f.organisation,
    chars: f.text.length,
    verdicts: check.claims.map((c) => c.verdict),
  };
}

/** Statements as the API shows them, with their session titles. */
export async function statementViews(
  db: Kysely<Database>,
  rows: readonly StatementRecord[],
  lang: Lang,
): Promise<StatementView[]> {
  const sessions = new Map(
    (await readSessions(db, [...new Set(rows.map((r) => r.meetingId))])).map((s) => [s.id, s.title]),
  );
  return rows.map((r) => view(r, r.sessionId === null ? null : (sessions.get(r.sessionId) ?? null), lang));
}

async function statementView(db: Kysely<Database>, r: StatementRecord, lang: Lang): Promise<StatementView> {
  return (await statementViews(db, [r], lang))[0]!;
}

function view(r: StatementRecord, sessionTitle: string | null, lang: Lang): StatementView {
  const claims = (r.claims as ClaimsCheck).claims;
  return {
    id: r.id,
    meetingId: r.meetingId,
    sessionId: r.sessionId,
    sessionTitle,
    speaker: r.speaker,
    speakerTitle: r.speakerTitle,
    country: r.country,
    countryName: r.country ? (countryByIso3(r.country)?.names[lang] ?? r.country) : null,
    organisation: r.organisation,
    text: r.text,
    source: r.source,
    claims,
    tally: tally(claims.map((c) => c.verdict)),
    checkedAt: r.checkedAt.toISOString(),
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function tally(verdicts: readonly Verdict[]): ClaimTally {
  const n = (v: Verdict) => verdicts.filter((x) => x === v).length;
  return {
    claims: verdicts.length,
    supported: n('supported'),
    partlySupported: n('partly-supported'),
    notSupported: n('not-supported'),
    notCheckable: n('not-checkable'),
  };
}
