import type { Kysely, SelectQueryBuilder } from 'kysely';
import { sql } from 'kysely';
import type { Database } from './database.ts';

/**
 * Filters of an observation search. Lists are exact codes; an empty list matches nothing.
 * `dims`: observations whose dimensions include all these pairs; `'total'`: only observations
 * without dimensions.
 */
export interface ObservationSearch {
  readonly indicators: readonly string[];
  readonly areas?: readonly string[];
  readonly sourceIds?: readonly number[];
  readonly yearFrom?: number;
  readonly yearTo?: number;
  readonly dims?: Readonly<Record<string, string>> | 'total';
}

/** An observation as a search returns it; the caller maps `sourceId` to its dataset and edition. */
export interface ObservationHit {
  readonly indicator: string;
  readonly area: string;
  readonly period: string;
  readonly year: number;
  readonly dimsKey: string;
  readonly dims: Record<string, string>;
  readonly value: number | null;
  readonly text: string | null;
  readonly status: string | null;
  readonly footnote: string | null;
  readonly sourceId: number;
}

type ObservationQuery = SelectQueryBuilder<Database, 'observation', object>;

function filtered(db: Kysely<Database>, f: ObservationSearch): ObservationQuery {
  let q: ObservationQuery = db.selectFrom('observation');
  q = q.where('indicator_code', '=', sql<string>`ANY(${[...f.indicators]}::text[])`);
  if (f.areas) q = q.where('area_code', '=', sql<string>`ANY(${[...f.areas]}::text[])`);
  if (f.sourceIds) q = q.where('source_id', '=', sql<number>`ANY(${[...f.sourceIds]}::int[])`);
  if (f.yearFrom !== undefined) q = q.where('period_start', '>=', f.yearFrom);
  if (f.yearTo !== undefined) q = q.where('period_start', '<=', f.yearTo);
  if (f.dims === 'total') q = q.where('dims_key', '=', '');
  else if (f.dims) q = q.where(sql<boolean>`dims @> ${JSON.stringify(f.dims)}::jsonb`);
  return q;
}

/** How many observations match. */
export async function countObservations(db: Kysely<Database>, f: ObservationSearch): Promise<number> {
  const row = await filtered(db, f)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Matching observations ordered by indicator, area, year, breakdown and source; a page of them
 * when `page` is given, else all.
 */
export async function searchObservations(
  db: Kysely<Database>,
  f: ObservationSearch,
  page?: { readonly limit: number; readonly offset: number },
): Promise<ObservationHit[]> {
  let q = filtered(db, f)
    .select([
      'indicator_code as indicator',
      'area_code as area',
      'period',
      'period_start as year',
      'dims_key as dimsKey',
      'dims',
      'value',
      'value_text as text',
      'status',
      'footnote',
      'source_id as sourceId',
    ])
    .orderBy('indicator_code')
    .orderBy('area_code')
    .orderBy('period_start')
    .orderBy('period')
    .orderBy('dims_key')
    .orderBy('source_id');
  if (page) q = q.limit(page.limit).offset(page.offset);
  return q.execute();
}
