import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createApp } from './app.ts';
import { openTestStore } from '../store/test-store.ts';
import type { Store } from '../store/connect.ts';

let store: Store;
beforeAll(async () => {
  store = await openTestStore();
});
afterAll(() => store.close());

describe(createApp, () => {
  it('answers /api/health with the database kind and counts', async () => {
    const app = createApp({ db: store.db, storeKind: store.kind, logger: pino({ level: 'silent' }) });
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: store.kind, observations: 0, sources: 0 });
  });

  it('answers an unknown route with a JSON 404', async () => {
    const app = createApp({ db: store.db, storeKind: store.kind, logger: pino({ level: 'silent' }) });
    const res = await app.request('/api/nope');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { status: 404, message: 'no route for GET /api/nope' } });
  });
});
