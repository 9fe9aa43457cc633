import type { Lang } from '../catalog/index.ts';
import { inertMarkdown } from './inert-markdown.ts';
import { escapeHtml, renderMarkdown } from './report-markdown.ts';
import { ENGLISH_MARKS, synthesisText } from './synthesis-text.ts';

/**
 * A synthesis version as a file: a print-ready HTML page (the Markdown through the renderer and
 * sanitiser of national reports: raw HTML off, script links refused, an allow-list of tags), the
 * Markdown made inert for any renderer, or (synthesis.ts) that page printed to PDF. A banner says
 * whether the version is published or a draft, in the language asked for (`lang`, by default the
 * version's). The page declares the version's language (`<html lang>`), the banner its own where
 * it differs, and text the draft marks as English only is declared English.
 */

export interface SynthesisDoc {
  readonly cycle: string;
  readonly cycleTitle: string;
  readonly version: number;
  readonly published: boolean;
  /** The language the version is written in. */
  readonly lang: Lang;
  readonly markdown: string;
  /** ISO 8601 of the version. */
  readonly editedAt: string;
}

export function bannerOf(doc: SynthesisDoc, lang: Lang = doc.lang): string {
  const text = synthesisText(lang);
  const fields = { version: doc.version, date: text.date(doc.editedAt) };
  return text.t(doc.published ? 'export.published' : 'export.draft', fields);
}

export function synthesisFileBase(doc: SynthesisDoc): string {
  return `${doc.cycle}-synthesis-v${doc.version}`;
}

export function synthesisMarkdownFile(doc: SynthesisDoc, lang: Lang = doc.lang): string {
  return inertMarkdown(`> ${bannerOf(doc, lang)}\n\n${doc.markdown.trim()}\n`);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const MARKED = new RegExp(
  `(<em>(?:${ENGLISH_MARKS.map((m) => escapeRegExp(escapeHtml(m))).join('|')})</em>) ([^<]+)`,
  'g',
);

/**
 * Declares English the text a draft marks "(in English)" in another language (`*(en anglais)* …`,
 * synthesis-text.ts `english`): up to the next tag, as the mark stands before a table cell's or a
 * sentence's end. Only sanitised HTML comes in, and the text wrapped holds no tag.
 */
export function markEnglish(html: string): string {
  return html.replace(MARKED, '$1 <span lang="en">$2</span>');
}

const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#111}
main h3{font-size:1.7rem}main h4{font-size:1.3rem;border-bottom:1px solid #999;padding-bottom:.2rem;margin-top:2rem}main h5{font-size:1.1rem}
.banner{border:2px solid #8a5a00;background:#fff8e1;padding:.5rem 1rem}
.banner.published{border-color:#1b5e20;background:#e8f5e9}
blockquote{border-left:4px solid #999;margin:1rem 0;padding:.1rem 1rem;color:#222;background:#f7f7f7}
table{border-collapse:collapse;margin:1rem 0;font-size:.9rem;width:100%}td code{word-break:break-all}th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left;vertical-align:top}
code{font-size:.9em}
@media print{body{margin:0;max-width:none;font-size:10.5pt}table{font-size:8.5pt}.banner{background:none}a{color:inherit;text-decoration:none}
h3,h4,h5{break-after:avoid}tr,blockquote{break-inside:avoid}thead{display:table-header-group}}`;

/**
 * The print-ready page. The renderer is the reports' own, which sets authors' headings two levels
 * down (h1 → h3: a report section is an h2 of its page); the style sizes them as the document's.
 */
export function synthesisHtml(doc: SynthesisDoc, lang: Lang = doc.lang): string {
  const e = escapeHtml;
  const title = synthesisText(doc.lang).t('export.pageTitle', {
    title: doc.cycleTitle,
    version: doc.version,
  });
  const bannerLang = lang === doc.lang ? '' : ` lang="${lang}"`;
  return `<!doctype html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<p class="banner${doc.published ? ' published' : ''}"${bannerLang}>${e(bannerOf(doc, lang))}</p>
<main>
${markEnglish(renderMarkdown(doc.markdown))}
</main>
</body>
</html>
`;
}
