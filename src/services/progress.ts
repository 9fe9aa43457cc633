import type { Kysely } from 'kysely';
import { countryByIso3, indicatorByCode, type Lang } from '../catalog/index.ts';
import { sdsnBoundsByCode, type SdsnIndicatorBounds } from '../catalog/sdsn-bounds.ts';
import type { AssessParams } from '../core/progress/assess.ts';
import type { YearValue } from '../core/stats.ts';
import { cleanSeries } from '../core/trend.ts';
import type { Database } from '../store/database.ts';
import { readObservations, type ObservationRead } from '../store/observation-reads.ts';
import { findCountryOrArea } from './area-lookup.ts';
import { femaleToMaleSeries } from './female-to-male-series.ts';
import { readHeadlineSeries, sourceLabel } from './headline-series.ts';
import { chooseBreakdown } from './profile-comparisons.ts';
import {
  PROGRESS_CONCEPTS,
  DERIVED_RATIO_CONCEPTS,
  PROGRESS_INDICATOR_CODES,
} from './progress-indicators.ts';
import {
  assessRow,
  checkParams,
  checkYears,
  indicatorHead,
  type Assessed,
  type AssessOptions,
  type IndicatorHead,
  type SeriesHead,
} from './progress-rows.ts';
import { ok, type ServiceResult } from './service-result.ts';
import { areaName, storeSnapshot } from './store-snapshot.ts';
import { listTargets, type Target } from './targets.ts';

export interface ProgressRequest {
  /** ISO3 (any case) or an aggregate code the store holds (`ZZK.WORLD`). */
  readonly area: string;
  /** Default 2015. */
  readonly baseYear?: number;
  /** Default 2030: the projection year, and the year of a target that names none. */
  readonly targetYear?: number;
  readonly params?: AssessParams;
  readonly lang?: Lang;
}

export interface ProgressRow extends Assessed {
  readonly indicator: IndicatorHead;
  readonly series: SeriesHead;
  readonly points: YearValue[];
}

export interface CountryProgress {
  readonly area: { readonly code: string; readonly name: string };
  readonly baseYear: number;
  readonly targetYear: number;
  /** In the order of the progress concepts (progress-indicators.ts), newest data first; ratios last. */
  readonly rows: ProgressRow[];
}

/**
 * Every progress method on every series (each source and edition) of the progress indicators for
 * one area, against the most specific target (national, regional, SDG, else the catalogue's
 * parity), with SDSN's bounds where SDSN scores the series, and SDSN's female-to-male ratio
 * indicators derived from the sex breakdowns. Concepts without data for the area are left out.
 */
export async function countryProgress(
  db: Kysely<Database>,
  req: ProgressRequest,
): Promise<ServiceResult<CountryProgress>> {
  const years = checkYears(req.baseYear, req.targetYear);
  if (!years.ok) return years;
  const params = checkParams(req.params);
  if (!params.ok) return params;
  const snapshot = await storeSnapshot(db);
  const area = await findCountryOrArea(snapshot, req.area, 'area');
  if (!area.ok) return area;
  const lang = req.lang ?? 'en';
  const opts: AssessOptions = { ...years.value, ...(req.params ? { params: req.params } : {}) };
  const code = area.value;
  const [headline, extraRows, targets] = await Promise.all([
    readHeadlineSeries(db, { area: code, indicators: PROGRESS_INDICATOR_CODES, lang }),
    readObservations(db, { areas: [code], indicators: EXTRA_CODES }),
    areaTargets(db, code),
  ]);
  const rows = PROGRESS_CONCEPTS.flatMap((c) => {
    const main = headline
      .filter((s) => c.indicators.includes(s.indicator))
      .map((s) => row(s, indicatorHead(s.indicator, c.concept, lang), s.breakdown, targets, opts));
    const extra = (c.extra ?? []).flatMap((e) =>
      extraSeries(extraRows, e.indicator, e.prefer).map((s) =>
        row(s, indicatorHead(e.indicator, c.concept, lang), 'extra', targets, opts),
      ),
    );
    return [...main, ...extra];
  });
  const ratios = DERIVED_RATIO_CONCEPTS.flatMap((d) =>
    ratioRows(sdsnBoundsByCode(d.sdsnCode)!, extraRows, lang, opts),
  );
  return ok({
    area: { code, name: areaName(code, lang, await snapshot.areas()) },
    ...years.value,
    rows: [...rows, ...ratios],
  });
}

/** Codes read as raw observations: extra breakdowns and the sources of the derived ratios. */
const EXTRA_CODES: readonly string[] = [
  ...new Set([
    ...PROGRESS_CONCEPTS.flatMap((c) => (c.extra ?? []).map((e) => e.indicator)),
    ...DERIVED_RATIO_CONCEPTS.flatMap((d) => {
      const m = sdsnBoundsByCode(d.sdsnCode)?.parity;
      return m && m.kind !== 'none' ? m.indicatorCodes : [];
    }),
  ]),
];

interface SeriesIn {
  readonly dataset: string;
  readonly edition: string;
  readonly dims: Readonly<Record<string, string>>;
  readonly points: readonly YearValue[];
}

function seriesHead(s: SeriesIn, breakdown: SeriesHead['breakdown']): SeriesHead {
  return {
    dataset: s.dataset,
    edition: s.edition,
    source: sourceLabel(s.dataset, s.edition),
    kind: s.dataset.startsWith('open-sdg') ? 'national' : 'international',
    dims: s.dims,
    breakdown,
  };
}

function row(
  s: SeriesIn,
  head: IndicatorHead,
  breakdown: SeriesHead['breakdown'],
  targets: readonly Target[],
  opts: AssessOptions,
  bounds?: SdsnIndicatorBounds,
): ProgressRow {
  const points = [...s.points];
  return {
    indicator: head,
    series: seriesHead(s, breakdown),
    points,
    ...assessRow(points, head, targets, opts, bounds),
  };
}

/** The series of `indicator` in a breakdown other than its headline, one per source edition. */
function extraSeries(
  rows: readonly ObservationRead[],
  indicator: string,
  prefer: readonly Readonly<Record<string, string>>[],
): SeriesIn[] {
  const bySource = new Map<number, ObservationRead[]>();
  for (const o of rows)
    if (o.indicator === indicator && o.value !== null)
      bySource.set(o.sourceId, [...(bySource.get(o.sourceId) ?? []), o]);
  return [...bySource.values()].flatMap((list) => {
    const chosen = chooseBreakdown(list, prefer);
    const o = chosen?.[0];
    if (!chosen || !o) return [];
    const points = cleanSeries(chosen.map((r) => ({ year: r.periodStart, value: r.value! })));
    return [{ dataset: o.dataset, edition: o.edition, dims: o.dims, points }];
  });
}

const RATIO_WORDS: Readonly<Record<Lang, string>> = {
  en: 'female-to-male ratio (%)',
  fr: 'rapport femmes/hommes (%)',
  ru: 'соотношение женщин и мужчин (%)',
};

/** SDSN's ratio indicator from every source edition that has both sexes, against parity (100). */
function ratioRows(
  bounds: SdsnIndicatorBounds,
  raw: readonly ObservationRead[],
  lang: Lang,
  opts: AssessOptions,
): ProgressRow[] {
  const m = bounds.parity;
  if (m.kind !== 'female-to-male-ratio') return [];
  return m.indicatorCodes.flatMap((code) =>
    femaleToMaleSeries(raw, code, m.scale).map((s) => {
      const base = indicatorByCode(code);
      const head: IndicatorHead = {
        code,
        concept: `${m.concept}-ratio`,
        name: `${base?.name[lang] ?? code}: ${RATIO_WORDS[lang]}`,
        unit: 'percent',
        // SDSN clips these ratios at the optimum (100): women ahead of men earns no extra score, and
        // is not a gap to close. So the target is reached at 100 or above, as for higher-is-better.
        direction: 'higher-is-better',
      };
      const parity: Target = {
        id: `parity.${bounds.code}`,
        concept: head.concept,
        scope: 'global',
        kind: 'parity',
        value: m.scale,
        label: `parity ${m.scale}`,
        source: `SDSN ${bounds.edition} codebook, ${bounds.code}: optimum ${bounds.optimum} (equal values for women and men)`,
      };
      return row(s, head, 'female-to-male-ratio', [parity], opts, bounds);
    }),
  );
}

/** The targets that apply to an area: a country's own, its regions' and the global ones; an aggregate's global ones. */
async function areaTargets(db: Kysely<Database>, area: string): Promise<Target[]> {
  const isCountry = countryByIso3(area) !== undefined;
  const r = await listTargets(db, isCountry ? { area } : {});
  if (!r.ok) return [];
  return isCountry ? r.value : r.value.filter((t) => t.scope === 'global');
}
