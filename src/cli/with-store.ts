import { openStore, storeOptionsFromEnv, type Store } from '../store/connect.ts';
import { migrateToLatest } from '../store/migrate.ts';
import { CliError, type CliIo } from './io.ts';

/** Opens the store named by the environment, migrated, runs `fn`, and always closes it. */
export async function withStore<T>(io: CliIo, fn: (store: Store) => Promise<T>): Promise<T> {
  let store: Store;
  try {
    store = await openStore(storeOptionsFromEnv(io.env));
  } catch (e) {
    throw new CliError(`cannot open the database: ${(e as Error).message}`);
  }
  try {
    const migrated = await migrateToLatest(store.db);
    if (migrated.error) throw new CliError(`migration failed: ${(migrated.error as Error).message}`);
    return await fn(store);
  } finally {
    await store.close();
  }
}
