import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAuditRows } from '../store/audit-reads.ts';
import { createTag, locate, removeTag, searchTags } from './report-tags.ts';
import { applyEvent } from './report-workflow.ts';
import { createReport, saveDraft } from './reports.ts';
import { openReviewStore, type ReviewStore } from './review-test-store.ts';

let r: ReviewStore;
const CYCLE = 'beijing30-unece';
const ACHIEVEMENTS =
  'The Law on Equal Rights was amended in 2023.\n\nA national women’s business network now works with the statistics office ' +
  'on sex-disaggregated data.';

beforeAll(async () => {
  r = await openReviewStore();
  const uzb = await createReport(r.db, r.cast.uzbFocal, { cycle: CYCLE, country: 'UZB' });
  if (!uzb.ok) throw new Error(uzb.message);
  const saved = await saveDraft(r.db, r.cast.uzbFocal, uzb.value.id, {
    baseVersion: 1,
    sections: { achievements: ACHIEVEMENTS },
  });
  if (!saved.ok) throw new Error(saved.message);
  const sent = await applyEvent(r.db, r.cast.uzbFocal, uzb.value.id, { event: 'submit' });
  if (!sent.ok) throw new Error(sent.message);
});
afterAll(() => r.store.close());

describe(createTag, () => {
  it('tags a passage of the submitted version by its offsets, and audits it', async () => {
    const start = ACHIEVEMENTS.indexOf('A national');
    const end = ACHIEVEMENTS.length;
    const t = await createTag(r.db, r.cast.reviewer, CYCLE, {
      country: 'uzb',
      sectionId: 'achievements',
      start,
      end,
      quote: ACHIEVEMENTS.slice(start, end),
      bpfa: ['F', 'H', 'F'],
      clusters: [1],
      sdgTargets: ['5.a', '17.18'],
      criteria: ['good-practice', 'use-of-data'],
      note: 'Partnership with the statistics office.',
    });
    if (!t.ok) throw new Error(t.message);
    expect(t.value).toMatchObject({
      country: 'UZB',
      countryName: 'Uzbekistan',
      reportState: 'submitted',
      version: 3,
      sectionId: 'achievements',
      sectionTitle: 'Achievements',
      quote: ACHIEVEMENTS.slice(start),
      start,
      end,
      bpfa: ['F', 'H'],
      sdgTargets: ['5.a', '17.18'],
      criteria: ['good-practice', 'use-of-data'],
    });
    const audit = await readAuditRows(r.db, {
      entityKind: 'report-tag',
      entityId: String(t.value.id),
      limit: 5,
      offset: 0,
    });
    expect(audit.rows.map((a) => a.action)).toEqual(['report.tag']);
  });

  it('tags by a quote alone when it occurs once', async () => {
    const t = await createTag(r.db, r.cast.centralAsiaReviewer, CYCLE, {
      country: 'UZB',
      sectionId: 'achievements',
      quote: 'The Law on Equal Rights was amended in 2023.',
      bpfa: ['I'],
      criteria: ['political-will'],
    });
    expect(t.ok && [t.value.start, t.value.end]).toEqual([0, 44]);
  });

  it.each([
    [{ quote: 'not in the text' }, 'quote', /not found/],
    [{ start: 4, end: 9, quote: 'other words' }, 'quote', /differs from the quote sent/],
    [{ start: 4, end: 9999 }, 'end', new RegExp(`start < end ≤ ${ACHIEVEMENTS.length}\\b`)],
    [{ start: 4 }, 'end', /give both start and end/],
    [{ quote: 'on' }, 'quote', /occurs more than once/],
    [{ quote: 'A national', criteria: [] }, 'criteria', /at least one code/],
    [{ quote: 'A national', sdgTargets: ['5.9'] }, 'sdgTargets.0', /no such SDG 5 target/],
    [{ quote: 'A national', bpfa: ['M'] }, 'bpfa.0', /BPfA letter/],
    [{ quote: 'A national', sectionId: 'nope' }, 'sectionId', /no section nope/],
    [{ quote: 'A national', version: 7 }, 'version', /no version 7/],
  ])('refuses %j naming %s', async (change, param, message) => {
    const t = await createTag(r.db, r.cast.reviewer, CYCLE, {
      country: 'UZB',
      sectionId: 'achievements',
      criteria: ['good-practice'],
      ...change,
    });
    expect(t).toMatchObject({ ok: false, param });
    expect(!t.ok && t.message).toMatch(message);
  });

  it.each([
    ['a focal point', 'uzbFocal'],
    ['a contributor', 'kazContributor'],
    ['a reviewer of another region', 'otherReviewer'],
    ['the public', 'public'],
  ] as const)('refuses %s', async (_who, member) => {
    const t = await createTag(r.db, r.cast[member], CYCLE, {
      country: 'UZB',
      sectionId: 'achievements',
      quote: 'A national',
      criteria: ['good-practice'],
    });
    expect(t).toMatchObject({ ok: false, kind: 'forbidden' });
  });
});

describe(searchTags, () => {
  const find = async (
    filter: Parameters<typeof searchTags>[3],
    member: keyof ReviewStore['cast'] = 'reviewer',
  ) => {
    const s = await searchTags(r.db, r.cast[member], CYCLE, filter);
    if (!s.ok) throw new Error(s.message);
    return s.value.map((t) => `${t.country}:${t.quote.slice(0, 12)}`);
  };

  it.each([
    [{}, ['KAZ:a 30 % quota', 'UZB:The Law on E', 'UZB:A national w']],
    [{ bpfa: 'g' }, ['KAZ:a 30 % quota']],
    [{ cluster: 1 }, ['UZB:A national w']],
    [{ sdgTarget: '5.5' }, ['KAZ:a 30 % quota']],
    [{ criterion: 'political-will' }, ['KAZ:a 30 % quota', 'UZB:The Law on E']],
    [{ criterion: 'use-of-data' }, ['UZB:A national w']],
    [{ text: 'STATISTICS' }, ['UZB:A national w']],
    [{ text: '100%_' }, []],
    [{ country: 'kaz' }, ['KAZ:a 30 % quota']],
    [{ criterion: 'political-will', country: 'UZB' }, ['UZB:The Law on E']],
  ])('%j → %j', async (filter, expected) => {
    expect(await find(filter)).toEqual(expected);
  });

  it('shows a subregion reviewer the tags of its members only, and refuses those who may tag nothing', async () => {
    expect(await find({}, 'centralAsiaReviewer')).toHaveLength(3);
    for (const member of ['otherReviewer', 'kazFocal', 'public'] as const)
      expect(await searchTags(r.db, r.cast[member], CYCLE)).toMatchObject({ ok: false, kind: 'forbidden' });
  });
});

describe(removeTag, () => {
  it('removes a tag for a reviewer, audited; refuses a focal point', async () => {
    const t = await createTag(r.db, r.cast.reviewer, CYCLE, {
      country: 'UZB',
      sectionId: 'achievements',
      quote: 'was amended in 2023',
      criteria: ['political-will'],
    });
    if (!t.ok) throw new Error(t.message);
    expect(await removeTag(r.db, r.cast.uzbFocal, t.value.id)).toMatchObject({
      ok: false,
      kind: 'forbidden',
    });
    expect(await removeTag(r.db, r.cast.admin, t.value.id)).toEqual({ ok: true, value: { id: t.value.id } });
    expect(await removeTag(r.db, r.cast.admin, t.value.id)).toMatchObject({ ok: false, kind: 'not-found' });
    const audit = await readAuditRows(r.db, {
      entityKind: 'report-tag',
      entityId: String(t.value.id),
      limit: 5,
      offset: 0,
    });
    expect(audit.rows.map((a) => a.action)).toEqual(['report.untag', 'report.tag']);
  });
});

describe(locate, () => {
  it('counts offsets in UTF-16 code units, as JavaScript does', () => {
    expect(locate('Женщины — 27 %', { quote: '27 %' })).toEqual({
      ok: true,
      value: { quote: '27 %', startOffset: 10, endOffset: 14 },
    });
  });
});
