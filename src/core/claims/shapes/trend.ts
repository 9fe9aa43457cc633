import type { Span } from '../claim.ts';
import type { Clause, Reading } from '../clause.ts';
import { WOMEN_WORDS } from '../words.ts';

/**
 * Trends: a direction with no amount ("increased female leadership in state governance",
 * "the share of women ministers has grown", "рост представленности женщин"). Only when the clause
 * has no amount, and names an indicator or is about women (so "we increased our efforts" is no
 * claim). Without an indicator, the words the direction applies to become the subject, so the
 * UI can show what was claimed even though no data series matches it.
 */

/** Where the subject words stop: a year, a time phrase, a comma. */
const SUBJECT_STOP =
  /\s+(?:since|from|between|over|during|in\s+(?:19|20)\d\d|by\s+(?:19|20)\d\d|с\s+(?:19|20)\d\d|за\s+|в\s+(?:19|20)\d\d)|,/iu;
const LEADING = /^\s*(?:(?:in|of|the|a|an|в|на)\s+)*/iu;
const TRAILING_AUX =
  /(?:\s+(?:has|have|had|was|were|is|are|been|significantly|steadily|considerably|значительно|существенно))+\s*$/iu;

function trimmedSpan(text: string, start: number, end: number): Span | undefined {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /[\s.,;:]/u.test(text[e - 1]!)) e--;
  return e > s ? { start: s, end: e } : undefined;
}

function wordsAfter(text: string, from: number): Span | undefined {
  const rest = text.slice(from);
  const lead = LEADING.exec(rest)?.[0].length ?? 0;
  const stop = SUBJECT_STOP.exec(rest.slice(lead));
  const end = from + lead + (stop ? stop.index : rest.length - lead);
  return trimmedSpan(text, from + lead, end);
}

function wordsBefore(text: string, to: number): Span | undefined {
  const before = text.slice(0, to).replace(TRAILING_AUX, '');
  return trimmedSpan(text, 0, before.length);
}

export function readTrend(clause: Clause): Reading | undefined {
  if (clause.quantities.length > 0) return undefined;
  const word = clause.directions.find((d) => d.direction !== 'unspecified');
  if (!word || word.direction === 'unspecified') return undefined;
  const assertion = { kind: 'trend', direction: word.direction } as const;
  if (clause.subject) return { assertion };
  const after = wordsAfter(clause.text, word.span.end);
  if (after && WOMEN_WORDS.test(clause.text.slice(after.start, after.end)))
    return { assertion, subjectWords: after };
  const before = wordsBefore(clause.text, word.span.start);
  if (before && WOMEN_WORDS.test(clause.text.slice(before.start, before.end)))
    return { assertion, subjectWords: before };
  return undefined;
}
