import type { Membership, Role, User } from './session-types.ts';

/**
 * What the signed-in user's memberships suggest they may do, for hiding controls only: the server
 * decides every request (issue 5 §1), and a report carries `canEdit` and its allowed `events`.
 */

export type Actor = { readonly kind: 'public' } | { readonly kind: 'user'; readonly user: User };

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.kind === 'user' && actor.user.memberships.some((m) => m.role === role);
}

/** True for administrators and the reviewers of any region set: they see trackers and write syntheses. */
export function reviews(actor: Actor): boolean {
  return hasRole(actor, 'administrator') || hasRole(actor, 'regional-reviewer');
}

/**
 * True for administrators and the reviewers of exactly this region set: they read the tracker and
 * manage the synthesis and the meeting record of a cycle for it (a subregion's reviewers review
 * their countries' reports only).
 */
export function reviewsCycle(actor: Actor, regionSet: string): boolean {
  return (
    actor.kind === 'user' &&
    actor.user.memberships.some(
      (m) =>
        m.role === 'administrator' ||
        (m.role === 'regional-reviewer' && m.scope.kind === 'region-set' && m.scope.code === regionSet),
    )
  );
}

/** The countries whose reports the user writes (focal point or contributor), sorted. */
export function authoredCountries(actor: Actor): string[] {
  if (actor.kind === 'public') return [];
  const codes = actor.user.memberships.flatMap((m) =>
    (m.role === 'focal-point' || m.role === 'contributor') && m.scope.kind === 'country'
      ? [m.scope.iso3]
      : [],
  );
  return [...new Set(codes)].sort();
}

/** True when the user writes this country's report. */
export function writesFor(actor: Actor, iso3: string): boolean {
  return authoredCountries(actor).includes(iso3.toUpperCase());
}

/** The scope of a membership as a code: an ISO3 code, a region set, or undefined for the instance. */
export function scopeCode(m: Membership): string | undefined {
  if (m.scope.kind === 'country') return m.scope.iso3;
  if (m.scope.kind === 'region-set') return m.scope.code;
  return undefined;
}
