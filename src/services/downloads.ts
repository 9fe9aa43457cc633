import type { Kysely } from 'kysely';
import { indicatorByCode, type Lang } from '../catalog/index.ts';
import type { Database } from '../store/database.ts';
import { countObservations, searchObservations } from '../store/observation-search-reads.ts';
import { HDR_DATASET } from './compute-indices.ts';
import {
  buildDownload,
  checkRedistribution,
  type DownloadFile,
  type DownloadFormat,
} from './download-file.ts';
import type { IndexName } from './hdr-index-checks.ts';
import { INDEX_COMPONENTS, listIndexRows, type IndexListRequest } from './index-table.ts';
import { observationViews, resolveObservationSearch, type ObservationRequest } from './observation-search.ts';
import { invalid, ok, type ServiceResult } from './service-result.ts';
import { storeSnapshot } from './store-snapshot.ts';

/** Downloads are one file, built in memory: a query matching more rows must be narrowed. */
export const MAX_DOWNLOAD_ROWS = 300_000;

export interface DownloadRequest {
  readonly format: DownloadFormat;
  readonly lang: Lang;
  /** The request's query parameters and path, recorded in the file. */
  readonly query: Readonly<Record<string, string>>;
  readonly path: string;
  readonly now?: Date;
}

const OBSERVATION_COLUMNS = [
  ['indicator', 'catalogue code of the indicator (GET /api/indicators/{code} defines it)'],
  ['indicator_name', 'name of the indicator'],
  ['unit', 'unit of the value'],
  ['area', 'ISO 3166-1 alpha-3 country code, or the publisher’s aggregate code (ZZ…)'],
  ['area_name', 'name of the area'],
  ['period', 'reference period as the publisher writes it (a year, or a span such as 2004/05)'],
  ['year', 'first calendar year of the period'],
  ['dims', 'breakdown as key=value pairs separated by ";" (empty: the total)'],
  ['value', 'numeric value (empty when the observation is text)'],
  ['text', 'text value, for categorical series'],
  ['status', 'the publisher’s observation status, if any'],
  ['footnote', 'the publisher’s footnote, if any'],
  ['dataset', 'source dataset'],
  ['edition', 'edition (vintage) of the dataset: editions are never mixed silently'],
] as const;

/**
 * The observations matching a request as a file (CSV in a zip with a README, or JSON with `meta`).
 * Forbidden when any row's source may not be redistributed; invalid when more than
 * {@link MAX_DOWNLOAD_ROWS} rows match.
 */
export async function observationDownload(
  db: Kysely<Database>,
  req: ObservationRequest,
  d: DownloadRequest,
): Promise<ServiceResult<DownloadFile>> {
  const snapshot = await storeSnapshot(db);
  const search = await resolveObservationSearch(snapshot, req);
  if (!search.ok) return search;
  const total = await countObservations(db, search.value);
  if (total > MAX_DOWNLOAD_ROWS) return tooMany(total);
  const hits = await searchObservations(db, search.value);
  const byId = await snapshot.sourceById();
  const sources = [...new Set(hits.map((h) => h.sourceId))].flatMap((id) => byId.get(id) ?? []);
  const allowed = checkRedistribution(sources);
  if (!allowed.ok) return allowed;
  const views = await observationViews(snapshot, hits, d.lang);
  const dimKeys = [...new Set(views.flatMap((v) => Object.keys(v.dims)))].sort();
  const columns = [
    ...OBSERVATION_COLUMNS.slice(0, 8).map(([name, about]) => ({ name, about })),
    ...dimKeys.map((k) => ({ name: `dim_${k}`, about: `the "${k}" dimension of the breakdown` })),
    ...OBSERVATION_COLUMNS.slice(8).map(([name, about]) => ({ name, about })),
  ];
  const csvRows = views.map((v) => {
    const ind = indicatorByCode(v.indicator);
    return {
      ...v,
      indicator_name: ind?.name[d.lang] ?? v.indicator,
      unit: ind?.unit ?? '',
      area_name: v.areaName,
      dims: Object.entries(v.dims)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, x]) => `${k}=${x}`)
        .join(';'),
      ...Object.fromEntries(dimKeys.map((k) => [`dim_${k}`, v.dims[k] ?? ''])),
    };
  });
  const file = await buildDownload(
    {
      kind: 'observations',
      label: labelOf(req.indicators),
      title: `Parity observations: ${req.indicators.join(', ')}`,
      columns,
      csvRows,
      jsonRows: views,
      sources,
      query: d.query,
      path: d.path,
    },
    d.format,
    d.now ?? new Date(),
  );
  return ok(file);
}

/** An index (GII, GDI or HDI) computed for the request's areas and years, as a file; components flattened in CSV. */
export async function indexDownload(
  db: Kysely<Database>,
  req: IndexListRequest,
  d: DownloadRequest,
): Promise<ServiceResult<DownloadFile>> {
  const listed = await listIndexRows(db, req);
  if (!listed.ok) return listed;
  const rows = listed.value.items;
  if (rows.length > MAX_DOWNLOAD_ROWS) return tooMany(rows.length);
  const snapshot = await storeSnapshot(db);
  const editions = new Set(rows.map((r) => r.edition));
  const sources = (await snapshot.sources()).filter(
    (s) => s.dataset === HDR_DATASET && editions.has(s.edition),
  );
  const allowed = checkRedistribution(sources);
  if (!allowed.ok) return allowed;
  const components = INDEX_COMPONENTS[req.index];
  const csvRows = rows.map(({ components: c, areaName, ...r }) => ({
    ...r,
    area_name: areaName,
    index: req.index,
    ...c,
  }));
  const file = await buildDownload(
    {
      kind: req.index,
      label: `${[...editions].join('_') || 'none'}${req.country ? `-${labelOf(req.country)}` : req.regionSet ? `-${req.regionSet}` : ''}`,
      title: `Parity ${req.index.toUpperCase()} computed from UNDP HDR components`,
      columns: indexColumns(req.index, components),
      csvRows,
      jsonRows: rows,
      sources,
      query: d.query,
      path: d.path,
    },
    d.format,
    d.now ?? new Date(),
  );
  return ok(file);
}

function indexColumns(index: IndexName, components: readonly string[]) {
  const name = index.toUpperCase();
  return [
    { name: 'index', about: 'gii, gdi or hdi' },
    { name: 'area', about: 'ISO 3166-1 alpha-3 country code, or UNDP’s aggregate code (ZZ…)' },
    { name: 'area_name', about: 'name of the area' },
    { name: 'year', about: 'calendar year' },
    { name: 'edition', about: 'HDR edition the components come from' },
    { name: 'computable', about: `true when every input of the ${name} is present and valid` },
    { name: 'value', about: `${name} computed by Parity from the components, full precision` },
    { name: 'rounded', about: 'value at 3 decimals, half away from zero (how UNDP publishes)' },
    { name: 'published', about: `UNDP’s published ${name} for the same area, year and edition` },
    { name: 'reason', about: 'why it is not computable' },
    ...components.map((c) => ({ name: c, about: `input ${c} as published by UNDP` })),
  ];
}

function labelOf(codes: readonly string[]): string {
  return codes.length <= 3 ? codes.join('_') : `${codes.slice(0, 3).join('_')}_and_${codes.length - 3}_more`;
}

function tooMany(n: number) {
  return invalid(
    `the query matches ${n} rows; a download holds at most ${MAX_DOWNLOAD_ROWS}: narrow it with country=, regionSet=, from=, to= or edition=`,
  );
}
