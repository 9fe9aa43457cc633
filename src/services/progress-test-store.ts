import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { indicatorByCode, regionSetByCode } from '../catalog/index.ts';
import type { Database } from '../store/database.ts';
import { importFile } from './import-file.ts';
import { importJobs } from './importers.ts';
import { loadParityTable } from './load-parity-tables.ts';
import { ensureReferenceData } from './reference-data.ts';
import { BUNDLED_DATA_DIR } from './seed.ts';

/**
 * A small real store for the progress tests (a few seconds instead of the whole bundled seed):
 * HDR25 rows of the 56 UNECE members, HDR23-24 rows of Central Asia, the WDI seats file, the UNSD
 * minimum-set seat series (parliament and local), Kazakhstan's SDG 5.5.1 file and the targets table.
 */
export async function seedProgressData(db: Kysely<Database>): Promise<void> {
  await ensureReferenceData(db);
  const targets = await loadParityTable(db, 'targets', join(BUNDLED_DATA_DIR, 'parity/targets.csv'));
  if (targets.status === 'failed') throw new Error(`targets failed: ${JSON.stringify(targets)}`);
  const unsd = join(BUNDLED_DATA_DIR, 'unstats-minset/series_data_rearranged');
  const jobs = [
    ...(await importJobs('hdr', hdrRows('HDR25', regionSetByCode('unece')!.members))),
    ...(await importJobs('hdr', hdrRows('HDR23-24', regionSetByCode('central-asia')!.members))),
    ...(await importJobs(
      'wdi',
      join(BUNDLED_DATA_DIR, 'worldbank-wdi/API_SG.GEN.PARL.ZS_DS2_en_csv_v2_3731396.csv'),
    )),
    ...(await importJobs('unsd-minset', join(unsd, '7100__IV_2__I836a1d80__S5867152a.csv'))),
    ...(await importJobs('unsd-minset', join(unsd, '7200__IV_2__I836a1d80__S37241f88.csv'))),
    ...(await importJobs('open-sdg', join(BUNDLED_DATA_DIR, 'open-sdg-kazstat/data/indicator_5-5-1.csv'))),
  ];
  for (const job of jobs) {
    const o = await importFile({ db, rules: indicatorByCode, runBy: 'test' }, job);
    if (o.status !== 'imported') throw new Error(`import failed: ${JSON.stringify(o)}`);
  }
}

/** The HDR file of an edition cut to the rows of some countries, under a name that keeps the edition. */
function hdrRows(edition: 'HDR25' | 'HDR23-24', iso3: readonly string[]): string {
  const text = readFileSync(
    join(BUNDLED_DATA_DIR, `undp-hdr/${edition}_Composite_indices_complete_time_series.csv`),
    'latin1',
  );
  const lines = text.split('\r\n');
  const keep = new Set(iso3);
  const path = join(mkdtempSync(join(tmpdir(), 'parity-progress-')), `${edition}_subset.csv`);
  writeFileSync(path, [lines[0], ...lines.filter((l) => keep.has(l.slice(0, 3))), ''].join('\r\n'), 'latin1');
  return path;
}
