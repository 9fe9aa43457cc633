import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorByCode } from '../catalog/index.ts';
import { parseHdr } from '../ingest/hdr.ts';
import { parseWdiFile } from '../ingest/wdi.ts';
import type { Store } from '../store/connect.ts';
import { openTestStore } from '../store/test-store.ts';
import { importFile, type ImportJob, type ImportOutcome } from './import-file.ts';
import { ensureReferenceData } from './reference-data.ts';

const DATA = new URL('../../data/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'parity-import-'));
let store: Store;

beforeAll(async () => {
  store = await openTestStore();
  await ensureReferenceData(store.db);
});
afterAll(() => store.close());

/** A real HDR file cut down to a few rows (header, KAZ, CRI, world), under a name that keeps its edition. */
function hdrSubset(
  edition: 'HDR25' | 'HDR23-24',
  edit?: (cells: string[], header: string[]) => void,
): string {
  const text = readFileSync(
    join(DATA, `undp-hdr/${edition}_Composite_indices_complete_time_series.csv`),
    'latin1',
  );
  const lines = text.split('\r\n');
  const header = lines[0]!.split(',');
  const keep = lines
    .filter((l) => /^(KAZ|CRI|ZZK\.WORLD),/.test(l))
    .map((l) => {
      const cells = l.split(',');
      if (l.startsWith('KAZ,')) edit?.(cells, header);
      return cells.join(',');
    });
  const path = join(mkdtempSync(join(dir, 'hdr-')), `${edition}_subset.csv`);
  writeFileSync(path, [lines[0], ...keep, ''].join('\r\n'), 'latin1');
  return path;
}

const hdrJob = (path: string): ImportJob => ({ importer: 'hdr', path, parse: parseHdr });
const run = (job: ImportJob) => importFile({ db: store.db, rules: indicatorByCode, runBy: 'test' }, job);

async function snapshot() {
  const { rows } = await sql<{ n: string }>`
    SELECT (SELECT count(*) FROM observation)::text || '/' || (SELECT count(*) FROM source)::text || '/' ||
      (SELECT count(*) FROM import_run)::text || '/' || (SELECT count(*) FROM area)::text AS n`.execute(
    store.db,
  );
  return rows[0]!.n;
}

async function gii(area: string, period: string) {
  const { rows } = await sql<{ edition: string; value: number }>`
    SELECT s.edition, o.value FROM observation o JOIN source s ON s.id = o.source_id
    WHERE o.indicator_code = 'hdr.gii' AND o.area_code = ${area} AND o.period = ${period} ORDER BY s.edition`.execute(
    store.db,
  );
  return rows;
}

function imported(o: ImportOutcome) {
  if (o.status !== 'imported') throw new Error(`expected imported, got ${JSON.stringify(o)}`);
  return o;
}

describe(importFile, () => {
  it('imports a file, then changes nothing when the same file comes again', async () => {
    const path = hdrSubset('HDR25');
    const first = imported(await run(hdrJob(path)));
    expect(first.source).toEqual({ dataset: 'undp-hdr-composite', edition: 'HDR25' });
    expect(first.counts.inserted).toBeGreaterThan(2000);
    expect(first.counts.rejected).toBe(0);
    const before = await snapshot();
    const second = await run(hdrJob(path));
    expect(second).toMatchObject({ status: 'unchanged', reason: expect.stringMatching(/already imported/) });
    expect(await snapshot()).toBe(before);
    expect(await gii('KAZ', '2022')).toEqual([{ edition: 'HDR25', value: 0.168 }]);
  });

  it('keeps editions side by side: HDR23-24 after HDR25 adds, never overwrites', async () => {
    imported(await run(hdrJob(hdrSubset('HDR23-24'))));
    expect(await gii('KAZ', '2022')).toEqual([
      { edition: 'HDR23-24', value: 0.177 },
      { edition: 'HDR25', value: 0.168 },
    ]);
  });

  it('updates only what changed when another file of the same edition comes', async () => {
    const path = hdrSubset('HDR25', (cells, header) => {
      cells[header.indexOf('gii_2021')] = '0.183';
    });
    const o = imported(await run(hdrJob(path)));
    expect(o.counts).toMatchObject({ inserted: 0, updated: 1, rejected: 0 });
    expect(o.counts.unchanged).toBeGreaterThan(2000);
    expect(await gii('KAZ', '2021')).toEqual([
      { edition: 'HDR23-24', value: 0.181 },
      { edition: 'HDR25', value: 0.183 },
    ]);
  });

  it('rejects a negative share with file, line, column and field, and stores the rest', async () => {
    const path = hdrSubset('HDR25', (cells, header) => {
      cells[header.indexOf('pr_f_2010')] = '-4';
    });
    const o = imported(await run({ ...hdrJob(path), edition: 'HDR99' }));
    expect(o.rejected).toEqual([
      {
        file: path,
        line: 3, // header, CRI, then KAZ
        column: expect.any(Number),
        field: 'pr_f_2010',
        message: 'expected a value ≥ 0 (percent), got -4',
      },
    ]);
    const { rows } = await sql<{ line: number; field: string; message: string }>`
      SELECT line, field, message FROM import_rejection WHERE import_run_id = ${o.runId}`.execute(store.db);
    expect(rows).toEqual([
      { line: 3, field: 'pr_f_2010', message: 'expected a value ≥ 0 (percent), got -4' },
    ]);
  });

  it.each([
    ['an empty file', '', /the file is empty/],
    ['a header only', 'iso3,country,hdicode,region,gii_2022\r\n', /no data rows/],
    ['a file that is not a CSV', '{"iso3": "KAZ", "gii": 0.168}\n', /not a/],
    ['a missing identifier column', 'country,gii_2022\r\nKazakhstan,0.168\r\n', /iso3/],
  ])('writes nothing for %s', async (_, content, message) => {
    const path = join(mkdtempSync(join(dir, 'bad-')), 'HDR25_bad.csv');
    writeFileSync(path, content);
    const before = await snapshot();
    const o = await run(hdrJob(path));
    expect(o).toMatchObject({
      status: 'failed',
      error: { file: path, message: expect.stringMatching(message) },
    });
    expect(await snapshot()).toBe(before);
  });

  it('writes nothing for a WDI file saved in the wrong encoding, and names the line', async () => {
    const original = readFileSync(
      join(DATA, 'worldbank-wdi/API_SG.GEN.PARL.ZS_DS2_en_csv_v2_3731396.csv'),
      'utf8',
    );
    const path = join(mkdtempSync(join(dir, 'wdi-')), 'API_SG.GEN.PARL.ZS_latin1.csv');
    writeFileSync(path, original.replace('"Aruba"', '"Arúba"').replace(/^\uFEFF/, ''), 'latin1');
    const before = await snapshot();
    const o = await run({ importer: 'wdi', path, parse: (i) => parseWdiFile(i.file) });
    expect(o).toMatchObject({
      status: 'failed',
      error: { line: 6, message: expect.stringMatching(/not valid UTF-8/) },
    });
    expect(await snapshot()).toBe(before);
  });

  it('fails clearly for a missing file', async () => {
    expect(await run(hdrJob(join(dir, 'HDR25_none.csv')))).toMatchObject({
      status: 'failed',
      error: { message: 'no such file' },
    });
  });

  it('writes nothing when an indicator is not in the catalogue', async () => {
    const before = await snapshot();
    const o = await importFile(
      { db: store.db, rules: (code) => (code === 'hdr.gii' ? undefined : indicatorByCode(code)) },
      { ...hdrJob(hdrSubset('HDR25')), edition: 'HDR98' },
    );
    expect(o).toMatchObject({
      status: 'failed',
      error: { message: expect.stringMatching(/hdr\.gii is not in the catalogue/) },
    });
    expect(await snapshot()).toBe(before);
  });
});
