import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../store/database.ts';
import { readImportRuns, readRejections, type RejectionRead } from '../store/import-run-reads.ts';
import type { SourceFileRead } from '../store/source-reads.ts';
import { notFound, ok, pageOf, type PageRequest, type Paged, type ServiceResult } from './service-result.ts';
import { storeSnapshot } from './store-snapshot.ts';

export interface SourceView {
  readonly dataset: string;
  readonly edition: string;
  readonly publisher: string;
  readonly title: string;
  readonly licence: string;
  readonly licenceUrl: string | null;
  readonly redistribution: boolean;
  readonly url: string | null;
  readonly citation: string;
  readonly observations: number;
  readonly files: SourceFileRead[];
}

/** Every source edition with its licence, citation, files and observation count. */
export async function listSources(db: Kysely<Database>, page: PageRequest): Promise<Paged<SourceView>> {
  const snapshot = await storeSnapshot(db);
  const [sources, coverage] = await Promise.all([snapshot.sources(), snapshot.coverage()]);
  const counts = new Map<number, number>();
  for (const c of coverage) counts.set(c.sourceId, (counts.get(c.sourceId) ?? 0) + c.observations);
  return pageOf(
    sources.map(({ id, ...s }) => ({ ...s, observations: counts.get(id) ?? 0 })),
    page,
  );
}

export interface ImportRunView {
  readonly id: number;
  readonly dataset: string;
  readonly edition: string;
  readonly importer: string;
  /** The file's base name (the server's path is not shown). */
  readonly fileName: string;
  readonly sha256: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly runBy: string;
  readonly status: string;
  readonly linesRead: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly rejected: number;
  readonly notes: string[];
}

/** Import runs, newest first. */
export async function listImportRuns(db: Kysely<Database>, page: PageRequest): Promise<Paged<ImportRunView>> {
  const { rows, total } = await readImportRuns(db, page);
  return {
    items: rows.map((r) => ({
      ...r,
      fileName: basename(r.fileName),
      startedAt: new Date(r.startedAt).toISOString(),
      finishedAt: new Date(r.finishedAt).toISOString(),
    })),
    total,
    limit: page.limit,
    offset: page.offset,
  };
}

/** The rows an import run rejected, by line; not-found for an unknown run. */
export async function listRejections(
  db: Kysely<Database>,
  runId: number,
  page: PageRequest,
): Promise<ServiceResult<Paged<RejectionRead>>> {
  const found = await readRejections(db, runId, page);
  if (!found) return notFound(`no import run ${runId}: GET /api/import-runs lists them`, 'id');
  return ok({ items: found.rows, total: found.total, limit: page.limit, offset: page.offset });
}
