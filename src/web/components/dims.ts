/*
 * Breakdowns (dimensions) of observations: the API's `dims` parameter (`sex:F,age:Y_GE15`, or
 * `total` for rows without any dimension) and the choice of one value per key in the UI.
 */

/** The value chosen for each dimension key; a key left out means "not broken down by it". */
export type DimsChoice = Readonly<Record<string, string>>;

/**
 * Parses the `dims` form (`sex:F,age:Y_GE15`). `total`, empty or null give `{}`; a pair without
 * `:` is ignored. Values keep any further `:` (`unit:a:b` → `{ unit: 'a:b' }`).
 */
export function parseDims(raw: string | null | undefined): DimsChoice {
  if (!raw || raw === 'total') return {};
  const out: Record<string, string> = {};
  for (const pair of raw.split(',')) {
    const at = pair.indexOf(':');
    if (at <= 0) continue;
    out[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return out;
}

/**
 * The `dims` parameter for a choice: pairs sorted by key; `total` when nothing is chosen for an
 * indicator that has dimensions; `undefined` (no filter) when the indicator has none.
 */
export function formatDims(choice: DimsChoice, hasDims: boolean): string | undefined {
  const pairs = Object.entries(choice)
    .filter(([, v]) => v !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}:${v}`);
  if (pairs.length) return pairs.join(',');
  return hasDims ? 'total' : undefined;
}

/**
 * The breakdown shown first: women (`sex` F) when the data has it, since women's values are what
 * a gender review looks at; a key with a single value takes it (e.g. `unit` PT); other keys none.
 */
export function defaultDims(dims: Readonly<Record<string, readonly string[]>>): DimsChoice {
  const out: Record<string, string> = {};
  for (const [key, values] of Object.entries(dims)) {
    if (key === 'sex' && values.includes('F')) out[key] = 'F';
    else if (values.length === 1 && values[0] !== undefined) out[key] = values[0];
  }
  return out;
}

/**
 * A readable age band for SDMX-style codes: `Y_GE15` → `15+`, `Y15T24` → `15–24`, `Y_LT5` → `<5`;
 * null when the code is not of that form (free-text bands like `16 to 24` are shown as they are).
 */
export function ageBand(code: string): string | null {
  let m = /^Y_?GE(\d+)$/.exec(code);
  if (m) return `${m[1]}+`;
  m = /^Y_?LT(\d+)$/.exec(code);
  if (m) return `<${m[1]}`;
  m = /^Y(\d+)T(\d+)$/.exec(code);
  if (m) return `${m[1]}–${m[2]}`;
  return null;
}
