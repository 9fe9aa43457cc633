import type { Kysely } from 'kysely';
import type { Database } from './database.ts';

export interface SessionRecord {
  /** SHA-256 (hex) of the cookie's token. */
  readonly id: string;
  readonly userId: number;
  readonly csrfToken: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  readonly lastSeenAt: Date;
}

/** A session with what deciding on it needs of its user. */
export interface SessionWithUser extends SessionRecord {
  readonly userDisabled: boolean;
  readonly mustChangePassword: boolean;
}

export async function insertSession(db: Kysely<Database>, s: SessionRecord): Promise<void> {
  await db
    .insertInto('session')
    .values({
      id: s.id,
      user_id: s.userId,
      csrf_token: s.csrfToken,
      created_at: s.createdAt,
      expires_at: s.expiresAt,
      last_seen_at: s.lastSeenAt,
    })
    .execute();
}

/** The session with this id (the token's hash) and its user's state, or undefined. */
export async function readSession(db: Kysely<Database>, id: string): Promise<SessionWithUser | undefined> {
  const r = await db
    .selectFrom('session')
    .innerJoin('user_account', 'user_account.id', 'session.user_id')
    .select([
      'session.id',
      'session.user_id',
      'session.csrf_token',
      'session.created_at',
      'session.expires_at',
      'session.last_seen_at',
      'user_account.disabled',
      'user_account.must_change_password',
    ])
    .where('session.id', '=', id)
    .executeTakeFirst();
  if (!r) return undefined;
  return {
    id: r.id,
    userId: Number(r.user_id),
    csrfToken: r.csrf_token,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    lastSeenAt: r.last_seen_at,
    userDisabled: r.disabled,
    mustChangePassword: r.must_change_password,
  };
}

export async function touchSession(db: Kysely<Database>, id: string, at: Date): Promise<void> {
  await db.updateTable('session').set({ last_seen_at: at }).where('id', '=', id).execute();
}

export async function deleteSession(db: Kysely<Database>, id: string): Promise<boolean> {
  const r = await db.deleteFrom('session').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Ends every session of the user except `keepId`; returns how many. */
export async function deleteUserSessions(
  db: Kysely<Database>,
  userId: number,
  keepId?: string,
): Promise<number> {
  let q = db.deleteFrom('session').where('user_id', '=', userId);
  if (keepId !== undefined) q = q.where('id', '<>', keepId);
  const r = await q.executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Removes sessions past their absolute expiry or idle since before `idleSince`. */
export async function deleteExpiredSessions(
  db: Kysely<Database>,
  now: Date,
  idleSince: Date,
): Promise<number> {
  const r = await db
    .deleteFrom('session')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleSince)]))
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}
