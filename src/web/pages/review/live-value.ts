import type { Schema } from '../../api/schema.ts';

/**
 * The latest value the inserter shows beside a block before it is inserted, from the public reads
 * (`/api/observations`, `/api/indices/{index}`). It approximates what the server will embed (the
 * server picks the breakdown as the country profile does); the section preview after saving shows
 * exactly what the report will say.
 */

/** The fields of an `/api/observations` row the inserter reads. */
export type ObservationRow = Pick<Schema<'Observation'>, 'year' | 'dims' | 'value' | 'dataset' | 'edition'>;

/** The fields of an `/api/indices/{index}` row the inserter reads. */
export type IndexRowLite = Pick<Schema<'IndexRow'>, 'year' | 'edition' | 'computable' | 'rounded'>;

export interface LiveValue {
  readonly year: number;
  readonly value: number;
  readonly edition: string;
  /** How many years the series has (what a chart would draw). */
  readonly points: number;
  readonly firstYear: number;
  /** `total`, or the breakdown used (`sex=F`) when there is no total. */
  readonly breakdown: string;
}

/**
 * The latest value of the total (else women's, else the first breakdown) in the edition with the
 * newest data (or the one asked for), optionally in one year.
 */
export function latestObservation(
  rows: readonly ObservationRow[],
  opts: { readonly source?: string; readonly year?: number } = {},
): LiveValue | null {
  const numeric = rows.filter(
    (r): r is ObservationRow & { value: number } =>
      r.value !== null && (!opts.source || r.edition === opts.source || r.dataset === opts.source),
  );
  const breakdown = pickBreakdown(numeric.map((r) => r.dims));
  if (breakdown === null) return null;
  const series = numeric.filter((r) => dimsKey(r.dims) === breakdown);
  const byEdition = new Map<string, typeof series>();
  for (const r of series) byEdition.set(r.edition, [...(byEdition.get(r.edition) ?? []), r]);
  let best: LiveValue | null = null;
  for (const [edition, list] of byEdition) {
    const sorted = [...list].sort((a, b) => a.year - b.year);
    const point =
      opts.year === undefined ? sorted[sorted.length - 1] : sorted.find((r) => r.year === opts.year);
    if (!point) continue;
    const candidate: LiveValue = {
      year: point.year,
      value: point.value,
      edition,
      points: new Set(sorted.map((r) => r.year)).size,
      firstYear: sorted[0]!.year,
      breakdown: breakdown === '' ? 'total' : breakdown,
    };
    if (!best || candidate.year > best.year || (candidate.year === best.year && edition > best.edition))
      best = candidate;
  }
  return best;
}

/** The latest computable index value, in the edition asked for or the newest (`HDR25` before `HDR23-24`). */
export function latestIndex(rows: readonly IndexRowLite[], edition?: string): LiveValue | null {
  const ok = rows.filter(
    (r): r is IndexRowLite & { rounded: number } =>
      r.computable && r.rounded !== null && (!edition || r.edition === edition),
  );
  if (ok.length === 0) return null;
  const newestEdition = [...new Set(ok.map((r) => r.edition))].sort().reverse()[0]!;
  const inEdition = ok
    .filter((r) => r.edition === (edition ?? newestEdition))
    .sort((a, b) => a.year - b.year);
  const last = inEdition[inEdition.length - 1]!;
  return {
    year: last.year,
    value: last.rounded,
    edition: last.edition,
    points: inEdition.length,
    firstYear: inEdition[0]!.year,
    breakdown: 'total',
  };
}

function dimsKey(dims: Readonly<Record<string, string>>): string {
  return Object.entries(dims)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

function pickBreakdown(all: readonly Readonly<Record<string, string>>[]): string | null {
  const keys = [...new Set(all.map(dimsKey))];
  if (keys.length === 0) return null;
  if (keys.includes('')) return '';
  if (keys.includes('sex=F')) return 'sex=F';
  return keys.sort()[0]!;
}
