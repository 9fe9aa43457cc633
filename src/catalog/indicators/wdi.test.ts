import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wdiIndicators } from './wdi.ts';

const DIR = new URL('../../../data/worldbank-wdi/', import.meta.url);

/** INDICATOR_CODE and INDICATOR_NAME of each bundled Metadata_Indicator file. */
function metadata(): [string, string][] {
  return readdirSync(DIR)
    .filter((f) => f.startsWith('Metadata_Indicator_'))
    .map((f) => {
      const line = readFileSync(new URL(f, DIR), 'utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)[1]!;
      const [code, name] = [...line.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
      return [code!, name!];
    });
}

describe('WDI indicators', () => {
  it('has one entry per bundled WDI indicator, named as in its metadata file', () => {
    const meta = metadata();
    expect(meta).toHaveLength(2);
    expect(wdiIndicators.map((i) => i.code).sort()).toEqual(meta.map(([code]) => `wdi.${code}`).sort());
    for (const [code, name] of meta)
      expect(wdiIndicators.find((i) => i.code === `wdi.${code}`)?.name.en).toBe(name);
  });

  it('records the end-of-year dating that sets WDI apart from SDG 5.5.1', () => {
    const parl = wdiIndicators.find((i) => i.code === 'wdi.SG.GEN.PARL.ZS')!;
    expect(parl.concept).toBe('women-parliament-seats');
    expect(parl.conceptNote).toMatch(/end-December/);
  });
});
