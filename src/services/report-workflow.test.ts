import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/connect.ts';
import { openTestStore } from '../store/test-store.ts';
import { createCycle } from './cycles.ts';
import { addComment, listComments } from './report-comments.ts';
import { BEIJING30_UNECE, createCast, seedReportData, type Cast } from './report-test-store.ts';
import { diffVersions, getVersion, listVersions } from './report-versions.ts';
import { applyEvent } from './report-workflow.ts';
import { createReport, getReport, listCycleReports, publishedReports, saveDraft } from './reports.ts';

let store: Store;
let cast: Cast;
let kaz: number;
let uzb: number;

beforeAll(async () => {
  store = await openTestStore();
  await seedReportData(store.db);
  cast = await createCast(store.db);
  await createCycle(store.db, cast.admin, BEIJING30_UNECE);
  const k = await createReport(store.db, cast.kazContributor, { cycle: 'beijing30-unece', country: 'KAZ' });
  const u = await createReport(store.db, cast.uzbFocal, { cycle: 'beijing30-unece', country: 'UZB' });
  if (!k.ok || !u.ok) throw new Error('reports');
  kaz = k.value.id;
  uzb = u.value.id;
  await saveDraft(store.db, cast.kazFocal, kaz, {
    baseVersion: 1,
    sections: {
      priorities: 'Domestic violence was made an administrative offence.',
      institutions: 'National commission.',
    },
  });
}, 120_000);
afterAll(() => store.close());

type Who = keyof Cast;
const event = (who: Who, e: string, note?: string) =>
  applyEvent(store.db, cast[who], kaz, { event: e, ...(note ? { note } : {}) });

describe('the whole review of a report', () => {
  // Each step in order: who tries which event, and what happens. Refusals change nothing.
  it.each([
    ['kazContributor', 'submit', 'forbidden', 'draft'],
    ['reviewer', 'submit', 'forbidden', 'draft'],
    ['kazFocal', 'accept', 'conflict', 'draft'],
    ['kazFocal', 'approve', 'invalid', 'draft'],
    ['kazFocal', 'submit', 'ok', 'submitted'],
    ['kazFocal', 'submit', 'conflict', 'submitted'],
    ['kazFocal', 'start-review', 'forbidden', 'submitted'],
    ['otherReviewer', 'start-review', 'forbidden', 'submitted'],
    ['centralAsiaReviewer', 'start-review', 'ok', 'under-review'],
    ['kazFocal', 'request-changes', 'forbidden', 'under-review'],
    ['reviewer', 'request-changes', 'ok', 'changes-requested'],
  ] as const)('%s %s → %s (%s)', async (who, e, outcome, state) => {
    const r = await event(who, e, 'see the comments');
    expect(r.ok ? 'ok' : r.kind).toBe(outcome);
    const now = await getReport(store.db, cast.reviewer, kaz);
    expect(now.ok && now.value.state).toBe(state);
  });

  it('explains a refusal', async () => {
    expect(await event('kazFocal', 'accept')).toMatchObject({
      kind: 'conflict',
      param: 'event',
      message: 'cannot accept a report that is changes-requested; allowed: submit',
    });
    expect(await event('kazContributor', 'submit')).toMatchObject({
      kind: 'forbidden',
      message: 'focal point of KAZ required; you are contributor of KAZ',
    });
    expect(await applyEvent(store.db, cast.kazFocal, kaz, { event: 'submit', baseVersion: 1 })).toMatchObject(
      {
        kind: 'conflict',
        param: 'baseVersion',
      },
    );
  });

  it('lets the country revise and resubmit, the reviewer accept and publish', async () => {
    const saved = await saveDraft(store.db, cast.kazFocal, kaz, {
      baseVersion: 3,
      sections: {
        priorities: 'Domestic violence was criminalised in 2024.',
        institutions: 'National commission.',
        conclusions: 'Next: the Spotlight initiative.',
      },
    });
    expect(saved).toMatchObject({ ok: true, value: { version: { version: 4 }, state: 'changes-requested' } });
    expect(await event('kazFocal', 'submit')).toMatchObject({
      ok: true,
      value: { to: 'resubmitted', version: 5 },
    });
    expect(await event('reviewer', 'start-review')).toMatchObject({
      ok: true,
      value: { to: 'under-review' },
    });
    expect(await event('reviewer', 'accept')).toMatchObject({ ok: true, value: { to: 'accepted' } });
    expect(await event('admin', 'publish')).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(await event('reviewer', 'publish', 'Published for the regional meeting.')).toMatchObject({
      ok: true,
      value: { from: 'accepted', to: 'published', version: 5 },
    });
    expect(await event('reviewer', 'request-changes')).toMatchObject({
      kind: 'conflict',
      message: 'cannot request-changes a report that is published; a published report takes no further event',
    });
  });

  it('keeps the history: every version and event', async () => {
    const h = await listVersions(store.db, cast.kazFocal, kaz);
    if (!h.ok) throw new Error(h.message);
    expect(h.value.versions.map((v) => [v.version, v.stateAtSave, v.submitted])).toEqual([
      [1, 'draft', false],
      [2, 'draft', false],
      [3, 'submitted', true],
      [4, 'changes-requested', false],
      [5, 'resubmitted', true],
    ]);
    expect(h.value.events.map((e) => [e.event, e.from, e.to, e.version, e.by])).toEqual([
      ['submit', 'draft', 'submitted', 3, 'kaz'],
      ['start-review', 'submitted', 'under-review', 3, 'ca'],
      ['request-changes', 'under-review', 'changes-requested', 3, 'reviewer'],
      ['submit', 'changes-requested', 'resubmitted', 5, 'kaz'],
      ['start-review', 'resubmitted', 'under-review', 5, 'reviewer'],
      ['accept', 'under-review', 'accepted', 5, 'reviewer'],
      ['publish', 'accepted', 'published', 5, 'reviewer'],
    ]);
    expect(h.value.events[2]!.note).toBe('see the comments');
  });

  it('audits every write', async () => {
    const rows = await store.db
      .selectFrom('audit_log')
      .select(['action'])
      .where('entity_kind', '=', 'report')
      .where('entity_id', '=', String(kaz))
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.action)).toEqual([
      'report.create',
      'report.save',
      'report.submit',
      'report.start-review',
      'report.request-changes',
      'report.save',
      'report.submit',
      'report.start-review',
      'report.accept',
      'report.publish',
    ]);
  });
});

describe('comments', () => {
  it.each([
    ['reviewer', 'priorities', 'ok'],
    ['kazFocal', 'priorities', 'ok'],
    ['admin', 'general', 'ok'],
    ['kazContributor', 'priorities', 'forbidden'],
    ['uzbFocal', 'priorities', 'forbidden'],
    ['public', 'priorities', 'forbidden'],
    ['reviewer', 'nope', 'invalid'],
  ] as const)('%s on %s → %s', async (who, sectionId, outcome) => {
    const r = await addComment(store.db, cast[who], kaz, { sectionId, body: `From ${who}`, version: 3 });
    expect(r.ok ? 'ok' : r.kind).toBe(outcome);
  });

  it('lists them for the participants only', async () => {
    const r = await listComments(store.db, cast.kazContributor, kaz);
    expect(r.ok && r.value.map((c) => [c.author, c.sectionTitle, c.version, c.html])).toEqual([
      ['reviewer', 'Priorities', 3, '<p>From reviewer</p>\n'],
      ['kaz', 'Priorities', 3, '<p>From kazFocal</p>\n'],
      ['admin', 'The report as a whole', 3, '<p>From admin</p>\n'],
    ]);
    for (const who of ['uzbFocal', 'public', 'otherReviewer'] as const)
      expect(await listComments(store.db, cast[who], kaz)).toMatchObject({ ok: false, kind: 'forbidden' });
  });
});

describe('versions and diffs', () => {
  it('diffs any two versions section by section', async () => {
    const d = await diffVersions(store.db, cast.reviewer, kaz, { from: 3, to: 5 });
    if (!d.ok) throw new Error(d.message);
    const changed = d.value.sections.filter((s) => s.change !== 'unchanged');
    expect(changed.map((s) => [s.sectionId, s.title, s.change, s.wordsAdded, s.wordsRemoved])).toEqual([
      ['priorities', 'Priorities', 'changed', 3, 4],
      ['conclusions', 'Conclusions and next steps', 'added', 4, 0],
    ]);
    const back = await diffVersions(store.db, cast.reviewer, kaz, { from: 5, to: 1 });
    expect(
      back.ok && back.value.sections.filter((s) => s.change === 'removed').map((s) => s.sectionId),
    ).toEqual(['priorities', 'institutions', 'conclusions']);
    expect(await diffVersions(store.db, cast.reviewer, kaz, { from: 1, to: 9 })).toMatchObject({
      kind: 'not-found',
      param: 'to',
      message: `report ${kaz} has no version 9; it has 1–5`,
    });
  });

  it('shows any version to participants, the published text to everyone, drafts to no one else', async () => {
    expect(await getVersion(store.db, cast.kazContributor, kaz, 2)).toMatchObject({
      ok: true,
      value: { version: { version: 2 } },
    });
    for (const who of ['public', 'uzbFocal'] as const) {
      expect(await getVersion(store.db, cast[who], kaz, 2)).toMatchObject({ ok: false, kind: 'forbidden' });
      expect(await listVersions(store.db, cast[who], kaz)).toMatchObject({ ok: false, kind: 'forbidden' });
      expect(await getReport(store.db, cast[who], kaz)).toMatchObject({
        ok: true,
        value: { state: 'published', version: { version: 5 } },
      });
    }
    for (const who of ['public', 'kazFocal', 'otherReviewer'] as const)
      expect(await getReport(store.db, cast[who], uzb)).toMatchObject({ ok: false, kind: 'forbidden' });
    const pub = await getReport(store.db, cast.public, kaz);
    expect(pub.ok && pub.value.sections.every((s) => s.markdown === undefined)).toBe(true);
    const own = await getReport(store.db, cast.kazContributor, kaz);
    expect(own.ok && own.value.sections[0]!.markdown).toBe('Domestic violence was criminalised in 2024.');
  });

  it('lists the reports each may see', async () => {
    const list = async (who: Who) => {
      const r = await listCycleReports(store.db, cast[who], 'beijing30-unece');
      return r.ok ? r.value.map((x) => `${x.country}:${x.state}`) : r.kind;
    };
    expect(await list('public')).toEqual(['KAZ:published']);
    expect(await list('uzbFocal')).toEqual(['KAZ:published', 'UZB:draft']);
    expect(await list('reviewer')).toEqual(['KAZ:published', 'UZB:draft']);
    expect(await list('centralAsiaReviewer')).toEqual(['KAZ:published', 'UZB:draft']);
    expect(await list('otherReviewer')).toEqual(['KAZ:published']);
    const published = await publishedReports(store.db, 'beijing30-unece');
    expect(published.ok && published.value.map((r) => r.country)).toEqual(['KAZ']);
  });
});
