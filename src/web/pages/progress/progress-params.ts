/**
 * The progress pages' URL parameters: `?base=2015&targetYear=2030`. The API checks them (and says
 * which is wrong); here they only need to be read and offered as choices.
 */

export const DEFAULT_BASE_YEAR = 2015;
export const DEFAULT_TARGET_YEAR = 2030;
/** The API accepts years from 1990 to 2100. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

/** A four-digit year from the URL within [MIN_YEAR, MAX_YEAR], else `fallback`. */
export function parseYear(raw: string | null | undefined, fallback: number): number {
  if (!raw || !/^\d{4}$/.test(raw.trim())) return fallback;
  const year = Number(raw.trim());
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : fallback;
}

/**
 * The years offered as base years (1990 up to the year before `latest`) and as target years (the
 * year after the base up to 2050), each list including the current choice even when it lies
 * outside, so that a shared URL's choice stays visible.
 */
export function yearChoices(
  base: number,
  target: number,
  latest: number,
): { readonly bases: number[]; readonly targets: number[] } {
  const range = (from: number, to: number): number[] =>
    Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  const withChoice = (list: number[], choice: number): number[] =>
    list.includes(choice) ? list : [...list, choice].sort((a, b) => a - b);
  return {
    bases: withChoice(range(MIN_YEAR, latest - 1), base),
    targets: withChoice(range(Math.max(base + 1, 2020), 2050), target),
  };
}
