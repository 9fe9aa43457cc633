import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type Store } from './connect.ts';
import { migrateToLatest } from './migrate.ts';

/**
 * A fresh, migrated store for one test file. With `DATABASE_URL` set (as `.ci/run` does on its
 * second pass) it creates a new database on that server and drops it on close; otherwise it is
 * an in-memory PGlite. So the same tests run on both engines.
 */
export async function openTestStore(): Promise<Store> {
  const url = process.env.DATABASE_URL;
  if (!url) return migrated(await openStore({ dataDir: 'memory://' }));
  const name = `parity_t_${randomBytes(6).toString('hex')}`;
  await admin(url, `CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const store = await migrated(await openStore({ databaseUrl: target.toString() }));
  return {
    ...store,
    close: async () => {
      await store.close();
      await admin(url, `DROP DATABASE IF EXISTS ${name}`);
    },
  };
}

async function migrated(store: Store): Promise<Store> {
  const result = await migrateToLatest(store.db);
  if (result.error) throw result.error;
  return store;
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
