import type { Kysely } from 'kysely';
import type { Database } from './database.ts';

export interface LoginAttemptRecord {
  /** Lower-case, as typed (it need not belong to a user). */
  readonly email: string;
  readonly ip: string;
  readonly at: Date;
  readonly ok: boolean;
}

export async function insertLoginAttempt(db: Kysely<Database>, a: LoginAttemptRecord): Promise<void> {
  await db.insertInto('login_attempt').values(a).execute();
}

/**
 * The times of failed attempts for an email (or from an IP) since `since`, newest first, leaving
 * out those before the latest successful one for the same email (a success starts afresh).
 */
export async function readRecentFailures(
  db: Kysely<Database>,
  by: { readonly email: string } | { readonly ip: string },
  since: Date,
): Promise<Date[]> {
  let q = db.selectFrom('login_attempt').select(['at', 'ok']).where('at', '>', since);
  q = 'email' in by ? q.where('email', '=', by.email) : q.where('ip', '=', by.ip);
  const rows = await q.orderBy('at', 'desc').execute();
  const out: Date[] = [];
  for (const r of rows) {
    if (r.ok && 'email' in by) break;
    if (!r.ok) out.push(r.at);
  }
  return out;
}

/** Removes attempts older than `before`; returns how many. */
export async function pruneLoginAttempts(db: Kysely<Database>, before: Date): Promise<number> {
  const r = await db.deleteFrom('login_attempt').where('at', '<', before).executeTakeFirst();
  return Number(r.numDeletedRows);
}
