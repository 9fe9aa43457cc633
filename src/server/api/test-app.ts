import { pino } from 'pino';
import { seedBundledData } from '../../services/seed.ts';
import type { Store } from '../../store/connect.ts';
import { openTestStore } from '../../store/test-store.ts';
import { createApp } from '../app.ts';

/** A test store seeded with every bundled file (~20 s on PGlite) and the app over it. */
export interface SeededApp {
  readonly app: ReturnType<typeof createApp>;
  readonly store: Store;
  /** GET a path; the body parsed as JSON when it is JSON. */
  get(path: string, init?: RequestInit): Promise<{ res: Response; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Opens a test store (PGlite, or PostgreSQL with DATABASE_URL), seeds it and builds the app. Seed once per file. */
export async function openSeededApp(): Promise<SeededApp> {
  const store = await openTestStore();
  const seeded = await seedBundledData(store.db);
  const failed = seeded.outcomes.filter((o) => o.status === 'failed');
  if (failed.length > 0) throw new Error(`seeding failed: ${JSON.stringify(failed)}`);
  const app = createApp({ db: store.db, storeKind: store.kind, logger: pino({ level: 'silent' }) });
  return {
    app,
    store,
    async get(path, init) {
      const res = await app.request(path, init);
      const type = res.headers.get('Content-Type') ?? '';
      const body = type.startsWith('application/json')
        ? await res.json()
        : new Uint8Array(await res.arrayBuffer());
      return { res, body };
    },
  };
}
