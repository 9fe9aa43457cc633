import type { Kysely } from 'kysely';
import { countryByIso3, type Lang } from '../catalog/index.ts';
import type { Database } from '../store/database.ts';
import { readCycleByCode } from '../store/report-cycles.ts';
import { readReportOf, readVersion } from '../store/report-reads.ts';
import { contextOf } from './report-access.ts';
import { blocksOf, type Attachment, type Measure } from './report-content.ts';
import { resolveEvidence } from './report-evidence.ts';
import { inertMarkdown } from './inert-markdown.ts';
import { escapeHtml, safeHref } from './report-markdown.ts';
import { sectionHtml, sectionMarkdownWithEvidence, type EvidenceContext } from './report-render.ts';
import { contentOf } from './report-version-content.ts';
import { notFound, ok, type ServiceResult } from './service-result.ts';

export type ExportFormat = 'md' | 'html';

export interface ExportedReport {
  readonly fileName: string;
  readonly contentType: string;
  readonly body: string;
}

/**
 * A national report as one document (the current version; pinned evidence when it was submitted,
 * the latest data for a draft, and a banner saying which). For administrators and the CLI: it
 * exports any state. Every piece of user text is sanitised (HTML) or made inert (Markdown: raw
 * HTML escaped, script links dropped), so the file is safe to open anywhere.
 */
export async function exportReport(
  db: Kysely<Database>,
  req: {
    readonly cycle: string;
    readonly country: string;
    readonly format: ExportFormat;
    readonly lang?: Lang;
  },
): Promise<ServiceResult<ExportedReport>> {
  const cycle = await readCycleByCode(db, req.cycle);
  if (!cycle) return notFound(`no review cycle ${req.cycle}`, 'cycle');
  const country = req.country.toUpperCase();
  const report = await readReportOf(db, cycle.id, country);
  if (!report) return notFound(`${country} has no report in cycle ${cycle.code}`, 'iso3');
  const ctx = await contextOf(db, report);
  if (!ctx.ok) return ctx;
  const v = (await readVersion(db, report.id, report.currentVersion))!;
  const content = contentOf(v);
  const lang = req.lang ?? 'en';
  const values = content.pinned ? content.pinned.values : await resolveEvidence(db, blocksOf(content));
  const evidence: EvidenceContext = {
    lang,
    values: new Map(values.map((e) => [e.key, e])),
    ...(content.pinned ? { pinned: { at: content.pinned.at, dataVersion: content.pinned.dataVersion } } : {}),
  };
  const doc: Doc = {
    title: `${ctx.value.template.title[lang]}: ${countryByIso3(country)?.names[lang] ?? country}`,
    subtitle: `${cycle.title} (${cycle.code}) · state: ${report.state} · version ${v.version}${v.submitted ? ', submitted' : ''}`,
    banner: statusBanner(report.state, v.submitted, content.pinned?.at),
    templateNote: ctx.value.template.status === 'unconfirmed' ? ctx.value.template.note : undefined,
    sections: ctx.value.template.sections.map((s) => ({
      title: s.title[lang],
      markdown: content.sections[s.id] ?? '',
    })),
    measures: content.measures,
    attachments: content.attachments,
  };
  const base = `${cycle.code}-${country.toLowerCase()}-v${v.version}`;
  return ok(
    req.format === 'html'
      ? {
          fileName: `${base}.html`,
          contentType: 'text/html; charset=utf-8',
          body: htmlDocument(doc, evidence, lang),
        }
      : {
          fileName: `${base}.md`,
          contentType: 'text/markdown; charset=utf-8',
          body: markdownDocument(doc, evidence),
        },
  );
}

interface Doc {
  readonly title: string;
  readonly subtitle: string;
  readonly banner: string;
  readonly templateNote: string | undefined;
  readonly sections: readonly { readonly title: string; readonly markdown: string }[];
  readonly measures: readonly Measure[];
  readonly attachments: readonly Attachment[];
}

function statusBanner(state: string, submitted: boolean, pinnedAt: string | undefined): string {
  if (state === 'published')
    return `Published. Evidence values as pinned at submission (${pinnedAt ?? 'unknown'}).`;
  if (submitted)
    return `Submitted, not published (${state}). Evidence values as pinned at submission (${pinnedAt ?? 'unknown'}).`;
  return `DRAFT (${state}): not submitted. Evidence values are the latest data and will change.`;
}

const ATTACHMENTS_NOTE =
  'Attachments: metadata only. Parity stores no files; each entry says what a file is and where it is.';

function markdownDocument(doc: Doc, ev: EvidenceContext): string {
  const lines = [`# ${doc.title}`, '', doc.subtitle, '', `> ${doc.banner}`, ''];
  if (doc.templateNote) lines.push(`> ${doc.templateNote}`, '');
  for (const s of doc.sections)
    lines.push(`## ${s.title}`, '', sectionMarkdownWithEvidence(s.markdown, ev).trim() || '_(empty)_', '');
  lines.push('## Measures', '');
  if (doc.measures.length === 0) lines.push('_(none)_', '');
  for (const m of doc.measures) lines.push(`- ${measureLine(m)}`);
  lines.push('', '## Attachments', '', ATTACHMENTS_NOTE, '');
  for (const a of doc.attachments)
    lines.push(
      `- ${a.name} (${a.type}, ${a.size} bytes)${a.url ? `, ${a.url}` : ''}${a.description ? `: ${a.description}` : ''}`,
    );
  return inertMarkdown(`${lines.join('\n').trimEnd()}\n`);
}

function measureLine(m: Measure): string {
  const areas = m.criticalAreas.length > 0 ? `; critical areas ${m.criticalAreas.join(', ')}` : '';
  const clusters = m.clusters.length > 0 ? `; clusters ${m.clusters.join(', ')}` : '';
  const who = m.beneficiaries ? `; beneficiaries: ${m.beneficiaries}` : '';
  const url = m.url ? `; ${m.url}` : '';
  return `**${m.title}** (${m.kind}, ${m.date}${areas}${clusters}${who}); source: ${m.source}${url}${m.description ? `. ${m.description}` : ''}`;
}

const STYLE = `body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#111}
.banner{border:2px solid #8a5a00;background:#fff8e1;padding:.5rem 1rem}
.note{color:#444;font-size:.9em}
.evidence{background:#eef4ff;border-bottom:1px dotted #2a5bd7}
table{border-collapse:collapse}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}
@media print{body{margin:0;max-width:none}.banner{border-color:#000;background:none}a{color:inherit}}`;

function htmlDocument(doc: Doc, ev: EvidenceContext, lang: Lang): string {
  const e = escapeHtml;
  const sections = doc.sections
    .map(
      (s) =>
        `<section>\n<h2>${e(s.title)}</h2>\n${s.markdown.trim() ? sectionHtml(s.markdown, ev) : '<p class="note">(empty)</p>\n'}</section>`,
    )
    .join('\n');
  const measures =
    doc.measures.length === 0
      ? '<p class="note">(none)</p>'
      : `<table>\n<thead><tr><th>title</th><th>kind</th><th>date</th><th>critical areas</th><th>clusters</th><th>beneficiaries</th><th>source</th></tr></thead>\n<tbody>\n${doc.measures.map(measureRow).join('\n')}\n</tbody>\n</table>`;
  const attachments = doc.attachments
    .map(
      (a) =>
        `<li>${link(a.name, a.url)} (${e(a.type)}, ${a.size} bytes)${a.description ? `: ${e(a.description)}` : ''}</li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${e(doc.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${e(doc.title)}</h1>
<p>${e(doc.subtitle)}</p>
<p class="banner">${e(doc.banner)}</p>
${doc.templateNote ? `<p class="note">${e(doc.templateNote)}</p>\n` : ''}${sections}
<section>
<h2>Measures</h2>
${measures}
</section>
<section>
<h2>Attachments</h2>
<p class="note">${e(ATTACHMENTS_NOTE)}</p>
<ul>
${attachments}
</ul>
</section>
</body>
</html>
`;
}

function measureRow(m: Measure): string {
  const e = escapeHtml;
  const description = m.description ? `<br><span class="note">${e(m.description)}</span>` : '';
  return `<tr><td>${link(m.title, m.url)}${description}</td><td>${e(m.kind)}</td><td>${e(m.date)}</td><td>${e(m.criticalAreas.join(', '))}</td><td>${e(m.clusters.join(', '))}</td><td>${e(m.beneficiaries ?? '')}</td><td>${e(m.source)}</td></tr>`;
}

/** Text linked to an http(s) URL, or plain text when the URL is anything else. */
function link(text: string, url: string | undefined): string {
  const href = safeHref(url);
  return href
    ? `<a href="${escapeHtml(href)}" rel="nofollow noopener noreferrer">${escapeHtml(text)}</a>`
    : escapeHtml(text);
}
