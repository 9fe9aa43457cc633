import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoCycle } from '../services/demo-cycle.ts';
import { seedProgressData } from '../services/progress-test-store.ts';
import { DEMO_FILE } from '../services/review-test-store.ts';
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

beforeAll(async () => {
  ({ env, cleanup } = await testCliEnv());
  // A small real store with the demonstration cycle, as the seed loads it.
  const store = await openStore(storeOptionsFromEnv(env));
  try {
    await migrateToLatest(store.db);
    await seedProgressData(store.db);
    const demo = await loadDemoCycle(store.db, DEMO_FILE);
    if (demo.status !== 'loaded') throw new Error(JSON.stringify(demo));
  } finally {
    await store.close();
  }
}, 120_000);
afterAll(() => cleanup());

describe('parity synthesis', () => {
  it('generates versions and exports them as Markdown, HTML and PDF', async () => {
    expect(await cli('synthesis', 'generate', 'beijing30-unece')).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(
        /^synthesis of beijing30-unece: version 1 generated \(\d+ characters, not published\)\n$/,
      ),
    });
    expect((await cli('synthesis', 'generate', 'beijing30-unece')).stdout).toMatch(/version 2 generated/);
    const md = await cli('synthesis', 'export', 'beijing30-unece', '--format', 'md', '--version', '1');
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^> DRAFT: version 1 of the regional synthesis/);
    expect(md.stdout).toContain('## 4. Claims checked in statements');
    const dir = mkdtempSync(join(tmpdir(), 'parity-synthesis-'));
    const html = await cli('synthesis', 'export', 'beijing30-unece', '--out', join(dir, 's.html'));
    expect(html.stderr).toMatch(/^wrote .*s\.html \(beijing30-unece-synthesis-v2\.html, \d+ bytes\)\n$/);
    expect(readFileSync(join(dir, 's.html'), 'utf8')).toMatch(/^<!doctype html>/);
    const pdf = await cli(
      'synthesis',
      'export',
      'beijing30-unece',
      '--format',
      'pdf',
      '--out',
      join(dir, 's.pdf'),
    );
    expect(pdf.code).toBe(0);
    expect(readFileSync(join(dir, 's.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('writes the draft in the language of --lang; the export declares it and puts only its banner in another', async () => {
    const g = await cli('synthesis', 'generate', 'beijing30-unece', '--lang', 'ru');
    expect(g).toMatchObject({ code: 0, stdout: expect.stringMatching(/version 3 generated/) });
    // Without --lang the export is wholly in the version's language.
    const ru = await cli('synthesis', 'export', 'beijing30-unece', '--format', 'md');
    expect(ru.stdout).toMatch(/^> ПРОЕКТ: версия 3 регионального сводного обзора/);
    expect(ru.stdout).toContain('## 4. Утверждения, проверенные в выступлениях');
    expect(ru.stdout).not.toContain('Claims checked');
    // --lang changes the banner only, which then declares its own language.
    const fr = await cli('synthesis', 'export', 'beijing30-unece', '--lang', 'fr');
    expect(fr.stdout).toMatch(/^<!doctype html>\n<html lang="ru">/);
    expect(fr.stdout).toContain(
      '<p class="banner" lang="fr">PROJET\u00a0: version 3 de la synthèse régionale',
    );
    // The draft stays in the language it was written in; English-only evidence is declared so.
    expect(fr.stdout).toContain('<h4>4. Утверждения, проверенные в выступлениях</h4>');
    expect(fr.stdout).toMatch(/<em>\(на английском языке\)<\/em> <span lang="en">Not supported: /);
    const en = await cli('synthesis', 'export', 'beijing30-unece', '--format', 'md', '--version', '1');
    expect(en.stdout).toContain('## 4. Claims checked in statements');
  });

  it.each([
    [
      ['synthesis', 'generate', 'beijing30-unece', '--lang', 'de'],
      1,
      "option '--lang <lang>' argument 'de' is invalid. Allowed choices are en, fr, ru.",
    ],
    [['synthesis', 'export', 'beijing30-unece', '--format', 'pdf'], 2, '--format pdf needs --out <file>'],
    [['synthesis', 'export', 'nope'], 2, 'no review cycle nope'],
    [
      ['synthesis', 'export', 'beijing30-unece', '--version', '99'],
      2,
      'the synthesis of beijing30-unece has no version 99',
    ],
    [
      ['synthesis', 'export', 'beijing30-unece', '--version', 'x'],
      1,
      "option '--version <n>' argument 'x' is invalid. expected a version number ≥ 1",
    ],
  ])('%j fails with %i: %s', async (argv, code, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(message);
  });
});
