import { describe, expect, it } from 'vitest';
import type { ReportState } from '../auth/access.ts';
import {
  allowedEvents,
  isEditable,
  REPORT_EVENTS,
  REPORT_STATES,
  transition,
  type ReportEvent,
} from './workflow.ts';

// The whole table, written out: every state × every event, the next state or '—' (illegal).
const TABLE: Record<ReportState, Record<ReportEvent, ReportState | '—'>> = {
  draft: { submit: 'submitted', 'start-review': '—', 'request-changes': '—', accept: '—', publish: '—' },
  submitted: {
    submit: '—',
    'start-review': 'under-review',
    'request-changes': '—',
    accept: '—',
    publish: '—',
  },
  'under-review': {
    submit: '—',
    'start-review': '—',
    'request-changes': 'changes-requested',
    accept: 'accepted',
    publish: '—',
  },
  'changes-requested': {
    submit: 'resubmitted',
    'start-review': '—',
    'request-changes': '—',
    accept: '—',
    publish: '—',
  },
  resubmitted: {
    submit: '—',
    'start-review': 'under-review',
    'request-changes': '—',
    accept: '—',
    publish: '—',
  },
  accepted: { submit: '—', 'start-review': '—', 'request-changes': '—', accept: '—', publish: 'published' },
  published: { submit: '—', 'start-review': '—', 'request-changes': '—', accept: '—', publish: '—' },
};

const CASES = REPORT_STATES.flatMap((s) => REPORT_EVENTS.map((e) => [s, e, TABLE[s][e]] as const));

describe(transition, () => {
  it.each(CASES.filter(([, , to]) => to !== '—'))('%s —%s→ %s', (state, event, to) => {
    const t = transition(state, event);
    expect(t).toMatchObject({ ok: true, from: state, to, event, action: `report.${event}` });
  });

  it.each(CASES.filter(([, , to]) => to === '—'))(
    '%s —%s→ refused, naming the allowed events',
    (state, event) => {
      const t = transition(state, event);
      expect(t.ok).toBe(false);
      if (t.ok) return;
      expect(t.reason).toBe('illegal-transition');
      expect(t.allowed).toEqual(REPORT_EVENTS.filter((e) => TABLE[state][e] !== '—'));
      expect(t.message).toContain(`cannot ${event} a report that is ${state}`);
    },
  );

  it.each([
    ['draft', 'approve', 'unknown event "approve"; allowed: submit'],
    ['under-review', '', 'unknown event ""; allowed: request-changes, accept'],
    [
      'published',
      'publish',
      'cannot publish a report that is published; a published report takes no further event',
    ],
    ['accepted', 'submit', 'cannot submit a report that is accepted; allowed: publish'],
  ] as const)('%s + %j: %s', (state, event, message) => {
    expect(transition(state, event)).toMatchObject({ ok: false, message });
  });

  it('freezes the content on submit only', () => {
    const frozen = CASES.filter(
      ([s, e, to]) => to !== '—' && (transition(s, e) as { freezesContent: boolean }).freezesContent,
    );
    expect(frozen.map(([s, e]) => `${s}:${e}`)).toEqual(['draft:submit', 'changes-requested:submit']);
  });

  it('walks the issue’s whole flow', () => {
    const events: ReportEvent[] = [
      'submit',
      'start-review',
      'request-changes',
      'submit',
      'start-review',
      'accept',
      'publish',
    ];
    const states: ReportState[] = ['draft'];
    for (const e of events) {
      const t = transition(states[states.length - 1]!, e);
      if (!t.ok) throw new Error(t.message);
      states.push(t.to);
    }
    expect(states).toEqual([
      'draft',
      'submitted',
      'under-review',
      'changes-requested',
      'resubmitted',
      'under-review',
      'accepted',
      'published',
    ]);
  });
});

describe(allowedEvents, () => {
  it.each([
    ['draft', ['submit']],
    ['under-review', ['request-changes', 'accept']],
    ['published', []],
  ] as const)('%s → %j', (state, events) => {
    expect(allowedEvents(state)).toEqual(events);
  });
});

describe(isEditable, () => {
  it.each([
    ['draft', true],
    ['submitted', false],
    ['under-review', false],
    ['changes-requested', true],
    ['resubmitted', false],
    ['accepted', false],
    ['published', false],
  ] as const)('%s → %s', (state, editable) => {
    expect(isEditable(state)).toBe(editable);
  });
});
