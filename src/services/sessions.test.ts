import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/connect.ts';
import { openTestStore } from '../store/test-store.ts';
import { createUser } from './accounts.ts';
import { WRONG_CREDENTIALS } from './credentials.ts';
import {
  login,
  logout,
  resolveSession,
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
  sessionIdOf,
  type LoginResult,
} from './sessions.ts';

let store: Store;
const PASSWORD = 'correct horse battery staple';
const T0 = Date.UTC(2025, 2, 10, 9, 0, 0);
const at = (seconds: number) => ({ now: new Date(T0 + seconds * 1000) });

beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.close());

async function user(email: string): Promise<string> {
  const r = await createUser(store.db, null, {
    email,
    displayName: email,
    password: PASSWORD,
    memberships: [{ role: 'focal-point', scope: { kind: 'country', iso3: 'KAZ' } }],
  });
  if (!r.ok) throw new Error(r.message);
  return r.value.id;
}

function signedIn(r: LoginResult) {
  if (!r.ok) throw new Error(`sign-in failed: ${r.message}`);
  return r.value;
}

describe(login, () => {
  it('opens a session: a 32-byte token, stored only as its SHA-256, with its own CSRF token', async () => {
    const id = await user('login@example.org');
    const s = signedIn(
      await login(store.db, { email: ' Login@Example.org ', password: PASSWORD, ip: '192.0.2.1' }, at(0)),
    );
    expect(s.token).toMatch(/^[\w-]{43}$/);
    expect(Buffer.from(s.token, 'base64url')).toHaveLength(32);
    expect(s.csrfToken).toMatch(/^[\w-]{43}$/);
    expect(s.csrfToken).not.toBe(s.token);
    expect(s.expiresAt.getTime()).toBe(T0 + SESSION_MAX_MS);
    expect(s.user).toMatchObject({ id, email: 'login@example.org' });
    const rows = await store.db.selectFrom('session').selectAll().where('user_id', '=', Number(id)).execute();
    expect(rows.map((r) => r.id)).toEqual([sessionIdOf(s.token)]);
    expect(JSON.stringify(rows)).not.toContain(s.token);
  });

  it('gives one answer for a wrong password and for an unknown email', async () => {
    await user('wrong@example.org');
    const wrong = await login(store.db, {
      email: 'wrong@example.org',
      password: 'not it at all',
      ip: '192.0.2.2',
    });
    const unknown = await login(store.db, {
      email: 'nobody@example.org',
      password: 'not it at all',
      ip: '192.0.2.2',
    });
    expect(wrong).toEqual({ ok: false, kind: 'wrong-credentials', message: 'email or password is wrong' });
    expect(unknown).toEqual(wrong);
    expect(WRONG_CREDENTIALS).toBe('email or password is wrong');
  });

  it('slows an email down after 5 failures (429 with Retry-After), then locks the account after 10', async () => {
    const id = await user('brute@example.org');
    const attempt = (seconds: number, password = 'guess guess guess') =>
      login(
        store.db,
        { email: 'brute@example.org', password, ip: `198.51.100.${seconds % 200}` },
        at(seconds),
      );
    for (let i = 0; i < 5; i++) expect(await attempt(i)).toMatchObject({ kind: 'wrong-credentials' });
    // The 6th try right after the 5th failure is refused before any password is checked, even the right one.
    expect(await attempt(5, PASSWORD)).toMatchObject({
      ok: false,
      kind: 'throttled',
      reason: 'slowed',
      retryAfterSeconds: 14,
      message: 'too many failed sign-ins: try again in 14 seconds',
    });
    // Waiting doubles: 15 s after the 5th failure, 30 s after the 6th, … 240 s after the 9th.
    let t = 4;
    for (const wait of [15, 30, 60, 120, 240]) {
      expect(await attempt(t + wait - 1)).toMatchObject({ kind: 'throttled', retryAfterSeconds: 1 });
      t += wait;
      expect(await attempt(t)).toMatchObject({ kind: 'wrong-credentials' });
    }
    // That was the 10th failure: locked for 15 minutes, the right password included.
    expect(await attempt(t + 60, PASSWORD)).toMatchObject({
      kind: 'throttled',
      reason: 'locked',
      retryAfterSeconds: 840,
    });
    const row = await store.db
      .selectFrom('user_account')
      .select(['locked_until', 'failed_logins'])
      .where('id', '=', Number(id))
      .executeTakeFirstOrThrow();
    expect(row.locked_until?.getTime()).toBe(T0 + (t + 900) * 1000);
    const audit = await store.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id'])
      .where('entity_id', '=', id)
      .execute();
    expect(audit).toContainEqual({ action: 'user.lock', actor_user_id: null });
    expect(signedIn(await attempt(t + 900, PASSWORD)).user.lockedUntil).toBeNull();
  });

  it('refuses an address after 20 failures in 15 minutes, whatever the email', async () => {
    for (let i = 0; i < 20; i++)
      expect(
        await login(
          store.db,
          { email: `spray${i}@example.org`, password: 'guess guess guess', ip: '203.0.113.9' },
          at(i),
        ),
      ).toMatchObject({ kind: 'wrong-credentials' });
    await user('sprayed@example.org');
    expect(
      await login(store.db, { email: 'sprayed@example.org', password: PASSWORD, ip: '203.0.113.9' }, at(30)),
    ).toMatchObject({ kind: 'throttled', reason: 'address', retryAfterSeconds: 870 });
    expect(
      (
        await login(
          store.db,
          { email: 'sprayed@example.org', password: PASSWORD, ip: '203.0.113.10' },
          at(30),
        )
      ).ok,
    ).toBe(true);
  });

  it('asks for an email and a password', async () => {
    expect(await login(store.db, { email: ' ', password: 'x', ip: '192.0.2.3' })).toMatchObject({
      kind: 'invalid',
      param: 'email',
    });
    expect(await login(store.db, { email: 'a@b.org', password: '', ip: '192.0.2.3' })).toMatchObject({
      kind: 'invalid',
      param: 'password',
    });
  });
});

describe(resolveSession, () => {
  it.each<[string, number, boolean]>([
    ['an hour later', 3600, true],
    ['11 h 59 min idle', 12 * 3600 - 60, true],
    ['12 h idle', 12 * 3600, false],
  ])('keeps or ends a session: %s', async (_name, seconds, alive) => {
    await user(`idle${seconds}@example.org`);
    const s = signedIn(
      await login(
        store.db,
        { email: `idle${seconds}@example.org`, password: PASSWORD, ip: '192.0.2.4' },
        at(0),
      ),
    );
    const resolved = await resolveSession(store.db, s.token, at(seconds));
    expect(resolved !== undefined).toBe(alive);
    // An ended session is gone for good, even if asked about earlier.
    if (!alive) expect(await resolveSession(store.db, s.token, at(1))).toBeUndefined();
  });

  it('refreshes last_seen, so activity keeps a session for up to 7 days, never longer', async () => {
    const id = await user('active@example.org');
    const s = signedIn(
      await login(store.db, { email: 'active@example.org', password: PASSWORD, ip: '192.0.2.5' }, at(0)),
    );
    const day = 24 * 3600;
    for (let d = 0.4; d < 7; d += 0.4)
      expect(await resolveSession(store.db, s.token, at(d * day))).toMatchObject({
        actor: { kind: 'user', id },
        csrfToken: s.csrfToken,
      });
    expect(SESSION_IDLE_MS).toBe(12 * 3600_000);
    expect(await resolveSession(store.db, s.token, at(7 * day))).toBeUndefined();
  });

  it('resolves the actor with the memberships stored now', async () => {
    const id = await user('actor@example.org');
    const s = signedIn(
      await login(store.db, { email: 'actor@example.org', password: PASSWORD, ip: '192.0.2.6' }),
    );
    expect(await resolveSession(store.db, s.token)).toMatchObject({
      actor: {
        kind: 'user',
        id,
        memberships: [{ role: 'focal-point', scope: { kind: 'country', iso3: 'KAZ' } }],
      },
      mustChangePassword: false,
    });
  });

  it.each(['', 'short', 'x'.repeat(43), 'a'.repeat(100)])(
    'knows no session for the token %j',
    async (token) => {
      expect(await resolveSession(store.db, token)).toBeUndefined();
    },
  );
});

describe(logout, () => {
  it('deletes the session and writes it to the audit log', async () => {
    const id = await user('bye@example.org');
    const s = signedIn(
      await login(store.db, { email: 'bye@example.org', password: PASSWORD, ip: '192.0.2.7' }),
    );
    expect(await logout(store.db, s.token)).toBe(true);
    expect(await resolveSession(store.db, s.token)).toBeUndefined();
    expect(await logout(store.db, s.token)).toBe(false);
    const actions = await store.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', id)
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['user.create', 'session.login', 'session.logout']);
  });
});
