import type { ClaimLexicon, Span } from './claim.ts';
import { originalSpan, type TextView } from './text-view.ts';

/**
 * Finds lexicon phrases in a text, case-insensitively, as whole words, and returns where they are
 * in the text as given (so the UI can highlight them). Between words any run of spaces or
 * hyphens matches ("labour-force participation"); typographic and straight apostrophes are one;
 * "е" and "ё" are one. Russian words are matched by stem ("парламенте", "Казахстана"), because
 * Russian inflects the nouns a lexicon lists in the nominative (see `wordPattern`).
 */

export interface PhraseMatch<T> {
  /** The words as written in the text. */
  readonly phrase: string;
  readonly span: Span;
  readonly value: T;
}

/** A lexicon phrase; its regular expression is compiled the first time a text could hold it. */
interface Entry<T> {
  readonly phrase: string;
  readonly length: number;
  readonly value: T;
  re?: RegExp;
}

/**
 * One side of the lexicon, indexed by the first three characters of each phrase's first word:
 * a text is searched only for phrases whose first word could start one of its words. (Compiling
 * all of a thousand Unicode regular expressions up front, or one alternation of them, takes V8
 * half a second; a statement needs a few dozen.)
 */
interface PhraseIndex<T> {
  readonly byKey: ReadonlyMap<string, readonly Entry<T>[]>;
}

export interface CompiledLexicon {
  readonly indicators: PhraseIndex<readonly string[]>;
  readonly countries: PhraseIndex<string>;
  /** Indicator codes by phrase, for look-ups such as "<subject> rank". */
  readonly indicatorByPhrase: ReadonlyMap<string, readonly string[]>;
}

/** Russian endings, longest first; stripped only when a stem of three letters or more remains. */
const RU_ENDINGS = [
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ой',
  'ей',
  'ый',
  'ий',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ых',
  'их',
  'ым',
  'им',
  'ую',
  'юю',
  'ов',
  'ев',
  'ам',
  'ям',
  'ах',
  'ях',
  'ом',
  'ем',
  'а',
  'я',
  'о',
  'е',
  'ы',
  'и',
  'у',
  'ю',
  'ь',
  'й',
];
const CYRILLIC_WORD = /^[а-яё]+$/u;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function letterPattern(word: string): string {
  return escape(word)
    .replace(/['’‘ʼ]/g, "['’‘ʼ]")
    .replace(/[её]/g, '[её]');
}

/**
 * A Russian word of five letters or more matches its stem and up to four more letters; one of four
 * letters only changes its final vowel ("доля" → "доли", "долей"), so that "Перу" is not "период".
 */
function wordPattern(word: string): string {
  if (!CYRILLIC_WORD.test(word) || word.length < 4) return letterPattern(word);
  if (word.length === 4) {
    return /[аяоеёиыуюьй]$/u.test(word)
      ? `${letterPattern(word.slice(0, 3))}[аяоеёиыуюьй]{1,2}`
      : letterPattern(word);
  }
  const ending = RU_ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= 3) ?? '';
  return `${letterPattern(word.slice(0, word.length - ending.length))}[а-яё]{0,4}`;
}

/** Lower case, typographic apostrophes folded, spaces collapsed: how lexicon phrases are keyed. */
export function normalizePhrase(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[’‘ʼ`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function phraseRegExp(phrase: string): RegExp {
  const words = normalizePhrase(phrase)
    .split(/[\s\u00a0\-‐‑–]+/u)
    .filter(Boolean);
  const body = words.map(wordPattern).join('[\\s\\u00a0\\-‐‑–]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

const FIRST_WORD = /[\p{L}\p{N}]+/u;

/** The first three characters of the first word, lower case, "ё" as "е". */
function keyOf(word: string): string {
  return word.slice(0, 3).toLowerCase().replace(/ё/g, 'е');
}

function indexPhrases<T>(entries: readonly { phrase: string; value: T }[]): PhraseIndex<T> {
  const byKey = new Map<string, Entry<T>[]>();
  for (const e of entries) {
    const first = FIRST_WORD.exec(normalizePhrase(e.phrase))?.[0];
    if (!first) continue;
    const key = keyOf(first);
    const list = byKey.get(key) ?? [];
    list.push({ phrase: e.phrase, length: normalizePhrase(e.phrase).length, value: e.value });
    byKey.set(key, list);
  }
  return { byKey };
}

const cache = new WeakMap<ClaimLexicon, CompiledLexicon>();

/** Compiles a lexicon once (kept per lexicon object: parsing many texts with one lexicon is cheap). */
export function compileLexicon(lexicon: ClaimLexicon): CompiledLexicon {
  const hit = cache.get(lexicon);
  if (hit) return hit;
  const compiled: CompiledLexicon = {
    indicators: indexPhrases(lexicon.indicators.map((e) => ({ phrase: e.phrase, value: e.codes }))),
    countries: indexPhrases(lexicon.countries.map((e) => ({ phrase: e.phrase, value: e.iso3 }))),
    indicatorByPhrase: new Map(lexicon.indicators.map((e) => [normalizePhrase(e.phrase), e.codes])),
  };
  cache.set(lexicon, compiled);
  return compiled;
}

interface ScoredMatch<T> extends PhraseMatch<T> {
  readonly length: number;
}

function candidates<T>(text: string, index: PhraseIndex<T>): Entry<T>[] {
  const keys = new Set([...text.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]+/gu)].map((m) => keyOf(m[0])));
  return [...keys].flatMap((k) => index.byKey.get(k) ?? []);
}

/** Every match of every phrase, earliest first, the longer phrase first at the same place. */
function scanText<T>(text: string, index: PhraseIndex<T>): ScoredMatch<T>[] {
  const found: ScoredMatch<T>[] = [];
  for (const entry of candidates(text, index)) {
    entry.re ??= phraseRegExp(entry.phrase);
    for (const m of text.matchAll(entry.re)) {
      found.push({
        phrase: m[0],
        span: { start: m.index, end: m.index + m[0].length },
        value: entry.value,
        length: entry.length,
      });
    }
  }
  return found;
}

/**
 * The matches in `text` and, when given, in a view of it (indicator-view.ts), the view's mapped
 * back onto `text` with the words as written there; one match per place and phrase.
 */
function scan<T>(text: string, index: PhraseIndex<T>, view?: TextView): ScoredMatch<T>[] {
  const found = scanText(text, index);
  const seen = new Set(found.map(placeKey));
  for (const m of view && view.text !== text ? scanText(view.text, index) : []) {
    const span = originalSpan(view!, m.span);
    const mapped = { ...m, span, phrase: text.slice(span.start, span.end) };
    if (seen.has(placeKey(mapped))) continue;
    seen.add(placeKey(mapped));
    found.push(mapped);
  }
  return found.sort((a, b) => a.span.start - b.span.start || b.length - a.length);
}

function placeKey(m: ScoredMatch<unknown>): string {
  return `${m.span.start}:${m.span.end}:${m.length}`;
}

function strip<T>({ length: _length, ...match }: ScoredMatch<T>): PhraseMatch<T> {
  return match;
}

/**
 * The longest phrase found in `text` or in a view of it (ties: the earliest), with its span
 * relative to `text`. Length is the lexicon phrase's, so "gender inequality index" beats "GII"
 * and "women in parliament" beats "parliament".
 */
export function longestMatch<T>(
  text: string,
  index: PhraseIndex<T>,
  view?: TextView,
): PhraseMatch<T> | undefined {
  const best = scan(text, index, view).reduce<ScoredMatch<T> | undefined>(
    (acc, m) => (!acc || m.length > acc.length ? m : acc),
    undefined,
  );
  return best && strip(best);
}

/** Every match of every phrase, earliest first (the longer phrase first at the same place). */
export function allMatches<T>(text: string, index: PhraseIndex<T>, view?: TextView): PhraseMatch<T>[] {
  return scan(text, index, view).map(strip);
}
