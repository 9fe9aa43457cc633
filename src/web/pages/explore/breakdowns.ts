import type { Observation } from '../../components/api-types.ts';
import { formatDims, parseDims, type DimsChoice } from '../../components/dims.ts';

/** A breakdown present in the data (`{ sex: 'F' }`, `{}` for the total) and how many rows have it. */
export interface Combo {
  readonly dims: DimsChoice;
  readonly rows: number;
}

function keyOf(dims: DimsChoice): string {
  return Object.keys(dims)
    .sort()
    .map((k) => `${k}=${dims[k]}`)
    .join(';');
}

/** The distinct breakdowns of some observations, most rows first (ties in key order). */
export function dimsCombos(rows: readonly Observation[]): Combo[] {
  const counts = new Map<string, { dims: DimsChoice; rows: number }>();
  for (const r of rows) {
    const key = keyOf(r.dims);
    const c = counts.get(key);
    if (c) c.rows++;
    else counts.set(key, { dims: r.dims, rows: 1 });
  }
  return [...counts.entries()]
    .sort(([a, x], [b, y]) => y.rows - x.rows || (a < b ? -1 : a > b ? 1 : 0))
    .map(([, c]) => c);
}

/** The values of each dimension key across the breakdowns, sorted: the options of the selects. */
export function dimsOptions(combos: readonly Combo[]): Record<string, string[]> {
  const out: Record<string, Set<string>> = {};
  for (const c of combos) for (const [k, v] of Object.entries(c.dims)) (out[k] ??= new Set()).add(v);
  return Object.fromEntries(Object.entries(out).map(([k, vs]) => [k, [...vs].sort()]));
}

/** True when a row's dims match a choice as the API's `dims` filter does: {} = no dims at all, else containment. */
export function matchesDims(dims: DimsChoice, choice: DimsChoice): boolean {
  const pairs = Object.entries(choice);
  if (!pairs.length) return Object.keys(dims).length === 0;
  return pairs.every(([k, v]) => dims[k] === v);
}

/**
 * The breakdown shown first: the total when the data has one (GII; expected years of schooling),
 * else women (`sex` F: seats in parliament, labour-force participation), else the breakdown with
 * the most values (a national platform's main series), so that a view is never empty by default.
 */
export function defaultChoice(combos: readonly Combo[]): DimsChoice {
  if (!combos.length || combos.some((c) => Object.keys(c.dims).length === 0)) return {};
  const women = combos.find((c) => c.dims.sex === 'F');
  if (women) return Object.keys(women.dims).length === 1 ? { sex: 'F' } : women.dims;
  return combos[0]!.dims;
}

/** Observations narrowed to one breakdown, with what the breakdown selects need. */
export interface Breakdown {
  /** Values of each key present in the fetched data (the selects' options). */
  readonly options: Record<string, string[]>;
  readonly choice: DimsChoice;
  /** The API's `dims` for the choice (`total`, `sex:F`), undefined when the data has no dimensions. */
  readonly param: string | undefined;
  readonly rows: readonly Observation[];
}

/**
 * Applies the URL's breakdown (`dims`, null = the default) to the observations fetched for every
 * breakdown, with the API's semantics (see matchesDims), so that changing the breakdown needs no
 * new request and its options are those of the chosen edition and countries only.
 */
export function applyBreakdown(rows: readonly Observation[], urlDims: string | null): Breakdown {
  const combos = dimsCombos(rows);
  const choice = urlDims !== null ? parseDims(urlDims) : defaultChoice(combos);
  const hasDims = combos.some((c) => Object.keys(c.dims).length > 0);
  return {
    options: dimsOptions(combos),
    choice,
    param: formatDims(choice, hasDims),
    rows: rows.filter((r) => matchesDims(r.dims, choice)),
  };
}
