import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import { parsePeriod } from '../core/period.ts';
import { FatalImportError, type Diagnostic } from '../ingest/diagnostic.ts';
import { fileBytes } from '../ingest/read-csv.ts';
import type { ParseInput, ParseResult, ParsedObservation } from '../ingest/types.ts';
import { dimsKey, validateParsed, type IndicatorRule } from '../ingest/validate-parsed.ts';
import type { Database } from '../store/database.ts';
import {
  findImportedFile,
  finishImportRun,
  insertImportRun,
  insertRejections,
  recordSourceFile,
  upsertSource,
} from '../store/import-writes.ts';
import { upsertObservations, type ObservationRow, type WriteCounts } from '../store/observation-writes.ts';
import { insertMissingAreas } from '../store/reference-writes.ts';

export type ImportProgress = (phase: 'read' | 'write', done: number, total: number) => void;

/** One file to import and how to parse it. */
export interface ImportJob {
  readonly importer: string;
  readonly path: string;
  readonly parse: (input: ParseInput) => Promise<ParseResult>;
  readonly edition?: string;
}

interface SourceRef {
  readonly dataset: string;
  readonly edition: string;
}

/** What happened to one file. Batch imports return one per file and never throw for bad data. */
export type ImportOutcome =
  | {
      readonly status: 'imported';
      readonly file: string;
      readonly runId: number;
      readonly source: SourceRef;
      readonly linesRead: number;
      readonly counts: WriteCounts & { rejected: number };
      readonly rejected: readonly Diagnostic[];
      readonly notes: readonly Diagnostic[];
    }
  | {
      readonly status: 'unchanged';
      readonly file: string;
      readonly source: SourceRef;
      readonly reason: string;
    }
  | { readonly status: 'failed'; readonly file: string; readonly error: Diagnostic };

export interface ImportContext {
  readonly db: Kysely<Database>;
  readonly rules: (code: string) => IndicatorRule | undefined;
  readonly onProgress?: ImportProgress;
  readonly runBy?: string;
}

/**
 * Imports one file: parse and validate it completely first, then write everything in one
 * transaction. A fatal problem writes nothing; the same bytes imported again change nothing.
 */
export async function importFile(ctx: ImportContext, job: ImportJob): Promise<ImportOutcome> {
  const startedAt = new Date();
  const hashed = await hashFile(job.path).catch((e: NodeJS.ErrnoException) => e);
  if (hashed instanceof Error) {
    const message =
      hashed.code === 'ENOENT' ? 'no such file' : `cannot read the file (${hashed.code ?? hashed.message})`;
    return { status: 'failed', file: job.path, error: { file: job.path, line: 0, message } };
  }
  const { sha256, bytes } = hashed;
  const earlier = await findImportedFile(ctx.db, sha256, basename(job.path), job.edition);
  if (earlier) {
    return {
      status: 'unchanged',
      file: job.path,
      source: earlier,
      reason: `already imported (same SHA-256 as ${earlier.fileName}, ${earlier.dataset} ${earlier.edition})`,
    };
  }
  let parsed: ParseResult;
  try {
    parsed = await job.parse({
      file: job.path,
      bytes: fileBytes(job.path),
      ...(job.edition ? { edition: job.edition } : {}),
      onProgress: (n) => ctx.onProgress?.('read', n, bytes),
    });
  } catch (e) {
    if (e instanceof FatalImportError) return { status: 'failed', file: job.path, error: e.diagnostic };
    throw e;
  }
  const checked = validateParsed(job.path, parsed, ctx.rules);
  if (checked.unknownIndicators.length > 0) {
    const message = `indicator ${checked.unknownIndicators.join(', ')} is not in the catalogue (src/catalog/indicators): add it before importing`;
    return { status: 'failed', file: job.path, error: { file: job.path, line: 0, message } };
  }
  return ctx.db.transaction().execute(async (trx) => {
    await insertMissingAreas(
      trx,
      parsed.aggregates.map((a) => ({
        code: a.code,
        kind: 'aggregate',
        names: { en: a.name },
        definedBy: parsed.source.publisher,
      })),
    );
    const sourceId = await upsertSource(trx, parsed.source);
    const rejected = checked.rejected;
    const runId = await insertImportRun(trx, {
      sourceId,
      importer: job.importer,
      fileName: job.path,
      sha256,
      bytes,
      startedAt,
      finishedAt: new Date(),
      runBy: ctx.runBy ?? userInfo().username,
      status: rejected.length > 0 ? 'succeeded-with-rejections' : 'succeeded',
      linesRead: parsed.linesRead,
      notes: parsed.notes.map((n) => n.message),
    });
    const rows = checked.observations.map(toObservationRow);
    const counts = await upsertObservations(trx, sourceId, runId, rows, (n) =>
      ctx.onProgress?.('write', n, rows.length),
    );
    await insertRejections(trx, runId, rejected);
    await finishImportRun(trx, runId, { ...counts, rejected: rejected.length });
    await recordSourceFile(trx, {
      sourceId,
      fileName: basename(job.path),
      sha256,
      bytes,
      retrievedAt: startedAt,
    });
    return {
      status: 'imported' as const,
      file: job.path,
      runId,
      source: { dataset: parsed.source.dataset, edition: parsed.source.edition },
      linesRead: parsed.linesRead,
      counts: { ...counts, rejected: rejected.length },
      rejected,
      notes: parsed.notes,
    };
  });
}

/** The stored form of a parsed observation: period split into years, dimensions keyed. */
export function toObservationRow(o: ParsedObservation): ObservationRow {
  const p = parsePeriod(o.period);
  // Parsers validate periods; one that slipped through is a bug, not bad input.
  if (!p.ok)
    throw new Error(`parser emitted an invalid period ${JSON.stringify(o.period)} at line ${o.line}`);
  return {
    indicatorCode: o.indicator,
    areaCode: o.area,
    period: p.period.label,
    periodStart: p.period.start,
    periodEnd: p.period.end,
    dimsKey: dimsKey(o.dims),
    dims: o.dims,
    value: o.value,
    valueText: o.text ?? null,
    status: o.status ?? null,
    footnote: o.footnote ?? null,
  };
}

/** SHA-256 and size of a file, streamed. */
export async function hashFile(path: string): Promise<{ sha256: string; bytes: number }> {
  const info = await stat(path);
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return { sha256: hash.digest('hex'), bytes: info.size };
}
