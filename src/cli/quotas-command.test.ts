import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_DATA_DIR } from '../services/seed.ts';
import { testCliEnv } from '../store/test-store.ts';
import { memoryIo } from './io.ts';
import { runCli } from './program.ts';

let env: NodeJS.ProcessEnv;
let cleanup: () => Promise<void>;
const QUOTAS = `${BUNDLED_DATA_DIR}parity/quotas.csv`;

async function cli(...argv: string[]) {
  const io = memoryIo(env);
  const code = await runCli(argv, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

beforeAll(async () => {
  ({ env, cleanup } = await testCliEnv());
  for (const argv of [
    ['import', 'quotas', QUOTAS],
    ['import', 'open-sdg', `${BUNDLED_DATA_DIR}open-sdg-kazstat/data/indicator_5-5-1.csv`],
    [
      'import',
      'unsd-minset',
      `${BUNDLED_DATA_DIR}unstats-minset/series_data_rearranged/7100__IV_2__I836a1d80__S5867152a.csv`,
    ],
  ]) {
    const r = await cli(...argv);
    if (r.code !== 0) throw new Error(r.stderr);
  }
});
afterAll(() => cleanup());

describe('parity quotas', () => {
  it('lists the quota with its groups and source kind', async () => {
    const r = await cli('quotas', '--country', 'kaz');
    expect(r.code).toBe(0);
    const [header, row] = r.stdout.split('\n');
    expect(header).toMatch(/^id +country +body +kind +applies to +threshold +groups +adopted +source$/);
    expect(row).toMatch(
      /^kaz-mazhilis-party-lists +KAZ +lower-chamber +legislated-candidate-quota +candidate-lists +30 % +women\+youth\+women-with-disabilities +not established +statement: Kazakhstan, statement at the Beijing\+30 Regional Review Meeting/,
    );
  });

  it('sets it against each source’s latest seat share: not comparable, gaps shown', async () => {
    const r = await cli('quotas', '--compliance');
    expect(r.stdout).toBe(
      'kaz-mazhilis-party-lists: KAZ lower-chamber, 30 % for women+youth+women-with-disabilities on candidate-lists (source: statement): not-comparable\n' +
        "  the quota covers women, youth and women with disabilities jointly: a women's seat share cannot show whether it is met; it applies to candidate lists: a seat share counts who was elected, not who was listed\n" +
        '  year  women   gap   source                                           counts                   status\n' +
        '  2023  23.0 %  -7.0  open-sdg-kaz 2024-10-24 (sdg.5.5.1)              single or lower chamber  not-comparable\n' +
        '  2021  27.1 %  -2.9  unsd-minset minset-2021-09-30 (unsd.parl_seats)  single or lower chamber  not-comparable\n',
    );
  });

  it('gives the evidence as JSON', async () => {
    const [c] = JSON.parse(
      (await cli('quotas', '--compliance', '--country', 'KAZ', '--format', 'json')).stdout,
    );
    expect(c).toMatchObject({
      quota: { id: 'kaz-mazhilis-party-lists', sourceKind: 'statement' },
      status: 'not-comparable',
      evidence: [
        { dataset: 'open-sdg-kaz', year: 2023, value: 23, gap: -7, definition: 'single-or-lower-chamber' },
        { dataset: 'unsd-minset', year: 2021, value: 27.1, definition: 'single-or-lower-chamber' },
      ],
    });
  });

  it('says when a country has none', async () => {
    expect(await cli('quotas', '--country', 'GBR', '--compliance')).toEqual({
      code: 0,
      stdout: 'no quotas\n',
      stderr: '',
    });
  });

  it('refuses an unknown country in one line', async () => {
    expect(await cli('quotas', '--country', 'KZ')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'parity: --country: unknown country "KZ": expected an ISO 3166-1 alpha-3 code such as KAZ\n',
    });
  });
});
