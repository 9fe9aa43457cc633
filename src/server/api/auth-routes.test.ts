import { sql } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Membership } from '../../core/auth/access.ts';
import type { Store } from '../../store/connect.ts';
import { openTestStore } from '../../store/test-store.ts';
import { createApp } from '../app.ts';
import { sessionCookieOf, signInAs, TEST_PASSWORD, type TestSession } from './test-session.ts';

let store: Store;
let app: ReturnType<typeof createApp>;
let admin: TestSession;
let focal: TestSession;
const ADMIN: Membership = { role: 'administrator', scope: { kind: 'instance' } };
const FOCAL_KAZ: Membership = { role: 'focal-point', scope: { kind: 'country', iso3: 'KAZ' } };

beforeAll(async () => {
  store = await openTestStore();
  app = createApp({ db: store.db, storeKind: store.kind, logger: pino({ level: 'silent' }) });
  admin = await signInAs(app, store.db, 'admin@example.org', [ADMIN]);
  focal = await signInAs(app, store.db, 'focal.kaz@example.org', [FOCAL_KAZ]);
});
afterAll(() => store.close());

async function call(method: string, path: string, headers: Record<string, string> = {}, body?: unknown) {
  const res = await app.request(path, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { res, status: res.status, text, body: text.startsWith('{') ? JSON.parse(text) : text };
}

const signIn = (email: string, password: string, headers: Record<string, string> = {}) =>
  call('POST', '/api/auth/login', headers, { email, password });

describe('POST /api/auth/login', () => {
  it('sets an httpOnly, SameSite=Strict, Path=/ session cookie and answers user, memberships and CSRF token', async () => {
    const r = await signIn('FOCAL.KAZ@example.org', TEST_PASSWORD);
    expect(r.status).toBe(200);
    const cookie = r.res.headers.get('Set-Cookie')!;
    expect(cookie).toMatch(/^parity_session=[\w-]{43}; Max-Age=604800; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(r.body).toEqual({
      user: expect.objectContaining({ email: 'focal.kaz@example.org', memberships: [FOCAL_KAZ] }),
      memberships: [FOCAL_KAZ],
      csrfToken: expect.stringMatching(/^[\w-]{43}$/),
      expiresAt: expect.any(String),
    });
    expect(r.res.headers.get('Cache-Control')).toBe('no-store');
  });

  it.each([
    ['an https URL', 'https://parity.example.org/api/auth/login', {}],
    ['a proxy saying https', '/api/auth/login', { 'X-Forwarded-Proto': 'https' }],
  ])('marks the cookie Secure behind %s', async (_name, url, headers) => {
    const res = await app.request(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ email: 'focal.kaz@example.org', password: TEST_PASSWORD }),
    });
    expect(res.headers.get('Set-Cookie')).toMatch(/; Secure; SameSite=Strict$/);
  });

  it('answers a wrong password and an unknown email alike (401)', async () => {
    const wrong = await signIn('focal.kaz@example.org', 'not the password');
    const unknown = await signIn('nobody@example.org', 'not the password');
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ error: { status: 401, message: 'email or password is wrong' } });
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.res.headers.get('Set-Cookie')).toBeNull();
  });

  it('never quotes a password back in a validation error', async () => {
    const r = await call('POST', '/api/auth/login', {}, { email: 'x@example.org', password: 987654321 });
    expect(r.status).toBe(400);
    expect(r.body.error.issues).toEqual([{ param: 'password', message: 'expected a string' }]);
    expect(r.text).not.toContain('987654321');
  });

  it('slows brute force down (429 with Retry-After), then locks the account, the right password included', async () => {
    await signInAs(app, store.db, 'target@example.org', [FOCAL_KAZ]);
    const guess = () => signIn('target@example.org', 'guessing the password');
    for (let i = 0; i < 5; i++) expect((await guess()).status).toBe(401);
    const slowed = await guess();
    expect(slowed.status).toBe(429);
    expect(Number(slowed.res.headers.get('Retry-After'))).toBeGreaterThanOrEqual(14);
    expect(slowed.body.error.message).toMatch(/^too many failed sign-ins: try again in 1[45] seconds$/);
    for (let n = 6; n <= 10; n++) {
      await waitOutTheDelay('target@example.org');
      expect((await guess()).status).toBe(401);
    }
    const locked = await signIn('target@example.org', TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.res.headers.get('Retry-After'))).toBeGreaterThan(800);
    expect(locked.body.error.message).toMatch(/^too many failed sign-ins: try again in 1[45] minutes$/);
  });
});

/** Moves the recorded failures of an email 5 minutes back, as if the client had waited. */
async function waitOutTheDelay(email: string): Promise<void> {
  await sql`UPDATE login_attempt SET at = at - interval '5 minutes' WHERE email = ${email}`.execute(store.db);
}

describe('CSRF guard', () => {
  const change = { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD };

  it.each<[string, Record<string, string>]>([
    ['missing', {}],
    ['wrong', { 'X-CSRF-Token': 'x'.repeat(43) }],
    ['another session’s', { 'X-CSRF-Token': 'placeholder' }],
  ])('refuses a state-changing request whose token is %s (403)', async (name, extra) => {
    const token = name === 'another session’s' ? admin.csrfToken : extra['X-CSRF-Token'];
    const headers = { Cookie: focal.cookie, ...(token ? { 'X-CSRF-Token': token } : {}) };
    const r = await call('POST', '/api/auth/password', headers, change);
    expect(r.status).toBe(403);
    expect(r.body.error.message).toMatch(/^CSRF token missing or wrong: send the session's csrfToken/);
  });

  it('lets the right token through', async () => {
    const r = await call('POST', '/api/auth/password', focal.headers(), change);
    // Through the guard: the service answers (the new password must differ from the current one).
    expect(r.status).toBe(400);
    expect(r.body.error.issues).toEqual([
      { param: 'newPassword', message: 'the new password must differ from the current one' },
    ]);
  });

  it('guards PATCH too, and lets an administrator’s request with the token through', async () => {
    const target = await signInAs(app, store.db, 'patched@example.org', []);
    const grant = { grant: [{ role: 'contributor', scope: { kind: 'country', iso3: 'UZB' } }] };
    expect((await call('PATCH', `/api/users/${target.userId}`, { Cookie: admin.cookie }, grant)).status).toBe(
      403,
    );
    const ok = await call('PATCH', `/api/users/${target.userId}`, admin.headers(), grant);
    expect(ok.status).toBe(200);
    expect(ok.body.memberships).toEqual(grant.grant);
  });

  it('needs no token to sign in (which ends the session of the cookie sent) or to check a statement', async () => {
    const s = await signInAs(app, store.db, 'twice@example.org', [FOCAL_KAZ]);
    expect((await signIn('twice@example.org', TEST_PASSWORD, { Cookie: s.cookie })).status).toBe(200);
    expect((await call('GET', '/api/auth/me', { Cookie: s.cookie })).body).toEqual({ kind: 'public' });
    const r = await call(
      'POST',
      '/api/claims/check',
      { Cookie: admin.cookie },
      { text: 'We thank the chair.' },
    );
    expect(r.status).toBe(200);
  });
});

describe('admin routes', () => {
  it.each([
    ['GET', '/api/users', undefined],
    ['POST', '/api/users', { nonsense: true }],
    ['GET', '/api/users/1', undefined],
    ['PATCH', '/api/users/1', { disabled: true }],
    ['GET', '/api/audit', undefined],
  ])('%s %s is 401 for the public', async (method, path, body) => {
    const r = await call(method, path, {}, body);
    expect(r.status).toBe(401);
    expect(r.body.error.message).toMatch(/sign in$/);
  });

  it.each([
    ['GET', '/api/users', 'user.manage'],
    ['POST', '/api/users', 'user.manage'],
    ['GET', '/api/audit', 'audit.read'],
  ])('%s %s is 403 for a focal point, naming what is required', async (method, path) => {
    const r = await call(method, path, focal.headers(), method === 'POST' ? {} : undefined);
    expect(r.status).toBe(403);
    expect(r.body.error.message).toBe('administrator required; you are focal point of KAZ');
  });

  it('creates a user, resets their password and grants a role, each in the audit log', async () => {
    const created = await call('POST', '/api/users', admin.headers(), {
      email: 'New.Contributor@example.org',
      displayName: 'New contributor',
      password: 'a temporary password',
      memberships: [{ role: 'contributor', scope: { kind: 'country', iso3: 'KAZ' } }],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email: 'new.contributor@example.org', mustChangePassword: true });
    const id = created.body.id as string;
    const reset = await call('PATCH', `/api/users/${id}`, admin.headers(), {
      password: 'another temporary one',
    });
    expect(reset.status).toBe(200);
    const granted = await call('PATCH', `/api/users/${id}`, admin.headers(), { grant: [FOCAL_KAZ] });
    expect(granted.body.memberships).toHaveLength(2);
    const audit = await call('GET', `/api/audit?entityKind=user&entityId=${id}`, admin.headers());
    expect(audit.status).toBe(200);
    expect(audit.body.items.map((i: { action: string }) => i.action)).toEqual([
      'membership.grant',
      'user.password-reset',
      'user.create',
    ]);
    expect(audit.body.items[0]).toMatchObject({
      actor: { id: admin.userId, email: 'admin@example.org' },
      detail: { membership: FOCAL_KAZ },
    });
    expect(audit.text).not.toContain('temporary');
  });

  it('refuses a weak password and an unknown country, naming the field', async () => {
    const r = await call('POST', '/api/users', admin.headers(), {
      email: 'weak@example.org',
      displayName: 'Weak',
      password: 'short',
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues).toEqual([
      { param: 'password', message: 'the password is too short: at least 12 characters, got 5' },
    ]);
    const country = await call('PATCH', `/api/users/${focal.userId}`, admin.headers(), {
      grant: [{ role: 'focal-point', scope: { kind: 'country', iso3: 'XXX' } }],
    });
    expect(country.body.error.issues).toEqual([
      { param: 'grant', message: 'unknown country "XXX": expected an ISO3 code such as KAZ' },
    ]);
  });

  it('lists users, paged', async () => {
    const r = await call('GET', '/api/users?limit=1', admin.headers());
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ limit: 1, offset: 0, items: [{ email: 'admin@example.org' }] });
    expect(r.body.total).toBeGreaterThanOrEqual(3);
  });
});

describe('GET /api/auth/me and sign-out', () => {
  it('is the public without a session', async () => {
    const r = await call('GET', '/api/auth/me');
    expect(r.body).toEqual({ kind: 'public' });
  });

  it('is the user with the CSRF token, never cached', async () => {
    const r = await call('GET', '/api/auth/me', { Cookie: focal.cookie });
    expect(r.body).toMatchObject({
      kind: 'user',
      user: { email: 'focal.kaz@example.org' },
      csrfToken: focal.csrfToken,
    });
    expect(r.res.headers.get('Cache-Control')).toBe('private, no-store');
  });

  it('signs out: the session ends and the cookie is cleared', async () => {
    const s = await signInAs(app, store.db, 'leaving@example.org', [FOCAL_KAZ]);
    const out = await call('POST', '/api/auth/logout', s.headers());
    expect(out.body).toEqual({ signedOut: true });
    expect(out.res.headers.get('Set-Cookie')).toMatch(
      /^parity_session=; Max-Age=0; Path=\/; HttpOnly; SameSite=Strict$/,
    );
    const after = await call('GET', '/api/auth/me', { Cookie: s.cookie });
    expect(after.body).toEqual({ kind: 'public' });
    // The dead cookie is cleared on the next answer too.
    expect(after.res.headers.get('Set-Cookie')).toMatch(/^parity_session=; Max-Age=0; Path=\//);
  });

  it('holds a session whose password was reset to changing it', async () => {
    const s = await signInAs(app, store.db, 'reset@example.org', [FOCAL_KAZ]);
    await call('PATCH', `/api/users/${s.userId}`, admin.headers(), { password: 'set by the admin' });
    const signedIn = await signIn('reset@example.org', 'set by the admin');
    const cookie = sessionCookieOf(signedIn.res)!;
    const headers = { Cookie: cookie, 'X-CSRF-Token': signedIn.body.csrfToken };
    const blocked = await call('POST', '/api/users', headers, {});
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.message).toMatch(
      /^your password was reset by an administrator: change it first/,
    );
    const changed = await call('POST', '/api/auth/password', headers, {
      currentPassword: 'set by the admin',
      newPassword: 'chosen by myself now',
    });
    expect(changed.body).toEqual({ sessionsEnded: 0 });
    expect((await call('GET', '/api/auth/me', headers)).body.user.mustChangePassword).toBe(false);
  });
});

describe('the response cache and sessions', () => {
  it('keeps public answers and never a session’s', async () => {
    const pub = await call('GET', '/api/region-sets');
    expect(pub.res.headers.get('Cache-Control')).toBe('public, max-age=300');
    expect(pub.res.headers.get('Vary')).toBe('Cookie');
    const mine = await call('GET', '/api/region-sets', { Cookie: focal.cookie });
    expect(mine.status).toBe(200);
    expect(mine.res.headers.get('ETag')).toBeNull();
    expect(mine.res.headers.get('Cache-Control')).toBe('private, no-store');
  });
});
