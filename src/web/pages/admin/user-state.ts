import type { AuditEntry, User } from './admin-types.ts';

/** What an administrator needs to know of an account at a glance; a key under `state.` in admin.json. */
export type UserState = 'active' | 'disabled' | 'locked' | 'mustChange';

/**
 * The account's states, most blocking first: disabled, locked (its lock ends in the future),
 * must change an administrator-set password; `active` when none applies.
 */
export function userStates(
  u: Pick<User, 'disabled' | 'lockedUntil' | 'mustChangePassword'>,
  now: Date,
): UserState[] {
  const states: UserState[] = [];
  if (u.disabled) states.push('disabled');
  if (u.lockedUntil !== null && new Date(u.lockedUntil).getTime() > now.getTime()) states.push('locked');
  if (u.mustChangePassword) states.push('mustChange');
  return states.length === 0 ? ['active'] : states;
}

/**
 * The latest sign-in in a user's audit log (`session.login`), or null when none is in the
 * entries read: the API has no last-sign-in field, the audit log records every sign-in.
 */
export function lastSignIn(entries: readonly AuditEntry[]): string | null {
  let latest: string | null = null;
  for (const e of entries)
    if (e.action === 'session.login' && (latest === null || Date.parse(e.at) > Date.parse(latest)))
      latest = e.at;
  return latest;
}
