import type { AuditEntry, Membership } from './admin-types.ts';

/** The actions of a user's audit log the page words in the reader's language (`audit.actions.` keys). */
export const USER_ACTIONS = [
  'user.create',
  'user.rename',
  'user.disable',
  'user.enable',
  'user.password-reset',
  'user.password-change',
  'user.lock',
  'membership.grant',
  'membership.revoke',
  'session.login',
  'session.logout',
] as const;

export type UserAction = (typeof USER_ACTIONS)[number];

/** What an entry's detail says, by the shape its action records (src/services/accounts.ts, sessions.ts, credentials.ts). */
export type AuditDetail =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'create';
      readonly email: string;
      readonly displayName: string;
      readonly memberships: readonly Membership[];
    }
  | { readonly kind: 'rename'; readonly from: string; readonly to: string }
  | { readonly kind: 'membership'; readonly membership: Membership }
  | { readonly kind: 'sessions'; readonly count: number }
  | { readonly kind: 'lock'; readonly until: string; readonly failures: number }
  | { readonly kind: 'ip'; readonly ip: string }
  /** An action or a shape this page does not know: the detail as JSON. */
  | { readonly kind: 'raw'; readonly text: string };

export function isUserAction(action: string): action is UserAction {
  return (USER_ACTIONS as readonly string[]).includes(action);
}

export function auditDetail(e: Pick<AuditEntry, 'action' | 'detail'>): AuditDetail {
  const d = e.detail;
  const raw: AuditDetail = { kind: 'raw', text: JSON.stringify(d) };
  switch (e.action) {
    case 'user.create':
      return typeof d.email === 'string' && typeof d.displayName === 'string' && Array.isArray(d.memberships)
        ? {
            kind: 'create',
            email: d.email,
            displayName: d.displayName,
            memberships: d.memberships.filter(isMembership),
          }
        : raw;
    case 'user.rename':
      return typeof d.from === 'string' && typeof d.to === 'string'
        ? { kind: 'rename', from: d.from, to: d.to }
        : raw;
    case 'membership.grant':
    case 'membership.revoke':
      return isMembership(d.membership) ? { kind: 'membership', membership: d.membership } : raw;
    case 'user.disable':
    case 'user.password-reset':
    case 'user.password-change':
      return typeof d.sessionsEnded === 'number' ? { kind: 'sessions', count: d.sessionsEnded } : raw;
    case 'user.lock':
      return typeof d.lockedUntil === 'string' && typeof d.failedLogins === 'number'
        ? { kind: 'lock', until: d.lockedUntil, failures: d.failedLogins }
        : raw;
    case 'session.login':
      return typeof d.ip === 'string' ? { kind: 'ip', ip: d.ip } : raw;
    default:
      return Object.keys(d).length === 0 ? { kind: 'none' } : raw;
  }
}

function isMembership(x: unknown): x is Membership {
  if (typeof x !== 'object' || x === null) return false;
  const { role, scope } = x as { role?: unknown; scope?: { kind?: unknown; iso3?: unknown; code?: unknown } };
  if (typeof role !== 'string' || typeof scope !== 'object' || scope === null) return false;
  return (
    scope.kind === 'instance' ||
    (scope.kind === 'country' && typeof scope.iso3 === 'string') ||
    (scope.kind === 'region-set' && typeof scope.code === 'string')
  );
}
