import { describe, expect, it } from 'vitest';
import { memoryIo } from './io.ts';
import { runCli } from './program.ts';

const HDR25 = new URL('../../data/undp-hdr/HDR25_Composite_indices_complete_time_series.csv', import.meta.url)
  .pathname;

describe('parity verify hdr', () => {
  it('prints one line per index and exits 0 when every value is reproduced', async () => {
    const io = memoryIo();
    expect(await runCli(['verify', 'hdr', HDR25], io)).toBe(0);
    expect(io.stdout()).toBe(
      [
        'gii: reproduced 4913 of 4913 published values',
        'gdi: reproduced 5243 of 5243 published values',
        'gdi_group: reproduced 184 of 184 published values',
        'hdi: reproduced 6314 of 6314 published values',
        '',
      ].join('\n'),
    );
  });

  it('fails with one line on stderr for a missing file', async () => {
    const io = memoryIo();
    expect(await runCli(['verify', 'hdr', 'nothere.csv'], io)).toBe(1);
    expect(io.stderr()).toBe('parity: nothere.csv: no such file\n');
  });

  it('has --help', async () => {
    const io = memoryIo();
    expect(await runCli(['verify', 'hdr', '--help'], io)).toBe(0);
    expect(io.stdout()).toMatch(/recompute every published GII, GDI, GDI group and HDI/);
  });
});
