import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../store/database.ts';
import { openTestStore } from '../store/test-store.ts';
import type { Store } from '../store/connect.ts';
import { loadDemoCycle, type DemoOutcome } from './demo-cycle.ts';
import { loadParityTable } from './load-parity-tables.ts';
import { seedProgressData } from './progress-test-store.ts';
import { createCast, type Cast } from './report-test-store.ts';
import { BUNDLED_DATA_DIR, BUNDLED_DEMO } from './seed.ts';

/**
 * For the regional review tests (not shipped): the progress tests' small real store (HDR25 for the
 * UNECE members, HDR23-24 for Central Asia, seats, targets), the quotas table, the demonstration
 * cycle loaded from data/parity/demo/ as the seed loads it, and the cast of a review (users).
 */
export interface ReviewStore {
  readonly store: Store;
  readonly db: Kysely<Database>;
  readonly demo: DemoOutcome;
  readonly cast: Cast;
}

export const DEMO_FILE = join(BUNDLED_DATA_DIR, BUNDLED_DEMO);

export async function openReviewStore(): Promise<ReviewStore> {
  const store = await openTestStore();
  await seedProgressData(store.db);
  const quotas = await loadParityTable(store.db, 'quotas', join(BUNDLED_DATA_DIR, 'parity/quotas.csv'));
  if (quotas.status === 'failed') throw new Error(`quotas failed: ${JSON.stringify(quotas)}`);
  const demo = await loadDemoCycle(store.db, DEMO_FILE, { now: new Date('2024-10-23T09:00:00Z') });
  if (demo.status !== 'loaded') throw new Error(`demo not loaded: ${JSON.stringify(demo)}`);
  const cast = await createCast(store.db);
  return { store, db: store.db, demo, cast };
}
