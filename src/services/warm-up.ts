import type { Kysely } from 'kysely';
import type { Database } from '../store/database.ts';
import { HDR_DATASET } from './compute-indices.ts';
import { headlineFor } from './headline-ranks.ts';
import { indexTable } from './index-table.ts';
import { storeSnapshot } from './store-snapshot.ts';

/**
 * Reads and computes the whole-store summaries the API's first requests would otherwise wait for
 * (a few seconds): sources, coverage, breakdowns, area names, and the GII, GDI and HDI tables with
 * their ranks for every HDR edition. Resolves when done; they stay cached until the data changes.
 */
export async function warmUp(db: Kysely<Database>): Promise<void> {
  const snapshot = await storeSnapshot(db);
  await Promise.all([snapshot.sources(), snapshot.coverage(), snapshot.dimsKeys(), snapshot.areas()]);
  for (const { edition } of await snapshot.editions(HDR_DATASET)) {
    for (const index of ['gii', 'gdi', 'hdi'] as const) {
      await indexTable(snapshot, index, edition);
      // Ranks are per year; KAZ stands for any country with a value in the latest year.
      await headlineFor(snapshot, index, edition, 'KAZ');
    }
  }
}
