import type { Kysely } from 'kysely';
import type { MembershipRecord } from './account-reads.ts';
import type { Database } from './database.ts';

export interface NewUser {
  readonly email: string;
  readonly displayName: string;
  readonly passwordHash: string;
  readonly createdAt: Date;
  readonly mustChangePassword: boolean;
}

/** Inserts a user; returns its id. The email must already be lower-case (a CHECK enforces it). */
export async function insertUser(db: Kysely<Database>, user: NewUser): Promise<number> {
  const row = await db
    .insertInto('user_account')
    .values({
      email: user.email,
      display_name: user.displayName,
      password_hash: user.passwordHash,
      created_at: user.createdAt,
      must_change_password: user.mustChangePassword,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** The columns of a user that change after creation. */
export interface UserChanges {
  readonly displayName?: string;
  readonly passwordHash?: string;
  readonly mustChangePassword?: boolean;
  readonly disabled?: boolean;
  readonly failedLogins?: number;
  readonly lockedUntil?: Date | null;
}

/** Applies `changes` to the user; returns whether the user exists. */
export async function updateUserRow(
  db: Kysely<Database>,
  id: number,
  changes: UserChanges,
): Promise<boolean> {
  const set = {
    ...(changes.displayName !== undefined ? { display_name: changes.displayName } : {}),
    ...(changes.passwordHash !== undefined ? { password_hash: changes.passwordHash } : {}),
    ...(changes.mustChangePassword !== undefined ? { must_change_password: changes.mustChangePassword } : {}),
    ...(changes.disabled !== undefined ? { disabled: changes.disabled } : {}),
    ...(changes.failedLogins !== undefined ? { failed_logins: changes.failedLogins } : {}),
    ...(changes.lockedUntil !== undefined ? { locked_until: changes.lockedUntil } : {}),
  };
  if (Object.keys(set).length === 0) return true;
  const r = await db.updateTable('user_account').set(set).where('id', '=', id).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Adds one wrong password to the user's count; returns the new count. */
export async function incrementFailedLogins(db: Kysely<Database>, id: number): Promise<number> {
  const row = await db
    .updateTable('user_account')
    .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1) }))
    .where('id', '=', id)
    .returning('failed_logins')
    .executeTakeFirstOrThrow();
  return row.failed_logins;
}

/** Adds a membership; returns false when the user already had it. */
export async function insertMembership(db: Kysely<Database>, m: MembershipRecord): Promise<boolean> {
  const r = await db
    .insertInto('membership')
    .values({ user_id: m.userId, role: m.role, scope_kind: m.scopeKind, scope_code: m.scopeCode })
    .onConflict((oc) => oc.doNothing())
    .returning('user_id')
    .execute();
  return r.length > 0;
}

/** Removes a membership; returns false when the user did not have it. */
export async function deleteMembership(db: Kysely<Database>, m: MembershipRecord): Promise<boolean> {
  const r = await db
    .deleteFrom('membership')
    .where('user_id', '=', m.userId)
    .where('role', '=', m.role)
    .where('scope_kind', '=', m.scopeKind)
    .where('scope_code', '=', m.scopeCode)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
