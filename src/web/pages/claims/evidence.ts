import { allFindings, sameFinding } from './claim-words.ts';
import type { ClaimCheck, SeriesFinding, SeriesMeta, YearPoint } from './claims-types.ts';

/**
 * What the evidence chart of a claim draws, from the check alone (it carries every point of each
 * series it weighed): which series, grouped so that one chart holds one concept in one unit, and
 * their points; which years to shade; and which level to draw as a rule.
 */

/** One series of one indicator, source edition and breakdown: the key of its points. */
export function seriesKey(s: Pick<SeriesMeta, 'indicator' | 'dataset' | 'edition' | 'dims'>): string {
  const dims = Object.entries(s.dims)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}:${v}`)
    .join(',');
  return `${s.indicator}|${s.dataset}|${s.edition}|${dims}`;
}

export interface EvidenceGroup {
  /** `concept|unit`. */
  readonly key: string;
  readonly concept: string;
  readonly unit: string;
  /** Each series once, in the order the findings name them. */
  readonly series: readonly SeriesMeta[];
  /** The line labels, in the order of `series`: the source, with the breakdown where two share it. */
  readonly labels: readonly string[];
  /** The points of each series, in the order of `series` (none for a series the check does not carry). */
  readonly points: readonly (readonly YearPoint[])[];
  /** The findings on these series, `closest` included. */
  readonly findings: readonly SeriesFinding[];
}

/** The series of a check's findings, one group per concept and unit (a chart each). */
export function evidenceGroups(check: ClaimCheck): EvidenceGroup[] {
  const points = new Map(check.series.map((s) => [seriesKey(s), s.points]));
  const groups = new Map<string, { series: Map<string, SeriesMeta>; findings: SeriesFinding[] }>();
  for (const f of allFindings(check)) {
    if (f.kind !== 'series') continue;
    const key = `${f.series.concept}|${f.series.unit}`;
    const g = groups.get(key) ?? { series: new Map<string, SeriesMeta>(), findings: [] as SeriesFinding[] };
    groups.set(key, g);
    if (!g.series.has(seriesKey(f.series))) g.series.set(seriesKey(f.series), f.series);
    g.findings.push(f);
  }
  return [...groups].map(([key, g]) => {
    const series = [...g.series.values()];
    return {
      key,
      concept: series[0]!.concept,
      unit: series[0]!.unit,
      series,
      labels: seriesLabels(series),
      points: series.map((s) => points.get(seriesKey(s)) ?? []),
      findings: g.findings,
    };
  });
}

/** `HDR25`, or `HDR25 (sex=F)` when another series of the group has the same source. */
export function seriesLabels(series: readonly SeriesMeta[]): string[] {
  return series.map((s) => {
    const shared = series.filter((o) => o.source === s.source).length > 1;
    return shared ? `${s.source} (${s.dimsLabel})` : s.source;
  });
}

/** The years shaded on the chart, and why: those claimed, the closest window, where it holds, or those read. */
export interface Window {
  readonly from: number;
  readonly to: number;
  readonly why: 'claimed' | 'closest' | 'holds' | 'read';
}

export function highlightWindow(check: ClaimCheck, group: EvidenceGroup): Window | undefined {
  const { from, to } = check.claim.years;
  if (from !== undefined && to !== undefined) return { from, to, why: 'claimed' };
  if (to !== undefined && from === undefined) return { from: to, to, why: 'claimed' };
  const span = (f: SeriesFinding | undefined, why: Window['why']): Window | undefined =>
    f && f.years.length > 0 ? { from: f.years[0]!, to: f.years[f.years.length - 1]!, why } : undefined;
  const closest = closestIn(check, group);
  return (
    span(closest, 'closest') ??
    span(
      group.findings.find((f) => f.matches && (f.role === 'claimed' || f.role === 'other-window')),
      'holds',
    ) ??
    span(
      group.findings.find((f) => f.role === 'claimed' && f.years.length > 1),
      'claimed',
    ) ??
    span(
      group.findings.find((f) => f.years.length > 1),
      'read',
    )
  );
}

/** The check's closest reading when it is on one of the group's series. */
function closestIn(check: ClaimCheck, group: EvidenceGroup): SeriesFinding | undefined {
  const c = check.closest;
  return c?.kind === 'series' ? group.findings.find((f) => sameFinding(f, c)) : undefined;
}

/**
 * The level drawn as a dashed rule: the level a claim states, a quota's threshold, or the value a
 * change claim implies from its base (a 60 % fall from 0.370 in 2000 implies 0.148), read from the
 * closest reading, else the first claimed one.
 */
export type Rule =
  | { readonly why: 'stated' | 'threshold'; readonly value: number }
  | {
      readonly why: 'implied';
      readonly value: number;
      readonly base: { readonly year: number; readonly value: number; readonly source: string };
    };

export function statedRule(check: ClaimCheck, group: EvidenceGroup): Rule | undefined {
  const a = check.claim.assertion;
  const percent = group.unit === 'percent';
  switch (a.kind) {
    case 'level':
      return (a.unit === 'percent') === percent ? { why: 'stated', value: a.value } : undefined;
    case 'quota':
      return percent ? { why: 'threshold', value: a.threshold } : undefined;
    case 'rank':
      return group.unit === 'rank' ? { why: 'stated', value: a.rank } : undefined;
    case 'trend':
      return undefined;
    case 'change': {
      const ref =
        closestIn(check, group) ?? group.findings.find((f) => f.role === 'claimed' && f.years.length > 1);
      if (!ref || a.direction === 'unspecified') return undefined;
      const base = { year: ref.years[0]!, value: ref.values[0]!, source: ref.series.source };
      const down = a.direction === 'decrease';
      const value =
        a.unit === 'percent'
          ? base.value * (1 + ((down ? -1 : 1) * a.amount) / 100)
          : a.unit === 'points'
            ? base.value + (down ? -a.amount : a.amount)
            : down
              ? base.value / a.amount
              : base.value * a.amount;
      return Number.isFinite(value) ? { why: 'implied', value, base } : undefined;
    }
  }
}
