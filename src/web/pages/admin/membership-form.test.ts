import { describe, expect, it } from 'vitest';
import type { Membership, Role } from '../../session/session-types.ts';
import { holds, membershipKey, membershipOf, ROLES, scopeKindOf } from './membership-form.ts';

describe('a membership from a form', () => {
  it.each([
    { role: 'administrator', code: '', want: { role: 'administrator', scope: { kind: 'instance' } } },
    { role: 'administrator', code: 'KAZ', want: { role: 'administrator', scope: { kind: 'instance' } } },
    {
      role: 'focal-point',
      code: 'kaz',
      want: { role: 'focal-point', scope: { kind: 'country', iso3: 'KAZ' } },
    },
    {
      role: 'contributor',
      code: ' UZB ',
      want: { role: 'contributor', scope: { kind: 'country', iso3: 'UZB' } },
    },
    {
      role: 'regional-reviewer',
      code: 'central-asia',
      want: { role: 'regional-reviewer', scope: { kind: 'region-set', code: 'central-asia' } },
    },
    { role: 'focal-point', code: '', want: null },
    { role: 'regional-reviewer', code: '  ', want: null },
  ] as { role: Role; code: string; want: Membership | null }[])(
    '$role with "$code"',
    ({ role, code, want }) => {
      expect(membershipOf(role, code)).toEqual(want);
    },
  );

  it('gives each role the scope kind the server requires', () => {
    expect(Object.fromEntries(ROLES.map((r) => [r, scopeKindOf(r)]))).toEqual({
      'focal-point': 'country',
      contributor: 'country',
      'regional-reviewer': 'region-set',
      administrator: 'instance',
    });
  });

  it('keys and compares memberships by role and scope', () => {
    const kaz: Membership = { role: 'focal-point', scope: { kind: 'country', iso3: 'KAZ' } };
    const admin: Membership = { role: 'administrator', scope: { kind: 'instance' } };
    const unece: Membership = { role: 'regional-reviewer', scope: { kind: 'region-set', code: 'unece' } };
    expect([kaz, admin, unece].map(membershipKey)).toEqual([
      'focal-point:KAZ',
      'administrator:',
      'regional-reviewer:unece',
    ]);
    expect(holds([admin, kaz], { role: 'focal-point', scope: { kind: 'country', iso3: 'KAZ' } })).toBe(true);
    expect(holds([admin, kaz], { role: 'contributor', scope: { kind: 'country', iso3: 'KAZ' } })).toBe(false);
    expect(holds([], admin)).toBe(false);
  });
});
