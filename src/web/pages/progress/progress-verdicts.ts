import type {
  CommonVerdict,
  EscapApiCategory,
  GrowthRatioCategory,
  MethodResult,
  NoResult,
  SdsnColour,
  SdsnTrend,
} from './progress-types.ts';

/**
 * How the page shows each method's verdict: a symbol and a word (the locale key), and a tone on
 * the common scale (on track, progressing, off track) for the cell's background, which only
 * repeats what symbol and word say: never colour alone.
 */
export type Tone = CommonVerdict | 'none';

export interface VerdictView {
  readonly symbol: string;
  /** Key under `verdict.` in the progress namespace. */
  readonly key: string;
  readonly tone: Tone;
}

export const GROWTH_RATIO_VIEW: Readonly<Record<GrowthRatioCategory, VerdictView>> = {
  'target-achieved': { symbol: '✔', key: 'growthRatio.target-achieved', tone: 'on-track' },
  'on-track': { symbol: '↑', key: 'growthRatio.on-track', tone: 'on-track' },
  'acceleration-needed': { symbol: '➚', key: 'growthRatio.acceleration-needed', tone: 'progressing' },
  'limited-progress': { symbol: '→', key: 'growthRatio.limited-progress', tone: 'progressing' },
  deterioration: { symbol: '↓', key: 'growthRatio.deterioration', tone: 'off-track' },
};

/** SDSN's own arrows (S14). */
export const SDSN_TREND_VIEW: Readonly<Record<SdsnTrend, VerdictView>> = {
  'on-track': { symbol: '↑', key: 'sdsnTrend.on-track', tone: 'on-track' },
  'moderately-improving': { symbol: '➚', key: 'sdsnTrend.moderately-improving', tone: 'progressing' },
  stagnating: { symbol: '→', key: 'sdsnTrend.stagnating', tone: 'progressing' },
  decreasing: { symbol: '↓', key: 'sdsnTrend.decreasing', tone: 'off-track' },
  unavailable: { symbol: '•', key: 'sdsnTrend.unavailable', tone: 'none' },
};

/** SDSN dashboard colours with a shape each (filled circle to empty), so the colour has a second carrier. */
export const SDSN_COLOUR_SYMBOL: Readonly<Record<SdsnColour, string>> = {
  green: '●',
  yellow: '◕',
  orange: '◑',
  red: '○',
};

export const ESCAP_API_VIEW: Readonly<Record<EscapApiCategory, VerdictView>> = {
  maintain: { symbol: '↑', key: 'escapApi.maintain', tone: 'on-track' },
  accelerate: { symbol: '➚', key: 'escapApi.accelerate', tone: 'progressing' },
  reverse: { symbol: '↓', key: 'escapApi.reverse', tone: 'off-track' },
};

/** A method without a result: too little data, or the method does not apply. */
export function noResultView(r: NoResult): VerdictView {
  return r.reason === 'not-enough-data'
    ? { symbol: '•', key: 'noResult.not-enough-data', tone: 'none' }
    : { symbol: '–', key: 'noResult.not-applicable', tone: 'none' };
}

/** The view of a method's result through `view` (its category), or of why it has none. */
export function verdictView<T>(r: MethodResult<T>, view: (value: T) => VerdictView): VerdictView {
  return r.ok ? view(r.value) : noResultView(r);
}

/**
 * The view of a count category as the region service names it (`insufficient-data`,
 * `not-applicable`, `no-data` besides each method's own categories).
 */
export function countCategoryView(
  method: 'growthRatio' | 'sdsn' | 'escapApi',
  category: string,
): VerdictView {
  if (category === 'insufficient-data') return { symbol: '•', key: 'noResult.not-enough-data', tone: 'none' };
  if (category === 'not-applicable') return { symbol: '–', key: 'noResult.not-applicable', tone: 'none' };
  if (category === 'no-data') return { symbol: '∅', key: 'noResult.no-data', tone: 'none' };
  const table: Readonly<Record<string, VerdictView>> =
    method === 'growthRatio' ? GROWTH_RATIO_VIEW : method === 'sdsn' ? SDSN_TREND_VIEW : ESCAP_API_VIEW;
  return table[category] ?? { symbol: '?', key: category, tone: 'none' };
}

/** Display order of count categories: best first, then no verdict. */
export function categoryOrder(method: 'growthRatio' | 'sdsn' | 'escapApi'): readonly string[] {
  const own =
    method === 'growthRatio'
      ? Object.keys(GROWTH_RATIO_VIEW)
      : method === 'sdsn'
        ? Object.keys(SDSN_TREND_VIEW)
        : Object.keys(ESCAP_API_VIEW);
  return [...own, 'insufficient-data', 'not-applicable', 'no-data'];
}

/** Counts in display order with their share of the total (for a stacked bar); zero counts left out. */
export function orderedCounts(
  method: 'growthRatio' | 'sdsn' | 'escapApi',
  counts: Readonly<Record<string, number>>,
): { readonly category: string; readonly count: number; readonly share: number }[] {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const order = categoryOrder(method);
  const rank = (c: string): number => (order.includes(c) ? order.indexOf(c) : order.length);
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([category, count]) => ({ category, count, share: total === 0 ? 0 : count / total }));
}
