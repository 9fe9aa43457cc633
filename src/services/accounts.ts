import type { Kysely } from 'kysely';
import { can, describeMembership } from '../core/auth/access-policy.ts';
import type { Actor, Membership, UserId } from '../core/auth/access.ts';
import {
  countActiveAdministrators,
  readMemberships,
  readUserByEmail,
  readUserById,
  readUsers,
  type UserRecord,
} from '../store/account-reads.ts';
import { deleteUserSessions } from '../store/account-sessions.ts';
import { deleteMembership, insertMembership, insertUser, updateUserRow } from '../store/account-writes.ts';
import type { Database } from '../store/database.ts';
import { recordAudit } from './audit.ts';
import { membershipProblem, toMembership, toRecord } from './memberships.ts';
import { hashPassword, passwordProblem } from './passwords.ts';
import { forbidden, invalid, notFound, ok, type ServiceResult } from './service-result.ts';

/** Who asks: a signed-in actor (checked against `user.manage`), or null for the system (the CLI, run by whoever holds the database). */
export type Operator = Actor | null;

/** A user as the API and CLI show it: never the password hash. */
export interface UserView {
  readonly id: UserId;
  readonly email: string;
  readonly displayName: string;
  /** ISO 8601. */
  readonly createdAt: string;
  readonly disabled: boolean;
  readonly mustChangePassword: boolean;
  /** ISO 8601: the end of the account's latest lock after failed sign-ins (locked while in the future), else null. */
  readonly lockedUntil: string | null;
  readonly memberships: readonly Membership[];
}

export interface NewUserInput {
  readonly email: string;
  readonly displayName: string;
  readonly password: string;
  readonly memberships?: readonly Membership[];
  /** Default false: the first administrator chose their own password. */
  readonly mustChangePassword?: boolean;
}

/** What an administrator may change of a user, all at once (one transaction). */
export interface UserPatch {
  readonly displayName?: string;
  readonly disabled?: boolean;
  /** A new password set by an administrator: the user must change it at the next sign-in. */
  readonly password?: string;
  readonly grant?: readonly Membership[];
  readonly revoke?: readonly Membership[];
}

export interface Clock {
  readonly now?: Date;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The email as stored: trimmed, lower-case. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Creates a user with an argon2id hash of the password, and their memberships. */
export async function createUser(
  db: Kysely<Database>,
  by: Operator,
  input: NewUserInput,
  clock: Clock = {},
): Promise<ServiceResult<UserView>> {
  const denied = authorise(by);
  if (denied) return denied;
  const email = normaliseEmail(input.email);
  const problem = newUserProblem({ ...input, email });
  if (problem) return problem;
  const passwordHash = await hashPassword(input.password);
  const now = clock.now ?? new Date();
  return db
    .transaction()
    .execute(async (trx) => {
      if (await readUserByEmail(trx, email))
        return invalid(`a user with email ${email} already exists`, 'email');
      const id = await insertUser(trx, {
        email,
        displayName: input.displayName.trim(),
        passwordHash,
        createdAt: now,
        mustChangePassword: input.mustChangePassword ?? false,
      });
      for (const m of input.memberships ?? []) await insertMembership(trx, toRecord(id, m));
      await recordAudit(trx, {
        actor: by,
        action: 'user.create',
        entityKind: 'user',
        entityId: id,
        at: now,
        detail: { email, displayName: input.displayName.trim(), memberships: input.memberships ?? [] },
      });
      return ok(await viewOf(trx, id));
    })
    .catch((e: unknown) => {
      // Two creations of one email at once: the unique index decides, the loser hears why.
      if ((e as { code?: string }).code === '23505')
        return invalid(`a user with email ${email} already exists`, 'email');
      throw e;
    });
}

/** Every user with their memberships. */
export async function listUsers(db: Kysely<Database>, by: Operator): Promise<ServiceResult<UserView[]>> {
  const denied = authorise(by);
  if (denied) return denied;
  const [users, memberships] = await Promise.all([readUsers(db), readMemberships(db)]);
  return ok(users.map((u) => toView(u, memberships.filter((m) => m.userId === u.id).map(toMembership))));
}

/** One user, by id or by email. */
export async function getUser(
  db: Kysely<Database>,
  by: Operator,
  key: { readonly id: string } | { readonly email: string },
): Promise<ServiceResult<UserView>> {
  const denied = authorise(by);
  if (denied) return denied;
  const user = await findUser(db, key);
  if (!user) return notFoundUser(key);
  return ok(await viewOf(db, user.id));
}

/**
 * Applies an administrator's changes to a user in one transaction, each written to the audit
 * log: rename, disable (ends their sessions) or enable, reset the password (ends their sessions,
 * clears a lock, must change at the next sign-in), grant and revoke memberships. The last enabled
 * administrator can be neither disabled nor lose the role.
 */
export async function updateUser(
  db: Kysely<Database>,
  by: Operator,
  key: { readonly id: string } | { readonly email: string },
  patch: UserPatch,
  clock: Clock = {},
): Promise<ServiceResult<UserView>> {
  const denied = authorise(by);
  if (denied) return denied;
  const user = await findUser(db, key);
  if (!user) return notFoundUser(key);
  const problem = patchProblem(user, patch);
  if (problem) return problem;
  const passwordHash = patch.password === undefined ? undefined : await hashPassword(patch.password);
  const now = clock.now ?? new Date();
  return db
    .transaction()
    .execute(async (trx) => {
      const audit = (action: string, detail: Record<string, unknown>) =>
        recordAudit(trx, { actor: by, action, entityKind: 'user', entityId: user.id, at: now, detail });
      const last = await lastAdministratorProblem(trx, user, patch);
      if (last) return last;
      if (patch.displayName !== undefined && patch.displayName.trim() !== user.displayName) {
        await updateUserRow(trx, user.id, { displayName: patch.displayName.trim() });
        await audit('user.rename', { from: user.displayName, to: patch.displayName.trim() });
      }
      if (patch.disabled !== undefined && patch.disabled !== user.disabled) {
        await updateUserRow(trx, user.id, { disabled: patch.disabled });
        const ended = patch.disabled ? await deleteUserSessions(trx, user.id) : 0;
        await audit(
          patch.disabled ? 'user.disable' : 'user.enable',
          patch.disabled ? { sessionsEnded: ended } : {},
        );
      }
      if (passwordHash !== undefined) {
        await updateUserRow(trx, user.id, {
          passwordHash,
          mustChangePassword: true,
          failedLogins: 0,
          lockedUntil: null,
        });
        await audit('user.password-reset', { sessionsEnded: await deleteUserSessions(trx, user.id) });
      }
      for (const m of patch.grant ?? [])
        if (await insertMembership(trx, toRecord(user.id, m)))
          await audit('membership.grant', { membership: m });
      for (const m of patch.revoke ?? []) {
        if (!(await deleteMembership(trx, toRecord(user.id, m))))
          throw new NoSuchMembership(`${user.email} is not ${describeMembership(m)}`);
        await audit('membership.revoke', { membership: m });
      }
      return ok(await viewOf(trx, user.id));
    })
    .catch((e: unknown) => {
      if (e instanceof NoSuchMembership) return invalid(e.message, 'revoke');
      throw e;
    });
}

/** The actor of a signed-in user: their id and memberships as stored now. */
export async function actorOf(db: Kysely<Database>, userId: number): Promise<Actor> {
  const memberships = await readMemberships(db, [userId]);
  return { kind: 'user', id: String(userId) as UserId, memberships: memberships.map(toMembership) };
}

/** The view of a user read back (inside the transaction that changed it). */
export async function viewOf(db: Kysely<Database>, id: number): Promise<UserView> {
  const user = await readUserById(db, id);
  if (!user) throw new Error(`user ${id} vanished`);
  return toView(user, (await readMemberships(db, [id])).map(toMembership));
}

/** Thrown inside a transaction to roll it back; turned into an `invalid` result. */
class NoSuchMembership extends Error {}

function toView(u: UserRecord, memberships: readonly Membership[]): UserView {
  return {
    id: String(u.id) as UserId,
    email: u.email,
    displayName: u.displayName,
    createdAt: u.createdAt.toISOString(),
    disabled: u.disabled,
    mustChangePassword: u.mustChangePassword,
    lockedUntil: u.lockedUntil?.toISOString() ?? null,
    memberships,
  };
}

function authorise(by: Operator): ServiceResult<never> | undefined {
  if (by === null) return undefined;
  const decision = can(by, 'user.manage');
  return decision.allowed ? undefined : forbidden(decision.reason);
}

async function findUser(
  db: Kysely<Database>,
  key: { readonly id: string } | { readonly email: string },
): Promise<UserRecord | undefined> {
  if ('email' in key) return readUserByEmail(db, normaliseEmail(key.email));
  return /^[1-9]\d{0,15}$/.test(key.id) ? readUserById(db, Number(key.id)) : undefined;
}

function notFoundUser(key: { readonly id: string } | { readonly email: string }): ServiceResult<never> {
  return 'email' in key
    ? notFound(`no user with email ${normaliseEmail(key.email)}`, 'email')
    : notFound(`no user with id ${key.id}`, 'id');
}

function newUserProblem(input: NewUserInput & { email: string }): ServiceResult<never> | undefined {
  if (!EMAIL.test(input.email) || input.email.length > 254)
    return invalid(`expected an email address such as name@example.org, got "${input.email}"`, 'email');
  if (input.displayName.trim() === '' || input.displayName.length > 200)
    return invalid('expected a display name of 1–200 characters', 'displayName');
  const pw = passwordProblem(input.password, input.email);
  if (pw) return invalid(pw, 'password');
  return membershipsProblem(input.memberships ?? [], 'memberships');
}

function patchProblem(user: UserRecord, patch: UserPatch): ServiceResult<never> | undefined {
  if (patch.displayName !== undefined && (patch.displayName.trim() === '' || patch.displayName.length > 200))
    return invalid('expected a display name of 1–200 characters', 'displayName');
  if (patch.password !== undefined) {
    const pw = passwordProblem(patch.password, user.email);
    if (pw) return invalid(pw, 'password');
  }
  return membershipsProblem(patch.grant ?? [], 'grant') ?? membershipsProblem(patch.revoke ?? [], 'revoke');
}

function membershipsProblem(list: readonly Membership[], param: string): ServiceResult<never> | undefined {
  for (const m of list) {
    const problem = membershipProblem(m);
    if (problem) return invalid(problem, param);
  }
  return undefined;
}

/** Refuses to leave the instance without an enabled administrator. */
async function lastAdministratorProblem(
  db: Kysely<Database>,
  user: UserRecord,
  patch: UserPatch,
): Promise<ServiceResult<never> | undefined> {
  const isAdmin = (await readMemberships(db, [user.id])).some((m) => m.role === 'administrator');
  const losesRole = (patch.revoke ?? []).some((m) => m.role === 'administrator');
  if (!isAdmin || user.disabled || !(patch.disabled === true || losesRole)) return undefined;
  if ((await countActiveAdministrators(db, user.id)) > 0) return undefined;
  return invalid(
    `${user.email} is the last enabled administrator: grant the role to another user first`,
    patch.disabled === true ? 'disabled' : 'revoke',
  );
}
