/**
 * The Okabe–Ito palette for categories (countries, sources, editions): distinguishable with the common
 * colour-vision deficiencies. Yellow (#F0E442) comes last because it is the weakest on white. Used by
 * the country and compare pages; any page drawing one line per category can use it.
 */
export const OKABE_ITO: readonly string[] = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#000000',
  '#F0E442',
];

/**
 * Plot symbols paired with the palette, so that a line's category is also told by its marker shape
 * (colour is never the only carrier of meaning). All are filled shapes, so they show with a fill.
 */
export const SYMBOLS: readonly string[] = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'star',
  'cross',
  'wye',
  'hexagon',
];

/** The colour for the i-th category (cycling after eight). */
export function categoryColour(i: number): string {
  return OKABE_ITO[((i % OKABE_ITO.length) + OKABE_ITO.length) % OKABE_ITO.length]!;
}
