import { writeFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyHdrFile } from './verify-hdr.ts';

const HDR = new URL('../../data/undp-hdr/', import.meta.url).pathname;

describe(verifyHdrFile, () => {
  it.each([
    [
      'HDR25_Composite_indices_complete_time_series.csv',
      'HDR25',
      { gii: 4913, gdi: 5243, gdi_group: 184, hdi: 6314 },
    ],
    [
      'HDR23-24_Composite_indices_complete_time_series.csv',
      'HDR23-24',
      { gii: 4711, gdi: 5014, gdi_group: 182, hdi: 6171 },
    ],
  ])('reproduces every published value in %s', async (file, edition, counts) => {
    const r = await verifyHdrFile(join(HDR, file));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.edition).toBe(edition);
    const summary = Object.fromEntries(
      r.checks.map((c) => [c.name, [c.reproduced, c.published, c.mismatches.length]]),
    );
    for (const [name, n] of Object.entries(counts)) expect(summary[name], name).toEqual([n, n, 0]);
  });

  it('reports a tampered value as a mismatch, naming the area and year', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parity-verify-'));
    const original = readFileSync(join(HDR, 'HDR25_Composite_indices_complete_time_series.csv'), 'latin1');
    const header = original.slice(0, original.indexOf('\r\n')).split(',');
    const col = header.indexOf('gii_2022');
    const lines = original.split('\r\n');
    const i = lines.findIndex((l) => l.startsWith('KAZ,'));
    const cells = lines[i]!.split(',');
    expect(cells[col]).toBe('0.168');
    cells[col] = '0.178';
    lines[i] = cells.join(',');
    const path = join(dir, 'HDR25_tampered.csv');
    writeFileSync(path, lines.join('\r\n'), 'latin1');
    const r = await verifyHdrFile(path);
    if (!r.ok) throw new Error(r.error.message);
    const gii = r.checks.find((c) => c.name === 'gii')!;
    expect(gii.reproduced).toBe(gii.published - 1);
    expect(gii.mismatches).toEqual([{ area: 'KAZ', period: '2022', published: 0.178, computed: 0.168 }]);
  });

  it('fails clearly on a missing file', async () => {
    expect(await verifyHdrFile('/nonexistent/HDR.csv')).toEqual({
      ok: false,
      error: { file: '/nonexistent/HDR.csv', line: 0, message: 'no such file' },
    });
  });
});
