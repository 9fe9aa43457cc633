import type { FitView, ProgressRow, YearValue } from './progress-types.ts';

/** A row's key, stable across languages and years: indicator, source edition, how the series was read. */
export function rowKey(row: Pick<ProgressRow, 'indicator' | 'series'>): string {
  const dims = Object.entries(row.series.dims)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}:${v}`)
    .join(';');
  return [row.indicator.code, row.series.dataset, row.series.edition, row.series.breakdown, dims].join('|');
}

/**
 * The rows of the same series in other editions (same indicator, breakdown and dimensions), the
 * row itself first, the others newest data first: what the detail chart draws side by side.
 */
export function editionSiblings(rows: readonly ProgressRow[], row: ProgressRow): ProgressRow[] {
  const same = (r: ProgressRow): boolean =>
    r.indicator.code === row.indicator.code &&
    r.series.breakdown === row.series.breakdown &&
    JSON.stringify(sortedDims(r.series.dims)) === JSON.stringify(sortedDims(row.series.dims));
  const others = rows
    .filter((r) => r !== row && same(r))
    .sort((a, b) => (latest(b.points)?.year ?? 0) - (latest(a.points)?.year ?? 0));
  return [row, ...others];
}

function sortedDims(dims: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(dims).sort(([a], [b]) => a.localeCompare(b));
}

/** The last point of a series (the API sends them in ascending years). */
export function latest(points: readonly YearValue[]): YearValue | undefined {
  return points.reduce<YearValue | undefined>(
    (best, p) => (!best || p.year > best.year ? p : best),
    undefined,
  );
}

/** The fitted line at a year. */
export function lineAt(fit: Pick<FitView, 'slope' | 'intercept'>, year: number): number {
  return fit.intercept + fit.slope * year;
}

/**
 * The straight line to draw for a fit: over the years it was fitted to (`fitted`), and on from its
 * last year to the projection year (`projected`, empty when that year is not later).
 */
export function trendLine(
  fit: FitView,
  toYear: number,
): { readonly fitted: YearValue[]; readonly projected: YearValue[] } {
  const at = (year: number): YearValue => ({ year, value: lineAt(fit, year) });
  return {
    fitted: [at(fit.fromYear), at(fit.toYear)],
    projected: toYear > fit.toYear ? [at(fit.toYear), at(toYear)] : [],
  };
}

/** Rows grouped by concept in the order the API sends them (the service's curated order). */
export function groupByConcept<T extends { readonly indicator: { readonly concept: string } }>(
  rows: readonly T[],
): { readonly concept: string; readonly rows: T[] }[] {
  const groups: { concept: string; rows: T[] }[] = [];
  for (const r of rows) {
    const g = groups.find((x) => x.concept === r.indicator.concept);
    if (g) g.rows.push(r);
    else groups.push({ concept: r.indicator.concept, rows: [r] });
  }
  return groups;
}

/**
 * The y range of the chart: from zero when the values are well away from it (a GII of 0.13–0.37,
 * a seat share of 18–50 %), else the values' own range with a margin, so that a series hovering
 * near parity (a GDI of 0.99–1.01) does not look flat.
 */
export function yDomain(values: readonly number[]): [number, number] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [0, 1];
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  if (lo >= 0 && lo <= 0.5 * hi) return [0, hi === 0 ? 1 : hi];
  const pad = (hi - lo) * 0.1 || Math.abs(hi) * 0.05 || 1;
  return [lo - pad, hi + pad];
}
