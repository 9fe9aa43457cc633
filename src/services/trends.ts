import type { Kysely } from 'kysely';
import { countryByIso3, type Lang } from '../catalog/index.ts';
import { notApplicable, type NotApplicable } from '../core/progress/outcome.ts';
import type { YearValue } from '../core/stats.ts';
import {
  changeBetween,
  compoundAnnualGrowth,
  extremeChanges,
  linearFit,
  projectTo,
  yearsToTarget,
  type Change,
  type ExtremeChanges,
  type TimeToTarget,
  type TrendResult,
  type Weighting,
} from '../core/trend.ts';
import type { Database } from '../store/database.ts';
import { findCountryOrArea } from './area-lookup.ts';
import { readHeadlineSeries, type HeadlineSeries } from './headline-series.ts';
import { findIndicator } from './indicator-views.ts';
import { indicatorHead, orientationOf, type IndicatorHead, type SeriesHead } from './progress-rows.ts';
import { fitView, targetOf, type FitView, type ProjectionView } from './progress-view.ts';
import { invalid, notFound, ok, type ServiceResult } from './service-result.ts';
import { areaName, storeSnapshot } from './store-snapshot.ts';
import { listTargets } from './targets.ts';

export interface TrendRequest {
  /** ISO3 (any case) or an aggregate code the store holds. */
  readonly area: string;
  readonly indicator: string;
  /** An edition (`HDR25`) or a dataset (`wdi`): only its series. Default: every source edition. */
  readonly source?: string;
  /** First and last year of the window (default: the series' first and last). */
  readonly from?: number;
  readonly to?: number;
  /** Target value for the years-to-target; default the most specific target (national, SDG, parity). */
  readonly target?: number;
  /** Default 2030. */
  readonly projectionYear?: number;
  readonly lang?: Lang;
}

export interface TrendTarget {
  readonly value: number;
  readonly kind: 'requested' | 'sdg-target' | 'national-target' | 'parity';
  readonly label: string;
}

/** Trend measures of one series (one source edition) over the window. */
export interface SeriesTrend {
  readonly series: SeriesHead;
  /** The points of the window, the only copy in the answer. */
  readonly points: YearValue[];
  readonly change: TrendResult<{ readonly change: Change }>;
  readonly cagr: TrendResult<{ readonly cagr: number }>;
  readonly extremes: TrendResult<ExtremeChanges>;
  readonly fits: Readonly<Record<Weighting, TrendResult<{ readonly fit: FitView }>>>;
  readonly projections: Readonly<Record<Weighting, TrendResult<{ readonly projection: ProjectionView }>>>;
  /** At the pace of the linear trend (`linear`) or of the compound rate (`compound`). */
  readonly timeToTarget:
    Readonly<Record<'linear' | 'compound', TrendResult<{ readonly time: TimeToTarget }>>> | NotApplicable;
}

export interface TrendView {
  readonly area: { readonly code: string; readonly name: string };
  readonly indicator: IndicatorHead;
  readonly window: { readonly from: number | null; readonly to: number | null };
  readonly projectionYear: number;
  readonly target: TrendTarget | null;
  /** One per source edition, newest data first; none when the area has no value. */
  readonly series: SeriesTrend[];
}

/**
 * The trend measures (core/trend.ts) of an indicator for an area, one series per source edition:
 * change and compound growth over the window, the largest improvement and deterioration in it,
 * ordinary and time-weighted lines with their projection, and the years to the target at the
 * current pace. Each measure is a value or `not-enough-data` saying what is missing.
 */
export async function trend(db: Kysely<Database>, req: TrendRequest): Promise<ServiceResult<TrendView>> {
  const checked = checkRequest(req);
  if (!checked.ok) return checked;
  const ind = findIndicator(req.indicator, 'indicator');
  if (!ind.ok) return ind;
  const snapshot = await storeSnapshot(db);
  const area = await findCountryOrArea(snapshot, req.area, 'area');
  if (!area.ok) return area;
  const lang = req.lang ?? 'en';
  const all = await readHeadlineSeries(db, { area: area.value, indicators: [ind.value.code], lang });
  const chosen =
    req.source === undefined ? all : all.filter((s) => s.edition === req.source || s.dataset === req.source);
  if (req.source !== undefined && chosen.length === 0)
    return notFound(
      `no source "${req.source}" of ${ind.value.code} for ${area.value}: it has ${all.map((s) => `${s.edition} (${s.dataset})`).join(', ') || 'none'}`,
      'source',
    );
  const head = indicatorHead(ind.value.code, ind.value.concept, lang);
  const target = req.target !== undefined ? requested(req.target) : await defaultTarget(db, area.value, head);
  const projectionYear = req.projectionYear ?? 2030;
  return ok({
    area: { code: area.value, name: areaName(area.value, lang, await snapshot.areas()) },
    indicator: head,
    window: { from: req.from ?? null, to: req.to ?? null },
    projectionYear,
    target,
    series: chosen.map((s) => seriesTrend(s, head, req, target, projectionYear)),
  });
}

function checkRequest(req: TrendRequest): ServiceResult<void> {
  for (const [param, y] of [
    ['from', req.from],
    ['to', req.to],
    ['projectionYear', req.projectionYear],
  ] as const)
    if (y !== undefined && (!Number.isInteger(y) || y < 1900 || y > 2100))
      return invalid(`${param} ${y}: expected an integer year from 1900 to 2100`, param);
  if (req.from !== undefined && req.to !== undefined && req.to <= req.from)
    return invalid(`the window ${req.from}–${req.to} is empty: "to" must be after "from"`, 'to');
  if (req.target !== undefined && !Number.isFinite(req.target))
    return invalid(`target ${req.target}: expected a number`, 'target');
  return ok(undefined);
}

function requested(value: number): TrendTarget {
  return { value, kind: 'requested', label: `requested target ${value}` };
}

async function defaultTarget(
  db: Kysely<Database>,
  area: string,
  head: IndicatorHead,
): Promise<TrendTarget | null> {
  const isCountry = countryByIso3(area) !== undefined;
  const r = await listTargets(db, { indicator: head.code, ...(isCountry ? { area } : {}) });
  const list = r.ok ? r.value.filter((t) => isCountry || t.scope === 'global') : [];
  const t = targetOf(list, head.concept, head.code);
  return t ? { value: t.value, kind: t.kind, label: t.label } : null;
}

function seriesTrend(
  s: HeadlineSeries,
  head: IndicatorHead,
  req: TrendRequest,
  target: TrendTarget | null,
  projectionYear: number,
): SeriesTrend {
  const points = s.points.filter(
    (p) => (req.from === undefined || p.year >= req.from) && (req.to === undefined || p.year <= req.to),
  );
  const orientation = orientationOf(head);
  const growth = compoundAnnualGrowth(points, req.from, req.to);
  const fit = (w: Weighting) => {
    const r = linearFit(points, w);
    return r.ok ? { ok: true as const, fit: fitView(r.fit) } : r;
  };
  const projection = (w: Weighting) => {
    const r = projectTo(points, projectionYear, w);
    return r.ok ? { ok: true as const, projection: { year: projectionYear, value: r.projection.value } } : r;
  };
  const spec = target && { value: target.value, orientation };
  return {
    series: {
      dataset: s.dataset,
      edition: s.edition,
      source: s.source,
      kind: s.kind,
      dims: s.dims,
      breakdown: s.breakdown,
    },
    points,
    change: changeBetween(points, req.from, req.to),
    cagr: growth.ok ? { ok: true, cagr: growth.cagr } : growth,
    extremes: extremeChanges(points, orientation),
    fits: { none: fit('none'), recency: fit('recency') },
    projections: { none: projection('none'), recency: projection('recency') },
    timeToTarget: spec
      ? { linear: yearsToTarget(points, spec, 'linear'), compound: yearsToTarget(points, spec, 'compound') }
      : notApplicable('no target: the indicator has no SDG, national or parity target; give one'),
  };
}
