import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAuditRows } from '../store/audit-reads.ts';
import { activeHtml, SCRIPT_INJECTIONS } from './inert-html.ts';
import { addStatement } from './meeting-statements.ts';
import { createMeeting } from './meetings.ts';
import { regionalAggregates } from './regional-aggregates.ts';
import type { ReviewStore } from './review-test-store.ts';
import { CYCLE, GOOD_PRACTICE, INJECTED, openSynthesisStore } from './synthesis-test-store.ts';
import { exportSynthesis, generateSynthesis, getSynthesis, saveSynthesis } from './synthesis.ts';

let r: ReviewStore;

// A careless renderer: raw HTML on, every link followed. The Markdown export must be inert even there.
const careless = new MarkdownIt({ html: true, linkify: true });
careless.validateLink = () => true;

beforeAll(async () => {
  r = await openSynthesisStore();
});
afterAll(() => r.store.close());

describe(generateSynthesis, () => {
  let markdown: string;

  beforeAll(async () => {
    const s = await generateSynthesis(
      r.db,
      r.cast.reviewer,
      CYCLE,
      {},
      { now: new Date('2024-11-04T12:00:00Z') },
    );
    if (!s.ok) throw new Error(s.message);
    expect(s.value).toMatchObject({
      version: 1,
      origin: 'generated',
      published: false,
      latestVersion: 1,
      publishedVersion: null,
    });
    markdown = s.value.markdown;
  });

  it('states the submission status', () => {
    expect(markdown).toContain('## 1. Submission status');
    // Uzbekistan submitted today, after the cycle's deadline (30 June 2024).
    expect(markdown).toContain(
      '1 of 56 member States have submitted a national report (1 after the deadline of 30 June 2024); 2 have started one.',
    );
    expect(markdown).toMatch(
      /\| Uzbekistan \| submitted \| \d{1,2} [A-Z][a-z]+ \d{4} \(late\) \| 11 of 12: Priorities; Challenges and setbacks; /,
    );
    expect(markdown).toMatch(/\| Kazakhstan \| draft \| — \| none \|/);
    expect(markdown).toMatch(/No report yet \(54\): Albania; Andorra; /);
  });

  it('has the regional GII aggregate and the methods’ verdicts on it', async () => {
    const gii = await regionalAggregates(r.db, { regionSet: 'unece', indicator: 'hdr.gii' });
    if (!gii.ok) throw new Error(gii.message);
    const latest = gii.value.years.filter((y) => y.ok).at(-1)!;
    if (!latest.ok) throw new Error('no year');
    expect(markdown).toContain(
      `| Gender Inequality Index (GII) (\`hdr.gii\`) | HDR25 | ${latest.year} | ${latest.mean.toFixed(3)} | ${latest.median.toFixed(3)} | ` +
        `${latest.weightedMean!.toFixed(3)} | ${latest.n} of 56 |`,
    );
    expect(markdown).toMatch(
      /\| Gender Inequality Index \(GII\) \| [^|]+ \| (acceleration needed|limited progress|on track|target achieved|deterioration) \|/,
    );
  });

  it('quotes the tagged good practice with its country, and only text the country submitted', () => {
    expect(markdown).toContain(
      `### Good practices\n\n> ${GOOD_PRACTICE}\n>\n> — **Uzbekistan**, “Achievements” (report version 3, submitted); BPfA H`,
    );
    // The demonstration's tag is on Kazakhstan's example draft: counted, not quoted.
    expect(markdown).toContain(
      '1 tagged passage is on draft text that the country has not submitted, and is not quoted.',
    );
    expect(markdown).not.toContain('party lists for the Mazhilis');
  });

  it("lists Kazakhstan's claims with their verdicts, linked to the statement", () => {
    expect(markdown).toMatch(
      /\*\*Yerlan Alimbayev\*\*, Permanent Representative of Kazakhstan, Kazakhstan: \[statement \d+\]\(\/api\/statements\/\d+\)/,
    );
    expect(markdown).toMatch(
      /\| “[^|]*60% reduction in the gender inequality index” \| not supported \| [^|]*54\.6 %/,
    );
    expect(markdown).toMatch(/\| “[^|]*30% quota in Parliament[^|]*” \| partly supported \|/);
    expect(markdown).toMatch(/\| “[^|]*female leadership in state governance[^|]*” \| not checkable \|/);
  });

  it('names the gaps in the data', () => {
    expect(markdown).toMatch(
      /\| Gender Inequality Index \(GII\) \| `hdr\.gii` \| 50 of 56 \| [^|]*Monaco; San Marino; Turkmenistan; Ukraine \| — \|/,
    );
    // Seats in parliament: three series together, every member has a recent value.
    expect(markdown).toMatch(
      /\| Share of seats in parliament \| `hdr\.pr`, `wdi\.SG\.GEN\.PARL\.ZS`, `unsd\.parl_seats` \| 56 of 56 \| — \| — \|/,
    );
  });

  it('is refused to those who may not edit the synthesis', async () => {
    for (const member of ['kazFocal', 'centralAsiaReviewer', 'otherReviewer', 'public'] as const)
      expect(await generateSynthesis(r.db, r.cast[member], CYCLE)).toMatchObject({
        ok: false,
        kind: 'forbidden',
      });
  });
});

describe(saveSynthesis, () => {
  it('refuses a stale save with both texts, and a regeneration without the current version', async () => {
    const current = await getSynthesis(r.db, r.cast.admin, CYCLE);
    if (!current.ok) throw new Error(current.message);
    const v = current.value.version;
    const saved = await saveSynthesis(r.db, r.cast.reviewer, CYCLE, {
      baseVersion: v,
      markdown: '# Edited\n',
    });
    expect(saved).toMatchObject({
      ok: true,
      value: { version: v + 1, origin: 'edited', editedBy: { name: 'reviewer' } },
    });
    const stale = await saveSynthesis(r.db, r.cast.admin, CYCLE, { baseVersion: v, markdown: '# Mine\n' });
    expect(stale).toMatchObject({
      ok: false,
      kind: 'conflict',
      param: 'baseVersion',
      baseVersion: v,
      current: { version: v + 1, markdown: '# Edited\n' },
      yours: { markdown: '# Mine\n' },
    });
    expect(await generateSynthesis(r.db, r.cast.reviewer, CYCLE)).toMatchObject({
      ok: false,
      kind: 'conflict',
    });
    const audit = await readAuditRows(r.db, { entityKind: 'synthesis', limit: 10, offset: 0 });
    expect(audit.rows.map((a) => a.action)).toEqual(['synthesis.save', 'synthesis.generate']);
  });

  it('shows the public the newest published version only', async () => {
    expect(await getSynthesis(r.db, r.cast.public, CYCLE)).toMatchObject({ ok: false, kind: 'forbidden' });
    const latest = (await getSynthesis(r.db, r.cast.reviewer, CYCLE)) as {
      ok: true;
      value: { version: number };
    };
    const pub = await saveSynthesis(r.db, r.cast.reviewer, CYCLE, {
      baseVersion: latest.value.version,
      markdown: '# Published text\n',
      published: true,
    });
    if (!pub.ok) throw new Error(pub.message);
    const draft = await saveSynthesis(r.db, r.cast.admin, CYCLE, {
      baseVersion: pub.value.version,
      markdown: '# Later draft\n',
    });
    if (!draft.ok) throw new Error(draft.message);
    expect(await getSynthesis(r.db, r.cast.public, CYCLE)).toMatchObject({
      ok: true,
      value: { version: pub.value.version, markdown: '# Published text\n', published: true },
    });
    expect(await getSynthesis(r.db, r.cast.kazFocal, CYCLE)).toMatchObject({
      ok: true,
      value: { version: pub.value.version },
    });
    expect(await getSynthesis(r.db, r.cast.reviewer, CYCLE)).toMatchObject({
      ok: true,
      value: {
        version: draft.value.version,
        publishedVersion: pub.value.version,
        latestVersion: draft.value.version,
      },
    });
    expect(await getSynthesis(r.db, r.cast.public, CYCLE, { version: draft.value.version })).toMatchObject({
      ok: false,
      kind: 'not-found',
    });
  });
});

describe(exportSynthesis, () => {
  beforeAll(async () => {
    // Script injections in every other text field the synthesis draws on: the meeting and a statement.
    const m = await createMeeting(r.db, r.cast.reviewer, CYCLE, {
      title: `Meeting ${SCRIPT_INJECTIONS[0]}`,
      place: SCRIPT_INJECTIONS[1]!,
      from: '2025-01-10',
      to: '2025-01-10',
      coChairs: [{ name: SCRIPT_INJECTIONS[2]! }],
      sessions: [{ kind: 'thematic', title: SCRIPT_INJECTIONS[3]! }],
    });
    if (!m.ok) throw new Error(m.message);
    const s = await addStatement(r.db, r.cast.reviewer, m.value.id, {
      speaker: SCRIPT_INJECTIONS[12]!,
      speakerTitle: SCRIPT_INJECTIONS[9]!,
      organisation: SCRIPT_INJECTIONS[10]!,
      text: `Women hold 27% of seats in the parliament of Kazakhstan. ${INJECTED}`,
      source: SCRIPT_INJECTIONS[4]!,
    });
    if (!s.ok) throw new Error(s.message);
  });

  /** The page's body: its head holds Parity's own style sheet and a content security policy. */
  const bodyOf = (html: string) => html.slice(html.indexOf('<body>'));

  const exported = async (format: 'html' | 'md') => {
    const f = await exportSynthesis(r.db, r.cast.reviewer, CYCLE, format);
    if (!f.ok) throw new Error(f.message);
    return String(f.value.body);
  };

  it('keeps script injections inert in the HTML and Markdown of a generated draft (tags, statements, meetings)', async () => {
    const latest = (await getSynthesis(r.db, r.cast.reviewer, CYCLE)) as {
      ok: true;
      value: { version: number };
    };
    const g = await generateSynthesis(r.db, r.cast.reviewer, CYCLE, { baseVersion: latest.value.version });
    if (!g.ok) throw new Error(g.message);
    expect(g.value.markdown).toContain('Meeting <script>');
    expect(g.value.markdown).toContain('<img src=x onerror=alert(1)>');
    expect(activeHtml(g.value.html)).toEqual([]);
    const html = await exported('html');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(activeHtml(bodyOf(html))).toEqual([]);
    expect(activeHtml(careless.render(await exported('md')))).toEqual([]);
  });

  it('keeps script injections inert when a reviewer writes them into the synthesis', async () => {
    const latest = (await getSynthesis(r.db, r.cast.reviewer, CYCLE)) as {
      ok: true;
      value: { version: number };
    };
    const s = await saveSynthesis(r.db, r.cast.reviewer, CYCLE, {
      baseVersion: latest.value.version,
      markdown: INJECTED,
    });
    if (!s.ok) throw new Error(s.message);
    expect(activeHtml(s.value.html)).toEqual([]);
    expect(activeHtml(bodyOf(await exported('html')))).toEqual([]);
    const md = await exported('md');
    expect(md).toMatch(/^> DRAFT: version \d+ of the regional synthesis/);
    expect(activeHtml(careless.render(md))).toEqual([]);
  });

  it('prints the synthesis to PDF with Chromium', async () => {
    const f = await exportSynthesis(r.db, r.cast.reviewer, CYCLE, 'pdf');
    if (!f.ok) throw new Error(`PDF export failed (CI installs /usr/bin/chromium): ${f.message}`);
    expect(f.value.contentType).toBe('application/pdf');
    expect(f.value.fileName).toMatch(/^beijing30-unece-synthesis-v\d+\.pdf$/);
    expect(
      Buffer.from(f.value.body as Uint8Array)
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
  });

  it('exports to the public only the published version', async () => {
    const f = await exportSynthesis(r.db, r.cast.public, CYCLE, 'md');
    expect(f.ok && String(f.value.body)).toMatch(/^> Published regional synthesis, version \d+/);
  });
});
