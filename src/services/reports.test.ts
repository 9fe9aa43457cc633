import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/connect.ts';
import { openTestStore } from '../store/test-store.ts';
import { createCycle } from './cycles.ts';
import { applyEvent } from './report-workflow.ts';
import { BEIJING30_UNECE, createCast, importHdr, seedReportData, type Cast } from './report-test-store.ts';
import { getVersion } from './report-versions.ts';
import { createReport, getReport, saveDraft, type SaveConflict } from './reports.ts';

let store: Store;
let cast: Cast;
let kazId: number;
const at = (iso: string) => ({ now: new Date(iso) });

beforeAll(async () => {
  store = await openTestStore();
  await seedReportData(store.db, 'HDR23-24');
  cast = await createCast(store.db);
  const cycle = await createCycle(store.db, cast.admin, BEIJING30_UNECE, at('2024-01-10T09:00:00Z'));
  if (!cycle.ok) throw new Error(cycle.message);
  const kaz = await createReport(store.db, cast.kazFocal, { cycle: 'beijing30-unece', country: 'KAZ' });
  if (!kaz.ok) throw new Error(kaz.message);
  kazId = kaz.value.id;
}, 120_000);
afterAll(() => store.close());

const GII = '{{evidence:value:area=KAZ,indicator=hdr.gii}}';
const HDI = '{{evidence:index:index=hdi,area=KAZ}}';

describe(createReport, () => {
  it('creates the report as an empty draft at version 1, once per cycle and country', async () => {
    const r = await getReport(store.db, cast.kazFocal, kazId);
    expect(r.ok && [r.value.state, r.value.currentVersion, r.value.sections.every((s) => s.empty)]).toEqual([
      'draft',
      1,
      true,
    ]);
    const again = await createReport(store.db, cast.kazContributor, {
      cycle: 'beijing30-unece',
      country: 'kaz',
    });
    expect(again).toMatchObject({
      ok: false,
      kind: 'conflict',
      message: `KAZ already has report ${kazId} in cycle beijing30-unece`,
    });
  });

  it.each([
    [
      'uzbFocal',
      'KAZ',
      'forbidden',
      'focal point or contributor of KAZ required; you are focal point of UZB',
    ],
    [
      'reviewer',
      'UZB',
      'forbidden',
      'focal point or contributor of UZB required; you are regional reviewer of unece',
    ],
    ['admin', 'UZB', 'forbidden', 'focal point or contributor of UZB required; you are administrator'],
    ['public', 'UZB', 'forbidden', 'report.edit needs focal point or contributor of UZB; sign in'],
    ['kazFocal', 'BRA', 'invalid', 'BRA is not a member of unece, the region set of cycle beijing30-unece'],
    ['kazFocal', 'XYZ', 'not-found', 'no country XYZ'],
  ] as const)('%s creating %s: %s', async (who, country, kind, message) => {
    const r = await createReport(store.db, cast[who], { cycle: 'beijing30-unece', country });
    expect(r).toMatchObject({ ok: false, kind, message });
  });
});

describe(saveDraft, () => {
  it('appends a version per save, by the focal point or a contributor', async () => {
    const a = await saveDraft(store.db, cast.kazFocal, kazId, {
      baseVersion: 1,
      sections: { achievements: `The GII fell to ${GII}.` },
    });
    expect(a).toMatchObject({
      ok: true,
      value: { version: { version: 2, submitted: false, savedBy: 'kaz' } },
    });
    const b = await saveDraft(store.db, cast.kazContributor, kazId, {
      baseVersion: 2,
      sections: {
        achievements: `The GII fell to ${GII}; HDI ${HDI}.`,
        'data-statistics': 'New gender statistics portal.',
      },
      measures: [
        {
          title: 'Spotlight Initiative to eliminate violence against women and girls',
          kind: 'programme',
          date: '2021',
          criticalAreas: ['D'],
          clusters: [3],
          beneficiaries: 'women and girls survivors of violence',
          source: 'UN-EU Spotlight Initiative, Central Asia regional programme',
          url: 'https://www.spotlightinitiative.org/',
        },
      ],
    });
    expect(b).toMatchObject({ ok: true, value: { version: { version: 3, savedBy: 'kaz-stat' } } });
  });

  it('refuses a save based on a stale version, returning both versions and saving nothing', async () => {
    const stale = (await saveDraft(store.db, cast.kazFocal, kazId, {
      baseVersion: 2,
      sections: { achievements: 'My older edit.' },
    })) as SaveConflict;
    expect(stale.ok).toBe(false);
    expect(stale.kind).toBe('conflict');
    expect(stale.message).toMatch(
      /^report \d+ has changed since version 2: version 3 was saved by kaz-stat at /,
    );
    expect(stale.current.version.version).toBe(3);
    expect(stale.current.sections.find((s) => s.id === 'achievements')!.markdown).toBe(
      `The GII fell to ${GII}; HDI ${HDI}.`,
    );
    expect(stale.yours.sections).toEqual({ achievements: 'My older edit.' });
    const now = await getReport(store.db, cast.kazFocal, kazId);
    expect(now.ok && now.value.currentVersion).toBe(3);
  });

  it.each([
    [
      'sections.results',
      { sections: { results: 'x' } },
      /^sections\.results: not a section of template beijing30-v1; expected one of priorities, /,
    ],
    [
      'sections.priorities',
      { sections: { priorities: 'ok\nthe {{evidence:value:area=KAZ}} here' } },
      /^sections\.priorities: line 2, column 5: value: missing indicator$/,
    ],
    [
      'sections.priorities',
      { sections: { priorities: '{{evidence:value:area=KAZ,indicator=hdr.nope}}' } },
      /unknown indicator "hdr.nope"/,
    ],
    [
      'measures.0.url',
      {
        sections: {},
        measures: [{ title: 'x', kind: 'law', date: '2024', source: 's', url: 'javascript:alert(1)' }],
      },
      /^measures\.0\.url: expected an http or https URL$/,
    ],
    [
      'measures.0.kind',
      { sections: {}, measures: [{ title: 'x', kind: 'decree', date: '2024', source: 's' }] },
      /expected one of law, policy/,
    ],
    [
      'evidence.0',
      { sections: {}, evidence: [{ sectionId: 'nope', kind: 'value', area: 'KAZ', indicator: 'hdr.gii' }] },
      /not a section/,
    ],
    [
      'attachments.0.type',
      { sections: {}, attachments: [{ name: 'a.pdf', type: 'pdf', size: 1 }] },
      /media type/,
    ],
  ])('refuses invalid content, naming %s', async (param, content, message) => {
    const r = await saveDraft(store.db, cast.kazFocal, kazId, { baseVersion: 3, ...content });
    expect(r).toMatchObject({ ok: false, kind: 'invalid', param });
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it.each([
    ['uzbFocal', 'focal point or contributor of KAZ required; you are focal point of UZB'],
    ['reviewer', 'focal point or contributor of KAZ required; you are regional reviewer of unece'],
    ['public', 'report.edit needs focal point or contributor of KAZ; sign in'],
  ] as const)('refuses a save by %s', async (who, message) => {
    const r = await saveDraft(store.db, cast[who], kazId, { baseVersion: 3, sections: {} });
    expect(r).toMatchObject({ ok: false, kind: 'forbidden', message });
  });
});

describe('submission: immutability and pinned evidence', () => {
  it('reads draft evidence live', async () => {
    const r = await getReport(store.db, cast.kazFocal, kazId);
    if (!r.ok) throw new Error(r.message);
    expect(r.value.evidence.mode).toBe('live');
    expect(r.value.evidence.values).toEqual([
      expect.objectContaining({
        kind: 'value',
        year: 2022,
        value: 0.177,
        source: expect.objectContaining({ edition: 'HDR23-24' }),
      }),
      expect.objectContaining({ kind: 'index', index: 'hdi', year: 2022, value: 0.802, published: 0.802 }),
    ]);
  });

  it('pins every block when submitted, as a new submitted version', async () => {
    const r = await applyEvent(
      store.db,
      cast.kazFocal,
      kazId,
      { event: 'submit' },
      at('2024-06-01T10:00:00Z'),
    );
    expect(r).toMatchObject({
      ok: true,
      value: { from: 'draft', to: 'submitted', version: 4, pinned: { blocks: 2 } },
    });
  });

  it('refuses any further save by the service, and any UPDATE or DELETE of a version in the database', async () => {
    const save = await saveDraft(store.db, cast.kazFocal, kazId, {
      baseVersion: 4,
      sections: { priorities: 'late' },
    });
    expect(save).toMatchObject({
      ok: false,
      kind: 'forbidden',
      message: 'report.edit is possible only while the report is draft or changes-requested; it is submitted',
    });
    await expect(
      sql`UPDATE report_version SET sections = '{}'::jsonb WHERE report_id = ${kazId} AND version = 4`.execute(
        store.db,
      ),
    ).rejects.toThrow(
      /report versions are append-only: version 4 of report \d+ cannot be changed or deleted/,
    );
    await expect(
      sql`DELETE FROM report_version WHERE report_id = ${kazId}`.execute(store.db),
    ).rejects.toThrow(/append-only/);
    await expect(
      sql`UPDATE report_version SET submitted = false WHERE report_id = ${kazId} AND version = 2`.execute(
        store.db,
      ),
    ).rejects.toThrow(/append-only/);
  });

  it('shows the pinned values after newer data are imported, while a draft version shows the new data', async () => {
    await importHdr(store.db, 'HDR25');
    const submitted = await getReport(store.db, cast.reviewer, kazId);
    if (!submitted.ok) throw new Error(submitted.message);
    expect(submitted.value.version).toMatchObject({ version: 4, submitted: true, stateAtSave: 'submitted' });
    expect(submitted.value.evidence).toMatchObject({ mode: 'pinned', pinnedAt: '2024-06-01T10:00:00.000Z' });
    expect(
      submitted.value.evidence.values.map(
        (e) =>
          e.status === 'resolved' &&
          e.kind !== 'indicator-chart' && [e.kind, e.year, e.value, e.source.edition],
      ),
    ).toEqual([
      ['value', 2022, 0.177, 'HDR23-24'],
      ['index', 2022, 0.802, 'HDR23-24'],
    ]);
    const html = submitted.value.sections.find((s) => s.id === 'achievements')!.html;
    expect(html).toContain('0.177 (Gender Inequality Index (GII), Kazakhstan, 2022; HDR23-24)');
    expect(html).toContain('evidence-pinned');

    const draft = await getVersion(store.db, cast.kazFocal, kazId, 3);
    if (!draft.ok) throw new Error(draft.message);
    expect(draft.value.evidence.mode).toBe('live');
    expect(
      draft.value.evidence.values.map(
        (e) =>
          e.status === 'resolved' &&
          e.kind !== 'indicator-chart' && [e.kind, e.year, e.value, e.source.edition],
      ),
    ).toEqual([
      ['value', 2023, 0.182, 'HDR25'],
      ['index', 2023, 0.837, 'HDR25'],
    ]);
  });
});
