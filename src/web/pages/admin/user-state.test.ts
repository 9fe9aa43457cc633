import { describe, expect, it } from 'vitest';
import type { AuditEntry } from './admin-types.ts';
import { lastSignIn, userStates } from './user-state.ts';

const NOW = new Date('2026-03-01T12:00:00Z');
const base = { disabled: false, lockedUntil: null, mustChangePassword: false };

describe('the state of an account', () => {
  it.each([
    { name: 'an ordinary account', user: base, want: ['active'] },
    { name: 'disabled', user: { ...base, disabled: true }, want: ['disabled'] },
    { name: 'locked until later', user: { ...base, lockedUntil: '2026-03-01T12:10:00Z' }, want: ['locked'] },
    {
      name: 'a lock that has ended',
      user: { ...base, lockedUntil: '2026-03-01T11:59:59Z' },
      want: ['active'],
    },
    {
      name: 'disabled, locked and with a password to change',
      user: { disabled: true, lockedUntil: '2026-03-02T00:00:00Z', mustChangePassword: true },
      want: ['disabled', 'locked', 'mustChange'],
    },
  ])('$name', ({ user, want }) => {
    expect(userStates(user, NOW)).toEqual(want);
  });
});

describe('the last sign-in from the audit log', () => {
  const entry = (id: number, action: string, at: string): AuditEntry => ({
    id,
    at,
    actor: null,
    action,
    entityKind: 'user',
    entityId: '2',
    detail: {},
  });

  it('is the latest session.login, whatever the order', () => {
    expect(
      lastSignIn([
        entry(4, 'user.disable', '2026-02-04T00:00:00Z'),
        entry(2, 'session.login', '2026-02-02T00:00:00Z'),
        entry(3, 'session.login', '2026-02-03T00:00:00Z'),
        entry(1, 'user.create', '2026-02-01T00:00:00Z'),
      ]),
    ).toBe('2026-02-03T00:00:00Z');
  });

  it('is null when the user never signed in', () => {
    expect(lastSignIn([entry(1, 'user.create', '2026-02-01T00:00:00Z')])).toBeNull();
    expect(lastSignIn([])).toBeNull();
  });
});
