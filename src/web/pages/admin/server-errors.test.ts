import { describe, expect, it } from 'vitest';
import { serverErrors } from './server-errors.ts';

const FIELDS = { email: 'email', displayName: 'name', memberships: 'scope' } as const;

describe('server errors beside their fields', () => {
  it.each([
    {
      name: 'a duplicate email goes beside the email',
      failure: {
        status: 400,
        message: 'a user with email a@b.org already exists',
        issues: [{ param: 'email', message: 'a user with email a@b.org already exists' }],
      },
      want: { fields: { email: 'a user with email a@b.org already exists' }, general: null },
    },
    {
      name: 'two issues of one field are joined; a nested path names its first part',
      failure: {
        status: 400,
        message: 'invalid parameters …',
        issues: [
          { param: 'memberships.0.scope', message: 'unknown country "XXX"' },
          { param: 'memberships', message: 'expected at most 100' },
        ],
      },
      want: { fields: { scope: 'unknown country "XXX"; expected at most 100' }, general: null },
    },
    {
      name: 'a parameter the form does not show is said for the whole form',
      failure: {
        status: 400,
        message: 'invalid parameters',
        issues: [
          { param: 'displayName', message: 'expected a display name' },
          { param: 'mustChange', message: 'unrecognized key' },
        ],
      },
      want: { fields: { name: 'expected a display name' }, general: 'mustChange: unrecognized key' },
    },
    {
      name: 'an issue of no field of the form: the server’s message',
      failure: {
        status: 400,
        message: 'admin@example.org is the last enabled administrator: grant the role to another user first',
        issues: [{ param: 'revoke', message: 'admin@example.org is the last enabled administrator: …' }],
      },
      want: {
        fields: {},
        general: 'admin@example.org is the last enabled administrator: grant the role to another user first',
      },
    },
    {
      name: 'a refusal has no field',
      failure: { status: 403, message: 'requires administrator' },
      want: { fields: {}, general: 'requires administrator' },
    },
  ])('$name', ({ failure, want }) => {
    expect(serverErrors(failure, FIELDS)).toEqual(want);
  });
});
