import type { ResolvedEvidence, SectionView } from './review-types.ts';

export type ChartEvidence = Extract<ResolvedEvidence, { kind: 'indicator-chart'; status: 'resolved' }>;

/**
 * The chart blocks of a section, in order, each once: those embedded in its text (the server marks
 * them `<span class="evidence evidence-indicator-chart" data-evidence="<key>">` in the sanitised
 * HTML) and those listed beside it, matched with their resolved values (live or pinned). The page
 * draws each as a chart under the text; the text already carries the block in words.
 */
export function sectionCharts(section: SectionView, values: readonly ResolvedEvidence[]): ChartEvidence[] {
  const embedded = [...section.html.matchAll(/<span\b[^>]*>/g)].flatMap((m) => {
    const tag = m[0];
    if (!/class="[^"]*\bevidence-indicator-chart\b/.test(tag)) return [];
    const key = /data-evidence="([^"]*)"/.exec(tag)?.[1];
    return key ? [unescapeHtml(key)] : [];
  });
  const keys = [...new Set([...embedded, ...section.blocks])];
  const byKey = new Map(values.map((v) => [v.key, v]));
  return keys.flatMap((k) => {
    const v = byKey.get(k);
    return v && v.status === 'resolved' && v.kind === 'indicator-chart' ? [v] : [];
  });
}

function unescapeHtml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
