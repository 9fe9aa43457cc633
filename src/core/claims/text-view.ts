import type { Span } from './claim.ts';

/**
 * A text with some of its spans removed or replaced, that remembers where each of its characters
 * came from, so that a phrase found in the view can be pointed at in the text as written.
 */

export interface TextEdit {
  readonly span: Span;
  /** What the span reads as in the view ('' removes it). */
  readonly with: string;
}

/** A stretch of the view and the stretch of the original it stands for. */
interface Piece {
  readonly view: Span;
  readonly original: Span;
  /** Copied character for character (else a replacement, which maps only as a whole). */
  readonly copied: boolean;
}

export interface TextView {
  readonly text: string;
  readonly pieces: readonly Piece[];
}

/** The view of `text` with `edits` applied; an edit overlapping an earlier one (by start) is dropped. */
export function editText(text: string, edits: readonly TextEdit[]): TextView {
  const pieces: Piece[] = [];
  let out = '';
  let at = 0;
  const push = (original: Span, written: string, copied: boolean) => {
    pieces.push({ view: { start: out.length, end: out.length + written.length }, original, copied });
    out += written;
  };
  for (const edit of [...edits].sort((a, b) => a.span.start - b.span.start)) {
    if (edit.span.start < at) continue;
    if (edit.span.start > at)
      push({ start: at, end: edit.span.start }, text.slice(at, edit.span.start), true);
    push(edit.span, edit.with, false);
    at = edit.span.end;
  }
  if (at < text.length) push({ start: at, end: text.length }, text.slice(at), true);
  return { text: out, pieces };
}

/**
 * Where a span of the view lies in the original: a start in a replacement goes to the
 * replacement's start, an end to its end; removed stretches at either edge are left out.
 */
export function originalSpan(view: TextView, span: Span): Span {
  const first = view.pieces.find((p) => p.view.start <= span.start && span.start < p.view.end);
  const last = view.pieces.findLast((p) => p.view.start < span.end && span.end <= p.view.end);
  if (!first || !last) return span;
  return {
    start: first.copied ? first.original.start + (span.start - first.view.start) : first.original.start,
    end: last.copied ? last.original.start + (span.end - last.view.start) : last.original.end,
  };
}
