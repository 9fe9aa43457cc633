import type { Kysely } from 'kysely';
import type { Membership } from '../../core/auth/access.ts';
import { createUser } from '../../services/accounts.ts';
import type { Database } from '../../store/database.ts';
import { CSRF_HEADER, SESSION_COOKIE } from '../auth.ts';

/** The password of every test user. */
export const TEST_PASSWORD = 'correct horse battery staple';

/** A signed-in test session: send `headers()` with each request (the cookie, and the CSRF token for writes). */
export interface TestSession {
  readonly userId: string;
  readonly cookie: string;
  readonly csrfToken: string;
  /** Cookie, CSRF token and JSON content type, plus `extra`. */
  headers(extra?: Record<string, string>): Record<string, string>;
}

interface RequestingApp {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

/**
 * Creates a user with these memberships (through the accounts service, as the system) and signs
 * in through `POST /api/auth/login`, for route tests: `signInAs(app, db, 'kaz@example.org',
 * [{ role: 'focal-point', scope: { kind: 'country', iso3: 'KAZ' } }])`.
 */
export async function signInAs(
  app: RequestingApp,
  db: Kysely<Database>,
  email: string,
  memberships: readonly Membership[],
): Promise<TestSession> {
  const created = await createUser(db, null, {
    email,
    displayName: email,
    password: TEST_PASSWORD,
    memberships,
  });
  if (!created.ok) throw new Error(`cannot create ${email}: ${created.message}`);
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`cannot sign in ${email}: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string };
  const cookie = sessionCookieOf(res);
  if (!cookie) throw new Error('the sign-in set no session cookie');
  return {
    userId: created.value.id,
    cookie,
    csrfToken: body.csrfToken,
    headers: (extra = {}) => ({
      Cookie: cookie,
      [CSRF_HEADER]: body.csrfToken,
      'Content-Type': 'application/json',
      ...extra,
    }),
  };
}

/** `parity_session=<token>` from a response's Set-Cookie, or undefined. */
export function sessionCookieOf(res: Response): string | undefined {
  const header = res.headers.get('Set-Cookie') ?? '';
  const match = new RegExp(`${SESSION_COOKIE}=([^;]*)`).exec(header);
  return match?.[1] ? `${SESSION_COOKIE}=${match[1]}` : undefined;
}
