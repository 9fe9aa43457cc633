import { sql, type Kysely } from 'kysely';
import type { Database } from './database.ts';

/** An observation with its source edition, as services read it. */
export interface ObservationRead {
  readonly indicator: string;
  readonly area: string;
  readonly period: string;
  readonly periodStart: number;
  readonly dims: Record<string, string>;
  readonly value: number | null;
  readonly text: string | null;
  readonly status: string | null;
  readonly footnote: string | null;
  readonly dataset: string;
  readonly edition: string;
  readonly sourceId: number;
}

export interface ObservationFilter {
  readonly indicators?: readonly string[];
  readonly areas?: readonly string[];
  readonly dataset?: string;
  readonly edition?: string;
  readonly yearFrom?: number;
  readonly yearTo?: number;
}

/** Observations matching a filter, ordered by edition, area, indicator and period. */
export async function readObservations(
  db: Kysely<Database>,
  f: ObservationFilter,
): Promise<ObservationRead[]> {
  let q = db
    .selectFrom('observation as o')
    .innerJoin('source as s', 's.id', 'o.source_id')
    .select([
      'o.indicator_code as indicator',
      'o.area_code as area',
      'o.period',
      'o.period_start as periodStart',
      'o.dims',
      'o.value',
      'o.value_text as text',
      'o.status',
      'o.footnote',
      's.dataset',
      's.edition',
      's.id as sourceId',
    ]);
  if (f.indicators) q = q.where('o.indicator_code', 'in', nonEmpty(f.indicators));
  if (f.areas) q = q.where('o.area_code', 'in', nonEmpty(f.areas));
  if (f.dataset) q = q.where('s.dataset', '=', f.dataset);
  if (f.edition) q = q.where('s.edition', '=', f.edition);
  if (f.yearFrom !== undefined) q = q.where('o.period_start', '>=', f.yearFrom);
  if (f.yearTo !== undefined) q = q.where('o.period_start', '<=', f.yearTo);
  return q
    .orderBy('s.edition')
    .orderBy('o.area_code')
    .orderBy('o.indicator_code')
    .orderBy('o.period_start')
    .orderBy('o.dims_key')
    .execute();
}

/**
 * The latest observation of each (indicator, dimensions, source edition) for one area: what a
 * country profile shows, with every edition side by side.
 */
export async function readLatestObservations(
  db: Kysely<Database>,
  area: string,
  indicators: readonly string[],
): Promise<ObservationRead[]> {
  const { rows } = await sql<ObservationRead>`
    SELECT DISTINCT ON (o.indicator_code, o.dims_key, o.source_id)
      o.indicator_code AS indicator, o.area_code AS area, o.period, o.period_start AS "periodStart", o.dims,
      o.value, o.value_text AS text, o.status, o.footnote, s.dataset, s.edition, s.id AS "sourceId"
    FROM observation o JOIN source s ON s.id = o.source_id
    WHERE o.area_code = ${area} AND o.indicator_code = ANY(${[...indicators]}::text[])
    ORDER BY o.indicator_code, o.dims_key, o.source_id, o.period_start DESC, o.period_end DESC`.execute(db);
  return rows;
}

function nonEmpty(list: readonly string[]): string[] {
  // `IN ()` is invalid SQL; a list that matches nothing keeps the query valid and empty.
  return list.length > 0 ? [...list] : [''];
}
