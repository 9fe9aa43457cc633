import type { ClaimLanguage } from './claim.ts';

/**
 * Cuts a text into sentences and a sentence into clauses, each a piece of the original text with
 * its offsets (so a claim can be highlighted where it was written).
 *
 * Sentences end at ".", "!", "?" or "…" followed by a space and a capital, digit or quote (not
 * after an abbreviation such as "e.g." or "г."), and at line breaks (bullet lists). Clauses are
 * cut at ";" always, and at "and", ", and", ", while", ", but", a list comma, "и", ", а", ", но"
 * only when the words on both sides each hold something a claim is made of (`isClaimLike`): so
 * "women and youth" and "between 2000 and 2022" stay whole, while "the GII fell by 10% and the
 * MMR halved" is two clauses.
 */

export interface TextPiece {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'vs',
  'cf',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'no',
  'nos',
  'approx',
  'fig',
  'art',
  'para',
  'paras',
  'u.s',
  'u.k',
  'u.n',
  'op',
  'incl',
  'г',
  'гг',
  'т.е',
  'т.д',
  'т.п',
  'др',
  'см',
  'ст',
  'п',
]);

const SENTENCE_END = /[.!?…]+["'»”’)\]]*(?=\s)|\r?\n/gu;
/** Sticky: read at a position rather than on a slice of the rest (long texts stay linear). */
const NEXT_CHAR = /\s+(.)/uy;

function piece(text: string, start: number, end: number): TextPiece | undefined {
  const lead = /^[\s\u00a0•▪◦*·,;:–—-]*(?:(?:and|but|while|whereas|also|и|а|но|также)\s+)*/iu.exec(
    text.slice(start, end),
  );
  let s = start + (lead?.[0].length ?? 0);
  let e = end;
  while (e > s && /[\s\u00a0.,;:!?…]/u.test(text[e - 1]!)) e--;
  // keep the closing bracket of "(30%)" and the dot of "U.S."
  if (e < end && text[e] === '.' && /(?:^|[^\p{L}])\p{Lu}(?:\.\p{Lu})+$/u.test(text.slice(s, e))) e++;
  while (s < e && /[\s\u00a0]/u.test(text[s]!)) s++;
  return e > s ? { start: s, end: e, text: text.slice(s, e) } : undefined;
}

function isAbbreviationBefore(text: string, dot: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 24), dot))?.[1]?.toLowerCase();
  if (!word) return false;
  return ABBREVIATIONS.has(word.replace(/\.$/, '')) || /^\p{L}$/u.test(word);
}

export function splitSentences(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const isLineBreak = m[0].includes('\n');
    if (!isLineBreak) {
      NEXT_CHAR.lastIndex = m.index + m[0].length;
      const next = NEXT_CHAR.exec(text)?.[1];
      if (next === undefined || !/[\p{Lu}\p{N}"'«“(•▪*-]/u.test(next)) continue;
      if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviationBefore(text, m.index)) continue;
    }
    const end = m.index + m[0].length;
    const p = piece(text, start, end);
    if (p) pieces.push(p);
    start = end;
  }
  const last = piece(text, start, text.length);
  if (last) pieces.push(last);
  return pieces;
}

const JOINS: Readonly<Record<ClaimLanguage, RegExp>> = {
  en: /,\s*(?:and|while|whereas|but)\s+|\s+(?:and|while|whereas)\s+|,\s+/giu,
  ru: /,\s*(?:и|а|но|в\s+то\s+время\s+как)\s+|\s+и\s+|,\s+/giu,
};

/** After a list comma these words continue the same claim ("27% of seats, up from 20% in 2015"). */
const CONTINUES =
  /^(?:up|down|from|compared|against|versus|vs|including|which|that|who|where|as|than|or|a\s+(?:rise|fall|drop|gain|decrease|increase)|an\s+increase|по\s+сравнению|против|что|котор[а-яё]*|включая|в\s+том\s+числе|или|чем|то\s+есть)(?![\p{L}])/iu;

interface Join {
  readonly start: number;
  readonly end: number;
  readonly comma: boolean;
}

function joinsIn(text: string, language: ClaimLanguage): Join[] {
  return [...text.matchAll(JOINS[language])].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    comma: /^,\s+$/.test(m[0]),
  }));
}

function splitAtJoins(
  whole: string,
  part: TextPiece,
  language: ClaimLanguage,
  isClaimLike: (text: string) => boolean,
): TextPiece[] {
  const joins = joinsIn(part.text, language);
  const cuts: Join[] = [];
  let leftStart = 0;
  joins.forEach((join, i) => {
    const rightEnd = joins[i + 1]?.start ?? part.text.length;
    const left = part.text.slice(leftStart, join.start);
    const right = part.text.slice(join.end, rightEnd);
    if (join.comma && CONTINUES.test(right)) return;
    if (isClaimLike(left) && isClaimLike(right)) {
      cuts.push(join);
      leftStart = join.end;
    }
  });
  const bounds = [0, ...cuts.flatMap((c) => [c.start, c.end]), part.text.length];
  const pieces: TextPiece[] = [];
  for (let i = 0; i < bounds.length; i += 2) {
    const p = piece(whole, part.start + bounds[i]!, part.start + bounds[i + 1]!);
    if (p) pieces.push(p);
  }
  return pieces;
}

/** The clauses of one sentence (a piece of `whole`), offsets into `whole`. */
export function splitClauses(
  whole: string,
  sentence: TextPiece,
  language: ClaimLanguage,
  isClaimLike: (text: string) => boolean,
): TextPiece[] {
  const parts: TextPiece[] = [];
  let start = sentence.start;
  for (const m of sentence.text.matchAll(/;/g)) {
    const p = piece(whole, start, sentence.start + m.index);
    if (p) parts.push(p);
    start = sentence.start + m.index + 1;
  }
  const last = piece(whole, start, sentence.end);
  if (last) parts.push(last);
  return parts.flatMap((p) => splitAtJoins(whole, p, language, isClaimLike));
}
