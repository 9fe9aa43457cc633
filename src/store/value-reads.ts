import { sql, type Kysely } from 'kysely';
import type { Database } from './database.ts';

/** Numeric values of some indicators from ONE source edition and ONE breakdown. */
export interface ValueQuery {
  readonly indicators: readonly string[];
  readonly sourceId: number;
  /** Canonical `k=v;k=v`, '' for the total. */
  readonly dimsKey: string;
  readonly areas?: readonly string[];
  readonly yearFrom?: number;
  readonly yearTo?: number;
}

export interface ValueRow {
  readonly indicator: string;
  readonly area: string;
  readonly year: number;
  readonly value: number;
}

/**
 * The numeric values (text-only observations left out) matching the query, by indicator, area
 * and year. A span period (`2004/05`) counts at its start year; when an area has two periods
 * starting the same year, the later-ending one wins.
 */
export async function readValues(db: Kysely<Database>, q: ValueQuery): Promise<ValueRow[]> {
  const { rows } = await sql<ValueRow>`
    SELECT DISTINCT ON (indicator_code, area_code, period_start)
      indicator_code AS indicator, area_code AS area, period_start AS year, value
    FROM observation
    WHERE indicator_code = ANY(${[...q.indicators]}::text[]) AND source_id = ${q.sourceId}
      AND dims_key = ${q.dimsKey} AND value IS NOT NULL
      ${q.areas ? sql`AND area_code = ANY(${[...q.areas]}::text[])` : sql``}
      ${q.yearFrom !== undefined ? sql`AND period_start >= ${q.yearFrom}` : sql``}
      ${q.yearTo !== undefined ? sql`AND period_start <= ${q.yearTo}` : sql``}
    ORDER BY indicator_code, area_code, period_start, period_end DESC`.execute(db);
  return rows;
}

/** A numeric observation as the index computations read it: dimensions as their canonical key. */
export interface ComponentValue {
  readonly indicator: string;
  readonly area: string;
  readonly period: string;
  /** Canonical `k=v;k=v`, '' for the total. */
  readonly dimsKey: string;
  readonly value: number;
}

/**
 * The numeric values of some indicators in ONE source edition, every breakdown, unordered: the
 * lean read behind GII/GDI/HDI tables (no join, no jsonb, no sort).
 */
export async function readComponentValues(
  db: Kysely<Database>,
  q: {
    readonly sourceId: number;
    readonly indicators: readonly string[];
    readonly areas?: readonly string[];
    readonly yearFrom?: number;
    readonly yearTo?: number;
  },
): Promise<ComponentValue[]> {
  const { rows } = await sql<ComponentValue>`
    SELECT indicator_code AS indicator, area_code AS area, period, dims_key AS "dimsKey", value
    FROM observation
    WHERE source_id = ${q.sourceId} AND indicator_code = ANY(${[...q.indicators]}::text[]) AND value IS NOT NULL
      ${q.areas ? sql`AND area_code = ANY(${[...q.areas]}::text[])` : sql``}
      ${q.yearFrom !== undefined ? sql`AND period_start >= ${q.yearFrom}` : sql``}
      ${q.yearTo !== undefined ? sql`AND period_start <= ${q.yearTo}` : sql``}`.execute(db);
  return rows;
}
