import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../store/database.ts';
import { readImportedFiles } from '../store/status-reads.ts';
import { hashFile } from './import-file.ts';
import { importJobs } from './importers.ts';
import { BUNDLED, BUNDLED_DATA_DIR } from './seed.ts';

export interface SeedStatus {
  readonly bundledFiles: number;
  readonly loaded: number;
  readonly missing: string[];
}

/** Which bundled files are already in the store (same bytes, same name). */
export async function seedStatus(db: Kysely<Database>, dataDir = BUNDLED_DATA_DIR): Promise<SeedStatus> {
  const imported = new Set((await readImportedFiles(db)).map((f) => `${f.sha256}|${basename(f.fileName)}`));
  const jobs = (await Promise.all(BUNDLED.map((b) => importJobs(b.kind, `${dataDir}/${b.path}`)))).flat();
  const missing: string[] = [];
  for (const job of jobs) {
    const { sha256 } = await hashFile(job.path);
    if (!imported.has(`${sha256}|${basename(job.path)}`)) missing.push(job.path);
  }
  return { bundledFiles: jobs.length, loaded: jobs.length - missing.length, missing };
}
