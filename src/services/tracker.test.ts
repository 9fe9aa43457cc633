import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionSetByCode } from '../catalog/index.ts';
import { templateById } from '../catalog/report-templates/index.ts';
import { applyEvent } from './report-workflow.ts';
import { createReport, saveDraft } from './reports.ts';
import { openReviewStore, type ReviewStore } from './review-test-store.ts';
import { getTracker } from './tracker.ts';

let r: ReviewStore;
const SECTIONS = templateById('beijing30-v1')!.sections.map((s) => s.id);

beforeAll(async () => {
  r = await openReviewStore();
  // Uzbekistan writes two sections and submits after the deadline (30 June 2024).
  const uzb = await createReport(
    r.db,
    r.cast.uzbFocal,
    { cycle: 'beijing30-unece', country: 'UZB' },
    {
      now: new Date('2024-05-02T10:00:00Z'),
    },
  );
  if (!uzb.ok) throw new Error(uzb.message);
  const saved = await saveDraft(
    r.db,
    r.cast.uzbFocal,
    uzb.value.id,
    { baseVersion: 1, sections: { priorities: 'Our priorities.', achievements: 'What we achieved.' } },
    { now: new Date('2024-06-20T10:00:00Z') },
  );
  if (!saved.ok) throw new Error(saved.message);
  const sent = await applyEvent(
    r.db,
    r.cast.uzbFocal,
    uzb.value.id,
    { event: 'submit' },
    {
      now: new Date('2024-07-01T08:00:00Z'),
    },
  );
  if (!sent.ok) throw new Error(sent.message);
});
afterAll(() => r.store.close());

describe(getTracker, () => {
  it('gives every UNECE member its report state, submission, empty sections and last change', async () => {
    const t = await getTracker(r.db, r.cast.reviewer, 'beijing30-unece');
    if (!t.ok) throw new Error(t.message);
    const members = regionSetByCode('unece')!.members.length;
    expect(t.value.summary).toEqual({
      members,
      started: 2,
      submitted: 1,
      late: 1,
      byState: {
        'not-started': members - 2,
        draft: 1,
        submitted: 1,
        'under-review': 0,
        'changes-requested': 0,
        resubmitted: 0,
        accepted: 0,
        published: 0,
      },
    });
    const row = (iso3: string) => t.value.rows.find((x) => x.iso3 === iso3)!;
    // The demo's example report fills every section (each carries the example notice).
    expect(row('KAZ')).toMatchObject({
      name: 'Kazakhstan',
      state: 'draft',
      currentVersion: 1,
      submittedAt: null,
      late: null,
      emptySections: [],
      lastChange: '2024-10-23T09:00:00.000Z',
    });
    expect(row('UZB')).toMatchObject({
      state: 'submitted',
      currentVersion: 3,
      submittedAt: '2024-07-01T08:00:00.000Z',
      lastSubmittedAt: '2024-07-01T08:00:00.000Z',
      late: true,
      emptySections: SECTIONS.filter((s) => s !== 'priorities' && s !== 'achievements'),
      lastChange: '2024-07-01T08:00:00.000Z',
    });
    expect(row('FRA')).toMatchObject({
      state: 'not-started',
      reportId: null,
      emptySections: SECTIONS,
      lastChange: null,
    });
    expect(t.value.sections.map((s) => s.id)).toEqual(SECTIONS);
  });

  it('has the availability matrix of the progress indicators: latest year per member', async () => {
    const t = await getTracker(r.db, r.cast.admin, 'beijing30-unece', 'fr');
    if (!t.ok) throw new Error(t.message);
    const a = t.value.availability;
    expect(a.indicators.map((i) => i.code)).toEqual(
      expect.arrayContaining(['hdr.gii', 'hdr.gdi', 'hdr.pr', 'wdi.SG.GEN.PARL.ZS', 'unsd.parl_seats']),
    );
    // Only the progress indicators' international series: no national platform, no context series.
    expect(a.indicators.some((i) => i.code.startsWith('sdg.') || i.code === 'hdr.pop_total')).toBe(false);
    const kaz = a.rows.find((x) => x.iso3 === 'KAZ')!;
    expect(kaz.name).toBe('Kazakhstan');
    expect(kaz.latest['hdr.gii']).toBe(2023);
    expect(a.rows.find((x) => x.iso3 === 'MCO')!.latest['hdr.gii']).toBeNull();
    expect(a.rows).toHaveLength(regionSetByCode('unece')!.members.length);
  });

  it.each([
    ['the cycle’s regional reviewer', 'reviewer', true],
    ['an administrator', 'admin', true],
    ['a reviewer of a subregion (cycle-level reading is the cycle’s set)', 'centralAsiaReviewer', false],
    ['a reviewer of another region', 'otherReviewer', false],
    ['a focal point', 'kazFocal', false],
    ['a contributor', 'kazContributor', false],
    ['the public', 'public', false],
  ] as const)('%s: allowed %s', async (_who, member, allowed) => {
    const t = await getTracker(r.db, r.cast[member], 'beijing30-unece');
    expect(t.ok).toBe(allowed);
    if (!t.ok) expect(t.kind).toBe('forbidden');
  });

  it('names an unknown cycle', async () => {
    expect(await getTracker(r.db, r.cast.admin, 'nope')).toMatchObject({
      ok: false,
      kind: 'not-found',
      param: 'code',
    });
  });
});
