import type { Observation } from '../../components/api-types.ts';
import type { Dated } from './compare-types.ts';

export const MIN_COUNTRIES = 2;
export const MAX_COUNTRIES = 8;

export interface CountrySelection {
  /** Valid, distinct codes in the order asked for, at most MAX_COUNTRIES. */
  readonly codes: string[];
  /** Codes that are not countries the API knows. */
  readonly unknown: string[];
  /** Valid codes beyond the first MAX_COUNTRIES, left out. */
  readonly dropped: string[];
}

/**
 * The countries of `?countries=`: upper-cased, duplicates removed, unknown codes set aside (when the
 * list of known codes is not loaded yet every well-formed code is kept), then cut to eight.
 */
export function selectCountries(
  requested: readonly string[],
  known: ReadonlySet<string> | null,
): CountrySelection {
  const seen = new Set<string>();
  const valid: string[] = [];
  const unknown: string[] = [];
  for (const raw of requested) {
    const code = raw.trim().toUpperCase();
    if (!code || seen.has(code)) continue;
    seen.add(code);
    if (!/^[A-Z]{3}$/.test(code) || (known && !known.has(code))) unknown.push(raw.trim());
    else valid.push(code);
  }
  return { codes: valid.slice(0, MAX_COUNTRIES), unknown, dropped: valid.slice(MAX_COUNTRIES) };
}

/** The latest row with a finite value for each area (ties: the later row wins). */
export function latestByArea(
  rows: readonly { area: string; year: number; value: number | null; edition: string }[],
): Map<string, Dated> {
  const out = new Map<string, Dated>();
  for (const r of rows) {
    if (r.value === null || !Number.isFinite(r.value)) continue;
    const best = out.get(r.area);
    if (!best || r.year >= best.year) out.set(r.area, { year: r.year, value: r.value, edition: r.edition });
  }
  return out;
}

/** `sex=F,age=Y_GE15`: an observation's breakdown as text, keys sorted; '' for none. */
export function dimsText(dims: Readonly<Record<string, string>> | null | undefined): string {
  return Object.entries(dims ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

export interface Breakdown {
  /** `<dataset>|<edition>|<dims>`: one comparable series per country. */
  readonly key: string;
  readonly dataset: string;
  readonly edition: string;
  readonly dims: string;
  /** Observations with a value. */
  readonly count: number;
}

export function breakdownKey(o: Pick<Observation, 'dataset' | 'edition' | 'dims'>): string {
  return `${o.dataset}|${o.edition}|${dimsText(o.dims)}`;
}

/**
 * The distinct (dataset, edition, breakdown) combinations of some observations, so that a chart
 * never mixes editions or breakdowns. Ordered: most values first, then by key.
 */
export function breakdowns(observations: readonly Observation[]): Breakdown[] {
  const byKey = new Map<string, Breakdown>();
  for (const o of observations) {
    if (o.value === null || !Number.isFinite(o.value)) continue;
    const key = breakdownKey(o);
    const prev = byKey.get(key);
    byKey.set(key, {
      key,
      dataset: o.dataset,
      edition: o.edition,
      dims: dimsText(o.dims),
      count: (prev?.count ?? 0) + 1,
    });
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** The selected breakdown if it exists in the data, else the first (most values); undefined if none. */
export function pickBreakdown(all: readonly Breakdown[], wanted: string | null): Breakdown | undefined {
  return all.find((b) => b.key === wanted) ?? all[0];
}
