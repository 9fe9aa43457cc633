/**
 * Who may do what, as data and one pure decision function, shared by the accounts service (who the
 * actor is), the report workflow (which transitions) and every route (the server enforces; the web
 * only hides what the server already forbids). Types first: the lead wrote these as the contract
 * between helpers; `can` and its matrix test live in access-policy.ts.
 */

declare const brand: unique symbol;
/** A user's id (the database's bigint as a decimal string). */
export type UserId = string & { readonly [brand]: 'UserId' };

export type Role = 'administrator' | 'regional-reviewer' | 'focal-point' | 'contributor';

/** What a role applies to: the whole instance (administrator), a region set (regional reviewer), a country. */
export type Scope =
  | { readonly kind: 'instance' }
  | { readonly kind: 'region-set'; readonly code: string }
  | { readonly kind: 'country'; readonly iso3: string };

export interface Membership {
  readonly role: Role;
  readonly scope: Scope;
}

/** The anonymous public, or a signed-in user with their memberships. */
export type Actor =
  | { readonly kind: 'public' }
  | { readonly kind: 'user'; readonly id: UserId; readonly memberships: readonly Membership[] };

/** The states of a national report (issue 5 §2). */
export type ReportState =
  'draft' | 'submitted' | 'under-review' | 'changes-requested' | 'resubmitted' | 'accepted' | 'published';

/**
 * Everything that is checked. `report.*` act on one country's report in one cycle; `cycle.*`,
 * `synthesis.*` and `meeting.*` on a cycle of a region set; `user.*` and `audit.read` on the instance.
 */
export type Action =
  | 'user.manage'
  | 'audit.read'
  | 'cycle.manage'
  | 'report.read'
  | 'report.edit'
  | 'report.submit'
  | 'report.start-review'
  | 'report.comment'
  | 'report.request-changes'
  | 'report.accept'
  | 'report.publish'
  | 'report.tag'
  | 'tracker.read'
  | 'synthesis.read'
  | 'synthesis.edit'
  | 'meeting.read'
  | 'meeting.manage';

/**
 * What an action is about. For report actions: the report's country, the region sets the cycle
 * covers that contain the country, and its state (and whether it is published, for the public).
 * For cycle-level actions: the cycle's region set. Instance actions need nothing.
 */
export interface AccessTarget {
  readonly country?: string;
  /** Region sets of the cycle (e.g. ['unece']) — a reviewer of one of them reviews the country's report. */
  readonly regionSets?: readonly string[];
  readonly reportState?: ReportState;
}

export type Decision = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };
