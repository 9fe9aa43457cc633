import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/connect.ts';
import { openTestStore } from '../store/test-store.ts';
import { createCycle, getCycle, listCycles } from './cycles.ts';
import { BEIJING30_UNECE, createCast, type Cast } from './report-test-store.ts';

let store: Store;
let cast: Cast;

beforeAll(async () => {
  store = await openTestStore();
  cast = await createCast(store.db);
}, 60_000);
afterAll(() => store.close());

describe(createCycle, () => {
  it('creates a cycle (administrator) and audits it', async () => {
    const r = await createCycle(store.db, cast.admin, BEIJING30_UNECE, {
      now: new Date('2024-01-10T09:00:00Z'),
    });
    expect(r).toEqual({
      ok: true,
      value: {
        code: 'beijing30-unece',
        title: 'Beijing+30 regional review, UNECE',
        regionSet: { code: 'unece', name: 'UNECE member States', members: 56 },
        templateId: 'beijing30-v1',
        opensOn: '2024-01-15',
        submissionDeadline: '2024-06-30',
        meeting: { from: '2024-10-21', to: '2024-10-22' },
        createdAt: '2024-01-10T09:00:00.000Z',
      },
    });
    const audit = await store.db
      .selectFrom('audit_log')
      .select(['action', 'entity_kind', 'actor_user_id'])
      .where('action', '=', 'cycle.create')
      .execute();
    expect(audit).toEqual([
      {
        action: 'cycle.create',
        entity_kind: 'cycle',
        actor_user_id: Number((cast.admin as { id: string }).id),
      },
    ]);
  });

  it('lets the system (the CLI) create one too, audited without a user', async () => {
    const r = await createCycle(store.db, null, {
      ...BEIJING30_UNECE,
      code: 'beijing35-central-asia',
      regionSet: 'central-asia',
      meetingFrom: undefined,
      meetingTo: undefined,
    });
    expect(r).toMatchObject({ ok: true, value: { code: 'beijing35-central-asia', meeting: null } });
  });

  it.each([
    ['reviewer', 'forbidden', 'administrator required; you are regional reviewer of unece'],
    ['kazFocal', 'forbidden', 'administrator required; you are focal point of KAZ'],
    ['public', 'forbidden', 'cycle.manage needs'],
  ] as const)('refuses %s', async (who, kind, message) => {
    const r = await createCycle(store.db, cast[who], { ...BEIJING30_UNECE, code: 'x-cycle' });
    expect(r).toMatchObject({ ok: false, kind });
    if (!r.ok) expect(r.message).toContain(message);
  });

  it.each([
    [
      { code: 'Beijing 30' },
      'code',
      'code: expected lower-case letters, digits and hyphens, e.g. beijing30-unece',
    ],
    [{ code: 'beijing30-unece' }, 'code', 'a cycle with code beijing30-unece already exists'],
    [{ regionSet: 'atlantis' }, 'regionSet', 'no region set atlantis (see /api/region-sets)'],
    [
      { templateId: 'beijing35-v1' },
      'templateId',
      'templateId: no template beijing35-v1; expected beijing30-v1',
    ],
    [{ opensOn: '2024-02-30' }, 'opensOn', 'opensOn: expected a real calendar date YYYY-MM-DD'],
    [
      { submissionDeadline: '2023-12-31' },
      'submissionDeadline',
      'submissionDeadline 2023-12-31 is before opensOn 2024-01-15',
    ],
    [{ meetingTo: '2024-10-20' }, 'meetingTo', 'meetingTo 2024-10-20 is before meetingFrom 2024-10-21'],
    [{ meetingTo: undefined }, 'meetingTo', 'meetingFrom and meetingTo: give both meeting dates or neither'],
  ])('refuses %j, naming %s', async (change, param, message) => {
    const r = await createCycle(store.db, cast.admin, { ...BEIJING30_UNECE, code: 'y-cycle', ...change });
    expect(r).toMatchObject({ ok: false, param, message });
  });
});

describe(listCycles, () => {
  it('lists every cycle, latest deadline first, and finds one by code', async () => {
    expect((await listCycles(store.db, 'fr')).map((c) => [c.code, c.regionSet.name])).toEqual([
      ['beijing30-unece', 'États membres de la CEE-ONU'],
      ['beijing35-central-asia', 'Asie centrale'],
    ]);
    expect(await getCycle(store.db, 'nope')).toMatchObject({ ok: false, kind: 'not-found', param: 'code' });
  });
});
