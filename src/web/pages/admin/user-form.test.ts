import { describe, expect, it } from 'vitest';
import type { Membership } from '../../session/session-types.ts';
import {
  EMPTY_NEW_USER,
  grantRequest,
  newUserRequest,
  renameRequest,
  resetRequest,
  type NewUserFields,
} from './user-form.ts';

const GOOD = {
  ...EMPTY_NEW_USER,
  email: ' Aigerim.Focal@Example.org ',
  displayName: ' Aigerim Focal ',
  password: 'a long temporary phrase',
  role: 'focal-point' as const,
  scope: 'KAZ',
};

describe('the create-user form', () => {
  it('makes the request body: email lower-case, name trimmed, the first membership', () => {
    expect(newUserRequest(GOOD)).toEqual({
      ok: true,
      body: {
        email: 'aigerim.focal@example.org',
        displayName: 'Aigerim Focal',
        password: 'a long temporary phrase',
        memberships: [{ role: 'focal-point', scope: { kind: 'country', iso3: 'KAZ' } }],
      },
    });
  });

  it.each([
    {
      name: 'an administrator needs no scope',
      fields: { role: 'administrator', scope: '' },
      memberships: [{ role: 'administrator', scope: { kind: 'instance' } }],
    },
    {
      name: 'a reviewer gets a region set',
      fields: { role: 'regional-reviewer', scope: 'unece' },
      memberships: [{ role: 'regional-reviewer', scope: { kind: 'region-set', code: 'unece' } }],
    },
    { name: 'no role yet', fields: { role: '', scope: 'KAZ' }, memberships: [] },
  ] as { name: string; fields: Partial<NewUserFields>; memberships: Membership[] }[])(
    '$name',
    ({ fields, memberships }) => {
      const r = newUserRequest({ ...GOOD, ...fields });
      expect(r.ok && r.body.memberships).toEqual(memberships);
    },
  );

  it.each([
    { fields: { email: 'not an email' }, problems: { email: 'emailInvalid' } },
    { fields: { email: `${'a'.repeat(250)}@b.org` }, problems: { email: 'emailInvalid' } },
    { fields: { displayName: '   ' }, problems: { displayName: 'nameMissing' } },
    { fields: { displayName: 'x'.repeat(201) }, problems: { displayName: 'nameLong' } },
    { fields: { password: 'too short' }, problems: { password: 'passwordShort' } },
    { fields: { password: ' '.repeat(12) }, problems: { password: 'passwordSpaces' } },
    { fields: { password: 'x'.repeat(1025) }, problems: { password: 'passwordLong' } },
    { fields: { password: 'AIGERIM.FOCAL@example.org' }, problems: { password: 'passwordEmail' } },
    { fields: { role: 'contributor', scope: '' }, problems: { scope: 'scopeMissing' } },
    {
      fields: { email: '', displayName: '', password: '', scope: '' },
      problems: {
        email: 'emailInvalid',
        displayName: 'nameMissing',
        password: 'passwordShort',
        scope: 'scopeMissing',
      },
    },
  ] as { fields: Partial<NewUserFields>; problems: object }[])(
    'refuses $problems',
    ({ fields, problems }) => {
      expect(newUserRequest({ ...GOOD, ...fields })).toEqual({ ok: false, problems });
    },
  );
});

describe('the changes to a user', () => {
  it.each([
    { name: ' Aigerim B. ', want: { ok: true, body: { displayName: 'Aigerim B.' } } },
    { name: '', want: { ok: false, problems: { displayName: 'nameMissing' } } },
    { name: 'y'.repeat(201), want: { ok: false, problems: { displayName: 'nameLong' } } },
  ])('renames to "$name"', ({ name, want }) => {
    expect(renameRequest(name)).toEqual(want);
  });

  it.each([
    { password: 'a new temporary phrase', want: { ok: true, body: { password: 'a new temporary phrase' } } },
    { password: 'short', want: { ok: false, problems: { password: 'passwordShort' } } },
    { password: 'kaz@example.org', want: { ok: false, problems: { password: 'passwordEmail' } } },
  ])('resets the password to "$password"', ({ password, want }) => {
    expect(resetRequest(password, 'kaz@example.org')).toEqual(want);
  });

  it('grants a membership the user does not hold yet', () => {
    const held: Membership[] = [{ role: 'focal-point', scope: { kind: 'country', iso3: 'KAZ' } }];
    expect(grantRequest('contributor', 'uzb', held)).toEqual({
      ok: true,
      body: { grant: [{ role: 'contributor', scope: { kind: 'country', iso3: 'UZB' } }] },
    });
    expect(grantRequest('focal-point', 'kaz', held)).toEqual({
      ok: false,
      problems: { scope: 'alreadyHeld' },
    });
    expect(grantRequest('regional-reviewer', '', held)).toEqual({
      ok: false,
      problems: { scope: 'scopeMissing' },
    });
  });
});
