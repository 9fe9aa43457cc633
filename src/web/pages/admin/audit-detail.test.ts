import { describe, expect, it } from 'vitest';
import { auditDetail, isUserAction } from './audit-detail.ts';

const KAZ = { role: 'focal-point', scope: { kind: 'country', iso3: 'KAZ' } };

describe('an audit entry in words', () => {
  it.each([
    {
      action: 'user.create',
      detail: { email: 'a@b.org', displayName: 'A', memberships: [KAZ, { role: 'x' }] },
      want: { kind: 'create', email: 'a@b.org', displayName: 'A', memberships: [KAZ] },
    },
    { action: 'user.rename', detail: { from: 'A', to: 'B' }, want: { kind: 'rename', from: 'A', to: 'B' } },
    {
      action: 'membership.grant',
      detail: { membership: KAZ },
      want: { kind: 'membership', membership: KAZ },
    },
    {
      action: 'membership.revoke',
      detail: { membership: { role: 'administrator', scope: { kind: 'instance' } } },
      want: { kind: 'membership', membership: { role: 'administrator', scope: { kind: 'instance' } } },
    },
    { action: 'user.disable', detail: { sessionsEnded: 2 }, want: { kind: 'sessions', count: 2 } },
    { action: 'user.password-reset', detail: { sessionsEnded: 0 }, want: { kind: 'sessions', count: 0 } },
    {
      action: 'user.lock',
      detail: { failedLogins: 10, lockedUntil: '2026-03-01T12:15:00Z' },
      want: { kind: 'lock', until: '2026-03-01T12:15:00Z', failures: 10 },
    },
    { action: 'session.login', detail: { ip: '127.0.0.1' }, want: { kind: 'ip', ip: '127.0.0.1' } },
    { action: 'user.enable', detail: {}, want: { kind: 'none' } },
    { action: 'session.logout', detail: {}, want: { kind: 'none' } },
    { action: 'user.rename', detail: { to: 'B' }, want: { kind: 'raw', text: '{"to":"B"}' } },
    {
      action: 'membership.grant',
      detail: { membership: { role: 'focal-point', scope: { kind: 'country' } } },
      want: { kind: 'raw', text: '{"membership":{"role":"focal-point","scope":{"kind":"country"}}}' },
    },
    { action: 'report.save', detail: { version: 3 }, want: { kind: 'raw', text: '{"version":3}' } },
  ])('$action $detail', ({ action, detail, want }) => {
    expect(auditDetail({ action, detail })).toEqual(want);
  });

  it('knows the user actions it words', () => {
    expect(['user.create', 'session.login', 'membership.revoke'].every(isUserAction)).toBe(true);
    expect(isUserAction('report.save')).toBe(false);
  });
});
