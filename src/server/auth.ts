import { timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Kysely } from 'kysely';
import { can } from '../core/auth/access-policy.ts';
import type { AccessTarget, Action, Actor } from '../core/auth/access.ts';
import type { Database } from '../store/database.ts';
import { resolveSession, type ResolvedSession } from '../services/sessions.ts';
import { HttpError } from './http-error.ts';

/** The cookie that carries a session's token. */
export const SESSION_COOKIE = 'parity_session';
/** The header every state-changing request of a session carries: the session's CSRF token. */
export const CSRF_HEADER = 'X-CSRF-Token';

export type UserActor = Extract<Actor, { kind: 'user' }>;

declare module 'hono' {
  interface ContextVariableMap {
    /** Who makes the request: the public, or the user of a live session. Set for every /api request. */
    actor: Actor;
    /** The live session of the request, if any. */
    session: ResolvedSession | undefined;
  }
}

const PUBLIC: Actor = { kind: 'public' };
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** POSTs that need no session and change nothing a session owns (signing in, checking a statement). */
const CSRF_EXEMPT = new Set(['POST /api/auth/login', 'POST /api/claims/check']);
/** What a session whose password was reset by an administrator may still do. */
const WHILE_MUST_CHANGE = new Set(['POST /api/auth/password', 'POST /api/auth/logout']);

export interface AuthOptions {
  readonly db: Kysely<Database>;
  /** The clock (tests); default the current time. */
  readonly now?: () => Date;
}

/**
 * Resolves the actor of every /api request from the session cookie (`c.get('actor')`), and
 * guards every state-changing request (POST, PUT, PATCH, DELETE) of a session: its
 * `X-CSRF-Token` header must equal the session's CSRF token, else 403. Requests without a live
 * session carry no authority a forged request could borrow: they go on as the public, and the
 * routes answer 401 where a user is needed. A session whose password an administrator reset may
 * only change it or sign out. Answers to a session are never cached (`private, no-store`).
 */
export function authentication(opts: AuthOptions): MiddlewareHandler {
  return async function authentication(c, next) {
    const token = getCookie(c, SESSION_COOKIE);
    const session = token
      ? await resolveSession(opts.db, token, opts.now ? { now: opts.now() } : {})
      : undefined;
    c.set('actor', session?.actor ?? PUBLIC);
    c.set('session', session);
    if (session && STATE_CHANGING.has(c.req.method)) guard(c, session);
    await next();
    if (token && !session) deleteCookie(c, SESSION_COOKIE, { path: '/' });
    if (session) c.res.headers.set('Cache-Control', 'private, no-store');
  };
}

function guard(c: Context, session: ResolvedSession): void {
  const route = `${c.req.method} ${c.req.path}`;
  if (CSRF_EXEMPT.has(route)) return;
  if (!sameToken(c.req.header(CSRF_HEADER), session.csrfToken))
    throw new HttpError(
      403,
      `CSRF token missing or wrong: send the session's csrfToken (from POST /api/auth/login or GET /api/auth/me) in the ${CSRF_HEADER} header`,
    );
  if (session.mustChangePassword && !WHILE_MUST_CHANGE.has(route))
    throw new HttpError(
      403,
      'your password was reset by an administrator: change it first (POST /api/auth/password)',
    );
}

function sameToken(sent: string | undefined, expected: string): boolean {
  if (sent === undefined) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The actor of the request (the public when the middleware did not run). */
export function actorOf(c: Context): Actor {
  return c.get('actor') ?? PUBLIC;
}

/** Whether the request has a live session; or, before the middleware ran, carries a session cookie. */
export function signedIn(c: Context): boolean {
  const actor = c.get('actor');
  return actor === undefined ? getCookie(c, SESSION_COOKIE) !== undefined : actor.kind === 'user';
}

/**
 * Throws unless the request's actor may take the action on the target: 401 for the public (sign
 * in), 403 with the policy's reason for a signed-in user ("focal point of UZB required; you are
 * focal point of KAZ").
 */
export function requireAccess(c: Context, action: Action, target: AccessTarget = {}): void {
  const actor = actorOf(c);
  const decision = can(actor, action, target);
  if (decision.allowed) return;
  throw new HttpError(actor.kind === 'public' ? 401 : 403, decision.reason);
}

/** The signed-in user, or 401. */
export function requireUser(c: Context): UserActor {
  const actor = actorOf(c);
  if (actor.kind === 'public') throw new HttpError(401, 'sign in required (POST /api/auth/login)');
  return actor;
}

/** Sets the session cookie: httpOnly, SameSite=Strict, Path=/, Secure over https; lives as long as the session may. */
export function setSessionCookie(c: Context, token: string, expiresAt: Date, now: Date): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: isHttps(c),
    path: '/',
    maxAge: Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000)),
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c), httpOnly: true, sameSite: 'Strict' });
}

/** The request's session token from its cookie, if any. */
export function sessionToken(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

/**
 * The client's address, for per-address throttling: the socket's peer; behind a reverse proxy
 * (`PARITY_TRUST_PROXY=1`) the first `X-Forwarded-For` entry. `unknown` in-process (tests).
 */
export function clientAddress(c: Context, trustProxy = process.env.PARITY_TRUST_PROXY === '1'): string {
  if (trustProxy) {
    const first = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim();
    if (first) return first;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('X-Forwarded-Proto') === 'https';
}
