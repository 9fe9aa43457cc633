import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The admin connection the bench creates its databases through, unless `BENCH_DATABASE_URL` says otherwise. */
export const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** The server's version when it answers, or why it cannot be used (connection refused, bad password, …). */
export async function probeServer(
  adminUrl: string,
): Promise<{ readonly ok: true; readonly version: string } | { readonly ok: false; readonly error: string }> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return { ok: true, version: rows[0]?.server_version ?? 'unknown' };
  } catch (e) {
    const err = e as Error & { code?: string };
    return { ok: false, error: err.message || err.code || String(e) };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Creates a new database on the admin connection's server, hands its URL to `fn`, and drops it
 * afterwards whatever happens. `fn` must close its own connections before it returns.
 */
export async function withFreshDatabase<T>(adminUrl: string, fn: (url: string) => Promise<T>): Promise<T> {
  const name = `parity_bench_${randomBytes(6).toString('hex')}`;
  await admin(adminUrl, `CREATE DATABASE ${name}`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return await fn(url.toString());
  } finally {
    await admin(adminUrl, `DROP DATABASE IF EXISTS ${name}`);
  }
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

/** The URL with any password hidden, for printing. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
