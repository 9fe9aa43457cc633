import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { indicatorByCode } from '../catalog/index.ts';
import type { Database } from '../store/database.ts';
import { loadDemoCycle, type DemoOutcome } from './demo-cycle.ts';
import { importFile, type ImportOutcome, type ImportProgress } from './import-file.ts';
import { importJobs, type ImporterKind } from './importers.ts';
import { loadParityTable, type ParityTable, type TableLoadOutcome } from './load-parity-tables.ts';
import { ensureReferenceData, type ReferenceCounts } from './reference-data.ts';

/** The repository's `data/` folder, wherever the process was started from. */
export const BUNDLED_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** What a fresh clone serves, in the order it is loaded (newest HDR edition first). */
export const BUNDLED: readonly { readonly kind: ImporterKind; readonly path: string }[] = [
  { kind: 'hdr', path: 'undp-hdr/HDR25_Composite_indices_complete_time_series.csv' },
  { kind: 'hdr', path: 'undp-hdr/HDR23-24_Composite_indices_complete_time_series.csv' },
  { kind: 'wdi', path: 'worldbank-wdi' },
  { kind: 'unsd-minset', path: 'unstats-minset/series_data_rearranged' },
  { kind: 'open-sdg', path: 'open-sdg-kazstat' },
  { kind: 'open-sdg', path: 'open-sdg-ons-uk' },
];

/** Tables compiled for Parity (targets, quotas), loaded after the catalogue. */
export const BUNDLED_TABLES: readonly { readonly table: ParityTable; readonly path: string }[] = [
  { table: 'targets', path: 'parity/targets.csv' },
  { table: 'quotas', path: 'parity/quotas.csv' },
];

/** The demonstration review cycle (Beijing+30, UNECE), loaded after the data: its claims are checked against them. */
export const BUNDLED_DEMO = 'parity/demo/beijing30-unece.json';

export interface SeedProgress {
  /** Called when a file starts: its index (0-based) among all files and the total. */
  readonly onFile?: (file: string, index: number, total: number) => void;
  readonly onProgress?: ImportProgress;
  /** Called when a file is done. */
  readonly onOutcome?: (outcome: ImportOutcome, index: number, total: number) => void;
  /** Called when a targets or quotas table is done. */
  readonly onTable?: (outcome: TableLoadOutcome) => void;
  /** Called when the demonstration cycle is done. */
  readonly onDemo?: (outcome: DemoOutcome) => void;
}

export interface SeedResult {
  readonly reference: ReferenceCounts;
  readonly outcomes: ImportOutcome[];
  /** One per bundled targets or quotas table. */
  readonly tables: TableLoadOutcome[];
  /** The demonstration cycle: loaded, unchanged, skipped (a cycle of its code exists) or failed. */
  readonly demo: DemoOutcome;
}

/**
 * Loads the bundled data into an empty or partly loaded database: the catalogue first, then the
 * targets and quotas tables, then every bundled file not yet imported (files already there, by
 * SHA-256, are skipped), then the demonstration review cycle (once). Running it on a complete
 * database changes nothing. Returns one outcome per file and per table, and the demonstration's;
 * never throws for bad data.
 */
export async function seedBundledData(
  db: Kysely<Database>,
  progress: SeedProgress = {},
  dataDir = BUNDLED_DATA_DIR,
): Promise<SeedResult> {
  const reference = await ensureReferenceData(db);
  const tables: TableLoadOutcome[] = [];
  for (const t of BUNDLED_TABLES) {
    const outcome = await loadParityTable(db, t.table, `${dataDir}/${t.path}`);
    progress.onTable?.(outcome);
    tables.push(outcome);
  }
  const jobs = (await Promise.all(BUNDLED.map((b) => importJobs(b.kind, `${dataDir}/${b.path}`)))).flat();
  const outcomes: ImportOutcome[] = [];
  for (const [i, job] of jobs.entries()) {
    progress.onFile?.(job.path, i, jobs.length);
    const outcome = await importFile(
      { db, rules: indicatorByCode, ...(progress.onProgress ? { onProgress: progress.onProgress } : {}) },
      job,
    );
    progress.onOutcome?.(outcome, i, jobs.length);
    outcomes.push(outcome);
  }
  const demo = await loadDemoCycle(db, `${dataDir}/${BUNDLED_DEMO}`);
  progress.onDemo?.(demo);
  return { reference, outcomes, tables, demo };
}
