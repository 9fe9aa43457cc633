import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../ingest/diagnostic.ts';
import type { Store } from '../store/connect.ts';
import { readQuotaFacts, readTargetRecords } from '../store/target-reads.ts';
import { openTestStore } from '../store/test-store.ts';
import { loadParityTable, rowsText } from './load-parity-tables.ts';
import { ensureReferenceData } from './reference-data.ts';
import { BUNDLED_DATA_DIR } from './seed.ts';

const TARGETS = join(BUNDLED_DATA_DIR, 'parity/targets.csv');
const QUOTAS = join(BUNDLED_DATA_DIR, 'parity/quotas.csv');
const HEADER = 'id,concept,scope,kind,value,year,source,source_url,note';

let store: Store;
let dir: string;
beforeAll(async () => {
  store = await openTestStore();
  await ensureReferenceData(store.db);
  dir = mkdtempSync(join(tmpdir(), 'parity-tables-'));
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A targets file `<folder>/<name>`: the base name is what identifies a file's rows. */
function targetsFile(folder: string, name: string, rows: readonly string[]): string {
  mkdirSync(join(dir, folder), { recursive: true });
  const path = join(dir, folder, name);
  writeFileSync(path, `${HEADER}\n${rows.join('\n')}\n`);
  return path;
}

const ids = async () => (await readTargetRecords(store.db)).map((t) => t.id);

describe(loadParityTable, () => {
  it('loads the bundled tables once; the same bytes again are unchanged', async () => {
    expect(await loadParityTable(store.db, 'targets', TARGETS)).toEqual({
      status: 'loaded',
      table: 'targets',
      file: TARGETS,
      rows: 8,
      removed: 0,
    });
    expect(await loadParityTable(store.db, 'quotas', QUOTAS)).toMatchObject({ status: 'loaded', rows: 1 });
    expect(await loadParityTable(store.db, 'targets', TARGETS)).toEqual({
      status: 'unchanged',
      table: 'targets',
      file: TARGETS,
      reason: 'already loaded (same SHA-256 as targets.csv)',
    });
    expect((await readQuotaFacts(store.db, 'KAZ')).map((q) => q.threshold)).toEqual([30]);
  });

  it('replaces the rows of an earlier version of the same file, and only those', async () => {
    const v1 = targetsFile('v1', 'national.csv', [
      'kaz-a,women-parliament-seats,KAZ,national-target,30,2030,Plan A,,',
      'kaz-b,women-managers,KAZ,national-target,40,2030,Plan A,,',
    ]);
    expect(await loadParityTable(store.db, 'targets', v1)).toMatchObject({
      status: 'loaded',
      rows: 2,
      removed: 0,
    });
    const v2 = targetsFile('v2', 'national.csv', [
      'kaz-a,women-parliament-seats,KAZ,national-target,35,2030,Plan B,,',
    ]);
    expect(await loadParityTable(store.db, 'targets', v2)).toMatchObject({
      status: 'loaded',
      rows: 1,
      removed: 2,
    });
    expect(await ids()).toContain('kaz-a');
    expect(await ids()).not.toContain('kaz-b');
    expect(await ids()).toContain('sdg-3.1-maternal-mortality');
  });

  it('loads nothing from a file with a bad row, naming each problem', async () => {
    const before = await readTargetRecords(store.db);
    const bad = targetsFile('v3', 'national.csv', [
      'kaz-a,women-parliament-seats,KAZ,national-target,45,2030,Plan C,,',
      'kaz-c,women-in-parliament,KAZ,national-target,45,2030,Plan C,,',
    ]);
    const r = await loadParityTable(store.db, 'targets', bad);
    expect(r.status).toBe('failed');
    expect(r.status === 'failed' && r.errors.map(formatDiagnostic)).toEqual([
      `${bad}:3:2: concept: expected a concept key of the indicator catalogue (src/catalog/indicators) such as maternal-mortality-ratio or women-parliament-seats, got "women-in-parliament"`,
    ]);
    expect(await readTargetRecords(store.db)).toEqual(before);
  });

  it('refuses an id another file already holds', async () => {
    const clash = targetsFile('v4', 'other.csv', [
      'x,gii,global,sdg-target,0.1,,S,,',
      'sdg-5.5-managers,women-managers,global,sdg-target,50,2030,S,,',
    ]);
    const r = await loadParityTable(store.db, 'targets', clash);
    expect(r.status === 'failed' && r.errors.map(formatDiagnostic)).toEqual([
      `${clash}:3: id: id "sdg-5.5-managers" is already loaded from targets.csv: expected an id unique across targets files`,
    ]);
    expect(await ids()).not.toContain('x');
  });

  it('says when there is no such file', async () => {
    expect(await loadParityTable(store.db, 'quotas', join(dir, 'none.csv'))).toMatchObject({
      status: 'failed',
      errors: [{ line: 0, message: 'no such file' }],
    });
  });
});

describe(rowsText, () => {
  it.each<[Parameters<typeof rowsText>, string]>([
    [['targets', 8], '8 targets'],
    [['quotas', 1], '1 quota'],
    [['quotas', 0], '0 quotas'],
  ])('%j → %s', (args, text) => {
    expect(rowsText(...args)).toBe(text);
  });
});
