import type { Observation } from '../../components/api-types.ts';

export interface SeriesPoint {
  readonly iso3: string;
  readonly name: string;
  readonly year: number;
  readonly value: number;
  readonly row: Observation;
}

export interface SeriesData {
  /** One numeric value per country and year, ordered by country then year. */
  readonly points: readonly SeriesPoint[];
  /** Years with at least one value, ascending. */
  readonly years: readonly number[];
  /**
   * True when a country had several values for a year (several breakdowns or editions matched):
   * the first is kept and the view asks the reader to narrow the breakdown.
   */
  readonly mixed: boolean;
}

/** Canonical text of a row's dims, to tell breakdowns apart. */
function dimsKey(dims: Readonly<Record<string, string>>): string {
  return Object.keys(dims)
    .sort()
    .map((k) => `${k}=${dims[k]}`)
    .join(';');
}

/**
 * Observations as chart points: numeric values only (text-only rows such as quota types are left
 * out), one per country and year, with whether several rows competed for a place.
 */
export function toSeries(rows: readonly Observation[]): SeriesData {
  const seen = new Map<string, string>();
  const points: SeriesPoint[] = [];
  let mixed = false;
  for (const row of rows) {
    if (row.value === null || !Number.isFinite(row.value)) continue;
    const at = `${row.area}|${row.year}`;
    const which = `${dimsKey(row.dims)}|${row.dataset}|${row.edition}`;
    const before = seen.get(at);
    if (before !== undefined) {
      if (before !== which) mixed = true;
      continue;
    }
    seen.set(at, which);
    points.push({ iso3: row.area, name: row.areaName, year: row.year, value: row.value, row });
  }
  points.sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : a.year - b.year));
  const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
  return { points, years, mixed };
}

/** The year to show on a map or table: the chosen one if it has data, else the latest with data. */
export function shownYear(years: readonly number[], chosen: number | null): number | null {
  if (chosen !== null && years.includes(chosen)) return chosen;
  return years[years.length - 1] ?? null;
}
