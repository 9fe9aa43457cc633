import type { Membership, Role } from '../../session/session-types.ts';

/** Roles in the order the forms offer them: the most common first. */
export const ROLES: readonly Role[] = ['focal-point', 'contributor', 'regional-reviewer', 'administrator'];

export type ScopeKind = Membership['scope']['kind'];

/**
 * The kind of scope a role takes, as the server requires (src/services/memberships.ts):
 * administrator → the instance, regional reviewer → a region set, focal point and contributor → a country.
 */
export function scopeKindOf(role: Role): ScopeKind {
  if (role === 'administrator') return 'instance';
  if (role === 'regional-reviewer') return 'region-set';
  return 'country';
}

/** A role and a scope code as chosen in a form, or null while the role still needs its scope. */
export function membershipOf(role: Role, code: string): Membership | null {
  const kind = scopeKindOf(role);
  if (kind === 'instance') return { role, scope: { kind } };
  const c = code.trim();
  if (c === '') return null;
  return kind === 'country'
    ? { role, scope: { kind, iso3: c.toUpperCase() } }
    : { role, scope: { kind, code: c } };
}

/** A stable key of a membership (for React lists and comparisons): `focal-point:KAZ`, `administrator:`. */
export function membershipKey(m: Membership): string {
  const code = m.scope.kind === 'country' ? m.scope.iso3 : m.scope.kind === 'region-set' ? m.scope.code : '';
  return `${m.role}:${code}`;
}

/** True when the user already holds this membership (granting it again changes nothing). */
export function holds(memberships: readonly Membership[], m: Membership): boolean {
  const key = membershipKey(m);
  return memberships.some((x) => membershipKey(x) === key);
}
