import type { Action, ReportState } from '../auth/access.ts';
import { EDITABLE_STATES, REPORT_STATES } from '../auth/access-policy.ts';

/**
 * The life of a national report (issue 5 §2):
 *
 *   draft ─submit→ submitted ─start-review→ under-review ─accept→ accepted ─publish→ published
 *                                            │        ↑
 *                              request-changes       start-review
 *                                            ↓        │
 *                              changes-requested ─submit→ resubmitted
 *
 * Each event needs one Action of the access policy (`can(actor, EVENT_ACTION[event], target)`);
 * the state machine says what may happen, the policy who may make it happen. Content can change
 * only while the country holds the pen (`draft`, `changes-requested`); a `submit` freezes the
 * current content as an immutable version with its evidence pinned.
 */

export type ReportEvent = 'submit' | 'start-review' | 'request-changes' | 'accept' | 'publish';

export const REPORT_EVENTS: readonly ReportEvent[] = [
  'submit',
  'start-review',
  'request-changes',
  'accept',
  'publish',
];

export { REPORT_STATES };

const NEXT: Readonly<Record<ReportState, Partial<Readonly<Record<ReportEvent, ReportState>>>>> = {
  draft: { submit: 'submitted' },
  submitted: { 'start-review': 'under-review' },
  'under-review': { 'request-changes': 'changes-requested', accept: 'accepted' },
  'changes-requested': { submit: 'resubmitted' },
  resubmitted: { 'start-review': 'under-review' },
  accepted: { publish: 'published' },
  published: {},
};

/** The Action of the access policy each event needs. */
export const EVENT_ACTION: Readonly<Record<ReportEvent, Action>> = {
  submit: 'report.submit',
  'start-review': 'report.start-review',
  'request-changes': 'report.request-changes',
  accept: 'report.accept',
  publish: 'report.publish',
};

export interface Transition {
  readonly ok: true;
  readonly from: ReportState;
  readonly to: ReportState;
  readonly event: ReportEvent;
  readonly action: Action;
  /** True for `submit`: the content is frozen as a submitted version and its evidence pinned. */
  readonly freezesContent: boolean;
}

export interface IllegalTransition {
  readonly ok: false;
  readonly reason: 'illegal-transition';
  readonly state: ReportState;
  readonly event: string;
  /** The events the state allows (none once published). */
  readonly allowed: readonly ReportEvent[];
  readonly message: string;
}

/** The next state after `event`, or why the event cannot happen in `state` (naming the events it allows). */
export function transition(state: ReportState, event: string): Transition | IllegalTransition {
  const to = isReportEvent(event) ? NEXT[state][event] : undefined;
  if (isReportEvent(event) && to)
    return {
      ok: true,
      from: state,
      to,
      event,
      action: EVENT_ACTION[event],
      freezesContent: event === 'submit',
    };
  const allowed = allowedEvents(state);
  const what = isReportEvent(event)
    ? `cannot ${event} a report that is ${state}`
    : `unknown event "${event}"`;
  const then =
    allowed.length === 0 ? `a ${state} report takes no further event` : `allowed: ${allowed.join(', ')}`;
  return { ok: false, reason: 'illegal-transition', state, event, allowed, message: `${what}; ${then}` };
}

/** The events `state` allows, in REPORT_EVENTS order. */
export function allowedEvents(state: ReportState): ReportEvent[] {
  return REPORT_EVENTS.filter((e) => NEXT[state][e] !== undefined);
}

/** True while the country holds the pen: content may be saved. */
export function isEditable(state: ReportState): boolean {
  return EDITABLE_STATES.includes(state);
}

export function isReportEvent(s: string): s is ReportEvent {
  return (REPORT_EVENTS as readonly string[]).includes(s);
}

export function isReportState(s: string): s is ReportState {
  return (REPORT_STATES as readonly string[]).includes(s);
}
