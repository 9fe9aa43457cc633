import { describe, expect, it } from 'vitest';
import type { AccessTarget, Action, Actor, Membership, ReportState, UserId } from './access.ts';
import { ACTIONS, can, describeMembership, REPORT_STATES, ROLES } from './access-policy.ts';

const user = (id: string, ...memberships: Membership[]): Actor => ({
  kind: 'user',
  id: id as UserId,
  memberships,
});

const ADMIN = user('1', { role: 'administrator', scope: { kind: 'instance' } });
const REVIEWER = user('2', { role: 'regional-reviewer', scope: { kind: 'region-set', code: 'unece' } });
const FOCAL_KAZ = user('3', { role: 'focal-point', scope: { kind: 'country', iso3: 'KAZ' } });
const CONTRIBUTOR_KAZ = user('4', { role: 'contributor', scope: { kind: 'country', iso3: 'KAZ' } });
const NO_ROLE = user('5');
const PUBLIC: Actor = { kind: 'public' };

/**
 * The targets every action is tried on: Kazakhstan's report in a UNECE cycle (in every scope
 * above), Uzbekistan's in the same cycle (another country, same region set), and Kazakhstan's
 * in an ESCAP cycle (same country, a region set the reviewer does not review).
 */
const TARGETS = {
  'KAZ/unece': { country: 'KAZ', regionSets: ['unece', 'unece-central-asia'] },
  'UZB/unece': { country: 'UZB', regionSets: ['unece', 'unece-central-asia'] },
  'KAZ/escap': { country: 'KAZ', regionSets: ['escap'] },
} as const satisfies Record<string, AccessTarget>;
type TargetName = keyof typeof TARGETS;
const TARGET_NAMES = Object.keys(TARGETS) as TargetName[];
/** Every state, and none (a cycle-level or instance-level action has no report state). */
const STATES: readonly (ReportState | 'none')[] = [...REPORT_STATES, 'none'];

// The expected matrix, written out as data: for each principal and action, where it is allowed.
type Where = { readonly targets: readonly TargetName[]; readonly states: readonly (ReportState | 'none')[] };
const ALL_TARGETS = TARGET_NAMES;
const EVERYWHERE: Where = { targets: ALL_TARGETS, states: STATES };
const PUBLISHED: Where = { targets: ALL_TARGETS, states: ['published'] };
const EDITABLE = ['draft', 'changes-requested'] as const;
type Rights = Partial<Record<Action, readonly Where[]>>;
const PUBLIC_RIGHTS: Rights = {
  'report.read': [PUBLISHED],
  'synthesis.read': [PUBLISHED],
  'meeting.read': [PUBLISHED],
};
/** The public's rights plus a role's: a signed-in user is also the public. */
function withPublic(own: Partial<Record<Action, Where>>): Rights {
  const out: Record<string, readonly Where[]> = { ...PUBLIC_RIGHTS };
  for (const [action, where] of Object.entries(own)) out[action] = [...(out[action] ?? []), where];
  return out;
}
const inScope = (targets: readonly TargetName[], states: Where['states'] = STATES): Where => ({
  targets,
  states,
});
const UNECE: readonly TargetName[] = ['KAZ/unece', 'UZB/unece'];
const KAZ: readonly TargetName[] = ['KAZ/unece', 'KAZ/escap'];

const EXPECTED: ReadonlyArray<[string, Actor, Rights]> = [
  [
    'administrator',
    ADMIN,
    Object.fromEntries(
      ACTIONS.filter(
        (a) =>
          ![
            'report.edit',
            'report.submit',
            'report.start-review',
            'report.request-changes',
            'report.accept',
            'report.publish',
          ].includes(a),
      ).map((a) => [a, [EVERYWHERE]]),
    ),
  ],
  [
    'regional reviewer of unece',
    REVIEWER,
    withPublic({
      'report.read': inScope(UNECE),
      'report.start-review': inScope(UNECE),
      'report.comment': inScope(UNECE),
      'report.request-changes': inScope(UNECE),
      'report.accept': inScope(UNECE),
      'report.publish': inScope(UNECE),
      'report.tag': inScope(UNECE),
      'tracker.read': inScope(UNECE),
      'synthesis.read': inScope(UNECE),
      'synthesis.edit': inScope(UNECE),
      'meeting.read': inScope(UNECE),
      'meeting.manage': inScope(UNECE),
    }),
  ],
  [
    'focal point of KAZ',
    FOCAL_KAZ,
    withPublic({
      'report.read': inScope(KAZ),
      'report.edit': inScope(KAZ, EDITABLE),
      'report.submit': inScope(KAZ, EDITABLE),
      'report.comment': inScope(KAZ),
    }),
  ],
  [
    'contributor of KAZ',
    CONTRIBUTOR_KAZ,
    withPublic({ 'report.read': inScope(KAZ), 'report.edit': inScope(KAZ, EDITABLE) }),
  ],
  ['a user with no role', NO_ROLE, PUBLIC_RIGHTS],
  ['the public', PUBLIC, PUBLIC_RIGHTS],
];

type Grid = Record<TargetName, Record<string, 'allowed' | 'forbidden'>>;

function grid(decide: (target: AccessTarget, state: ReportState | 'none') => boolean): Grid {
  const out = {} as Grid;
  for (const t of TARGET_NAMES) {
    out[t] = {};
    for (const s of STATES) out[t][s] = decide(TARGETS[t], s) ? 'allowed' : 'forbidden';
  }
  return out;
}

describe('authorisation matrix: every role × every action × in and out of scope × every state', () => {
  describe.each(EXPECTED)('%s', (_name, actor, rights) => {
    it.each(ACTIONS)('%s', (action) => {
      const where = rights[action] ?? [];
      const actual = grid(
        (target, state) =>
          can(actor, action, state === 'none' ? target : { ...target, reportState: state }).allowed,
      );
      const expected = grid((target, state) =>
        where.some((w) => w.states.includes(state) && w.targets.some((t) => TARGETS[t] === target)),
      );
      expect(actual).toEqual(expected);
    });
  });

  it('covers every role', () => {
    const covered = EXPECTED.flatMap(([, a]) => (a.kind === 'user' ? a.memberships.map((m) => m.role) : []));
    expect(new Set(covered)).toEqual(new Set(ROLES));
  });
});

describe('the issue’s examples, with their reasons', () => {
  it.each<[string, Actor, Action, AccessTarget, string | true]>([
    [
      'Kazakhstan’s focal point cannot edit Uzbekistan’s report',
      FOCAL_KAZ,
      'report.edit',
      { country: 'UZB', regionSets: ['unece'], reportState: 'draft' },
      'focal point or contributor of UZB required; you are focal point of KAZ',
    ],
    [
      'nor submit it',
      FOCAL_KAZ,
      'report.submit',
      { country: 'UZB', regionSets: ['unece'], reportState: 'draft' },
      'focal point of UZB required; you are focal point of KAZ',
    ],
    [
      'Kazakhstan’s focal point edits Kazakhstan’s draft',
      FOCAL_KAZ,
      'report.edit',
      { country: 'KAZ', regionSets: ['unece'], reportState: 'draft' },
      true,
    ],
    [
      'but not once it is submitted',
      FOCAL_KAZ,
      'report.edit',
      { country: 'KAZ', regionSets: ['unece'], reportState: 'submitted' },
      'report.edit is possible only while the report is draft or changes-requested; it is submitted',
    ],
    [
      'the public cannot read a draft',
      PUBLIC,
      'report.read',
      { country: 'KAZ', regionSets: ['unece'], reportState: 'draft' },
      'report.read: the public may read published content only; this report is draft; sign in',
    ],
    [
      'the public reads a published report',
      PUBLIC,
      'report.read',
      { country: 'KAZ', regionSets: ['unece'], reportState: 'published' },
      true,
    ],
    [
      'a contributor cannot publish',
      CONTRIBUTOR_KAZ,
      'report.publish',
      { country: 'KAZ', regionSets: ['unece'], reportState: 'accepted' },
      'regional reviewer of unece required; you are contributor of KAZ',
    ],
    [
      'an administrator cannot publish',
      ADMIN,
      'report.publish',
      { country: 'KAZ', regionSets: ['unece'], reportState: 'accepted' },
      'regional reviewer of unece required; you are administrator',
    ],
    [
      'a reviewer cannot edit',
      REVIEWER,
      'report.edit',
      { country: 'KAZ', regionSets: ['unece'], reportState: 'draft' },
      'focal point or contributor of KAZ required; you are regional reviewer of unece',
    ],
    [
      'a reviewer of UNECE does not review an ESCAP cycle',
      REVIEWER,
      'report.accept',
      { country: 'KAZ', regionSets: ['escap'], reportState: 'under-review' },
      'regional reviewer of escap required; you are regional reviewer of unece',
    ],
    [
      'an administrator does not accept a report: the region’s reviewers decide',
      ADMIN,
      'report.accept',
      { country: 'KAZ', regionSets: ['unece'], reportState: 'under-review' },
      'regional reviewer of unece required; you are administrator',
    ],
    [
      'only an administrator manages users',
      FOCAL_KAZ,
      'user.manage',
      {},
      'administrator required; you are focal point of KAZ',
    ],
    [
      'the public cannot read the audit log',
      PUBLIC,
      'audit.read',
      {},
      'audit.read needs administrator; sign in',
    ],
    ['a user without roles', NO_ROLE, 'cycle.manage', {}, 'administrator required; you have no role'],
  ])('%s', (_name, actor, action, target, expected) => {
    const decision = can(actor, action, target);
    expect(decision).toEqual(expected === true ? { allowed: true } : { allowed: false, reason: expected });
  });

  it('names every membership of a user with several', () => {
    const both = user(
      '6',
      { role: 'focal-point', scope: { kind: 'country', iso3: 'KAZ' } },
      { role: 'contributor', scope: { kind: 'country', iso3: 'KGZ' } },
    );
    expect(can(both, 'report.submit', { country: 'KGZ', reportState: 'draft' })).toEqual({
      allowed: false,
      reason: 'focal point of KGZ required; you are focal point of KAZ, contributor of KGZ',
    });
    expect(can(both, 'report.edit', { country: 'KGZ', reportState: 'draft' }).allowed).toBe(true);
  });

  it('refuses a country action whose target names no country or state', () => {
    expect(can(FOCAL_KAZ, 'report.read', {}).allowed).toBe(false);
    expect(can(FOCAL_KAZ, 'report.edit', { country: 'KAZ' })).toEqual({
      allowed: false,
      reason:
        'report.edit is possible only while the report is draft or changes-requested; it is in an unknown state',
    });
  });
});

describe(describeMembership, () => {
  it.each<[Membership, string]>([
    [{ role: 'administrator', scope: { kind: 'instance' } }, 'administrator'],
    [
      { role: 'regional-reviewer', scope: { kind: 'region-set', code: 'unece' } },
      'regional reviewer of unece',
    ],
    [{ role: 'focal-point', scope: { kind: 'country', iso3: 'KAZ' } }, 'focal point of KAZ'],
    [{ role: 'contributor', scope: { kind: 'country', iso3: 'UZB' } }, 'contributor of UZB'],
  ])('%j → %s', (m, text) => expect(describeMembership(m)).toBe(text));
});
