import { improvement, type Orientation } from './direction.ts';
import type { YearValue } from './stats.ts';

export interface MoverSeries {
  /** Who the series is of, e.g. an ISO3 code; also the tie-breaker, so results are deterministic. */
  readonly key: string;
  readonly points: readonly YearValue[];
}

export interface Mover {
  readonly key: string;
  readonly from: YearValue;
  readonly to: YearValue;
  /** to − from, in the indicator's unit. */
  readonly change: number;
  /** Progress (positive = better, direction-aware); for a neutral indicator, the change itself. */
  readonly progress: number;
}

export interface MoversOptions {
  readonly orientation: Orientation;
  /** The year movers are measured to; series without a value that year are left out. */
  readonly endYear: number;
  /** How many years back the start may be (default 10). */
  readonly span?: number;
  /** How many on each side (default 5). */
  readonly count?: number;
}

/**
 * The biggest improvers and decliners over the last `span` years: each series goes from its
 * earliest value in [endYear − span, endYear − 1] to its value in `endYear`. Progress is
 * direction-aware (a falling GII improves; a share moving towards parity improves); for a neutral
 * indicator the largest rises count as `improved` and the largest falls as `worsened`. A series
 * without change, without a value in `endYear` or without an earlier one in the window is left out.
 * Ties are broken by key.
 */
export function findMovers(
  series: readonly MoverSeries[],
  opts: MoversOptions,
): { improved: Mover[]; worsened: Mover[] } {
  const span = opts.span ?? 10;
  const count = opts.count ?? 5;
  const movers: Mover[] = [];
  for (const s of series) {
    const to = s.points.find((p) => p.year === opts.endYear);
    const from = s.points
      .filter((p) => p.year >= opts.endYear - span && p.year < opts.endYear)
      .reduce<YearValue | undefined>((a, p) => (a === undefined || p.year < a.year ? p : a), undefined);
    if (!to || !from) continue;
    const change = to.value - from.value;
    const progress =
      opts.orientation.direction === 'neutral' ? change : improvement(opts.orientation, from.value, to.value);
    if (progress === undefined || progress === 0) continue;
    movers.push({ key: s.key, from, to, change, progress });
  }
  const byKey = (a: Mover, b: Mover) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const improved = movers
    .filter((m) => m.progress > 0)
    .sort((a, b) => b.progress - a.progress || byKey(a, b))
    .slice(0, count);
  const worsened = movers
    .filter((m) => m.progress < 0)
    .sort((a, b) => a.progress - b.progress || byKey(a, b))
    .slice(0, count);
  return { improved, worsened };
}
