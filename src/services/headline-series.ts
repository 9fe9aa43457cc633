import type { Kysely } from 'kysely';
import { indicatorByCode, indicators, type Lang } from '../catalog/index.ts';
import type { EvidenceSeries } from '../core/claims/evidence.ts';
import { cleanSeries } from '../core/trend.ts';
import { readObservations, type ObservationRead } from '../store/observation-reads.ts';
import type { Database } from '../store/database.ts';
import { chooseBreakdown, PROFILE_COMPARISONS } from './profile-comparisons.ts';
import { dimsText } from './show-country.ts';

/**
 * The headline series of indicators for one area: one series per indicator × source edition,
 * for EVERY source and edition that holds the indicator (HDR editions side by side, never mixed),
 * each in one breakdown. What claim checking weighs a claim against, and what a progress view
 * assesses: numeric values only, years ascending.
 */

/** How the breakdown of a series was chosen (see {@link readHeadlineSeries}). */
export type BreakdownRule = 'preferred' | 'total' | 'female';

export interface HeadlineSeries extends EvidenceSeries {
  readonly breakdown: BreakdownRule;
}

export interface HeadlineSeriesQuery {
  /** ISO3 or aggregate code, as stored. */
  readonly area: string;
  /** Catalogue codes; see {@link expandToConcepts} to widen a claim's codes to every source. */
  readonly indicators: readonly string[];
  /** Language of `name` (default English: claim checks write English). */
  readonly lang?: Lang;
}

/**
 * One series per indicator × source edition for the area, in the breakdown that stands for the
 * headline: the country profile's preference for the indicator (PROFILE_COMPARISONS: e.g. `sex=F`
 * for seats, the national parliament for SDG 5.5.1) when it lists one; else the total (no
 * dimensions); else women (`sex=F`, fewest other dimensions). Indicators with none of these
 * (e.g. only by age group) give no series. Order: as `indicators`; within an indicator the newest
 * data first (latest year, then edition: HDR25 before HDR23-24).
 */
export async function readHeadlineSeries(
  db: Kysely<Database>,
  q: HeadlineSeriesQuery,
): Promise<HeadlineSeries[]> {
  if (q.indicators.length === 0) return [];
  const observations = await readObservations(db, { areas: [q.area], indicators: q.indicators });
  const bySeries = new Map<string, ObservationRead[]>();
  for (const o of observations) {
    if (o.value === null) continue;
    const key = `${o.indicator}|${o.sourceId}`;
    bySeries.set(key, [...(bySeries.get(key) ?? []), o]);
  }
  const order = new Map(q.indicators.map((code, i) => [code, i]));
  return [...bySeries.values()]
    .flatMap((list) => {
      const chosen = chooseHeadline(list);
      return chosen ? [toSeries(chosen.rows, chosen.rule, q.lang ?? 'en')] : [];
    })
    .sort(
      (a, b) =>
        order.get(a.indicator)! - order.get(b.indicator)! ||
        latestYear(b) - latestYear(a) ||
        b.edition.localeCompare(a.edition),
    );
}

function latestYear(s: HeadlineSeries): number {
  return s.points[s.points.length - 1]?.year ?? 0;
}

/** The rows of the headline breakdown of one indicator in one source edition, and the rule that chose it. */
export function chooseHeadline(
  rows: readonly ObservationRead[],
): { rows: ObservationRead[]; rule: BreakdownRule } | undefined {
  const preferred = PREFERENCES.get(rows[0]!.indicator);
  if (preferred) {
    const chosen = chooseBreakdown(rows, preferred);
    return chosen && { rows: chosen, rule: 'preferred' };
  }
  const total = rows.filter((o) => Object.keys(o.dims).length === 0);
  if (total.length > 0) return { rows: total, rule: 'total' };
  const female = chooseBreakdown(rows, [{ sex: 'F' }]);
  return female && { rows: female, rule: 'female' };
}

const PREFERENCES = new Map(PROFILE_COMPARISONS.flatMap((c) => c.series.map((s) => [s.indicator, s.prefer])));

function toSeries(rows: readonly ObservationRead[], rule: BreakdownRule, lang: Lang): HeadlineSeries {
  const o = rows[0]!;
  const ind = indicatorByCode(o.indicator);
  return {
    indicator: o.indicator,
    name: ind?.name[lang] ?? o.indicator,
    concept: ind?.concept ?? o.indicator,
    unit: ind?.unit ?? '',
    orientation: {
      direction: ind?.direction ?? 'neutral',
      ...(ind?.parityValue !== undefined ? { parityValue: ind.parityValue } : {}),
    },
    dataset: o.dataset,
    edition: o.edition,
    source: sourceLabel(o.dataset, o.edition),
    kind: o.dataset.startsWith('open-sdg') ? 'national' : 'international',
    dims: o.dims,
    dimsLabel: dimsText(o.dims) || 'total',
    definitionNote: ind?.conceptNote ?? ind?.definition ?? '',
    breakdown: rule,
    points: cleanSeries(rows.map((r) => ({ year: r.periodStart, value: r.value! }))),
  };
}

/** A source edition as sentences name it: `HDR25`, `WDI 2022-02-15`, `national SDG platform 2024-10-24`. */
export function sourceLabel(dataset: string, edition: string): string {
  if (dataset === 'undp-hdr-composite') return edition;
  if (dataset === 'wdi') return `WDI ${edition}`;
  if (dataset === 'unsd-minset') return `UNSD minimum set ${edition.replace(/^minset-/, '')}`;
  if (dataset.startsWith('open-sdg')) return `national SDG platform ${edition}`;
  return `${dataset} ${edition}`;
}

/**
 * Every catalogue indicator sharing a concept with one of `codes`, the given codes first, then in
 * catalogue order, each once; unknown codes are dropped. So a claim about "women in parliament"
 * (`hdr.pr`) is read against HDR, WDI, UNSD and national series alike.
 */
export function expandToConcepts(codes: readonly string[]): string[] {
  const known = codes.filter((c) => indicatorByCode(c) !== undefined);
  const concepts = new Set(known.map((c) => indicatorByCode(c)!.concept));
  const related = indicators.filter((i) => concepts.has(i.concept)).map((i) => i.code);
  return [...new Set([...known, ...related])];
}
