import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAuditRows } from '../store/audit-reads.ts';
import { addStatement, editStatement, listStatements } from './meeting-statements.ts';
import { addSession, createMeeting, getMeeting, listMeetings, patchMeeting } from './meetings.ts';
import { openReviewStore, type ReviewStore } from './review-test-store.ts';

let r: ReviewStore;
const CYCLE = 'beijing30-unece';
const KAZ_TEXT =
  'These include a 60% reduction in the gender inequality index; introduction of a 30% quota in Parliament ' +
  'for women and youth, including women with disabilities; and increased female leadership in state governance.';

beforeAll(async () => {
  r = await openReviewStore();
});
afterAll(() => r.store.close());

const actions = async (kind: string, id: number) =>
  (await readAuditRows(r.db, { entityKind: kind, entityId: String(id), limit: 10, offset: 0 })).rows.map(
    (a) => a.action,
  );

describe('the demonstration meeting', () => {
  it('is published: the public reads it, its General segment and the checked statement', async () => {
    const list = await listMeetings(r.db, r.cast.public, CYCLE);
    if (!list.ok) throw new Error(list.message);
    expect(list.value).toHaveLength(1);
    const m = list.value[0]!;
    expect(m).toMatchObject({
      place: 'Geneva, Switzerland',
      from: '2024-10-21',
      to: '2024-10-22',
      published: true,
      coChairs: [
        { country: 'KAZ', countryName: 'Kazakhstan' },
        { country: 'ESP', countryName: 'Spain' },
      ],
      sessions: [{ kind: 'segment', title: 'General segment', position: 1 }],
    });
    const statements = await listStatements(r.db, r.cast.public, m.id);
    if (!statements.ok) throw new Error(statements.message);
    expect(statements.value).toHaveLength(1);
    const s = statements.value[0]!;
    expect(s).toMatchObject({
      speaker: 'Yerlan Alimbayev',
      country: 'KAZ',
      sessionTitle: 'General segment',
      text: KAZ_TEXT,
      tally: { claims: 3, supported: 0, partlySupported: 1, notSupported: 1, notCheckable: 1 },
      checkedAt: '2024-10-23T09:00:00.000Z',
    });
    expect(s.source).toMatch(/^Not a transcript/);
    expect(s.claims[0]!.summary).toMatch(/54\.6 %/);
  });
});

describe('a meeting recorded by a reviewer', () => {
  let meetingId: number;
  let sessionId: number;

  beforeAll(async () => {
    const m = await createMeeting(r.db, r.cast.reviewer, CYCLE, {
      title: 'Follow-up meeting',
      place: 'Almaty',
      from: '2025-03-01',
      to: '2025-03-01',
      coChairs: [{ name: 'A. Chair', organisation: 'UNECE' }],
      sessions: [{ kind: 'thematic', title: 'Women in power and decision-making' }],
    });
    if (!m.ok) throw new Error(m.message);
    meetingId = m.value.id;
    sessionId = m.value.sessions[0]!.id;
  });

  it('is hidden from the public until published, audited', async () => {
    expect(await getMeeting(r.db, r.cast.public, meetingId)).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(await getMeeting(r.db, r.cast.kazFocal, meetingId)).toMatchObject({
      ok: false,
      kind: 'forbidden',
    });
    expect(
      (await listMeetings(r.db, r.cast.public, CYCLE)).ok && (await listMeetings(r.db, r.cast.public, CYCLE)),
    ).toMatchObject({
      value: [{ place: 'Geneva, Switzerland' }],
    });
    expect(await patchMeeting(r.db, r.cast.kazFocal, meetingId, { published: true })).toMatchObject({
      kind: 'forbidden',
    });
    const published = await patchMeeting(r.db, r.cast.admin, meetingId, { published: true });
    expect(published.ok && published.value.published).toBe(true);
    expect((await getMeeting(r.db, r.cast.public, meetingId)).ok).toBe(true);
    expect(await actions('meeting', meetingId)).toEqual(['meeting.publish', 'meeting.create']);
  });

  it('checks the claims of a statement when it is recorded and again when it changes', async () => {
    const added = await addStatement(r.db, r.cast.reviewer, meetingId, {
      sessionId,
      speaker: 'A delegate',
      country: 'kaz',
      text: KAZ_TEXT,
    });
    if (!added.ok) throw new Error(added.message);
    expect(added.value.claims.map((c) => c.verdict)).toEqual([
      'not-supported',
      'partly-supported',
      'not-checkable',
    ]);
    expect(added.value).toMatchObject({ version: 1, sessionTitle: 'Women in power and decision-making' });
    const edited = await editStatement(r.db, r.cast.reviewer, added.value.id, {
      baseVersion: 1,
      speaker: 'A delegate',
      country: 'KAZ',
      text: 'A 55% reduction in the gender inequality index.',
    });
    if (!edited.ok) throw new Error(edited.message);
    expect(edited.value).toMatchObject({ version: 2, sessionId: null });
    // Re-checked: 55 % holds for one window of one edition (HDR25 2000–2022: −54.6 %).
    expect(edited.value.claims.map((c) => c.verdict)).toEqual(['partly-supported']);
    expect(edited.value.claims[0]!.summary).toMatch(/a 55 % fall .* HDR25 2000–2022: −54\.6 %/);
    const stale = await editStatement(r.db, r.cast.reviewer, added.value.id, {
      baseVersion: 1,
      speaker: 'Someone else',
      country: 'KAZ',
      text: KAZ_TEXT,
    });
    expect(stale).toMatchObject({
      ok: false,
      kind: 'conflict',
      param: 'baseVersion',
      current: { version: 2 },
    });
    expect(await actions('statement', added.value.id)).toEqual(['statement.update', 'statement.create']);
  });

  it('checks an organisation’s statement against the countries its sentences name', async () => {
    const s = await addStatement(r.db, r.cast.reviewer, meetingId, {
      speaker: 'A speaker',
      organisation: 'A civil society network',
      text: 'In Kazakhstan, women hold 27% of seats in parliament.',
    });
    if (!s.ok) throw new Error(s.message);
    expect(s.value.claims).toHaveLength(1);
    expect(s.value.claims[0]!.claim.country).toBe('KAZ');
  });

  it.each([
    [{ speaker: 'x', text: 'y' }, 'country', /the country or the organisation/],
    [{ speaker: 'x', text: 'y', country: 'KAZ', organisation: 'z' }, 'country', /one of them/],
    [{ speaker: 'x', text: '   ', country: 'KAZ' }, 'text', /expected the text/],
    [{ speaker: 'x', text: 'y', country: 'XXX' }, 'country', /no such country/],
    [{ speaker: 'x', text: 'y', country: 'KAZ', sessionId: 999999 }, 'sessionId', /has no session 999999/],
  ])('refuses %j naming %s', async (input, param, message) => {
    const s = await addStatement(r.db, r.cast.reviewer, meetingId, input);
    expect(s).toMatchObject({ ok: false, param });
    expect(!s.ok && s.message).toMatch(message);
  });

  it.each([
    'kazFocal',
    'uzbFocal',
    'kazContributor',
    'otherReviewer',
    'centralAsiaReviewer',
    'public',
  ] as const)('refuses to let %s record a statement or a session', async (member) => {
    const input = { speaker: 'x', country: 'KAZ', text: 'y' };
    expect(await addStatement(r.db, r.cast[member], meetingId, input)).toMatchObject({
      ok: false,
      kind: 'forbidden',
    });
    expect(await addSession(r.db, r.cast[member], meetingId, { kind: 'segment', title: 'x' })).toMatchObject({
      ok: false,
      kind: 'forbidden',
    });
  });

  it('refuses a meeting that ends before it starts', async () => {
    const m = await createMeeting(r.db, r.cast.admin, CYCLE, {
      title: 't',
      place: 'p',
      from: '2025-03-02',
      to: '2025-03-01',
    });
    expect(m).toMatchObject({ ok: false, param: 'to' });
  });
});
