import { sql, type Kysely } from 'kysely';
import type { AreaKind, Database } from './database.ts';

/** What the store holds of one indicator from one source edition. */
export interface CoverageRow {
  readonly indicator: string;
  readonly sourceId: number;
  readonly firstYear: number;
  readonly lastYear: number;
  /** Distinct areas (countries and aggregates) with at least one observation. */
  readonly areas: number;
  readonly observations: number;
}

/** Coverage of every indicator by every source edition. A full scan: callers cache it. */
export async function readCoverage(db: Kysely<Database>): Promise<CoverageRow[]> {
  const { rows } = await sql<CoverageRow>`
    SELECT indicator_code AS indicator, source_id AS "sourceId", min(period_start) AS "firstYear",
      max(period_start) AS "lastYear", count(DISTINCT area_code)::int AS areas, count(*)::int AS observations
    FROM observation GROUP BY indicator_code, source_id ORDER BY indicator_code, source_id`.execute(db);
  return rows;
}

/** One breakdown (dimension combination) present in the data of an indicator and source. */
export interface DimsKeyRow {
  readonly indicator: string;
  readonly sourceId: number;
  /** Canonical `k=v;k=v`, '' for the total. */
  readonly dimsKey: string;
  readonly dims: Record<string, string>;
  readonly observations: number;
}

/** Every breakdown of every indicator and source, with its observation count. A full scan: callers cache it. */
export async function readDimsKeys(db: Kysely<Database>): Promise<DimsKeyRow[]> {
  const { rows } = await sql<DimsKeyRow>`
    SELECT indicator_code AS indicator, source_id AS "sourceId", dims_key AS "dimsKey", min(dims::text)::jsonb AS dims,
      count(*)::int AS observations
    FROM observation GROUP BY indicator_code, source_id, dims_key
    ORDER BY indicator_code, source_id, dims_key`.execute(db);
  return rows;
}

/** The latest year with an observation for one area and indicator (any source, any breakdown). */
export interface LatestYearRow {
  readonly area: string;
  readonly indicator: string;
  readonly lastYear: number;
}

/** Latest year of every (area, indicator) among `areas`. Uses the (area_code, indicator_code) index. */
export async function readLatestYears(
  db: Kysely<Database>,
  areas: readonly string[],
): Promise<LatestYearRow[]> {
  const { rows } = await sql<LatestYearRow>`
    SELECT area_code AS area, indicator_code AS indicator, max(period_start) AS "lastYear"
    FROM observation WHERE area_code = ANY(${[...areas]}::text[])
    GROUP BY area_code, indicator_code`.execute(db);
  return rows;
}

export interface AreaRow {
  readonly code: string;
  readonly kind: AreaKind;
  readonly nameEn: string;
  readonly nameFr: string | null;
  readonly nameRu: string | null;
}

/** Every area (countries and the aggregates imports added), by code. */
export async function readAreas(db: Kysely<Database>): Promise<AreaRow[]> {
  return db
    .selectFrom('area')
    .select(['code', 'kind', 'name_en as nameEn', 'name_fr as nameFr', 'name_ru as nameRu'])
    .orderBy('code')
    .execute();
}
