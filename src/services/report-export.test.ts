import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/connect.ts';
import { openTestStore } from '../store/test-store.ts';
import { createCycle } from './cycles.ts';
import { activeHtml, SCRIPT_INJECTIONS } from './inert-html.ts';
import { addComment, listComments } from './report-comments.ts';
import { exportReport } from './report-export.ts';
import { BEIJING30_UNECE, createCast, seedReportData, type Cast } from './report-test-store.ts';
import { applyEvent } from './report-workflow.ts';
import { createReport, getReport, saveDraft } from './reports.ts';

let store: Store;
let cast: Cast;
let kaz: number;

// A malformed evidence token is refused when saved (tested in reports.test.ts), so sections take the rest.
const IN_TEXT = SCRIPT_INJECTIONS.filter((x) => !x.includes('{{evidence'));
const ALL = IN_TEXT.join('\n\n');

beforeAll(async () => {
  store = await openTestStore();
  await seedReportData(store.db);
  cast = await createCast(store.db);
  await createCycle(store.db, cast.admin, BEIJING30_UNECE);
  const r = await createReport(store.db, cast.kazFocal, { cycle: 'beijing30-unece', country: 'KAZ' });
  if (!r.ok) throw new Error(r.message);
  kaz = r.value.id;
  const saved = await saveDraft(store.db, cast.kazFocal, kaz, {
    baseVersion: 1,
    sections: {
      priorities: `Quota of 30 %. GII {{evidence:value:area=KAZ,indicator=hdr.gii}}.\n\n${ALL}`,
      conclusions: IN_TEXT.join(' '),
    },
    measures: SCRIPT_INJECTIONS.map((x, i) => ({
      title: `${i}: ${x}`,
      kind: 'law',
      date: '2024-04-15',
      criticalAreas: ['D'],
      beneficiaries: x,
      source: x,
      description: x,
      url: 'https://adilet.zan.kz/eng',
    })),
    attachments: SCRIPT_INJECTIONS.map((x, i) => ({
      name: `${i}-${x}.pdf`,
      type: 'application/pdf',
      size: 1024,
      description: x,
    })),
  });
  if (!saved.ok) throw new Error(saved.message);
  for (const x of SCRIPT_INJECTIONS)
    await addComment(store.db, cast.reviewer, kaz, { sectionId: 'priorities', body: x });
}, 120_000);
afterAll(() => store.close());

function bodyOf(html: string): string {
  return html.slice(html.indexOf('<body>'), html.indexOf('</body>'));
}

describe('script injection in every text field', () => {
  it('is inert in every section of the page', async () => {
    const r = await getReport(store.db, cast.kazFocal, kaz);
    if (!r.ok) throw new Error(r.message);
    for (const s of r.value.sections) expect(activeHtml(s.html), s.id).toEqual([]);
    const priorities = r.value.sections.find((s) => s.id === 'priorities')!;
    expect(priorities.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(priorities.markdown).toContain('<script>alert(1)</script>');
  });

  it('is inert in the comments', async () => {
    const r = await listComments(store.db, cast.kazFocal, kaz);
    if (!r.ok) throw new Error(r.message);
    expect(r.value).toHaveLength(SCRIPT_INJECTIONS.length);
    for (const c of r.value) expect(activeHtml(c.html), c.body).toEqual([]);
  });

  it('is inert in the HTML export (sections, measures, attachments)', async () => {
    const r = await exportReport(store.db, { cycle: 'beijing30-unece', country: 'KAZ', format: 'html' });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.fileName).toBe('beijing30-unece-kaz-v2.html');
    const body = bodyOf(r.value.body);
    expect(activeHtml(body)).toEqual([]);
    expect(body).toContain(
      '<td><a href="https://adilet.zan.kz/eng" rel="nofollow noopener noreferrer">0: &lt;script&gt;alert(1)&lt;/script&gt;</a>',
    );
    expect(body).toContain(
      '<li>1-&lt;img src=x onerror=alert(1)&gt;.pdf (application/pdf, 1024 bytes): &lt;img src=x onerror=alert(1)&gt;</li>',
    );
  });

  it('is inert in the Markdown export, even rendered with raw HTML on', async () => {
    const r = await exportReport(store.db, { cycle: 'beijing30-unece', country: 'kaz', format: 'md' });
    if (!r.ok) throw new Error(r.message);
    const careless = new MarkdownIt({ html: true, linkify: true });
    careless.validateLink = () => true;
    expect(activeHtml(careless.render(r.value.body))).toEqual([]);
  });
});

describe(exportReport, () => {
  it('says a draft is a draft, with live evidence', async () => {
    const r = await exportReport(store.db, { cycle: 'beijing30-unece', country: 'KAZ', format: 'md' });
    if (!r.ok) throw new Error(r.message);
    const lines = r.value.body.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '# Beijing+30 national review report: Kazakhstan',
      '',
      'Beijing+30 regional review, UNECE (beijing30-unece) · state: draft · version 2',
      '',
      '> DRAFT (draft): not submitted. Evidence values are the latest data and will change.',
    ]);
    expect(r.value.body).toContain(
      '## Priorities\n\nQuota of 30 %. GII 0.177 (Gender Inequality Index (GII), Kazakhstan, 2022; HDR23-24).',
    );
    expect(r.value.body).toContain('## Achievements\n\n_(empty)_');
    expect(r.value.body).toContain('Attachments: metadata only.');
  });

  it('exports the submitted version with its pinned evidence', async () => {
    await applyEvent(
      store.db,
      cast.kazFocal,
      kaz,
      { event: 'submit' },
      { now: new Date('2024-06-01T10:00:00Z') },
    );
    const r = await exportReport(store.db, {
      cycle: 'beijing30-unece',
      country: 'KAZ',
      format: 'html',
      lang: 'fr',
    });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.fileName).toBe('beijing30-unece-kaz-v3.html');
    expect(r.value.body).toContain('<html lang="fr">');
    expect(r.value.body).toContain('Evidence values as pinned at submission (2024-06-01T10:00:00.000Z)');
    expect(r.value.body).toContain('<h2>Priorités</h2>');
  });

  it.each([
    [{ cycle: 'nope', country: 'KAZ' }, 'cycle', 'no review cycle nope'],
    [{ cycle: 'beijing30-unece', country: 'UZB' }, 'iso3', 'UZB has no report in cycle beijing30-unece'],
  ])('%j: not found', async (req, param, message) => {
    expect(await exportReport(store.db, { ...req, format: 'md' })).toEqual({
      ok: false,
      kind: 'not-found',
      param,
      message,
    });
  });
});
