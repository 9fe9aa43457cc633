import type { ClaimAssertion, ClaimLanguage, ClaimYears, Span } from './claim.ts';
import { findQuantities, type Quantity } from './numbers.ts';
import { findDirectionWords, type DirectionWord } from './words.ts';
import { findYears } from './years.ts';

/**
 * One clause as the shape readers see it: its text, the amounts in it (years taken out), its
 * direction words and years. Spans here are relative to the clause text.
 */
export interface Clause {
  readonly text: string;
  readonly language: ClaimLanguage;
  readonly quantities: readonly Quantity[];
  readonly directions: readonly DirectionWord[];
  readonly years: ClaimYears;
  /** Where the indicator phrase is, when the lexicon found one in this clause (or an earlier one). */
  readonly subject?: Span;
  readonly hasSubject: boolean;
}

/** What a shape reader found: the assertion and, for a trend without an indicator, its subject words. */
export interface Reading {
  readonly assertion: ClaimAssertion;
  readonly subjectWords?: Span;
  /** Years the reader established itself (e.g. the two years of "from 20% in 2015 to 27% in 2023"). */
  readonly years?: ClaimYears;
  /** The word the shape hangs on ("quota"): a lexicon phrase covering it is the subject before a longer one elsewhere. */
  readonly anchor?: Span;
}

export type ShapeReader = (clause: Clause) => Reading | undefined;

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Amounts that are not years ("2022") nor inside a year expression. */
export function amountsIn(
  text: string,
  language: ClaimLanguage,
): { quantities: Quantity[]; years: ClaimYears } {
  const { years, spans } = findYears(text);
  const quantities = findQuantities(text, language).filter(
    (q) => !(q.unit === 'number' && spans.some((s) => overlaps(s, q.span))),
  );
  return { quantities, years };
}

export function analyseClause(
  text: string,
  language: ClaimLanguage,
  subject: { span?: Span; inherited: boolean } | undefined,
): Clause {
  const { quantities, years } = amountsIn(text, language);
  return {
    text,
    language,
    quantities,
    directions: findDirectionWords(text, language),
    years,
    ...(subject?.span && !subject.inherited ? { subject: subject.span } : {}),
    hasSubject: subject !== undefined,
  };
}

/** The text between two spans of a clause (empty when they touch or overlap). */
export function between(clause: Clause, a: Span, b: Span): string {
  return a.end <= b.start ? clause.text.slice(a.end, b.start) : '';
}

/** True when no amount lies strictly between the two spans. */
export function nothingBetween(clause: Clause, a: Span, b: Span): boolean {
  return !clause.quantities.some((q) => q.span.start >= a.end && q.span.end <= b.start);
}
