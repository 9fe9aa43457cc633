import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_DATA_DIR } from '../services/seed.ts';
import { testCliEnv } from '../store/test-store.ts';
import { memoryIo } from './io.ts';
import { runCli } from './program.ts';

let env: NodeJS.ProcessEnv;
let cleanup: () => Promise<void>;
let firstImport: { code: number; stdout: string; stderr: string };
const TARGETS = `${BUNDLED_DATA_DIR}parity/targets.csv`;

async function cli(...argv: string[]) {
  const io = memoryIo(env);
  const code = await runCli(argv, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

beforeAll(async () => {
  ({ env, cleanup } = await testCliEnv());
  firstImport = await cli('import', 'targets', TARGETS);
});
afterAll(() => cleanup());

describe('parity import targets', () => {
  it('loads the bundled targets, then finds them unchanged', async () => {
    expect(firstImport).toEqual({ code: 0, stdout: `${TARGETS}: 8 targets loaded\n`, stderr: '' });
    expect(await cli('import', 'targets', TARGETS)).toMatchObject({
      code: 0,
      stdout: `${TARGETS}: unchanged: already loaded (same SHA-256 as targets.csv)\n`,
    });
  });

  it('loads nothing from a file with a problem, naming where', async () => {
    const r = await cli('import', 'targets', `${BUNDLED_DATA_DIR}parity/quotas.csv`);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /quotas\.csv:1:2: unknown column "country": expected the header id,concept,scope,kind,value,year,source,source_url,note\n/,
    );
    expect(r.stderr).toMatch(/parity: .*quotas\.csv: nothing was loaded \(\d+ problems\)\n$/);
  });
});

describe('parity targets', () => {
  it('lists the targets of a concept with derived parity, as a table', async () => {
    const r = await cli('targets', '--concept', 'women-managers');
    expect(r).toEqual({
      code: 0,
      stderr: '',
      stdout:
        'concept         indicator      scope   kind        value  year  id\n' +
        'women-managers  all            global  sdg-target  50     2030  sdg-5.5-managers\n' +
        'women-managers  sdg.5.5.2      global  parity      50           parity.sdg.5.5.2\n' +
        'women-managers  unsd.managers  global  parity      50           parity.unsd.managers\n',
    });
  });

  it('gives the targets that apply to a country as JSON, with the quoted wording', async () => {
    const r = await cli('targets', '--area', 'KAZ', '--indicator', 'hdr.mmr', '--format', 'json');
    expect(JSON.parse(r.stdout)).toEqual([
      expect.objectContaining({
        id: 'sdg-3.1-maternal-mortality',
        value: 70,
        year: 2030,
        note: expect.stringContaining('less than 70 per 100,000 live births'),
      }),
    ]);
  });

  it('fails clearly on an unknown country', async () => {
    expect(await cli('targets', '--area', 'XYZ')).toMatchObject({
      code: 2,
      stderr: 'parity: --area: unknown country "XYZ": expected an ISO 3166-1 alpha-3 code such as KAZ\n',
    });
  });
});
