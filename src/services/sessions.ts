import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor } from '../core/auth/access.ts';
import type { ThrottleReason } from '../core/auth/login-throttle.ts';
import {
  deleteExpiredSessions,
  deleteSession,
  insertSession,
  readSession,
  touchSession,
} from '../store/account-sessions.ts';
import type { Database } from '../store/database.ts';
import { actorOf, viewOf, type UserView } from './accounts.ts';
import { recordAudit } from './audit.ts';
import { checkCredentials } from './credentials.ts';

/** A session ends after 12 hours without a request… */
export const SESSION_IDLE_MS = 12 * 3600_000;
/** …and 7 days after sign-in, whatever happens. */
export const SESSION_MAX_MS = 7 * 24 * 3600_000;
/** `last_seen_at` is written at most once a minute per session, not on every request. */
export const TOUCH_INTERVAL_MS = 60_000;

export interface SignedIn {
  /** The secret for the cookie: 32 random bytes, base64url. Only its SHA-256 is stored. */
  readonly token: string;
  /** For the `X-CSRF-Token` header of every state-changing request of this session. */
  readonly csrfToken: string;
  readonly expiresAt: Date;
  readonly user: UserView;
}

export type LoginResult =
  | { readonly ok: true; readonly value: SignedIn }
  | { readonly ok: false; readonly kind: 'invalid'; readonly message: string; readonly param: string }
  | { readonly ok: false; readonly kind: 'wrong-credentials'; readonly message: string }
  | { readonly ok: false; readonly kind: 'disabled'; readonly message: string }
  | {
      readonly ok: false;
      readonly kind: 'throttled';
      readonly reason: ThrottleReason;
      readonly retryAfterSeconds: number;
      readonly message: string;
    };

export interface LoginInput {
  readonly email: string;
  readonly password: string;
  /** The client's address (per-address throttling). */
  readonly ip: string;
}

/**
 * Signs in: checks the credentials under the throttling rules (`credentials.ts`) and opens a
 * session (stored as the SHA-256 of its token, with its own CSRF token), written to the audit log.
 * A disabled account is told so only once its password was right.
 */
export async function login(
  db: Kysely<Database>,
  input: LoginInput,
  clock: { readonly now?: Date } = {},
): Promise<LoginResult> {
  if (input.email.trim() === '')
    return { ok: false, kind: 'invalid', message: 'expected an email', param: 'email' };
  if (input.password === '')
    return { ok: false, kind: 'invalid', message: 'expected a password', param: 'password' };
  const now = clock.now ?? new Date();
  const checked = await checkCredentials(db, { ...input, now });
  if (!checked.ok) return checked;
  const { user } = checked;
  if (user.disabled)
    return { ok: false, kind: 'disabled', message: 'this account is disabled: ask an administrator' };
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_MAX_MS);
  await deleteExpiredSessions(db, now, new Date(now.getTime() - SESSION_IDLE_MS));
  await db.transaction().execute(async (trx) => {
    await insertSession(trx, {
      id: sessionIdOf(token),
      userId: user.id,
      csrfToken,
      createdAt: now,
      expiresAt,
      lastSeenAt: now,
    });
    await recordAudit(trx, {
      actor: await actorOf(trx, user.id),
      action: 'session.login',
      entityKind: 'user',
      entityId: user.id,
      at: now,
      detail: { ip: input.ip },
    });
  });
  return { ok: true, value: { token, csrfToken, expiresAt, user: await viewOf(db, user.id) } };
}

/** A live session: who it is and what its requests must carry. */
export interface ResolvedSession {
  readonly actor: Extract<Actor, { kind: 'user' }>;
  readonly sessionId: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
  /** Set by an administrator's reset: until changed, the session may only change it or sign out. */
  readonly mustChangePassword: boolean;
}

/**
 * The session of a cookie's token, or undefined when there is none or it has ended: 12 h idle,
 * 7 days after sign-in, or its user disabled (an ended session is deleted). Refreshes
 * `last_seen_at` at most once a minute. Memberships are read on every request, so a grant or
 * revocation applies at once.
 */
export async function resolveSession(
  db: Kysely<Database>,
  token: string,
  clock: { readonly now?: Date } = {},
): Promise<ResolvedSession | undefined> {
  if (!/^[\w-]{43}$/.test(token)) return undefined;
  const now = clock.now ?? new Date();
  const session = await readSession(db, sessionIdOf(token));
  if (!session) return undefined;
  const idle = now.getTime() - session.lastSeenAt.getTime();
  if (session.expiresAt <= now || idle >= SESSION_IDLE_MS || session.userDisabled) {
    await deleteSession(db, session.id);
    return undefined;
  }
  if (idle >= TOUCH_INTERVAL_MS) await touchSession(db, session.id, now);
  const actor = (await actorOf(db, session.userId)) as Extract<Actor, { kind: 'user' }>;
  return {
    actor,
    sessionId: session.id,
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
    mustChangePassword: session.mustChangePassword,
  };
}

/** Ends the session of this token (written to the audit log); false when there was none. */
export async function logout(
  db: Kysely<Database>,
  token: string,
  clock: { readonly now?: Date } = {},
): Promise<boolean> {
  const session = /^[\w-]{43}$/.test(token) ? await readSession(db, sessionIdOf(token)) : undefined;
  if (!session) return false;
  await db.transaction().execute(async (trx) => {
    await deleteSession(trx, session.id);
    await recordAudit(trx, {
      actor: await actorOf(trx, session.userId),
      action: 'session.logout',
      entityKind: 'user',
      entityId: session.userId,
      at: clock.now ?? new Date(),
    });
  });
  return true;
}

/** The stored id of a session: the SHA-256 (hex) of its token. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
