import type { Span } from './claims-types.ts';

/** A run of the checked text: plain, or the part of claim `claim` (its index in the response). */
export type Segment =
  | { readonly kind: 'text'; readonly start: number; readonly text: string }
  | { readonly kind: 'claim'; readonly start: number; readonly text: string; readonly claim: number };

/**
 * Cuts `text` into plain runs and claim runs, in reading order, so that each claim's span can be
 * wrapped in a highlight. Spans are clamped to the text; where two overlap, the one starting first
 * keeps the overlap (a claim is never highlighted twice); empty spans are left out. The runs
 * always join back into `text`.
 */
export function highlightSegments(text: string, spans: readonly Span[]): Segment[] {
  const order = spans
    .map((s, claim) => ({
      claim,
      start: clamp(Math.min(s.start, s.end), text.length),
      end: clamp(Math.max(s.start, s.end), text.length),
    }))
    .sort((a, b) => a.start - b.start || a.claim - b.claim);
  const out: Segment[] = [];
  let at = 0;
  for (const s of order) {
    const start = Math.max(s.start, at);
    if (s.end <= start) continue;
    if (start > at) out.push({ kind: 'text', start: at, text: text.slice(at, start) });
    out.push({ kind: 'claim', start, text: text.slice(start, s.end), claim: s.claim });
    at = s.end;
  }
  if (at < text.length) out.push({ kind: 'text', start: at, text: text.slice(at) });
  return out;
}

function clamp(n: number, length: number): number {
  return Math.max(0, Math.min(length, Number.isFinite(n) ? Math.trunc(n) : 0));
}
