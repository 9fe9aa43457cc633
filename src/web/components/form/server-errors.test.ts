import { describe, expect, it } from 'vitest';
import { serverErrors, type FieldOf } from './server-errors.ts';

/** The create-user form: request parameters → its fields. */
const USER_FIELDS = { email: 'email', displayName: 'name', memberships: 'scope' } as const;

/** The meeting form: fields named by the parameters' paths, co-chair rows renumbered (row 1 sent = row 2 shown). */
const MEETING_FIELDS: FieldOf<string> = (param) => {
  const field = param.replace(/^coChairs\.1\./, 'coChairs.2.');
  return ['title', 'to', 'coChairs.2.country'].includes(field) ? field : undefined;
};

describe('server errors beside their fields', () => {
  it.each([
    {
      name: 'a duplicate email goes beside the email',
      fieldOf: USER_FIELDS,
      failure: {
        status: 400,
        message: 'a user with email a@b.org already exists',
        issues: [{ param: 'email', message: 'a user with email a@b.org already exists' }],
      },
      want: { fields: { email: 'a user with email a@b.org already exists' }, general: null },
    },
    {
      name: 'two issues of one field are joined; a nested path names its first part',
      fieldOf: USER_FIELDS,
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
      name: 'a parameter the form does not show is said for the whole form, named',
      fieldOf: USER_FIELDS,
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
      fieldOf: USER_FIELDS,
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
      fieldOf: USER_FIELDS,
      failure: { status: 403, message: 'requires administrator' },
      want: { fields: {}, general: 'requires administrator' },
    },
    {
      name: 'a field named by its path, without the parameter the service message repeats',
      fieldOf: MEETING_FIELDS,
      failure: {
        status: 400,
        message: 'coChairs.1.country: no such country in the catalogue',
        issues: [
          { param: 'coChairs.1.country', message: 'coChairs.1.country: no such country in the catalogue' },
        ],
      },
      want: { fields: { 'coChairs.2.country': 'no such country in the catalogue' }, general: null },
    },
    {
      name: 'what no field shows stays general, not named twice when its message names it',
      fieldOf: MEETING_FIELDS,
      failure: {
        status: 400,
        message: 'invalid parameters title, colour',
        issues: [
          { param: 'title', message: 'expected string, received undefined: required' },
          { param: 'colour', message: 'Unrecognized key: "colour"' },
        ],
      },
      want: {
        fields: { title: 'expected string, received undefined: required' },
        general: 'Unrecognized key: "colour"',
      },
    },
    {
      name: 'a refusal without issues: its message',
      fieldOf: MEETING_FIELDS,
      failure: { status: 403, message: 'meeting.manage requires regional-reviewer of unece' },
      want: { fields: {}, general: 'meeting.manage requires regional-reviewer of unece' },
    },
  ])('$name', ({ failure, fieldOf, want }) => {
    expect(serverErrors<string>(failure, fieldOf)).toEqual(want);
  });
});
