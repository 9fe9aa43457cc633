import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indicatorByCode } from '../src/catalog/index.ts';
import { parseHdr } from '../src/ingest/hdr.ts';
import { importFile } from '../src/services/import-file.ts';
import { ensureReferenceData } from '../src/services/reference-data.ts';
import { openStore, type Store, type StoreOptions } from '../src/store/connect.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import { withFreshDatabase } from './pg-databases.ts';
import { repeat, timed, type Timing } from './timing.ts';

export type Engine = { readonly kind: 'pglite' } | { readonly kind: 'postgres'; readonly adminUrl: string };

export interface ImportBench {
  readonly timing: Timing;
  /** Observations the import wrote (the same on every run). */
  readonly rows: number;
}

/**
 * Times `importFile` of one HDR file into a fresh, migrated store that holds the reference data,
 * `repeats` times: a new temporary PGlite data directory, or a new database on the server, per
 * run. Only the import itself is timed (hashing, parsing, validating, writing, committing).
 */
export async function benchImport(engine: Engine, path: string, repeats: number): Promise<ImportBench> {
  let rows = 0;
  const timing = await repeat(repeats, () =>
    withFreshStore(engine, async (store) => {
      const { ms, value: outcome } = await timed(() =>
        importFile(
          { db: store.db, rules: indicatorByCode, runBy: 'bench' },
          { importer: 'hdr', path, parse: parseHdr },
        ),
      );
      if (outcome.status !== 'imported') throw new Error(`import did not happen: ${JSON.stringify(outcome)}`);
      rows = outcome.counts.inserted;
      return ms;
    }),
  );
  return { timing, rows };
}

/** A fresh store on the engine, migrated and holding the catalogue, removed after `fn`. */
export async function withFreshStore<T>(engine: Engine, fn: (store: Store) => Promise<T>): Promise<T> {
  if (engine.kind === 'postgres') {
    return withFreshDatabase(engine.adminUrl, (databaseUrl) => withOpenStore({ databaseUrl }, fn));
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'parity-bench-'));
  try {
    return await withOpenStore({ dataDir }, fn);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Opens a store, migrates it and writes the catalogue; closes it after `fn`. */
export async function withOpenStore<T>(opts: StoreOptions, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(opts);
  try {
    const migrated = await migrateToLatest(store.db);
    if (migrated.error) throw migrated.error;
    await ensureReferenceData(store.db);
    return await fn(store);
  } finally {
    await store.close();
  }
}
