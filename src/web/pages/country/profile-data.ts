import { GII_INPUT_NAMES, type GiiInputName } from '../../../core/gii.ts';
import type {
  ComparisonSeries,
  CountryProfile,
  EditionSeries,
  GiiDecomposition,
  GiiSeriesRow,
  IndexName,
} from './profile-types.ts';

// The input names and their order (METHODS §1.1) are the core's: one list for computing and showing.
export { GII_INPUT_NAMES, type GiiInputName };

/** The five GII indicators and the dimension each belongs to (as in src/core/gii-decomposition.ts). */
export const GII_INDICATOR_DIMENSION = {
  mmr: 'reproductiveHealth',
  abr: 'reproductiveHealth',
  pr: 'empowerment',
  se: 'empowerment',
  lfpr: 'labourMarket',
} as const;

export type GiiIndicatorName = keyof typeof GII_INDICATOR_DIMENSION;
export type GiiDimensionName = (typeof GII_INDICATOR_DIMENSION)[GiiIndicatorName];

export const INDEX_NAMES: readonly IndexName[] = ['gii', 'gdi', 'hdi'];

/** A finite number, or null (the API may send null, undefined or NaN-like gaps). */
export function finite(x: unknown): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

/** The eight inputs of one GII row (the API spreads them on the row). A missing input is null. */
export function giiInputsOf(row: GiiSeriesRow): Record<GiiInputName, number | null> {
  const out = {} as Record<GiiInputName, number | null>;
  for (const name of GII_INPUT_NAMES) out[name] = finite(row[name]);
  return out;
}

/** A row's GII: UNDP's published value, else the one computed from its inputs; null when neither. */
export function giiOf(row: GiiSeriesRow): number | null {
  return finite(row.value) ?? finite(row.computed);
}

/** Whether all eight inputs of a row are there, so the GII can be recomputed (what-if). */
export function hasAllInputs(row: GiiSeriesRow): boolean {
  const inputs = giiInputsOf(row);
  return GII_INPUT_NAMES.every((n) => inputs[n] !== null);
}

/** The latest row whose GII (or, with `input`, that input) is a finite number; undefined if none. */
export function latestRow(series: readonly GiiSeriesRow[], input?: GiiInputName): GiiSeriesRow | undefined {
  let best: GiiSeriesRow | undefined;
  for (const row of series) {
    const v = input ? giiInputsOf(row)[input] : giiOf(row);
    if (v !== null && (!best || row.year > best.year)) best = row;
  }
  return best;
}

/** The first and last points with a value, in year order; null when fewer than one. */
export function firstAndLast<P extends { readonly year: number; readonly value: number | null }>(
  points: readonly P[],
): { first: P; last: P } | null {
  const valued = points.filter((p) => finite(p.value) !== null).sort((a, b) => a.year - b.year);
  const first = valued[0];
  const last = valued[valued.length - 1];
  return first && last ? { first, last } : null;
}

export interface DecompositionRow {
  readonly indicator: GiiIndicatorName;
  readonly dimension: GiiDimensionName;
  /** GII points. */
  readonly contribution: number;
  /** Share of the sum of contributions, in % (null when the sum is 0). */
  readonly share: number | null;
}

/**
 * The five indicator contributions in a fixed order, with each one's share of their sum (which is the
 * GII itself, since the parity GII is 0). An indicator the API left out counts as 0.
 */
export function decompositionRows(d: Pick<GiiDecomposition, 'byIndicator'>): DecompositionRow[] {
  const names = Object.keys(GII_INDICATOR_DIMENSION) as GiiIndicatorName[];
  const values = names.map((n) => finite(d.byIndicator[n]) ?? 0);
  const total = values.reduce((a, b) => a + b, 0);
  return names.map((indicator, i) => ({
    indicator,
    dimension: GII_INDICATOR_DIMENSION[indicator],
    contribution: values[i]!,
    share: total === 0 ? null : (values[i]! / total) * 100,
  }));
}

export type SourceKind = 'national' | 'unsd' | 'wdi' | 'hdr' | 'other';

/** What kind of publisher a dataset code stands for (national SDG platforms are `open-sdg-<iso3>`). */
export function sourceKind(dataset: string): SourceKind {
  if (dataset.startsWith('open-sdg')) return 'national';
  if (dataset === 'unsd-minset') return 'unsd';
  if (dataset === 'wdi') return 'wdi';
  if (dataset === 'undp-hdr-composite') return 'hdr';
  return 'other';
}

/** Whether any series of a comparison comes from a national SDG platform. */
export function hasNationalSeries(c: {
  readonly series: readonly Pick<ComparisonSeries, 'kind' | 'dataset'>[];
}): boolean {
  return c.series.some((s) => s.kind === 'national' || sourceKind(s.dataset) === 'national');
}

/** The parts of a profile that have no data, so the page can say what is missing. */
export function missingParts(
  p: CountryProfile,
): ('gii' | 'gdi' | 'hdi' | 'giiSeries' | 'comparisons' | 'editions')[] {
  const missing: ('gii' | 'gdi' | 'hdi' | 'giiSeries' | 'comparisons' | 'editions')[] = INDEX_NAMES.filter(
    (i) => finite(p.headline.find((h) => h.index === i)?.value) === null,
  );
  if (!p.gii.series.some((r) => giiOf(r) !== null)) missing.push('giiSeries');
  if (!p.comparisons.some((c) => c.series.some((s) => s.points.some((pt) => finite(pt.value) !== null))))
    missing.push('comparisons');
  if (!p.editions.some((e) => e.gii.some((pt) => finite(pt.value) !== null))) missing.push('editions');
  return missing;
}

/** An ISO 3166-1 alpha-3 code from a URL segment (case-insensitive), or null when it cannot be one. */
export function normaliseIso3(raw: string | undefined): string | null {
  const code = (raw ?? '').trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? code : null;
}

/** The seat share typed by the reader: a number from 0 to 100 (decimal point or comma), else null. */
export function parseSeatShare(raw: string): number | null {
  const s = raw.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  return n <= 100 ? n : null;
}

/**
 * The latest year that two or more editions both cover with different values, to show that
 * editions revise back series (KAZ 2022: 0.168 in HDR25, 0.177 in HDR23-24); null when none differ.
 */
export function editionDifference(
  editions: readonly EditionSeries[],
): { year: number; values: { edition: string; value: number }[] } | null {
  const years = [...new Set(editions.flatMap((e) => e.gii.map((p) => p.year)))].sort((a, b) => b - a);
  for (const year of years) {
    const values = editions.flatMap((e) => {
      const value = finite(e.gii.find((p) => p.year === year)?.value);
      return value === null ? [] : [{ edition: e.edition, value }];
    });
    if (values.length >= 2 && new Set(values.map((v) => v.value)).size > 1) return { year, values };
  }
  return null;
}
