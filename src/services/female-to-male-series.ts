import type { YearValue } from '../core/stats.ts';
import type { ObservationRead } from '../store/observation-reads.ts';

/**
 * Female-to-male ratio series (× scale) built from the sex breakdowns of one indicator, one series
 * per source edition: what SDSN scores for its ratio indicators (sdg5_edat, sdg5_lfpr). Kept here,
 * not in core, because it pairs stored rows; the division itself is the whole formula.
 */

export interface RatioSeries {
  readonly indicator: string;
  readonly dataset: string;
  readonly edition: string;
  /** The breakdown besides sex ({} for HDR; e.g. `{ age: 'Y_GE15' }` for UNSD). */
  readonly dims: Record<string, string>;
  /** Years with both a female and a non-zero male value: scale × F / M. */
  readonly points: YearValue[];
}

function withoutSex(dims: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(dims).filter(([k]) => k !== 'sex'));
}

function keyOf(dims: Readonly<Record<string, string>>): string {
  return JSON.stringify(Object.entries(dims).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * One ratio series per source edition of `indicator` in `rows`, newest data first: among the
 * breakdowns that have both sexes, the one with the most paired years, then the fewest other dimensions.
 */
export function femaleToMaleSeries(
  rows: readonly ObservationRead[],
  indicator: string,
  scale = 100,
): RatioSeries[] {
  const bySource = new Map<
    number,
    Map<string, { dims: Record<string, string>; f: Map<number, number>; m: Map<number, number> }>
  >();
  for (const o of rows) {
    const sex = o.dims.sex;
    if (o.indicator !== indicator || o.value === null || (sex !== 'F' && sex !== 'M')) continue;
    const dims = withoutSex(o.dims);
    const groups = bySource.get(o.sourceId) ?? new Map();
    bySource.set(o.sourceId, groups);
    const g = groups.get(keyOf(dims)) ?? { dims, f: new Map(), m: new Map() };
    groups.set(keyOf(dims), g);
    (sex === 'F' ? g.f : g.m).set(o.periodStart, o.value);
  }
  const meta = new Map(rows.map((o) => [o.sourceId, o]));
  return [...bySource.entries()]
    .flatMap(([sourceId, groups]) => {
      const paired = [...groups.values()]
        .map((g) => ({
          dims: g.dims,
          points: [...g.f.entries()]
            .filter(([year]) => (g.m.get(year) ?? 0) !== 0)
            .map(([year, f]) => ({ year, value: (scale * f) / g.m.get(year)! }))
            .sort((a, b) => a.year - b.year),
        }))
        .filter((g) => g.points.length > 0)
        .sort(
          (a, b) =>
            b.points.length - a.points.length || Object.keys(a.dims).length - Object.keys(b.dims).length,
        );
      const best = paired[0];
      const o = meta.get(sourceId)!;
      return best
        ? [{ indicator, dataset: o.dataset, edition: o.edition, dims: best.dims, points: best.points }]
        : [];
    })
    .sort(
      (a, b) =>
        (b.points.at(-1)?.year ?? 0) - (a.points.at(-1)?.year ?? 0) || b.edition.localeCompare(a.edition),
    );
}
