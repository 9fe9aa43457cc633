import type { Indicator } from './indicator.ts';
import { hdrIndicators } from './indicators/hdr.ts';
import { openSdgIndicators } from './indicators/open-sdg.ts';
import { unsdIndicators } from './indicators/unsd.ts';
import { wdiIndicators } from './indicators/wdi.ts';

export type { Direction, Indicator, IndicatorUnit, Localized, ValidRange } from './indicator.ts';

/**
 * The indicator catalogue: every code an importer may produce (HDR, WDI, UNSD minimum set, Open
 * SDG), in that order. Importers reject observations whose code is not here.
 */
export const indicators: readonly Indicator[] = [
  ...hdrIndicators,
  ...wdiIndicators,
  ...unsdIndicators,
  ...openSdgIndicators,
];

const byCode = new Map<string, Indicator>();
for (const i of indicators) {
  if (byCode.has(i.code)) throw new Error(`indicator catalogue: duplicate code ${i.code}`);
  byCode.set(i.code, i);
}

/** The entry for an exact code (case-sensitive: `wdi.SG.GEN.PARL.ZS`); undefined when unknown. */
export function indicatorByCode(code: string): Indicator | undefined {
  return byCode.get(code);
}

/** Entries sharing a concept key, in catalogue order; [] for an unknown concept. */
export function indicatorsByConcept(concept: string): Indicator[] {
  return indicators.filter((i) => i.concept === concept);
}

/** Lower case, typographic quotes folded, punctuation other than dots turned into single spaces. */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .trim();
}

const WORD = /[\p{L}\p{N}]/u;
const isWord = (c: string | undefined): boolean => c !== undefined && WORD.test(c);

/** A dot joins words (`5.2.1.1`, `sg.gen`), so it is only a boundary when no word character follows it. */
function boundaryBefore(h: string, at: number): boolean {
  return at === 0 || (!isWord(h[at - 1]) && !(h[at - 1] === '.' && isWord(h[at - 2])));
}

function boundaryAfter(h: string, at: number): boolean {
  return at === h.length || (!isWord(h[at]) && !(h[at] === '.' && isWord(h[at + 1])));
}

function containsPhrase(haystack: string, phrase: string): boolean {
  for (let at = haystack.indexOf(phrase); at >= 0; at = haystack.indexOf(phrase, at + 1))
    if (boundaryBefore(haystack, at) && boundaryAfter(haystack, at + phrase.length)) return true;
  return false;
}

const searchTerms: ReadonlyMap<Indicator, readonly string[]> = new Map(
  indicators.map((i) => [
    i,
    [i.code, i.name.en, i.name.fr, i.name.ru, i.shortName ?? '', ...i.synonyms]
      .map(normalize)
      .filter(Boolean),
  ]),
);

/**
 * Indicators whose code, names, short name or synonyms match `text`, case-insensitively:
 * first those with a term equal to the whole text, then those with a term found in the text as
 * whole words (longest term first), each indicator once, ties in catalogue order. So 'GII' and
 * 'the gender inequality index fell by 60%' both give hdr.gii first; 'women in parliament'
 * gives the four seat series. Punctuation and spacing are ignored; returns [] for blank text.
 */
export function findIndicatorsBySynonym(text: string): Indicator[] {
  const query = normalize(text);
  if (!query) return [];
  const scored: { indicator: Indicator; score: number; order: number }[] = [];
  indicators.forEach((indicator, order) => {
    let score = 0;
    for (const term of searchTerms.get(indicator)!) {
      if (term === query) score = Number.MAX_SAFE_INTEGER;
      else if (containsPhrase(query, term)) score = Math.max(score, term.length);
    }
    if (score > 0) scored.push({ indicator, score, order });
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.indicator);
}
