import type { Kysely } from 'kysely';
import type { Lang } from '../catalog/index.ts';
import type { Database } from '../store/database.ts';
import {
  countObservations,
  searchObservations,
  type ObservationHit,
  type ObservationSearch,
} from '../store/observation-search-reads.ts';
import type { SourceRead } from '../store/source-reads.ts';
import { resolveAreas } from './area-filter.ts';
import { findIndicator } from './indicator-views.ts';
import { invalid, notFound, ok, type PageRequest, type Paged, type ServiceResult } from './service-result.ts';
import { areaName, storeSnapshot, type StoreSnapshot } from './store-snapshot.ts';

/** The filters of `GET /api/observations` and its download, as parsed from the request. */
export interface ObservationRequest {
  readonly indicators: readonly string[];
  readonly country?: readonly string[];
  readonly regionSet?: string;
  readonly from?: number;
  readonly to?: number;
  readonly dataset?: string;
  readonly edition?: string;
  /** Pairs the observation's dimensions must include, or 'total' for none at all. */
  readonly dims?: Readonly<Record<string, string>> | 'total';
}

export interface ObservationView {
  readonly indicator: string;
  readonly area: string;
  readonly areaName: string;
  readonly period: string;
  readonly year: number;
  readonly dims: Record<string, string>;
  readonly value: number | null;
  readonly text: string | null;
  readonly status: string | null;
  readonly footnote: string | null;
  readonly dataset: string;
  readonly edition: string;
}

/**
 * Checks every code of the request against the catalogue and the store (unknown indicator, area,
 * region set, dataset or edition → not-found naming it) and turns it into a store search.
 */
export async function resolveObservationSearch(
  snapshot: StoreSnapshot,
  req: ObservationRequest,
): Promise<ServiceResult<ObservationSearch>> {
  for (const code of req.indicators) {
    const found = findIndicator(code, 'indicator');
    if (!found.ok) return found;
  }
  if (req.from !== undefined && req.to !== undefined && req.from > req.to)
    return invalid(`from (${req.from}) is after to (${req.to})`, 'to');
  const areas = await resolveAreas(snapshot, req);
  if (!areas.ok) return areas;
  const sources = matchSources(await snapshot.sources(), req);
  if (!sources.ok) return sources;
  return ok({
    indicators: req.indicators,
    ...(areas.value ? { areas: areas.value } : {}),
    ...(sources.value ? { sourceIds: sources.value.map((s) => s.id) } : {}),
    ...(req.from !== undefined ? { yearFrom: req.from } : {}),
    ...(req.to !== undefined ? { yearTo: req.to } : {}),
    ...(req.dims !== undefined ? { dims: req.dims } : {}),
  });
}

/** The source editions a dataset/edition filter selects (undefined: no filter), or not-found listing what exists. */
function matchSources(
  all: readonly SourceRead[],
  req: { readonly dataset?: string; readonly edition?: string },
): ServiceResult<SourceRead[] | undefined> {
  if (req.dataset === undefined && req.edition === undefined) return ok(undefined);
  let list = [...all];
  if (req.dataset !== undefined) {
    list = list.filter((s) => s.dataset === req.dataset);
    if (list.length === 0) {
      const datasets = [...new Set(all.map((s) => s.dataset))].join(', ');
      return notFound(`no dataset "${req.dataset}" in the database: it has ${datasets || 'none'}`, 'dataset');
    }
  }
  if (req.edition !== undefined) {
    const inDataset = list;
    list = list.filter((s) => s.edition === req.edition);
    if (list.length === 0) {
      const where = req.dataset !== undefined ? ` of ${req.dataset}` : '';
      const editions = inDataset.map((s) => s.edition).join(', ');
      return notFound(
        `no edition "${req.edition}"${where} in the database: it has ${editions || 'none'}`,
        'edition',
      );
    }
  }
  return ok(list);
}

/** A page of matching observations, ordered by indicator, area and year, with names in `lang`. */
export async function searchObservationPage(
  db: Kysely<Database>,
  req: ObservationRequest,
  lang: Lang,
  page: PageRequest,
): Promise<ServiceResult<Paged<ObservationView>>> {
  const snapshot = await storeSnapshot(db);
  const search = await resolveObservationSearch(snapshot, req);
  if (!search.ok) return search;
  const [total, hits] = await Promise.all([
    countObservations(db, search.value),
    searchObservations(db, search.value, page),
  ]);
  const items = await observationViews(snapshot, hits, lang);
  return ok({ items, total, limit: page.limit, offset: page.offset });
}

/** Observations with area names and their source edition spelled out. */
export async function observationViews(
  snapshot: StoreSnapshot,
  hits: readonly ObservationHit[],
  lang: Lang,
): Promise<ObservationView[]> {
  const [sources, areas] = await Promise.all([snapshot.sourceById(), snapshot.areas()]);
  return hits.map((h) => {
    const s = sources.get(h.sourceId);
    return {
      indicator: h.indicator,
      area: h.area,
      areaName: areaName(h.area, lang, areas),
      period: h.period,
      year: h.year,
      dims: h.dims,
      value: h.value,
      text: h.text,
      status: h.status,
      footnote: h.footnote,
      dataset: s?.dataset ?? '',
      edition: s?.edition ?? '',
    };
  });
}
