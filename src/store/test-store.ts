import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore, type Store } from './connect.ts';
import { migrateToLatest } from './migrate.ts';

/**
 * A fresh, migrated store for one test file. With `DATABASE_URL` set (as `.ci/run` does on its
 * second pass) it creates a new database on that server and drops it on close; otherwise it is
 * an in-memory PGlite. So the same tests run on both engines.
 */
export async function openTestStore(): Promise<Store> {
  const server = await createTestDatabase();
  const store = await openStore(server ? { databaseUrl: server.url } : { dataDir: 'memory://' });
  const result = await migrateToLatest(store.db);
  if (result.error) throw result.error;
  return {
    ...store,
    close: async () => {
      await store.close();
      await server?.drop();
    },
  };
}

/**
 * Environment for running the CLI against a fresh, empty store: a new database on the server of
 * `DATABASE_URL` when it is set, else a new PGlite directory. `cleanup` removes it.
 */
export async function testCliEnv(): Promise<{ env: NodeJS.ProcessEnv; cleanup: () => Promise<void> }> {
  const server = await createTestDatabase();
  if (server) return { env: { DATABASE_URL: server.url }, cleanup: server.drop };
  const dir = mkdtempSync(join(tmpdir(), 'parity-test-'));
  return {
    env: { PARITY_DATA_DIR: dir },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A new empty database on the `DATABASE_URL` server, or undefined when none is configured. */
async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> } | undefined> {
  const admin = process.env.DATABASE_URL;
  if (!admin) return undefined;
  const name = `parity_t_${randomBytes(6).toString('hex')}`;
  await run(admin, `CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function run(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
