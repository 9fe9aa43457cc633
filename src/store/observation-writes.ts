import { sql, type Kysely } from 'kysely';
import type { Database } from './database.ts';

export interface ObservationRow {
  readonly indicatorCode: string;
  readonly areaCode: string;
  readonly period: string;
  readonly periodStart: number;
  readonly periodEnd: number;
  readonly dimsKey: string;
  readonly dims: Readonly<Record<string, string>>;
  readonly value: number | null;
  readonly valueText: string | null;
  readonly status: string | null;
  readonly footnote: string | null;
}

export interface WriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

const BATCH = 5000;

/**
 * Inserts observations of one source edition in batches of arrays unnested server-side (one
 * round trip per batch on both PGlite and PostgreSQL). A row whose key exists in the same edition
 * is updated only if its value, status or footnote differ, so re-importing the same data counts
 * as unchanged and writes nothing; other editions are never touched (the edition is in the key).
 */
export async function upsertObservations(
  db: Kysely<Database>,
  sourceId: number,
  importRunId: number,
  rows: readonly ObservationRow[],
  onBatch?: (done: number) => void,
): Promise<WriteCounts> {
  const counts: WriteCounts = { inserted: 0, updated: 0, unchanged: 0 };
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const col = <K extends keyof ObservationRow>(k: K) => batch.map((r) => r[k]);
    const { rows: written } = await sql<{ inserted: boolean }>`
      INSERT INTO observation (source_id, indicator_code, area_code, period, period_start, period_end,
        dims_key, dims, value, value_text, status, footnote, import_run_id)
      SELECT ${sourceId}::int, t.indicator_code, t.area_code, t.period, t.period_start, t.period_end,
        t.dims_key, t.dims::jsonb, t.value, t.value_text, t.status, t.footnote, ${importRunId}::int
      FROM unnest(${col('indicatorCode')}::text[], ${col('areaCode')}::text[], ${col('period')}::text[],
        ${col('periodStart')}::int[], ${col('periodEnd')}::int[], ${col('dimsKey')}::text[],
        ${batch.map((r) => JSON.stringify(r.dims))}::text[], ${col('value')}::float8[], ${col('valueText')}::text[],
        ${col('status')}::text[], ${col('footnote')}::text[])
        AS t(indicator_code, area_code, period, period_start, period_end, dims_key, dims, value, value_text,
          status, footnote)
      ON CONFLICT (indicator_code, area_code, period, dims_key, source_id) DO UPDATE SET
        value = EXCLUDED.value, value_text = EXCLUDED.value_text, status = EXCLUDED.status,
        footnote = EXCLUDED.footnote, import_run_id = EXCLUDED.import_run_id
      WHERE (observation.value, observation.value_text, observation.status, observation.footnote)
        IS DISTINCT FROM (EXCLUDED.value, EXCLUDED.value_text, EXCLUDED.status, EXCLUDED.footnote)
      RETURNING (xmax = 0) AS inserted`.execute(db);
    const inserted = written.filter((r) => r.inserted).length;
    counts.inserted += inserted;
    counts.updated += written.length - inserted;
    counts.unchanged += batch.length - written.length;
    onBatch?.(Math.min(i + BATCH, rows.length));
  }
  return counts;
}
