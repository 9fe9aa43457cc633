import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCast, seedReportData } from '../services/report-test-store.ts';
import { createReport, saveDraft } from '../services/reports.ts';
import { openStore, storeOptionsFromEnv } from '../store/connect.ts';
import { migrateToLatest } from '../store/migrate.ts';
import { testCliEnv } from '../store/test-store.ts';
import { memoryIo } from './io.ts';
import { runCli } from './program.ts';

let env: NodeJS.ProcessEnv;
let cleanup: () => Promise<void>;

async function cli(...argv: string[]) {
  const io = memoryIo(env);
  const code = await runCli(argv, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

const CREATE = [
  'cycle',
  'create',
  'beijing30-unece',
  '--title',
  'Beijing+30 regional review, UNECE',
  '--set',
  'unece',
  '--opens',
  '2024-01-15',
  '--deadline',
  '2024-06-30',
  '--meeting-from',
  '2024-10-21',
  '--meeting-to',
  '2024-10-22',
];

beforeAll(async () => {
  ({ env, cleanup } = await testCliEnv());
  const created = await cli(...CREATE);
  if (created.code !== 0) throw new Error(created.stderr);
  // The country writes its report through the services, as the web app would.
  const store = await openStore(storeOptionsFromEnv(env));
  try {
    await migrateToLatest(store.db);
    await seedReportData(store.db);
    const cast = await createCast(store.db);
    const r = await createReport(store.db, cast.kazFocal, { cycle: 'beijing30-unece', country: 'KAZ' });
    if (!r.ok) throw new Error(r.message);
    await saveDraft(store.db, cast.kazFocal, r.value.id, {
      baseVersion: 1,
      sections: {
        priorities: 'GII {{evidence:value:area=KAZ,indicator=hdr.gii}}. <script>alert(1)</script>',
      },
    });
  } finally {
    await store.close();
  }
}, 120_000);
afterAll(() => cleanup());

describe('parity cycle', () => {
  it('creates a cycle once and lists it', async () => {
    expect((await cli(...CREATE)).stderr).toBe('parity: a cycle with code beijing30-unece already exists\n');
    const list = await cli('cycle', 'list');
    expect(list.code).toBe(0);
    expect(list.stdout.split('\n')[1]).toMatch(
      /^beijing30-unece +Beijing\+30 regional review, UNECE +unece +beijing30-v1 +2024-01-15 +2024-06-30 +2024-10-21 – 2024-10-22$/,
    );
  });

  it.each([
    [['--set', 'atlantis'], 2, 'parity: no region set atlantis (see /api/region-sets)\n'],
    [['--deadline', '2023-01-01'], 2, 'parity: submissionDeadline 2023-01-01 is before opensOn 2024-01-15\n'],
  ])('refuses %j', async (change, code, stderr) => {
    const argv = [...CREATE];
    argv[2] = 'other-cycle';
    argv[argv.indexOf(change[0]!) + 1] = change[1]!;
    const r = await cli(...argv);
    expect([r.code, r.stderr]).toEqual([code, stderr]);
  });
});

describe('parity report export', () => {
  it('writes Markdown with the evidence in words and the HTML made inert', async () => {
    const r = await cli('report', 'export', 'beijing30-unece', 'kaz');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Beijing+30 national review report: Kazakhstan\n');
    expect(r.stdout).toContain('> DRAFT (draft): not submitted.');
    expect(r.stdout).toContain(
      'GII 0.177 (Gender Inequality Index (GII), Kazakhstan, 2022; HDR23-24). &lt;script>alert(1)&lt;/script>',
    );
  });

  it('writes print-ready HTML to a file', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'parity-export-')), 'kaz.html');
    const r = await cli(
      'report',
      'export',
      'beijing30-unece',
      'KAZ',
      '--format',
      'html',
      '--lang',
      'ru',
      '--out',
      out,
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^wrote .*kaz\.html \(beijing30-unece-kaz-v2\.html, \d+ bytes\)\n$/);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="ru">/);
    expect(html).toContain('<h2>Приоритеты</h2>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('@media print');
  });

  it.each([
    [['report', 'export', 'nope', 'KAZ'], 'parity: no review cycle nope\n'],
    [['report', 'export', 'beijing30-unece', 'UZB'], 'parity: UZB has no report in cycle beijing30-unece\n'],
  ])('%j fails with one line', async (argv, stderr) => {
    const r = await cli(...argv);
    expect([r.code, r.stderr]).toEqual([2, stderr]);
  });
});
