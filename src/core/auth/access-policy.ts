import type {
  AccessTarget,
  Action,
  Actor,
  Decision,
  Membership,
  ReportState,
  Role,
  Scope,
} from './access.ts';

/**
 * The authorisation rules of issue 5, in one pure function the server calls before every write and
 * every read that is not public. A signed-in user has the public's rights too, plus those of each
 * membership:
 *
 * - administrator (instance): users, cycles and the audit log; reads every report and may review
 *   it (start-review, comment, request-changes, accept, tag); never edits or submits a report (the
 *   country writes it) and never publishes (the regional reviewer does); reads and manages the
 *   tracker, synthesis and meeting record of every cycle.
 * - regional reviewer (a region set): for reports and cycles whose `regionSets` include the set:
 *   reads reports in any state, start-review, comment, request-changes, accept, publish, tag;
 *   tracker.read, synthesis.read/edit, meeting.read/manage. Never edits or submits a report.
 * - focal point (a country): reads the country's report in any state; edits it while `draft` or
 *   `changes-requested`; submits it from those states (→ submitted / resubmitted); comments on it.
 * - contributor (a country): reads the country's report in any state; edits it while `draft` or
 *   `changes-requested`; nothing else.
 * - public: report.read, synthesis.read and meeting.read of published content only
 *   (`reportState: 'published'` stands for "published" for the synthesis and the meeting too).
 *
 * Whether an event is legal in a state (e.g. accept from `under-review`) is the workflow's
 * question, not this one's: `can` answers who, the workflow answers when. States matter here only
 * where they decide who (editing, submitting, public reading).
 */
export function can(actor: Actor, action: Action, target: AccessTarget = {}): Decision {
  if (publicMay(action, target)) return ALLOWED;
  if (actor.kind === 'public') return deny(`${publicReason(action, target)}; sign in`);
  for (const m of actor.memberships) if (grants(m, action, target).allowed) return ALLOWED;
  return deny(userReason(actor.memberships, action, target));
}

/** Every role, in order of reach. */
export const ROLES: readonly Role[] = ['administrator', 'regional-reviewer', 'focal-point', 'contributor'];

/** Every action `can` decides. */
export const ACTIONS: readonly Action[] = [
  'user.manage',
  'audit.read',
  'cycle.manage',
  'report.read',
  'report.edit',
  'report.submit',
  'report.start-review',
  'report.comment',
  'report.request-changes',
  'report.accept',
  'report.publish',
  'report.tag',
  'tracker.read',
  'synthesis.read',
  'synthesis.edit',
  'meeting.read',
  'meeting.manage',
];

/** Every report state, in workflow order. */
export const REPORT_STATES: readonly ReportState[] = [
  'draft',
  'submitted',
  'under-review',
  'changes-requested',
  'resubmitted',
  'accepted',
  'published',
];

/** States in which the country may change its report (and submit it). */
export const EDITABLE_STATES: readonly ReportState[] = ['draft', 'changes-requested'];

/** The kind of scope each role takes: the only valid pairs in a membership. */
export const ROLE_SCOPE_KIND: Readonly<Record<Role, Scope['kind']>> = {
  administrator: 'instance',
  'regional-reviewer': 'region-set',
  'focal-point': 'country',
  contributor: 'country',
};

const ROLE_NAME: Readonly<Record<Role, string>> = {
  administrator: 'administrator',
  'regional-reviewer': 'regional reviewer',
  'focal-point': 'focal point',
  contributor: 'contributor',
};

/** "focal point of KAZ", "regional reviewer of unece", "administrator". */
export function describeMembership(m: Membership): string {
  const scope = scopeCode(m.scope);
  return scope === undefined ? ROLE_NAME[m.role] : `${ROLE_NAME[m.role]} of ${scope}`;
}

/** The code of a scope: an ISO3 code, a region set code, or undefined for the instance. */
export function scopeCode(scope: Scope): string | undefined {
  if (scope.kind === 'country') return scope.iso3;
  if (scope.kind === 'region-set') return scope.code;
  return undefined;
}

/** True when the actor holds the role in any scope. */
export function hasRole(actor: Actor, role: Role): boolean {
  return actor.kind === 'user' && actor.memberships.some((m) => m.role === role);
}

const ALLOWED: Decision = { allowed: true };

function deny(reason: string): Decision {
  return { allowed: false, reason };
}

const PUBLIC_ACTIONS: readonly Action[] = ['report.read', 'synthesis.read', 'meeting.read'];
const REVIEW_ACTIONS: readonly Action[] = [
  'report.read',
  'report.start-review',
  'report.comment',
  'report.request-changes',
  'report.accept',
  'report.publish',
  'report.tag',
];
const CYCLE_ACTIONS: readonly Action[] = [
  'tracker.read',
  'synthesis.read',
  'synthesis.edit',
  'meeting.read',
  'meeting.manage',
];
// Separation of duties: a country writes its report and the region's reviewers judge it; the
// administrator runs the instance (users, cycles, audit) and may comment and tag, not decide.
const ADMIN_NEVER: readonly Action[] = [
  'report.edit',
  'report.submit',
  'report.start-review',
  'report.request-changes',
  'report.accept',
  'report.publish',
];
const COUNTRY_ACTIONS: Readonly<Record<'focal-point' | 'contributor', readonly Action[]>> = {
  'focal-point': ['report.read', 'report.edit', 'report.submit', 'report.comment'],
  contributor: ['report.read', 'report.edit'],
};
/** Actions a country may take only while the report is editable. */
const WHILE_EDITABLE: readonly Action[] = ['report.edit', 'report.submit'];

function publicMay(action: Action, target: AccessTarget): boolean {
  return PUBLIC_ACTIONS.includes(action) && target.reportState === 'published';
}

/** What one membership allows; a denial says why in that membership's terms. */
function grants(m: Membership, action: Action, target: AccessTarget): Decision {
  switch (m.role) {
    case 'administrator':
      return ADMIN_NEVER.includes(action) ? deny('administrator') : ALLOWED;
    case 'regional-reviewer':
      return reviewerGrants(m.scope, action, target);
    case 'focal-point':
    case 'contributor':
      return countryGrants(m.role, m.scope, action, target);
  }
}

function reviewerGrants(scope: Scope, action: Action, target: AccessTarget): Decision {
  if (!REVIEW_ACTIONS.includes(action) && !CYCLE_ACTIONS.includes(action)) return deny('role');
  const code = scopeCode(scope);
  return code !== undefined && (target.regionSets ?? []).includes(code) ? ALLOWED : deny('scope');
}

function countryGrants(
  role: 'focal-point' | 'contributor',
  scope: Scope,
  action: Action,
  target: AccessTarget,
): Decision {
  if (!COUNTRY_ACTIONS[role].includes(action)) return deny('role');
  if (scope.kind !== 'country' || target.country !== scope.iso3) return deny('scope');
  if (WHILE_EDITABLE.includes(action) && !isEditable(target.reportState)) return deny('state');
  return ALLOWED;
}

function isEditable(state: ReportState | undefined): boolean {
  return state !== undefined && EDITABLE_STATES.includes(state);
}

function publicReason(action: Action, target: AccessTarget): string {
  if (!PUBLIC_ACTIONS.includes(action)) return `${action} needs ${required(action, target)}`;
  const what = action.split('.')[0];
  return target.reportState === undefined
    ? `${action}: the public may read published content only, and this ${what} is not known to be published`
    : `${action}: the public may read published content only; this ${what} is ${target.reportState}`;
}

/** Why no membership allows it: the state when a country role would otherwise, else who is required and who the actor is. */
function userReason(memberships: readonly Membership[], action: Action, target: AccessTarget): string {
  const you =
    memberships.length === 0
      ? 'you have no role'
      : `you are ${memberships.map(describeMembership).join(', ')}`;
  const stateBlocked = memberships.some(
    (m) =>
      (m.role === 'focal-point' || m.role === 'contributor') &&
      countryGrants(m.role, m.scope, action, target).allowed === false &&
      countryGrants(m.role, m.scope, action, { ...target, reportState: 'draft' }).allowed,
  );
  if (stateBlocked)
    return `${action} is possible only while the report is ${EDITABLE_STATES.join(' or ')}; it is ${target.reportState ?? 'in an unknown state'}`;
  return `${required(action, target)} required; ${you}`;
}

/** Who may take the action on this target, in words: "focal point or contributor of UZB". */
function required(action: Action, target: AccessTarget): string {
  const who: string[] = [];
  const country = target.country ?? 'the report’s country';
  const sets = target.regionSets && target.regionSets.length > 0 ? target.regionSets.join(' or ') : undefined;
  const roles = (['focal-point', 'contributor'] as const).filter((r) => COUNTRY_ACTIONS[r].includes(action));
  if (roles.length > 0) who.push(`${roles.map((r) => ROLE_NAME[r]).join(' or ')} of ${country}`);
  if (REVIEW_ACTIONS.includes(action) || CYCLE_ACTIONS.includes(action))
    who.push(`regional reviewer of ${sets ?? 'the cycle’s region set'}`);
  if (!ADMIN_NEVER.includes(action)) who.push('administrator');
  return who.join(' or ');
}
