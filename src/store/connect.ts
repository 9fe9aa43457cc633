import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite, type QueryOptions, type Results } from '@electric-sql/pglite';
import { CompiledQuery, Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
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
    // An idle client whose connection the server ends (a restart, `DROP DATABASE … WITH (FORCE)`)
    // is discarded by the pool and the next query opens a new one; without a listener Node would
    // treat the pool's 'error' event as an uncaught exception and stop the process.
    pool.on('error', () => undefined);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: copyingPool(pool) }) });
    return { db, kind: 'postgres', location: redact(opts.databaseUrl), close: () => db.destroy() };
  }
  const dir = opts.dataDir ?? './.parity';
  if (!dir.startsWith('memory://')) mkdirSync(resolve(dir), { recursive: true });
  const pglite = await PGlite.create(dir.startsWith('memory://') ? undefined : resolve(dir));
  const db = new Kysely<Database>({ dialect: new PGliteDialect(copyingPGlite(pglite)) });
  return { db, kind: 'pglite', location: dir, close: () => db.destroy() };
}

/** Store options from the environment (`DATABASE_URL`, `PARITY_DATA_DIR`). */
export function storeOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): StoreOptions {
  return {
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    ...(env.PARITY_DATA_DIR ? { dataDir: env.PARITY_DATA_DIR } : {}),
  };
}

interface CopyResult {
  readonly copied: number;
}

/** Rows for `COPY … FROM STDIN`, carried to the connection as the only parameter of a raw query. */
class CopyIn {
  constructor(
    readonly target: string,
    readonly data: Iterable<string>,
  ) {}
}

/**
 * Bulk-loads `data` (pieces of rows in PostgreSQL's COPY text format: tab-separated, `\N` for
 * null, backslash escapes, each row ending in a newline) into `target` (a table name with an
 * optional column list; trusted SQL) on the connection `db` runs on: a transaction's own
 * connection when `db` is a transaction, so the rows commit or roll back with it. Returns the
 * number of rows copied. On PostgreSQL the pieces are streamed (`COPY … FROM STDIN`) as they are
 * produced, so a lazy iterable overlaps building the text with the server's work; PGlite reads
 * them as one blob (`COPY … FROM '/dev/blob'`). Only stores from `openStore` understand this: on
 * any other Kysely instance the server rejects the statement.
 */
export async function copyRows(
  db: Kysely<Database>,
  target: string,
  data: Iterable<string>,
): Promise<number> {
  const query = CompiledQuery.raw(`COPY ${target} FROM STDIN`, [new CopyIn(target, data)]);
  const { rows } = await db.executeQuery<CopyResult>(query);
  return rows[0]?.copied ?? 0;
}

// node-pg has no COPY of its own: each pooled client is wrapped (once, so Kysely's per-client
// connection cache still works) to stream a CopyIn parameter through pg-copy-streams.
function copyingPool(pool: pg.Pool): PostgresPool {
  const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    const query = async (text: string, params: readonly unknown[]) => {
      const copy = params[0];
      if (!(copy instanceof CopyIn)) return client.query(text, [...params]);
      const stream = client.query(copyFrom(`COPY ${copy.target} FROM STDIN`));
      await pipeline(Readable.from(copy.data), stream);
      return { command: 'COPY', rowCount: stream.rowCount, rows: [{ copied: stream.rowCount }] };
    };
    // Kysely calls the cursor overload only when the dialect is given a cursor class; ours is not.
    const both = query as unknown as PostgresPoolClient['query'];
    return { query: both, release: (destroy) => client.release(destroy) };
  };
  return {
    connect: async () => {
      const client = await pool.connect();
      let w = wrapped.get(client);
      if (!w) wrapped.set(client, (w = wrap(client)));
      return w;
    },
    end: () => pool.end(),
  };
}

// PGlite is one session: its `query` is wrapped to read a CopyIn parameter from a blob.
function copyingPGlite(pglite: PGlite): PGlite {
  const query = async <T>(text: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>> => {
    const copy = params?.[0];
    if (!(copy instanceof CopyIn)) return pglite.query<T>(text, params, options);
    const blob = new Blob([...copy.data]);
    const result = await pglite.query(`COPY ${copy.target} FROM '/dev/blob'`, [], { ...options, blob });
    return { ...result, rows: [{ copied: result.affectedRows ?? 0 } as T] };
  };
  return new Proxy(pglite, {
    get(target, prop) {
      if (prop === 'query') return query;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
