import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { hdrSource } from '../src/ingest/hdr.ts';
import { insertImportRun, upsertSource } from '../src/store/import-writes.ts';
import type { ObservationRow } from '../src/store/observation-writes.ts';
import { withOpenStore } from './import-bench.ts';
import { withFreshDatabase } from './pg-databases.ts';
import { repeat, timed, type Timing } from './timing.ts';

const COLUMNS =
  'source_id, indicator_code, area_code, period, period_start, period_end, dims_key, dims, value, value_text, status, footnote, import_run_id';

/**
 * Times a plain `COPY observation FROM STDIN` of the given rows into a fresh database migrated
 * like the real one (same table, indexes and reference rows), `repeats` times. The timing covers
 * what any client's COPY must do: turn the in-memory rows into COPY text and send them; the server
 * parses, checks and indexes them (autocommit).
 */
export async function benchCopy(
  adminUrl: string,
  rows: readonly ObservationRow[],
  repeats: number,
): Promise<Timing> {
  return repeat(repeats, () =>
    withFreshDatabase(adminUrl, async (databaseUrl) => {
      const ids = await withOpenStore({ databaseUrl }, async (store) => {
        const sourceId = await upsertSource(store.db, hdrSource('HDR25', 2025));
        const runId = await insertImportRun(store.db, {
          sourceId,
          importer: 'copy-baseline',
          fileName: 'HDR25',
          sha256: '',
          bytes: 0,
          startedAt: new Date(),
          finishedAt: new Date(),
          runBy: 'bench',
          status: 'succeeded',
          linesRead: rows.length,
          notes: [],
        });
        return { sourceId, runId };
      });
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        const { ms } = await timed(() =>
          pipeline(
            Readable.from(copyChunks(rows, ids.sourceId, ids.runId)),
            client.query(copyFrom(`COPY observation (${COLUMNS}) FROM STDIN`)),
          ),
        );
        const { rows: counted } = await client.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM observation',
        );
        if (counted[0]?.n !== rows.length)
          throw new Error(`COPY wrote ${counted[0]?.n} rows, not ${rows.length}`);
        return ms;
      } finally {
        await client.end();
      }
    }),
  );
}

/**
 * COPY text format, streamed in pieces of a few hundred rows: short strings stay cheap for the
 * garbage collector (one long concatenation costs more in GC than the formatting), and the
 * server parses one piece while the next is built.
 */
function* copyChunks(rows: readonly ObservationRow[], sourceId: number, runId: number): Generator<string> {
  const PIECE = 250;
  for (let i = 0; i < rows.length; i += PIECE) {
    let text = '';
    for (const r of rows.slice(i, i + PIECE)) {
      text += `${sourceId}\t${field(r.indicatorCode)}\t${field(r.areaCode)}\t${field(r.period)}\t${r.periodStart}\t${r.periodEnd}\t${field(r.dimsKey)}\t${field(JSON.stringify(r.dims))}\t${field(r.value)}\t${field(r.valueText)}\t${field(r.status)}\t${field(r.footnote)}\t${runId}\n`;
    }
    yield text;
  }
}

function field(v: string | number | null): string {
  if (v === null) return '\\N';
  if (typeof v === 'number') return String(v);
  return v.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}
