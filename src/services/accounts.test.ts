import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Membership } from '../core/auth/access.ts';
import type { Store } from '../store/connect.ts';
import { openTestStore } from '../store/test-store.ts';
import { actorOf, createUser, getUser, listUsers, updateUser, type UserView } from './accounts.ts';
import { listAudit } from './audit.ts';
import { changeOwnPassword } from './password-change.ts';
import { login, resolveSession } from './sessions.ts';

let store: Store;
let admin: UserView;
let adminActor: Actor;
const ADMIN: Membership = { role: 'administrator', scope: { kind: 'instance' } };
const FOCAL_KAZ: Membership = { role: 'focal-point', scope: { kind: 'country', iso3: 'KAZ' } };
const REVIEWER: Membership = { role: 'regional-reviewer', scope: { kind: 'region-set', code: 'unece' } };
const PASSWORD = 'correct horse battery staple';

beforeAll(async () => {
  store = await openTestStore();
  const r = await createUser(store.db, null, {
    email: 'Admin@Example.org',
    displayName: 'First Admin',
    password: PASSWORD,
    memberships: [ADMIN],
  });
  if (!r.ok) throw new Error(r.message);
  admin = r.value;
  adminActor = await actorOf(store.db, Number(admin.id));
});
afterAll(() => store.close());

async function newUser(email: string, memberships: Membership[] = []): Promise<UserView> {
  const r = await createUser(store.db, adminActor, {
    email,
    displayName: email,
    password: PASSWORD,
    memberships,
  });
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

async function auditOf(id: string) {
  const r = await listAudit(store.db, adminActor, { entityKind: 'user', entityId: id, limit: 50, offset: 0 });
  if (!r.ok) throw new Error(r.message);
  return r.value.items;
}

describe(createUser, () => {
  it('stores an argon2id hash, the email lower-case, and the memberships', async () => {
    expect(admin).toMatchObject({
      email: 'admin@example.org',
      displayName: 'First Admin',
      disabled: false,
      mustChangePassword: false,
      memberships: [ADMIN],
    });
    const row = await store.db
      .selectFrom('user_account')
      .select('password_hash')
      .where('id', '=', Number(admin.id))
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
  });

  it.each<[string, Partial<Parameters<typeof createUser>[2]>, string, string]>([
    ['a short password', { password: 'elevenchars' }, 'password', 'at least 12 characters, got 11'],
    [
      'the email as password',
      { email: 'longname@example.org', password: 'LongName@example.org' },
      'password',
      'must not be the email',
    ],
    ['a bad email', { email: 'not-an-email' }, 'email', 'expected an email address'],
    ['an existing email in other case', { email: 'ADMIN@example.org' }, 'email', 'already exists'],
    ['an empty name', { displayName: '  ' }, 'displayName', 'display name'],
    [
      'an unknown country',
      { memberships: [{ role: 'focal-point', scope: { kind: 'country', iso3: 'XYZ' } }] },
      'memberships',
      'unknown country "XYZ"',
    ],
    [
      'a role with the wrong scope',
      { memberships: [{ role: 'administrator', scope: { kind: 'country', iso3: 'KAZ' } }] },
      'memberships',
      'a administrator has a instance scope, not a country one',
    ],
    [
      'an unknown region set',
      { memberships: [{ role: 'regional-reviewer', scope: { kind: 'region-set', code: 'mars' } }] },
      'memberships',
      'unknown region set "mars"',
    ],
  ])('refuses %s', async (_name, change, param, message) => {
    const r = await createUser(store.db, adminActor, {
      email: 'new@example.org',
      displayName: 'New',
      password: PASSWORD,
      ...change,
    });
    expect(r).toMatchObject({ ok: false, kind: 'invalid', param });
    expect(!r.ok && r.message).toContain(message);
  });

  it('is for administrators (and the system) only', async () => {
    const focal = await newUser('focal.only@example.org', [FOCAL_KAZ]);
    const r = await createUser(store.db, await actorOf(store.db, Number(focal.id)), {
      email: 'x@example.org',
      displayName: 'X',
      password: PASSWORD,
    });
    expect(r).toEqual({
      ok: false,
      kind: 'forbidden',
      message: 'administrator required; you are focal point of KAZ',
    });
    expect(await listUsers(store.db, { kind: 'public' })).toMatchObject({ ok: false, kind: 'forbidden' });
  });

  it('writes the creation to the audit log, without the password', async () => {
    const u = await newUser('audited@example.org', [FOCAL_KAZ]);
    const [row] = await auditOf(u.id);
    expect(row).toMatchObject({
      action: 'user.create',
      entityKind: 'user',
      entityId: u.id,
      actor: { id: admin.id, email: 'admin@example.org' },
      detail: { email: 'audited@example.org', memberships: [FOCAL_KAZ] },
    });
    expect(JSON.stringify(row)).not.toContain(PASSWORD);
  });
});

describe(updateUser, () => {
  it('resets a password: must change it, sessions end, lock cleared, audited', async () => {
    const u = await newUser('reset.me@example.org', [FOCAL_KAZ]);
    const signedIn = await login(store.db, { email: u.email, password: PASSWORD, ip: '10.0.0.1' });
    if (!signedIn.ok) throw new Error(signedIn.message);
    const r = await updateUser(store.db, adminActor, { id: u.id }, { password: 'a brand new password' });
    expect(r).toMatchObject({ ok: true, value: { mustChangePassword: true } });
    expect(await resolveSession(store.db, signedIn.value.token)).toBeUndefined();
    expect(await login(store.db, { email: u.email, password: PASSWORD, ip: '10.0.0.1' })).toMatchObject({
      ok: false,
      kind: 'wrong-credentials',
    });
    expect(
      await login(store.db, { email: u.email, password: 'a brand new password', ip: '10.0.0.1' }),
    ).toMatchObject({ ok: true, value: { user: { mustChangePassword: true } } });
    expect((await auditOf(u.id)).map((a) => a.action)).toContain('user.password-reset');
  });

  it('grants and revokes memberships, each audited; revoking one not held is refused', async () => {
    const u = await newUser('roles@example.org');
    const granted = await updateUser(
      store.db,
      adminActor,
      { email: 'ROLES@example.org' },
      { grant: [FOCAL_KAZ, REVIEWER] },
    );
    expect(granted).toMatchObject({ ok: true, value: { memberships: [FOCAL_KAZ, REVIEWER] } });
    const revoked = await updateUser(store.db, adminActor, { id: u.id }, { revoke: [FOCAL_KAZ] });
    expect(revoked).toMatchObject({ ok: true, value: { memberships: [REVIEWER] } });
    expect(await updateUser(store.db, adminActor, { id: u.id }, { revoke: [FOCAL_KAZ] })).toEqual({
      ok: false,
      kind: 'invalid',
      param: 'revoke',
      message: 'roles@example.org is not focal point of KAZ',
    });
    const actions = (await auditOf(u.id)).map((a) => [a.action, a.detail.membership]);
    expect(actions.slice(0, 3)).toEqual([
      ['membership.revoke', FOCAL_KAZ],
      ['membership.grant', REVIEWER],
      ['membership.grant', FOCAL_KAZ],
    ]);
  });

  it('disables a user (ending their sessions) and enables them again', async () => {
    const u = await newUser('disable.me@example.org', [FOCAL_KAZ]);
    const s = await login(store.db, { email: u.email, password: PASSWORD, ip: '10.0.0.2' });
    if (!s.ok) throw new Error(s.message);
    expect(await updateUser(store.db, adminActor, { id: u.id }, { disabled: true })).toMatchObject({
      ok: true,
      value: { disabled: true },
    });
    expect(await resolveSession(store.db, s.value.token)).toBeUndefined();
    expect(await login(store.db, { email: u.email, password: PASSWORD, ip: '10.0.0.2' })).toEqual({
      ok: false,
      kind: 'disabled',
      message: 'this account is disabled: ask an administrator',
    });
    await updateUser(store.db, adminActor, { id: u.id }, { disabled: false });
    expect((await login(store.db, { email: u.email, password: PASSWORD, ip: '10.0.0.2' })).ok).toBe(true);
    expect((await auditOf(u.id)).map((a) => a.action).slice(0, 3)).toEqual([
      'session.login',
      'user.enable',
      'user.disable',
    ]);
  });

  it('keeps at least one enabled administrator', async () => {
    expect(await updateUser(store.db, null, { id: admin.id }, { disabled: true })).toMatchObject({
      ok: false,
      param: 'disabled',
      message: 'admin@example.org is the last enabled administrator: grant the role to another user first',
    });
    expect(await updateUser(store.db, null, { id: admin.id }, { revoke: [ADMIN] })).toMatchObject({
      ok: false,
      param: 'revoke',
    });
    const second = await newUser('second.admin@example.org', [ADMIN]);
    expect(await updateUser(store.db, null, { id: second.id }, { revoke: [ADMIN] })).toMatchObject({
      ok: true,
    });
  });

  it('answers not-found for an unknown user', async () => {
    expect(await getUser(store.db, adminActor, { id: '999999' })).toMatchObject({
      ok: false,
      kind: 'not-found',
    });
    expect(await getUser(store.db, adminActor, { id: 'abc' })).toMatchObject({
      ok: false,
      kind: 'not-found',
    });
  });
});

describe(changeOwnPassword, () => {
  it('needs the current password, clears must-change, and ends the other sessions', async () => {
    const u = await newUser('changer@example.org', [FOCAL_KAZ]);
    const one = await login(store.db, { email: u.email, password: PASSWORD, ip: '10.0.0.3' });
    const two = await login(store.db, { email: u.email, password: PASSWORD, ip: '10.0.0.3' });
    if (!one.ok || !two.ok) throw new Error('sign-in failed');
    const keep = (await resolveSession(store.db, one.value.token))!;
    const actor = keep.actor;
    const change = {
      currentPassword: 'not the password',
      newPassword: 'another good password',
      ip: '10.0.0.3',
    };
    expect(await changeOwnPassword(store.db, actor, change)).toMatchObject({
      ok: false,
      param: 'currentPassword',
    });
    expect(
      await changeOwnPassword(store.db, actor, {
        ...change,
        currentPassword: PASSWORD,
        newPassword: 'short',
      }),
    ).toMatchObject({
      ok: false,
      param: 'newPassword',
    });
    const r = await changeOwnPassword(store.db, actor, {
      ...change,
      currentPassword: PASSWORD,
      keepSessionId: keep.sessionId,
    });
    expect(r).toEqual({ ok: true, value: { sessionsEnded: 1 } });
    expect(await resolveSession(store.db, one.value.token)).toBeDefined();
    expect(await resolveSession(store.db, two.value.token)).toBeUndefined();
    expect((await auditOf(u.id))[0]).toMatchObject({ action: 'user.password-change', actor: { id: u.id } });
  });
});
