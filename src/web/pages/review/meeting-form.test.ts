import { describe, expect, it } from 'vitest';
import {
  coChairParam,
  differingFields,
  EMPTY_CO_CHAIR,
  EMPTY_MEETING,
  emptyStatement,
  meetingBody,
  meetingFieldsOf,
  statementBody,
  statementConflictOf,
  statementFieldsOf,
  verdictCounts,
  withSaved,
} from './meeting-form.ts';
import type { Meeting, Statement } from './regional-types.ts';

// The demonstration meeting (data/parity/demo/beijing30-unece.json) as the API gives it.
const GENEVA: Meeting = {
  id: 1,
  cycle: 'beijing30-unece',
  title: 'Beijing+30 Regional Review Meeting',
  place: 'Geneva, Switzerland',
  from: '2024-10-21',
  to: '2024-10-22',
  coChairs: [
    { country: 'KAZ', countryName: 'Kazakhstan' },
    { country: 'ESP', countryName: 'Spain' },
  ],
  published: true,
  sessions: [{ id: 1, kind: 'segment', title: 'General segment', position: 1 }],
  updatedAt: '2024-10-23T09:00:00.000Z',
};

const ALIMBAYEV: Statement = {
  id: 1,
  meetingId: 1,
  sessionId: 1,
  sessionTitle: 'General segment',
  speaker: 'Yerlan Alimbayev',
  speakerTitle: 'Permanent Representative of Kazakhstan',
  country: 'KAZ',
  countryName: 'Kazakhstan',
  organisation: null,
  text: 'These include a 60% reduction in the gender inequality index.',
  source: null,
  claims: [
    { claim: { span: { start: 16, end: 19 }, text: '60% reduction' }, verdict: 'not-supported', summary: '' },
  ],
  tally: { claims: 1, supported: 0, partlySupported: 0, notSupported: 1, notCheckable: 0 },
  checkedAt: '2024-10-23T09:00:00.000Z',
  version: 1,
  updatedAt: '2024-10-23T09:00:00.000Z',
};

describe('the meeting form', () => {
  it('trims, upper-cases country codes, leaves out empty fields and wholly empty co-chair rows', () => {
    const { body, rowOf } = meetingBody({
      title: '  Beijing+30 Regional Review Meeting ',
      place: ' Geneva, Switzerland',
      from: '2024-10-21',
      to: '2024-10-22 ',
      coChairs: [
        { ...EMPTY_CO_CHAIR, country: ' kaz ' },
        { name: ' ', title: '', country: '', organisation: '  ' },
        { ...EMPTY_CO_CHAIR, name: 'Sima Bahous', title: 'Executive Director', organisation: 'UN Women ' },
      ],
      published: true,
    });
    expect(body).toEqual({
      title: 'Beijing+30 Regional Review Meeting',
      place: 'Geneva, Switzerland',
      from: '2024-10-21',
      to: '2024-10-22',
      coChairs: [
        { country: 'KAZ' },
        { name: 'Sima Bahous', title: 'Executive Director', organisation: 'UN Women' },
      ],
      published: true,
    });
    expect(rowOf).toEqual([0, 2]);
  });

  it('sends empty required fields as they are, so the server names them', () => {
    expect(meetingBody(EMPTY_MEETING).body).toEqual({
      title: '',
      place: '',
      from: '',
      to: '',
      coChairs: [],
      published: false,
    });
  });

  it('reads a meeting back into the form unchanged', () => {
    const fields = meetingFieldsOf(GENEVA);
    expect(fields.coChairs).toEqual([
      { ...EMPTY_CO_CHAIR, country: 'KAZ' },
      { ...EMPTY_CO_CHAIR, country: 'ESP' },
    ]);
    expect(meetingBody(fields).body).toEqual({
      title: GENEVA.title,
      place: GENEVA.place,
      from: GENEVA.from,
      to: GENEVA.to,
      coChairs: [{ country: 'KAZ' }, { country: 'ESP' }],
      published: true,
    });
  });

  it.each([
    ['coChairs.1.country', [0, 2], 'coChairs.2.country'],
    ['coChairs.0', [1], 'coChairs.1'],
    ['coChairs.5.name', [0], 'coChairs.5.name'],
    ['coChairs', [0], 'coChairs'],
    ['to', [0, 2], 'to'],
  ])('names the server’s %s as the form’s field', (param, rowOf, field) => {
    expect(coChairParam(rowOf)(param)).toBe(field);
  });
});

describe('the statement form', () => {
  it('sends the field the speaker speaks for, even empty, and never the other', () => {
    const f = { ...emptyStatement(3), speaker: ' Ms A ', country: 'kaz', organisation: 'UN Women' };
    expect(statementBody(f)).toEqual({ sessionId: 3, speaker: 'Ms A', country: 'KAZ', text: '' });
    expect(statementBody({ ...f, speaksFor: 'organisation', source: ' UN Web TV ' })).toEqual({
      sessionId: 3,
      speaker: 'Ms A',
      organisation: 'UN Women',
      text: '',
      source: 'UN Web TV',
    });
    expect(statementBody({ ...emptyStatement(null), speaksFor: 'organisation' })).toEqual({
      sessionId: null,
      speaker: '',
      organisation: '',
      text: '',
    });
  });

  it('reads a statement back into the form unchanged', () => {
    const f = statementFieldsOf(ALIMBAYEV);
    expect(f.speaksFor).toBe('country');
    expect(statementBody(f)).toEqual({
      sessionId: 1,
      speaker: 'Yerlan Alimbayev',
      speakerTitle: 'Permanent Representative of Kazakhstan',
      country: 'KAZ',
      text: ALIMBAYEV.text,
    });
    const unWomen = statementFieldsOf({
      ...ALIMBAYEV,
      sessionId: null,
      country: null,
      organisation: 'UN Women',
    });
    expect([unWomen.speaksFor, unWomen.sessionId]).toEqual(['organisation', '']);
  });

  it('lists the fields two versions differ in, as they would be sent', () => {
    const mine = statementFieldsOf(ALIMBAYEV);
    expect(differingFields(mine, { ...mine, text: `${mine.text} ` })).toEqual([]);
    expect(
      differingFields(mine, { ...mine, text: 'Other.', source: 'Press release', sessionId: '' }),
    ).toEqual(['sessionId', 'text', 'source']);
    expect(differingFields(mine, { ...mine, speaksFor: 'organisation', organisation: 'OSCE' })).toEqual([
      'country',
      'organisation',
    ]);
  });

  it('finds the stored statement in a 409 answer, and nothing in another', () => {
    expect(statementConflictOf({ error: { status: 409, message: 'stale', current: ALIMBAYEV } })).toBe(
      ALIMBAYEV,
    );
    expect(statementConflictOf({ error: { status: 400, message: 'bad' } })).toBeNull();
    expect(statementConflictOf(undefined)).toBeNull();
  });
});

describe('claims of a saved statement', () => {
  it('counts each verdict given, in a fixed order', () => {
    const claims = (['not-checkable', 'supported', 'not-checkable'] as const).map((verdict) => ({ verdict }));
    expect(verdictCounts(claims)).toEqual([
      ['supported', 1],
      ['not-checkable', 2],
    ]);
    expect(verdictCounts([])).toEqual([]);
  });

  it('shows a statement saved here over the older copy of the list, and a new one after the rest', () => {
    const edited = { ...ALIMBAYEV, version: 2, text: 'Edited.' };
    const added = { ...ALIMBAYEV, id: 2, speaker: 'Ms B' };
    expect(withSaved([ALIMBAYEV], [edited, added]).map((s) => [s.id, s.version, s.speaker])).toEqual([
      [1, 2, 'Yerlan Alimbayev'],
      [2, 1, 'Ms B'],
    ]);
    // Once the list has caught up (or moved on), its copy is shown.
    const later = { ...ALIMBAYEV, version: 3 };
    expect(withSaved([later], [edited])).toEqual([later]);
  });
});
