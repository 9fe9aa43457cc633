/** How recent a latest year is, relative to the newest year in the matrix. */
export type Recency = 'current' | 'recent' | 'older' | 'old' | 'none';

export const RECENCIES: readonly Recency[] = ['current', 'recent', 'older', 'old', 'none'];

/**
 * Bins a latest year against the newest year of the whole matrix (`reference`), so that the bins
 * follow the data rather than the clock: `current` within 2 years of it, `recent` 3–5 years behind,
 * `older` 6–10, `old` more than 10; `none` without data.
 */
export function recency(year: number | null | undefined, reference: number): Recency {
  if (year === null || year === undefined) return 'none';
  const behind = reference - year;
  if (behind <= 2) return 'current';
  if (behind <= 5) return 'recent';
  if (behind <= 10) return 'older';
  return 'old';
}

/** The year range of a bin for the legend (`[2021, 2023]`; `old` is open: `[null, 2012]`). */
export function recencyRange(bin: Recency, reference: number): [number | null, number | null] | null {
  switch (bin) {
    case 'current':
      return [reference - 2, reference];
    case 'recent':
      return [reference - 5, reference - 3];
    case 'older':
      return [reference - 10, reference - 6];
    case 'old':
      return [null, reference - 11];
    default:
      return null;
  }
}

/** The newest year anywhere in the matrix, or null when it is empty. */
export function newestYear(rows: readonly { readonly latest: Readonly<Record<string, number | null>> }[]): number | null {
  let max: number | null = null;
  for (const row of rows) {
    for (const y of Object.values(row.latest)) if (y !== null && (max === null || y > max)) max = y;
  }
  return max;
}
