import type { Kysely } from 'kysely';
import {
  THROTTLE_RULES,
  throttleLogin,
  type ThrottleReason,
  type ThrottleRules,
} from '../core/auth/login-throttle.ts';
import { readUserByEmail, type UserRecord } from '../store/account-reads.ts';
import {
  insertLoginAttempt,
  pruneLoginAttempts,
  readRecentFailures,
} from '../store/account-login-attempts.ts';
import { incrementFailedLogins, updateUserRow } from '../store/account-writes.ts';
import type { Database } from '../store/database.ts';
import { recordAudit } from './audit.ts';
import { verifyNothing, verifyPassword } from './passwords.ts';

/** The one message for an unknown email and a wrong password alike: it tells nobody which emails exist. */
export const WRONG_CREDENTIALS = 'email or password is wrong';

export type CredentialCheck =
  | { readonly ok: true; readonly user: UserRecord }
  | { readonly ok: false; readonly kind: 'wrong-credentials'; readonly message: string }
  | {
      readonly ok: false;
      readonly kind: 'throttled';
      readonly reason: ThrottleReason;
      readonly retryAfterSeconds: number;
      readonly message: string;
    };

export interface CredentialInput {
  readonly email: string;
  readonly password: string;
  /** The client's address, for the per-address limit. */
  readonly ip: string;
  readonly now: Date;
}

/**
 * Checks an email and password under the brute-force rules (`core/auth/login-throttle.ts`): a
 * refused try is answered before any password is checked and is not counted; a wrong password
 * is recorded, counts towards the account's lock (10 consecutive failures lock it for 15 min,
 * written to the audit log) and gets the same answer as an unknown email, after the same work.
 * A right password records a success, which clears the account's count. Disabled accounts are
 * the caller's concern (it may tell them apart only after the password was right).
 */
export async function checkCredentials(
  db: Kysely<Database>,
  input: CredentialInput,
  rules: ThrottleRules = THROTTLE_RULES,
): Promise<CredentialCheck> {
  const email = input.email.trim().toLowerCase();
  const since = new Date(input.now.getTime() - rules.windowMs);
  const [user, emailFailures, ipFailures] = await Promise.all([
    readUserByEmail(db, email),
    readRecentFailures(db, { email }, since),
    readRecentFailures(db, { ip: input.ip }, since),
  ]);
  const decision = throttleLogin(
    { emailFailures, ipFailures, lockedUntil: user?.lockedUntil ?? null, now: input.now },
    rules,
  );
  if (!decision.allowed) return throttled(decision.reason, decision.retryAfterSeconds);
  const right = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyNothing(input.password);
  await insertLoginAttempt(db, { email, ip: input.ip, at: input.now, ok: right });
  if (!user || !right) {
    if (user) await countFailure(db, user, input.now, rules);
    return { ok: false, kind: 'wrong-credentials', message: WRONG_CREDENTIALS };
  }
  if (user.failedLogins > 0 || user.lockedUntil)
    await updateUserRow(db, user.id, { failedLogins: 0, lockedUntil: null });
  // Attempts older than a day decide nothing: keep the table small, on successes only (cheap, indexed).
  await pruneLoginAttempts(db, new Date(input.now.getTime() - 24 * 3600_000));
  return { ok: true, user };
}

function throttled(reason: ThrottleReason, seconds: number): CredentialCheck {
  const wait = seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  return {
    ok: false,
    kind: 'throttled',
    reason,
    retryAfterSeconds: seconds,
    message: `too many failed sign-ins: try again in ${wait}`,
  };
}

async function countFailure(
  db: Kysely<Database>,
  user: UserRecord,
  now: Date,
  rules: ThrottleRules,
): Promise<void> {
  const failures = await incrementFailedLogins(db, user.id);
  if (failures < rules.lockAfter) return;
  const lockedUntil = new Date(now.getTime() + rules.lockMs);
  await db.transaction().execute(async (trx) => {
    await updateUserRow(trx, user.id, { failedLogins: 0, lockedUntil });
    await recordAudit(trx, {
      actor: null,
      action: 'user.lock',
      entityKind: 'user',
      entityId: user.id,
      at: now,
      detail: { failedLogins: failures, lockedUntil: lockedUntil.toISOString() },
    });
  });
}
