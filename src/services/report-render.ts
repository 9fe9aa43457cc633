import { countryByIso3, indicatorByCode, type Lang } from '../catalog/index.ts';
import { EMBED_OPEN, findEmbeddedBlocks, parseEvidenceSpec, evidenceKey } from '../core/reports/evidence.ts';
import type { ResolvedEvidence } from './report-evidence.ts';
import { escapeHtml, renderMarkdown, type EvidenceRenderer } from './report-markdown.ts';

/**
 * Evidence blocks as words: the same sentence in a page (inside a marked, sanitised span), in the
 * Markdown export and in a chart's text summary. Whether the value is live or pinned is said in
 * the span's title, so a reader of a submitted report knows it will not move.
 */

const INDEX_INDICATOR = { gii: 'hdr.gii', gdi: 'hdr.gdi', hdi: 'hdr.hdi' } as const;

/** When the values were pinned (submitted versions) or undefined for live values (drafts). */
export interface EvidenceContext {
  readonly lang: Lang;
  readonly values: ReadonlyMap<string, ResolvedEvidence>;
  readonly pinned?: { readonly at: string; readonly dataVersion: string };
}

/** One block in words, e.g. `0.161 (Gender Inequality Index, Kazakhstan, 2023; HDR25)`. */
export function evidenceText(e: ResolvedEvidence, lang: Lang): string {
  if (e.status === 'unresolved') return `[evidence unavailable: ${e.message}]`;
  const area = countryByIso3(e.area)?.names[lang] ?? e.area;
  if (e.kind === 'index') {
    const name = indicatorByCode(INDEX_INDICATOR[e.index])?.name[lang] ?? e.index.toUpperCase();
    const published = e.published === null ? '' : `; published ${number(e.published, 'index', lang)}`;
    return `${number(e.value, 'index', lang)} (${name}, ${area}, ${e.year}; computed from ${e.source.label} components${published})`;
  }
  const name = indicatorByCode(e.indicator)?.name[lang] ?? e.indicator;
  const breakdown = e.breakdown === 'total' ? '' : `, ${e.breakdown}`;
  if (e.kind === 'value')
    return `${number(e.value, e.unit, lang)} (${name}${breakdown}, ${area}, ${e.year}; ${e.source.label})`;
  const first = e.points[0];
  const last = e.points[e.points.length - 1];
  const span =
    first && last
      ? `${number(first.value, e.unit, lang)} in ${first.year} → ${number(last.value, e.unit, lang)} in ${last.year}, ${e.points.length} values`
      : 'no values';
  return `${name}${breakdown}, ${area} (${e.source.label}): ${span}`;
}

function number(value: number, unit: string, lang: Lang): string {
  const digits = unit === 'index' || unit === 'ratio' ? 3 : unit.startsWith('percent') ? 1 : 2;
  const text = new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value);
  return unit.startsWith('percent') ? `${text} %` : text;
}

/** The span a page shows for a block; the web app may draw a chart for `evidence-indicator-chart` from the JSON. */
export function evidenceSpan(key: string, ctx: EvidenceContext): string {
  const e = ctx.values.get(key);
  const status = ctx.pinned
    ? `pinned on submission ${ctx.pinned.at} (data version ${ctx.pinned.dataVersion})`
    : 'live: the latest data';
  if (!e)
    return `<span class="evidence evidence-missing" data-evidence="${escapeHtml(key)}">${escapeHtml(`[evidence not resolved: ${key}]`)}</span>`;
  const cls =
    e.status === 'unresolved'
      ? 'evidence evidence-unresolved'
      : `evidence evidence-${e.kind}${ctx.pinned ? ' evidence-pinned' : ''}`;
  return `<span class="${cls}" data-evidence="${escapeHtml(key)}" title="${escapeHtml(status)}">${escapeHtml(evidenceText(e, ctx.lang))}</span>`;
}

/** A section's Markdown as sanitised HTML with its blocks filled in. */
export function sectionHtml(markdown: string, ctx: EvidenceContext): string {
  const renderer: EvidenceRenderer = (_spec, key) => evidenceSpan(key, ctx);
  return renderMarkdown(markdown, renderer);
}

/** A section's Markdown with each block replaced by its words (for the Markdown export). */
export function sectionMarkdownWithEvidence(markdown: string, ctx: EvidenceContext): string {
  if (findEmbeddedBlocks(markdown).blocks.length === 0) return markdown;
  return markdown.replace(/\{\{evidence:([^}\n]*)\}\}/g, (whole, inner: string) => {
    const parsed = parseEvidenceSpec(inner);
    if (!parsed.ok) return whole;
    const e = ctx.values.get(evidenceKey(parsed.spec));
    return e ? evidenceText(e, ctx.lang) : `${EMBED_OPEN}${inner}}}`;
  });
}
