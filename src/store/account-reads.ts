import type { Kysely } from 'kysely';
import type { Database, MembershipTable } from './database.ts';

/** A user as stored, password hash included (only the services that verify passwords need it). */
export interface UserRecord {
  readonly id: number;
  readonly email: string;
  readonly displayName: string;
  readonly passwordHash: string;
  readonly createdAt: Date;
  readonly disabled: boolean;
  readonly mustChangePassword: boolean;
  readonly failedLogins: number;
  readonly lockedUntil: Date | null;
}

export interface MembershipRecord {
  readonly userId: number;
  readonly role: MembershipTable['role'];
  readonly scopeKind: MembershipTable['scope_kind'];
  readonly scopeCode: string;
}

const USER_COLUMNS = [
  'id',
  'email',
  'display_name',
  'password_hash',
  'created_at',
  'disabled',
  'must_change_password',
  'failed_logins',
  'locked_until',
] as const;

interface UserRow {
  id: number;
  email: string;
  display_name: string;
  password_hash: string;
  created_at: Date;
  disabled: boolean;
  must_change_password: boolean;
  failed_logins: number;
  locked_until: Date | null;
}

function toUser(r: UserRow): UserRecord {
  return {
    id: Number(r.id),
    email: r.email,
    displayName: r.display_name,
    passwordHash: r.password_hash,
    createdAt: r.created_at,
    disabled: r.disabled,
    mustChangePassword: r.must_change_password,
    failedLogins: r.failed_logins,
    lockedUntil: r.locked_until,
  };
}

/** The user with this email (compared lower-case), or undefined. */
export async function readUserByEmail(db: Kysely<Database>, email: string): Promise<UserRecord | undefined> {
  const row = await db
    .selectFrom('user_account')
    .select(USER_COLUMNS)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .executeTakeFirst();
  return row ? toUser(row) : undefined;
}

export async function readUserById(db: Kysely<Database>, id: number): Promise<UserRecord | undefined> {
  const row = await db
    .selectFrom('user_account')
    .select(USER_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toUser(row) : undefined;
}

/** Every user, by email. */
export async function readUsers(db: Kysely<Database>): Promise<UserRecord[]> {
  const rows = await db.selectFrom('user_account').select(USER_COLUMNS).orderBy('email').execute();
  return rows.map(toUser);
}

/** The memberships of these users (all users when `userIds` is undefined), in a stable order. */
export async function readMemberships(
  db: Kysely<Database>,
  userIds?: readonly number[],
): Promise<MembershipRecord[]> {
  if (userIds && userIds.length === 0) return [];
  let q = db.selectFrom('membership').select(['user_id', 'role', 'scope_kind', 'scope_code']);
  if (userIds) q = q.where('user_id', 'in', [...userIds]);
  const rows = await q.orderBy('user_id').orderBy('role').orderBy('scope_code').execute();
  return rows.map((r) => ({
    userId: Number(r.user_id),
    role: r.role,
    scopeKind: r.scope_kind,
    scopeCode: r.scope_code,
  }));
}

/** How many enabled users hold the administrator role, leaving out `exceptUserId`. */
export async function countActiveAdministrators(
  db: Kysely<Database>,
  exceptUserId?: number,
): Promise<number> {
  let q = db
    .selectFrom('membership')
    .innerJoin('user_account', 'user_account.id', 'membership.user_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('membership.role', '=', 'administrator')
    .where('user_account.disabled', '=', false);
  if (exceptUserId !== undefined) q = q.where('user_account.id', '<>', exceptUserId);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}
