import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCliEnv } from '../store/test-store.ts';
import { memoryIo } from './io.ts';
import { runCli } from './program.ts';

// One seeded store shared by the commands that read it: seeding is the slow part.
let env: NodeJS.ProcessEnv;
let cleanup: () => Promise<void>;
let firstSeed: { code: number; stderr: string };

async function cli(...argv: string[]) {
  const io = memoryIo(env);
  const code = await runCli(argv, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

beforeAll(async () => {
  ({ env, cleanup } = await testCliEnv());
  firstSeed = await cli('db', 'seed');
}, 180_000);
afterAll(() => cleanup());

describe('parity db seed', () => {
  it('loads every bundled file with progress, then is a no-op', async () => {
    expect(firstSeed.code).toBe(0);
    expect(firstSeed.stderr).toMatch(
      /\[1\/50\] undp-hdr\/HDR25_Composite_indices_complete_time_series\.csv: 200004 observations/,
    );
    expect(firstSeed.stderr).toMatch(/bundled data: 50 of 50 files imported/);
    const again = await cli('db', 'seed');
    expect(again).toMatchObject({
      code: 0,
      stderr: expect.stringMatching(/^bundled data: all 50 files already loaded/),
    });
  });
});

describe('parity db status', () => {
  it('lists editions side by side with their counts', async () => {
    const r = await cli('db', 'status');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/bundled data: 50 of 50 files loaded/);
    expect(r.stdout).toMatch(/targets and quotas: 8 targets, 1 quotas/);
    expect(r.stdout).toMatch(/undp-hdr-composite HDR25: 200004 observations from 1 files; CC BY 3.0 IGO/);
    expect(r.stdout).toMatch(/undp-hdr-composite HDR23-24: 192615 observations/);
    expect(r.stdout).toMatch(/unsd-minset minset-2021-09-30: 29434 observations .*\(not redistributable\)/);
  });
});

describe('parity show', () => {
  it('shows the latest values with source and edition', async () => {
    const r = await cli('show', 'kaz');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Kazakhstan \(KAZ\)\n/);
    expect(r.stdout).toContain('Gender Inequality Index (GII): 0.182 (2023) — undp-hdr-composite HDR25');
    expect(r.stdout).toContain('Gender Inequality Index (GII): 0.177 (2022) — undp-hdr-composite HDR23-24');
    expect(r.stdout).toMatch(/27\.1 \(2021\) — unsd-minset/);
  });

  it('refuses an unknown code in one line', async () => {
    expect(await cli('show', 'XYZ')).toMatchObject({
      code: 2,
      stderr: 'parity: unknown country code "XYZ": expected an ISO 3166-1 alpha-3 code such as KAZ\n',
    });
  });
});

describe('parity compute', () => {
  it('computes the GII from stored components, matching the published values', async () => {
    const r = await cli('compute', 'gii', '--country', 'KAZ', '--years', '2021-2022');
    expect(r.stdout).toBe(
      'KAZ        2021  gii 0.182  published 0.182\nKAZ        2022  gii 0.168  published 0.168\n',
    );
  });

  it('uses another edition on request and writes components in CSV', async () => {
    const r = await cli(
      'compute',
      'gii',
      '--country',
      'KAZ',
      '--years',
      '2022',
      '--edition',
      'HDR23-24',
      '--format',
      'csv',
    );
    const [header, row] = r.stdout.trim().split('\n');
    const cells = Object.fromEntries(header!.split(',').map((h, i) => [h, row!.split(',')[i]]));
    expect(cells).toMatchObject({
      area: 'KAZ',
      year: '2022',
      edition: 'HDR23-24',
      rounded: '0.177',
      published: '0.177',
    });
    expect(Number(cells['components.gF'])).toBeCloseTo(0.39035, 5);
  });

  it('gives GDI and HDI with their components in JSON', async () => {
    const gdi = JSON.parse(
      (await cli('compute', 'gdi', '--country', 'KAZ', '--years', '2023', '--format', 'json')).stdout,
    );
    expect(gdi).toMatchObject([
      { rounded: 1.004, published: 1.004, components: { female: { hdi: expect.any(Number) } } },
    ]);
    const hdi = JSON.parse(
      (
        await cli(
          'compute',
          'hdi',
          '--country',
          'NGA',
          '--years',
          '2022',
          '--edition',
          'HDR23-24',
          '--format',
          'json',
        )
      ).stdout,
    );
    expect(hdi).toMatchObject([{ rounded: 0.548, published: 0.548 }]);
  });

  it.each([
    [['compute', 'gii', '--years', '20x'], 2, /--years: expected a year/],
    [['compute', 'gii', '--edition', 'HDR99'], 1, /no HDR edition "HDR99": the database has HDR25, HDR23-24/],
    [['compute', 'xyz'], 1, /value 'xyz' is invalid/],
  ])('fails clearly on %j', async (argv, code, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
  });
});

describe('parity import', () => {
  it('reports an already imported file as unchanged', async () => {
    const path = new URL(
      '../../data/worldbank-wdi/API_SG.GEN.PARL.ZS_DS2_en_csv_v2_3731396.csv',
      import.meta.url,
    ).pathname;
    const r = await cli('import', 'wdi', path);
    expect(r).toMatchObject({ code: 0, stdout: expect.stringMatching(/unchanged: already imported/) });
  });

  it.each([
    [
      ['import', 'nope', 'x.csv'],
      2,
      'parity: unknown kind "nope": expected one of hdr, open-sdg, unsd-minset, wdi, targets, quotas\n',
    ],
    [['import', 'hdr', '/nonexistent.csv'], 1, 'parity: /nonexistent.csv: no such file or folder\n'],
  ])('fails clearly on %j', async (argv, code, stderr) => {
    expect(await cli(...argv)).toMatchObject({ code, stderr });
  });
});
