import type { Kysely } from 'kysely';
import type { Actor } from '../core/auth/access.ts';
import { readUserById } from '../store/account-reads.ts';
import { deleteUserSessions } from '../store/account-sessions.ts';
import { updateUserRow } from '../store/account-writes.ts';
import type { Database } from '../store/database.ts';
import { recordAudit } from './audit.ts';
import { checkCredentials, type CredentialCheck } from './credentials.ts';
import { hashPassword, passwordProblem } from './passwords.ts';
import { invalid, ok, type ServiceFailure } from './service-result.ts';

export interface PasswordChange {
  readonly currentPassword: string;
  readonly newPassword: string;
  /** The client's address: a wrong current password counts like a failed sign-in. */
  readonly ip: string;
  /** The session making the change stays open; every other session of the user ends. */
  readonly keepSessionId?: string;
}

export type PasswordChangeResult =
  | { readonly ok: true; readonly value: { readonly sessionsEnded: number } }
  | ServiceFailure
  | Extract<CredentialCheck, { kind: 'throttled' }>;

/**
 * A signed-in user changes their own password: the current one must be right (checked, counted and
 * throttled as a sign-in is, so a stolen session cannot guess it quickly), the new one must pass
 * the password rules and differ. Clears `must_change_password` and ends the user's other sessions.
 */
export async function changeOwnPassword(
  db: Kysely<Database>,
  actor: Actor,
  change: PasswordChange,
  clock: { readonly now?: Date } = {},
): Promise<PasswordChangeResult> {
  if (actor.kind !== 'user')
    return { ok: false, kind: 'forbidden', message: 'sign in to change your password' };
  const now = clock.now ?? new Date();
  const user = await readUserById(db, Number(actor.id));
  if (!user) return { ok: false, kind: 'not-found', message: `no user with id ${actor.id}` };
  const problem = passwordProblem(change.newPassword, user.email);
  if (problem) return invalid(problem, 'newPassword');
  if (change.newPassword === change.currentPassword)
    return invalid('the new password must differ from the current one', 'newPassword');
  const checked = await checkCredentials(db, {
    email: user.email,
    password: change.currentPassword,
    ip: change.ip,
    now,
  });
  if (!checked.ok && checked.kind === 'throttled') return checked;
  if (!checked.ok) return invalid('the current password is wrong', 'currentPassword');
  const passwordHash = await hashPassword(change.newPassword);
  return db.transaction().execute(async (trx) => {
    await updateUserRow(trx, user.id, { passwordHash, mustChangePassword: false });
    const sessionsEnded = await deleteUserSessions(trx, user.id, change.keepSessionId);
    await recordAudit(trx, {
      actor,
      action: 'user.password-change',
      entityKind: 'user',
      entityId: user.id,
      at: now,
      detail: { sessionsEnded },
    });
    return ok({ sessionsEnded });
  });
}
