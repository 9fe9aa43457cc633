import type { ClaimLanguage, ClaimLexicon, ParsedClaim, Span } from './claim.ts';
import { amountsIn, analyseClause, type Clause, type Reading } from './clause.ts';
import { indicatorView } from './indicator-view.ts';
import {
  allMatches,
  compileLexicon,
  longestMatch,
  normalizePhrase,
  type CompiledLexicon,
} from './lexicon-match.ts';
import { CHANGE_WORDS, readChange } from './shapes/change.ts';
import { readLevel } from './shapes/level.ts';
import { QUOTA_WORD, readQuota } from './shapes/quota.ts';
import { hasRank, readRank } from './shapes/rank.ts';
import { readTrend } from './shapes/trend.ts';
import { splitClauses, splitSentences, type TextPiece } from './split-clauses.ts';
import { findDirectionWords } from './words.ts';

/**
 * The claim grammar: finds quantitative (and direction-only) claims in a statement, in English
 * or Russian, with the indicator and country each is about. Pure: the words for indicators and
 * countries come in the lexicon (services build it from the catalogue).
 *
 * A text is cut into sentences and clauses (split-clauses.ts); each clause is read by the first
 * shape that fits: quota, rank, change, level, trend (shapes/*.ts). The indicator is the longest
 * lexicon phrase in the clause, also with the country and the parliament's name inside it read as
 * absent ("seats in Kazakhstan's Mazhilis" is "seats in parliament", indicator-view.ts); a clause without one takes the previous clause's in the same
 * sentence ("the GII fell by 10% and then rose by 2%"), except quotas and trends. The country is
 * the first named in the clause, else in its sentence, else `opts.country` (the speaker's).
 * Spans are UTF-16 offsets into `text`, as `String.prototype.slice` takes them.
 */

export interface ParseClaimsOptions {
  /** ISO3 of the speaker's country: the country of every claim whose sentence names none. */
  readonly country?: string;
}

interface Subject {
  readonly phrase: string;
  readonly span: Span;
  readonly codes: readonly string[];
}

/** Cyrillic or Latin, whichever has more letters in the sentence. */
export function detectLanguage(text: string): ClaimLanguage {
  const cyrillic = text.match(/[а-яё]/giu)?.length ?? 0;
  const latin = text.match(/[a-z]/gi)?.length ?? 0;
  return cyrillic > latin ? 'ru' : 'en';
}

/** Whether a piece of text holds something a claim is made of (for cutting clauses at "and"). */
function isClaimLike(text: string, language: ClaimLanguage): boolean {
  return (
    amountsIn(text, language).quantities.length > 0 ||
    findDirectionWords(text, language).length > 0 ||
    CHANGE_WORDS.test(text) ||
    QUOTA_WORD.test(text) ||
    hasRank(text)
  );
}

function readClause(clause: Clause): { reading: Reading; inherits: boolean } | undefined {
  const quota = readQuota(clause);
  if (quota) return { reading: quota, inherits: false };
  const inheriting = readRank(clause) ?? readChange(clause) ?? readLevel(clause);
  if (inheriting) return { reading: inheriting, inherits: true };
  const trend = readTrend({ ...clause, hasSubject: clause.subject !== undefined });
  return trend ? { reading: trend, inherits: false } : undefined;
}

function shift(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}

/** For a rank, the lexicon's "<subject> rank" ("GII rank" → hdr.gii_rank) comes first. */
function rankCodes(lexicon: CompiledLexicon, subject: Subject): readonly string[] {
  const phrase = normalizePhrase(subject.phrase);
  const rank =
    lexicon.indicatorByPhrase.get(`${phrase} rank`) ??
    lexicon.indicatorByPhrase.get(`место по ${phrase}`) ??
    [];
  return [...new Set([...rank, ...subject.codes])];
}

/** The longest lexicon phrase that covers the anchor word ("quota in Parliament" for "quota"). */
function anchoredSubject(lexicon: CompiledLexicon, piece: TextPiece, anchor: Span): Subject | undefined {
  const covering = allMatches(piece.text, lexicon.indicators, indicatorView(piece.text, lexicon))
    .filter((m) => m.span.start <= anchor.start && m.span.end >= anchor.end)
    .sort((a, b) => b.phrase.length - a.phrase.length)[0];
  return (
    covering && { phrase: covering.phrase, span: shift(covering.span, piece.start), codes: covering.value }
  );
}

function countryOf(
  lexicon: CompiledLexicon,
  clause: TextPiece,
  sentence: TextPiece,
  fallback?: string,
): string | undefined {
  return (
    allMatches(clause.text, lexicon.countries)[0]?.value ??
    allMatches(sentence.text, lexicon.countries)[0]?.value ??
    fallback
  );
}

function claimOf(
  piece: TextPiece,
  language: ClaimLanguage,
  reading: Reading,
  subject: Subject | undefined,
  lexicon: CompiledLexicon,
  years: Clause['years'],
): Omit<ParsedClaim, 'country'> {
  const words = reading.subjectWords && shift(reading.subjectWords, piece.start);
  const codes = !subject
    ? []
    : reading.assertion.kind === 'rank'
      ? rankCodes(lexicon, subject)
      : subject.codes;
  return {
    span: { start: piece.start, end: piece.end },
    text: piece.text,
    language,
    assertion: reading.assertion,
    ...(subject
      ? { subject: { phrase: subject.phrase, span: subject.span } }
      : words
        ? {
            subject: {
              phrase: piece.text.slice(reading.subjectWords!.start, reading.subjectWords!.end),
              span: words,
            },
          }
        : {}),
    indicatorCodes: codes,
    years: reading.years ?? years,
  };
}

export function parseClaims(
  text: string,
  lexicon: ClaimLexicon,
  opts: ParseClaimsOptions = {},
): ParsedClaim[] {
  const compiled = compileLexicon(lexicon);
  const claims: ParsedClaim[] = [];
  for (const sentence of splitSentences(text)) {
    const language = detectLanguage(sentence.text);
    let previous: Subject | undefined;
    for (const piece of splitClauses(text, sentence, language, (s) => isClaimLike(s, language))) {
      const found = longestMatch(piece.text, compiled.indicators, indicatorView(piece.text, compiled));
      const own: Subject | undefined = found && {
        phrase: found.phrase,
        span: shift(found.span, piece.start),
        codes: found.value,
      };
      const clause = analyseClause(
        piece.text,
        language,
        own ? { span: found!.span, inherited: false } : previous ? { inherited: true } : undefined,
      );
      const read = readClause(clause);
      if (own) previous = own;
      if (!read) continue;
      const anchored = read.reading.anchor && anchoredSubject(compiled, piece, read.reading.anchor);
      const subject = anchored ?? own ?? (read.inherits ? previous : undefined);
      const country = countryOf(compiled, piece, sentence, opts.country);
      claims.push({
        ...claimOf(piece, language, read.reading, subject, compiled, clause.years),
        ...(country ? { country } : {}),
      });
    }
  }
  return claims;
}
