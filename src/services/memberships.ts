import { countryByIso3 } from '../catalog/countries.ts';
import { regionSetByCode, regionSets } from '../catalog/region-sets.ts';
import { ROLE_SCOPE_KIND, ROLES } from '../core/auth/access-policy.ts';
import type { Membership, Role, Scope } from '../core/auth/access.ts';
import type { MembershipRecord } from '../store/account-reads.ts';

/** The core's membership of a stored row. */
export function toMembership(r: MembershipRecord): Membership {
  const scope: Scope =
    r.scopeKind === 'instance'
      ? { kind: 'instance' }
      : r.scopeKind === 'region-set'
        ? { kind: 'region-set', code: r.scopeCode }
        : { kind: 'country', iso3: r.scopeCode };
  return { role: r.role, scope };
}

/** The stored row of a membership (scope code '' for the instance). */
export function toRecord(userId: number, m: Membership): MembershipRecord {
  const scopeCode =
    m.scope.kind === 'instance' ? '' : m.scope.kind === 'region-set' ? m.scope.code : m.scope.iso3;
  return { userId, role: m.role, scopeKind: m.scope.kind, scopeCode };
}

/**
 * What is wrong with a membership, or undefined: the role must take its kind of scope
 * (administrator → instance, regional reviewer → region set, focal point and contributor →
 * country), and the scope must exist in the catalogue (an ISO3 code in upper case, a region set code).
 */
export function membershipProblem(m: Membership): string | undefined {
  const kind = ROLE_SCOPE_KIND[m.role];
  if (kind === undefined) return `unknown role "${String(m.role)}": expected one of ${ROLES.join(', ')}`;
  if (m.scope.kind !== kind) return `a ${m.role} has a ${kind} scope, not a ${m.scope.kind} one`;
  if (
    m.scope.kind === 'country' &&
    (m.scope.iso3 !== m.scope.iso3.toUpperCase() || !countryByIso3(m.scope.iso3))
  )
    return `unknown country "${m.scope.iso3}": expected an ISO3 code such as KAZ`;
  if (m.scope.kind === 'region-set' && !regionSetByCode(m.scope.code))
    return `unknown region set "${m.scope.code}": expected one of ${regionSetCodes()}`;
  return undefined;
}

/**
 * A membership from a role and a scope code as typed on a command line: the instance for an
 * administrator (no code, or `instance`), a region set code, or an ISO3 code (any case).
 */
export function parseMembership(role: string, code: string | undefined): Membership | string {
  if (!(ROLES as readonly string[]).includes(role))
    return `unknown role "${role}": expected one of ${ROLES.join(', ')}`;
  const r = role as Role;
  const kind = ROLE_SCOPE_KIND[r];
  let m: Membership;
  if (kind === 'instance') {
    if (code !== undefined && code !== 'instance')
      return `an administrator's scope is the whole instance: give no scope (or "instance"), not "${code}"`;
    m = { role: r, scope: { kind: 'instance' } };
  } else if (code === undefined) {
    return `a ${r} needs a scope: ${kind === 'country' ? 'an ISO3 country code such as KAZ' : `a region set code (${regionSetCodes()})`}`;
  } else {
    m = { role: r, scope: kind === 'country' ? { kind, iso3: code.toUpperCase() } : { kind, code } };
  }
  return membershipProblem(m) ?? m;
}

function regionSetCodes(): string {
  const codes = [...new Set(regionSets().map((s) => s.code))];
  return codes.length > 8 ? `${codes.slice(0, 8).join(', ')}, …` : codes.join(', ');
}
