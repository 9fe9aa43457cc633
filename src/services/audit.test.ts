import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, UserId } from '../core/auth/access.ts';
import type { Store } from '../store/connect.ts';
import { openTestStore } from '../store/test-store.ts';
import { actorOf, createUser } from './accounts.ts';
import { listAudit, recordAudit } from './audit.ts';

let store: Store;
let admin: Actor;
const AT = new Date('2025-03-10T09:00:00Z');

beforeAll(async () => {
  store = await openTestStore();
  const r = await createUser(store.db, null, {
    email: 'auditor@example.org',
    displayName: 'Auditor',
    password: 'correct horse battery staple',
    memberships: [{ role: 'administrator', scope: { kind: 'instance' } }],
  });
  if (!r.ok) throw new Error(r.message);
  admin = await actorOf(store.db, Number(r.value.id));
});
afterAll(() => store.close());

const page = { limit: 10, offset: 0 };

describe(recordAudit, () => {
  it('commits with the transaction it is given, and rolls back with it', async () => {
    await store.db.transaction().execute((trx) =>
      recordAudit(trx, {
        actor: admin,
        action: 'report.submit',
        entityKind: 'report',
        entityId: 7,
        at: AT,
        detail: { version: 2 },
      }),
    );
    await expect(
      store.db.transaction().execute(async (trx) => {
        await recordAudit(trx, { actor: admin, action: 'report.submit', entityKind: 'report', entityId: 8 });
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    const r = await listAudit(store.db, admin, { entityKind: 'report', ...page });
    expect(r).toEqual({
      ok: true,
      value: {
        total: 1,
        limit: 10,
        offset: 0,
        items: [
          {
            id: expect.any(Number),
            at: '2025-03-10T09:00:00.000Z',
            actor: { id: admin.kind === 'user' ? admin.id : '', email: 'auditor@example.org' },
            action: 'report.submit',
            entityKind: 'report',
            entityId: '7',
            detail: { version: 2 },
          },
        ],
      },
    });
  });

  it('records the system and the public as no user', async () => {
    await recordAudit(store.db, {
      actor: null,
      action: 'cycle.create',
      entityKind: 'cycle',
      entityId: 'beijing30-unece',
    });
    await recordAudit(store.db, {
      actor: { kind: 'public' },
      action: 'cycle.create',
      entityKind: 'cycle',
      entityId: 'x',
    });
    const r = await listAudit(store.db, admin, { entityKind: 'cycle', ...page });
    expect(r.ok && r.value.items.map((i) => [i.entityId, i.actor, i.detail])).toEqual([
      ['x', null, {}],
      ['beijing30-unece', null, {}],
    ]);
  });

  it('is append-only: the database refuses to change or delete a row', async () => {
    await expect(sql`UPDATE audit_log SET action = 'nothing'`.execute(store.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM audit_log`.execute(store.db)).rejects.toThrow(/append-only/);
  });
});

describe(listAudit, () => {
  it('filters by entity and pages, newest first', async () => {
    for (const n of [1, 2, 3])
      await recordAudit(store.db, { actor: admin, action: `step.${n}`, entityKind: 'thing', entityId: 'a' });
    await recordAudit(store.db, { actor: admin, action: 'other', entityKind: 'thing', entityId: 'b' });
    const r = await listAudit(store.db, admin, { entityKind: 'thing', entityId: 'a', limit: 2, offset: 1 });
    expect(r.ok && { total: r.value.total, actions: r.value.items.map((i) => i.action) }).toEqual({
      total: 3,
      actions: ['step.2', 'step.1'],
    });
  });

  it('is for administrators only', async () => {
    const focal: Actor = {
      kind: 'user',
      id: '999' as UserId,
      memberships: [{ role: 'focal-point', scope: { kind: 'country', iso3: 'KAZ' } }],
    };
    expect(await listAudit(store.db, focal, page)).toEqual({
      ok: false,
      kind: 'forbidden',
      message: 'administrator required; you are focal point of KAZ',
    });
    expect(await listAudit(store.db, { kind: 'public' }, page)).toMatchObject({
      ok: false,
      kind: 'forbidden',
    });
  });
});
