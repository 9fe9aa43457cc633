import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCliEnv } from '../store/test-store.ts';
import { checkClaimsCommand } from './check-claims-command.ts';
import { memoryIo } from './io.ts';
import { runCli } from './program.ts';

// A small real store, loaded through the CLI itself: Kazakhstan's rows of both HDR editions and the
// bundled quotas (the whole bundled set is not needed).
const DATA = new URL('../../data/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'parity-check-claims-'));
let env: NodeJS.ProcessEnv;
let cleanup: () => Promise<void>;

const STATEMENT =
  'These include a 60% reduction in the gender inequality index; introduction of a 30% quota in Parliament ' +
  'for women and youth, including women with disabilities; and increased female leadership in state governance.';
const statementFile = join(dir, 'statement.txt');

async function cli(...argv: string[]) {
  const io = memoryIo(env);
  const code = await runCli(argv, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

function kazRows(edition: 'HDR25' | 'HDR23-24'): string {
  const text = readFileSync(
    join(DATA, `undp-hdr/${edition}_Composite_indices_complete_time_series.csv`),
    'latin1',
  );
  const lines = text.split('\r\n');
  const path = join(mkdtempSync(join(dir, 'hdr-')), `${edition}_kaz.csv`);
  writeFileSync(path, [lines[0], ...lines.filter((l) => l.startsWith('KAZ,')), ''].join('\r\n'), 'latin1');
  return path;
}

beforeAll(async () => {
  ({ env, cleanup } = await testCliEnv());
  writeFileSync(statementFile, STATEMENT);
  for (const argv of [
    ['import', 'hdr', kazRows('HDR25')],
    ['import', 'hdr', kazRows('HDR23-24')],
    ['import', 'quotas', join(DATA, 'parity/quotas.csv')],
  ]) {
    const r = await cli(...argv);
    if (r.code !== 0) throw new Error(`${argv.join(' ')}: ${r.stderr}`);
  }
}, 120_000);
afterAll(() => cleanup());

describe('parity check-claims', () => {
  it('lists each claim with its verdict, summary and evidence lines', async () => {
    const r = await cli('check-claims', statementFile, '--country', 'KAZ');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('3 claims: 1 not-supported, 1 partly-supported, 1 not-checkable');
    expect(lines).toContain(
      '[1] not-supported: "These include a 60% reduction in the gender inequality index" (KAZ)',
    );
    // First to latest year in each edition, then the closest: HDR25 2000–2022, 0.370 → 0.168.
    expect(lines).toContain('    ✗ HDR25, hdr.gii (total) 2000–2023: (0.182 − 0.370) / 0.370 = −50.8 %');
    expect(lines).toContain('    ✗ HDR23-24, hdr.gii (total) 2000–2022: (0.177 − 0.372) / 0.372 = −52.4 %');
    expect(lines).toContain(
      '    closest: other window: HDR25, hdr.gii (total) 2000–2022: (0.168 − 0.370) / 0.370 = −54.6 %',
    );
    expect(r.stdout).toMatch(/\[2\] partly-supported: "introduction of a 30% quota in Parliament/);
    expect(lines).toContain(
      '    note: rests only on the statement itself; no legal act or dataset in Parity',
    );
    expect(r.stdout).toMatch(
      /\[3\] not-checkable \(no-quantity\): "increased female leadership in state governance"/,
    );
  });

  it('writes JSON on request', async () => {
    const r = await cli('check-claims', statementFile, '--country', 'kaz', '--format', 'json');
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body).toMatchObject({ text: STATEMENT, country: 'KAZ' });
    expect(body.claims[0].closest.computedText).toBe('−54.6 %');
  });

  it('reads standard input for -', async () => {
    const io = memoryIo(env);
    const command = checkClaimsCommand(
      io,
      async () => 'Kazakhstan ranked 50th in the GII in 2023.',
    ).exitOverride();
    await command.parseAsync(['-'], { from: 'user' });
    expect(io.stdout()).toMatch(
      /^1 claim: 1 supported\n\n\[1\] supported: "Kazakhstan ranked 50th in the GII in 2023" \(KAZ\)\n/,
    );
    expect(io.stdout()).toContain(
      '    ✓ HDR25, hdr.gii_rank (total) 2023: GII rank 2023: 50th; claimed 50th',
    );
  });

  it('says when a text holds no claim', async () => {
    const file = join(dir, 'none.txt');
    writeFileSync(file, 'We thank the chair.');
    expect(await cli('check-claims', file)).toMatchObject({
      code: 0,
      stdout: 'no quantitative claims found\n',
    });
  });

  it.each([
    [['check-claims', 'nothere.txt'], 1, 'parity: nothere.txt: no such file\n'],
    [['check-claims', dir], 1, `parity: ${dir}: is a folder; expected a text file\n`],
    [
      ['check-claims', statementFile, '--format', 'xml'],
      2,
      'parity: invalid --format "xml": expected text or json\n',
    ],
    [
      ['check-claims', statementFile, '--country', 'XYZ'],
      2,
      'parity: --country: unknown country "XYZ": expected an ISO 3166-1 alpha-3 code such as KAZ\n',
    ],
  ])('refuses %j in one line', async (argv, code, stderr) => {
    expect(await cli(...argv)).toMatchObject({ code, stderr });
  });

  it('refuses an empty file, naming it', async () => {
    const file = join(dir, 'empty.txt');
    writeFileSync(file, '\n');
    expect(await cli('check-claims', file)).toMatchObject({
      code: 2,
      stderr: `parity: ${file}: expected a statement to check, got an empty text\n`,
    });
  });

  it('has --help', async () => {
    const r = await cli('check-claims', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--country <ISO3>/);
    expect(r.stdout).toMatch(/--format <format>/);
  });
});
