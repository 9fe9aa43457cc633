import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Database } from './database.ts';

export interface StoreOptions {
  /** A PostgreSQL server; when set, PGlite is not used. */
  readonly databaseUrl?: string;
  /** Directory of the embedded database; `memory://` for a throwaway one (tests). */
  readonly dataDir?: string;
}

export interface Store {
  readonly db: Kysely<Database>;
  readonly kind: 'pglite' | 'postgres';
  /** Human-readable location, e.g. `./.parity` or `postgres://…@host/db` (password hidden). */
  readonly location: string;
  close(): Promise<void>;
}

// PostgreSQL returns bigint (int8) and numeric as strings by default; our counts fit in a double.
pg.types.setTypeParser(20, (v) => Number(v));

/**
 * Opens the store: a PostgreSQL server when `databaseUrl` is given, else embedded PGlite in
 * `dataDir` (default `./.parity`). Everything above this function sees only `Kysely<Database>`.
 */
export async function openStore(opts: StoreOptions = {}): Promise<Store> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', location: redact(opts.databaseUrl), close: () => db.destroy() };
  }
  const dir = opts.dataDir ?? './.parity';
  if (!dir.startsWith('memory://')) mkdirSync(resolve(dir), { recursive: true });
  const pglite = await PGlite.create(dir.startsWith('memory://') ? undefined : resolve(dir));
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return { db, kind: 'pglite', location: dir, close: () => db.destroy() };
}

/** Store options from the environment (`DATABASE_URL`, `PARITY_DATA_DIR`). */
export function storeOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): StoreOptions {
  return {
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    ...(env.PARITY_DATA_DIR ? { dataDir: env.PARITY_DATA_DIR } : {}),
  };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
