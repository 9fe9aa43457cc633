import type { IndicatorSummary } from './api-types.ts';

/** Lower case without accents, for matching what people type ("genre" finds "Indice d'inégalité de genre"). */
function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * True when every word of `query` occurs in the indicator's name (any language), code, concept or
 * synonyms; an empty query matches everything.
 */
export function matchesIndicator(ind: IndicatorSummary, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const hay = fold(
    [ind.code, ind.name, ...Object.values(ind.names ?? {}), ind.concept ?? '', ...ind.synonyms].join(' '),
  );
  return words.every((w) => hay.includes(w));
}

/**
 * Indicators grouped by publisher (groups and members in a stable order: publisher name, then
 * concept, then name), for an `<optgroup>` per publisher.
 */
export function groupIndicators(
  indicators: readonly IndicatorSummary[],
  lang: string,
): { publisher: string; indicators: IndicatorSummary[] }[] {
  const groups = new Map<string, IndicatorSummary[]>();
  for (const ind of indicators) {
    const list = groups.get(ind.publisher) ?? [];
    list.push(ind);
    groups.set(ind.publisher, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, lang))
    .map(([publisher, list]) => ({
      publisher,
      indicators: list.sort(
        (a, b) =>
          (a.concept ?? '').localeCompare(b.concept ?? '', lang) || a.name.localeCompare(b.name, lang),
      ),
    }));
}

/** Indicators with numeric values for several countries: what a map or a regional summary can show. */
export function hasCountryData(ind: IndicatorSummary): boolean {
  return ind.unit !== 'category' && ind.editions.some((e) => e.areas > 1);
}
