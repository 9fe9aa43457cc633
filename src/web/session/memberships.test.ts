import { describe, expect, it } from 'vitest';
import {
  authoredCountries,
  hasRole,
  reviews,
  reviewsCycle,
  scopeCode,
  writesFor,
  type Actor,
} from './memberships.ts';
import type { Membership } from './session-types.ts';

const user = (memberships: Membership[]): Actor => ({
  kind: 'user',
  user: {
    id: '1',
    email: 'a@example.org',
    displayName: 'A',
    createdAt: '2026-01-01T00:00:00Z',
    disabled: false,
    mustChangePassword: false,
    lockedUntil: null,
    memberships,
  },
});

const kazFocal: Membership = { role: 'focal-point', scope: { kind: 'country', iso3: 'KAZ' } };
const uzbContributor: Membership = { role: 'contributor', scope: { kind: 'country', iso3: 'UZB' } };
const uneceReviewer: Membership = { role: 'regional-reviewer', scope: { kind: 'region-set', code: 'unece' } };
const admin: Membership = { role: 'administrator', scope: { kind: 'instance' } };

describe('memberships as the web app reads them', () => {
  it.each([
    { name: 'the public', actor: { kind: 'public' } as Actor, reviews: false, authored: [] as string[] },
    { name: 'KAZ focal point', actor: user([kazFocal]), reviews: false, authored: ['KAZ'] },
    {
      name: 'UZB contributor and KAZ focal point',
      actor: user([uzbContributor, kazFocal, kazFocal]),
      reviews: false,
      authored: ['KAZ', 'UZB'],
    },
    { name: 'UNECE reviewer', actor: user([uneceReviewer]), reviews: true, authored: [] },
    { name: 'administrator', actor: user([admin]), reviews: true, authored: [] },
  ])('$name', ({ actor, reviews: r, authored }) => {
    expect(reviews(actor)).toBe(r);
    expect(authoredCountries(actor)).toEqual(authored);
  });

  it('writesFor compares ISO3 codes case-insensitively and only for country roles', () => {
    expect(writesFor(user([kazFocal]), 'kaz')).toBe(true);
    expect(writesFor(user([kazFocal]), 'UZB')).toBe(false);
    expect(writesFor(user([admin]), 'KAZ')).toBe(false);
    expect(hasRole(user([admin]), 'administrator')).toBe(true);
    expect(hasRole({ kind: 'public' }, 'administrator')).toBe(false);
  });

  it.each([
    { name: 'the public', actor: { kind: 'public' } as Actor, unece: false, centralAsia: false },
    { name: 'KAZ focal point', actor: user([kazFocal]), unece: false, centralAsia: false },
    { name: 'UNECE reviewer', actor: user([uneceReviewer]), unece: true, centralAsia: false },
    {
      name: 'Central Asia reviewer',
      actor: user([{ role: 'regional-reviewer', scope: { kind: 'region-set', code: 'unece-central-asia' } }]),
      unece: false,
      centralAsia: true,
    },
    { name: 'administrator', actor: user([admin]), unece: true, centralAsia: true },
  ])('reviewsCycle: $name', ({ actor, unece, centralAsia }) => {
    expect(reviewsCycle(actor, 'unece')).toBe(unece);
    expect(reviewsCycle(actor, 'unece-central-asia')).toBe(centralAsia);
  });

  it('scopeCode names the country, the region set or nothing for the instance', () => {
    expect([kazFocal, uneceReviewer, admin].map(scopeCode)).toEqual(['KAZ', 'unece', undefined]);
  });
});
