/**
 * Arithmetic mean of the values; `undefined` for an empty list (no value, not NaN). Non-finite
 * values are the caller's to leave out: they would make the mean non-finite.
 */
export function mean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/**
 * Median of the values: the middle one, or the mean of the two middle ones for an even count;
 * `undefined` for an empty list. The input is not modified.
 */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface YearValue {
  readonly year: number;
  readonly value: number;
}

export interface YearSummary {
  readonly year: number;
  readonly mean: number;
  readonly median: number;
  /** How many values the year has. */
  readonly n: number;
}

/**
 * Mean, median and count of the values of each year, years ascending. Unweighted: every value
 * (e.g. every country) counts once, as regional reviews summarise members.
 */
export function summarizeByYear(points: readonly YearValue[]): YearSummary[] {
  const byYear = new Map<number, number[]>();
  for (const p of points) {
    const list = byYear.get(p.year);
    if (list) list.push(p.value);
    else byYear.set(p.year, [p.value]);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, values]) => ({ year, mean: mean(values)!, median: median(values)!, n: values.length }));
}
