import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/connect.ts';
import { openTestStore } from '../store/test-store.ts';
import { loadParityTable } from './load-parity-tables.ts';
import { listQuotas } from './quotas.ts';
import { ensureReferenceData } from './reference-data.ts';
import { BUNDLED_DATA_DIR } from './seed.ts';

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
  await ensureReferenceData(store.db);
  await loadParityTable(store.db, 'quotas', `${BUNDLED_DATA_DIR}/parity/quotas.csv`);
});
afterAll(() => store.close());

describe(listQuotas, () => {
  it.each<[string | undefined, string[]]>([
    [undefined, ['kaz-mazhilis-party-lists']],
    ['KAZ', ['kaz-mazhilis-party-lists']],
    ['kaz', ['kaz-mazhilis-party-lists']],
    ['GBR', []],
  ])('country %s', async (country, ids) => {
    const r = await listQuotas(store.db, country === undefined ? {} : { country });
    expect(r.ok && r.value.map((q) => q.id)).toEqual(ids);
  });

  it('gives the quota as QuotaFact: jointly for women and youth, on party lists, sourced to a statement', async () => {
    const r = await listQuotas(store.db, { country: 'KAZ' });
    expect(r.ok && r.value[0]).toMatchObject({
      body: 'lower-chamber',
      kind: 'legislated-candidate-quota',
      appliesTo: 'candidate-lists',
      threshold: 30,
      groups: ['women', 'youth', 'women-with-disabilities'],
      sourceKind: 'statement',
    });
    expect(r.ok && 'adopted' in r.value[0]!).toBe(false);
  });

  it('does not find an unknown country', async () => {
    expect(await listQuotas(store.db, { country: 'KZ' })).toEqual({
      ok: false,
      kind: 'not-found',
      param: 'country',
      message: 'unknown country "KZ": expected an ISO 3166-1 alpha-3 code such as KAZ',
    });
  });
});
