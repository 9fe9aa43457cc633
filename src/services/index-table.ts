import type { Kysely } from 'kysely';
import type { Lang } from '../catalog/index.ts';
import type { HdrComponentName } from '../ingest/hdr-components.ts';
import type { Database } from '../store/database.ts';
import { resolveAreas } from './area-filter.ts';
import { computeIndices, HDR_DATASET, type ComputedRow } from './compute-indices.ts';
import { describeFailure, type IndexName } from './hdr-index-checks.ts';
import { notFound, ok, type PageRequest, type Paged, type ServiceResult } from './service-result.ts';
import { areaName, storeSnapshot, type StoreSnapshot } from './store-snapshot.ts';

/** The inputs shown with each index, in UNDP's order. */
export const INDEX_COMPONENTS: Readonly<Record<IndexName, readonly HdrComponentName[]>> = {
  gii: ['mmr', 'abr', 'prF', 'prM', 'seF', 'seM', 'lfprF', 'lfprM'],
  gdi: ['leF', 'leM', 'eysF', 'eysM', 'mysF', 'mysM', 'gnipcF', 'gnipcM'],
  hdi: ['le', 'eys', 'mys', 'gnipc'],
};

/** An index for one area-year as the API gives it. */
export interface IndexRowView {
  readonly area: string;
  readonly areaName: string;
  readonly year: number;
  readonly period: string;
  readonly edition: string;
  readonly computable: boolean;
  /** Computed from the stored components, full precision; null when not computable. */
  readonly value: number | null;
  /** `value` at 3 decimals, half away from zero (how UNDP publishes). */
  readonly rounded: number | null;
  /** UNDP's published value for the same area-year and edition. */
  readonly published: number | null;
  /** Why it is not computable (e.g. "not computable: missing mmr"). */
  readonly reason?: string;
  readonly components: Record<string, number | null>;
}

export interface IndexTable {
  readonly edition: string;
  /** Every area-year of the edition with any component, by area then period. */
  readonly rows: readonly ComputedRow[];
}

/**
 * Every area-year of one index in one HDR edition (the newest when absent), computed once per
 * data version and kept: the country profile, ranks and lists all read from it.
 */
export async function indexTable(
  snapshot: StoreSnapshot,
  index: IndexName,
  edition?: string,
): Promise<ServiceResult<IndexTable>> {
  const editions = await snapshot.editions(HDR_DATASET);
  if (editions.length === 0) return notFound('no HDR edition in the database: run parity db seed', 'edition');
  const chosen = edition ?? editions[0]!.edition;
  if (!editions.some((e) => e.edition === chosen))
    return notFound(
      `no HDR edition ${chosen}: the database has ${editions.map((e) => e.edition).join(', ')}`,
      'edition',
    );
  const table = await snapshot.memo(`index:${index}:${chosen}`, async () => {
    const out = await computeIndices(snapshot.db, { index, edition: chosen });
    if (!out.ok) throw new Error(out.message);
    return { edition: chosen, rows: out.rows };
  });
  return ok(table);
}

export interface IndexListRequest {
  readonly index: IndexName;
  readonly country?: readonly string[];
  readonly regionSet?: string;
  readonly edition?: string;
  readonly yearFrom?: number;
  readonly yearTo?: number;
  readonly lang: Lang;
}

/** The rows of an index matching the request (every row when `page` is absent). */
export async function listIndexRows(
  db: Kysely<Database>,
  req: IndexListRequest,
  page?: PageRequest,
): Promise<ServiceResult<Paged<IndexRowView>>> {
  const snapshot = await storeSnapshot(db);
  const areas = await resolveAreas(snapshot, req);
  if (!areas.ok) return areas;
  const table = await indexTable(snapshot, req.index, req.edition);
  if (!table.ok) return table;
  const wanted = areas.value ? new Set(areas.value) : undefined;
  const rows = table.value.rows.filter(
    (r) =>
      (!wanted || wanted.has(r.area)) &&
      (req.yearFrom === undefined || yearOf(r) >= req.yearFrom) &&
      (req.yearTo === undefined || yearOf(r) <= req.yearTo),
  );
  const names = await snapshot.areas();
  const slice = page ? rows.slice(page.offset, page.offset + page.limit) : rows;
  return ok({
    items: slice.map((r) => indexRowView(req.index, r, areaName(r.area, req.lang, names))),
    total: rows.length,
    limit: page?.limit ?? rows.length,
    offset: page?.offset ?? 0,
  });
}

export function yearOf(r: { readonly period: string }): number {
  return Number.parseInt(r.period, 10);
}

/** The API view of one computed row. */
export function indexRowView(index: IndexName, r: ComputedRow, name: string): IndexRowView {
  const components = Object.fromEntries(INDEX_COMPONENTS[index].map((k) => [k, r.components[k] ?? null]));
  return {
    area: r.area,
    areaName: name,
    year: yearOf(r),
    period: r.period,
    edition: r.edition,
    computable: r.result.ok,
    value: r.result.ok ? r.result.value : null,
    rounded: r.result.ok ? r.result.rounded : null,
    published: r.published ?? null,
    ...(r.result.ok ? {} : { reason: describeFailure(r.result) }),
    components,
  };
}
