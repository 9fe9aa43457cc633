import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedProgressData } from '../services/progress-test-store.ts';
import { openStore, storeOptionsFromEnv } from '../store/connect.ts';
import { migrateToLatest } from '../store/migrate.ts';
import { testCliEnv } from '../store/test-store.ts';
import { memoryIo } from './io.ts';
import { runCli } from './program.ts';

// `parity progress`, `parity trend` and `parity aggregate` on one small real store
// (services/progress-test-store.ts), loaded once.
let env: NodeJS.ProcessEnv;
let cleanup: () => Promise<void>;

async function cli(...argv: string[]) {
  const io = memoryIo(env);
  const code = await runCli(argv, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

beforeAll(async () => {
  ({ env, cleanup } = await testCliEnv());
  const store = await openStore(storeOptionsFromEnv(env));
  try {
    const migrated = await migrateToLatest(store.db);
    if (migrated.error) throw migrated.error;
    await seedProgressData(store.db);
  } finally {
    await store.close();
  }
}, 120_000);
afterAll(() => cleanup());

function line(stdout: string, start: string): string {
  const found = stdout.split('\n').find((l) => l.startsWith(start));
  if (!found) throw new Error(`no line starting "${start}" in\n${stdout}`);
  return found.replace(/ {2,}/g, ' | ');
}

describe('parity progress', () => {
  it("tabulates every method's verdict per series of a country, marking disagreement", async () => {
    const r = await cli('progress', 'KAZ');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Kazakhstan (KAZ): progress from 2015, projected to 2030');
    expect(r.stdout.split('\n')[1]).toMatch(
      /^indicator +source +latest +target +growth ratio +SDSN +ESCAP CSI +ESCAP API +methods$/,
    );
    expect(line(r.stdout, 'hdr.pr  ')).toMatch(
      /^hdr\.pr \| HDR25 \| 19\.59 \(2023\) \| SDG target 50 by 2030 \| deterioration \| → stagnating \(red\) \| -0\.\d+ \| accelerate \| DISAGREE$/,
    );
    expect(line(r.stdout, 'sdg.5.5.1 (women-local')).toMatch(
      /national SDG platform 2024-10-24 \| 18\.4 \(2023\) \| SDG target 50 by 2030/,
    );
  });

  it('gives a region set with its latest mean, coverage and member counts', async () => {
    const r = await cli('progress', 'region:central-asia', '--base', '2010');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Central Asia \(5 members\): progress of the simple mean from 2010, projected to 2030/,
    );
    // HDR25 2023: (0.182 + 0.340 + 0.258 + 0.291)/4 = 0.26775, which in binary is 0.26774999…: 0.2677.
    expect(line(r.stdout, 'hdr.gii  ')).toMatch(/^hdr\.gii \| HDR25 \| 0\.2677 \(2023, 4\/5\) \| none \|/);
    expect(r.stdout).toContain('member countries by category');
  });

  it('writes JSON', async () => {
    const r = await cli('progress', 'KAZ', '--format', 'json', '--target-year', '2035');
    expect(JSON.parse(r.stdout)).toMatchObject({ area: { code: 'KAZ' }, baseYear: 2015, targetYear: 2035 });
  });

  it.each([
    [
      ['progress', 'KAZ', '--base', '2030'],
      2,
      'parity: --base: base year 2030 is not before the target year 2030\n',
    ],
    [['progress', 'KAZ', '--base', '15'], 2, 'parity: --base: expected a year such as 2015, got "15"\n'],
    [['progress', 'XYZ'], 1, /^parity: <area>: unknown area "XYZ"/],
    [['progress', 'region:atlantis'], 1, /^parity: --set: unknown region set "atlantis"/],
    [
      ['progress', 'KAZ', '--min-share', '0.4'],
      2,
      'parity: --min-share: applies to region sets (region:<code>) only\n',
    ],
  ] as const)('refuses %j', async (argv, code, stderr) => {
    const r = await cli(...argv);
    expect(r.code).toBe(code);
    if (typeof stderr === 'string') expect(r.stderr).toBe(stderr);
    else expect(r.stderr).toMatch(stderr);
  });
});

describe('parity trend', () => {
  it("shows Kazakhstan's GII fall 2000–2022 per HDR edition", async () => {
    const r = await cli('trend', 'KAZ', 'hdr.gii', '--to', '2022');
    expect(r.code).toBe(0);
    expect(line(r.stdout, 'change')).toBe(
      'change | 2000→2022: 0.37 → 0.168, -0.202 (-54.6 %) | 2000→2022: 0.372 → 0.177, -0.195 (-52.4 %)',
    );
    expect(line(r.stdout, 'largest deterioration')).toMatch(
      /^largest deterioration \| 2004→2005: 0\.333 → 0\.337, \+0\.004 \(\+1\.2 %\)/,
    );
    expect(line(r.stdout, 'projection 2030 (linear)')).toBe('projection 2030 (linear) | 0.08062 | 0.08193');
  });

  it('counts the years to a given target', async () => {
    const r = await cli('trend', 'KAZ', 'hdr.gii', '--to', '2022', '--source', 'HDR25', '--target', '0.1');
    // (0.1 − 0.168) / −0.0096700 a year = 7.0 years after 2022.
    expect(line(r.stdout, 'years to target (linear pace)')).toBe(
      'years to target (linear pace) | 7.0 years (2029)',
    );
  });

  it.each([
    [
      ['trend', 'KAZ', 'hdr.gii', '--from', '2010', '--to', '2005'],
      2,
      /^parity: --to: the window 2010–2005 is empty/,
    ],
    [['trend', 'KAZ', 'hdr.nope'], 1, /^parity: <indicator>: /],
    [['trend', 'KAZ', 'hdr.gii', '--target', 'low'], 2, /^parity: --target: expected a number/],
  ] as const)('refuses %j', async (argv, code, stderr) => {
    const r = await cli(...argv);
    expect(r).toMatchObject({ code, stderr: expect.stringMatching(stderr) });
  });
});

describe('parity aggregate', () => {
  it('gives the UNECE GII in 2022 with its coverage', async () => {
    const r = await cli('aggregate', 'hdr.gii', '--set', 'unece', '--year', '2022');
    expect(r.code).toBe(0);
    // By hand from HDR25: 50 of 56 members; mean 0.11748, median 0.0915, population-weighted 0.13418.
    expect(line(r.stdout, '2022')).toBe('2022 | 0.1175 | 0.0915 | 0.1342 | 50/56 (89 %)');
  });

  it('states why a year fails the coverage rule', async () => {
    const r = await cli(
      'aggregate',
      'hdr.gii',
      '--set',
      'central-asia',
      '--year',
      '2022',
      '--min-share',
      '1',
    );
    expect(line(r.stdout, '2022')).toMatch(
      /^2022 \| 4\/5 \(80 %\) \| 4 of 5 members have data \(80 %\); the rule needs at least 100 %/,
    );
  });

  it.each([
    [['aggregate', 'hdr.gii'], 1, /required option '--set <code>' not specified/],
    [
      ['aggregate', 'hdr.gii', '--set', 'unece', '--min-share', '3'],
      2,
      /^parity: --min-share: minimum share 3: expected a number from 0 to 1/,
    ],
    [
      ['aggregate', 'hdr.gii', '--set', 'unece', '--source', 'HDR99'],
      1,
      /^parity: --source: no source "HDR99"/,
    ],
  ] as const)('refuses %j', async (argv, code, stderr) => {
    const r = await cli(...argv);
    expect(r).toMatchObject({ code, stderr: expect.stringMatching(stderr) });
  });
});
