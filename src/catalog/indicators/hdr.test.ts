import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hdrIndicators } from './hdr.ts';

const HEADER_ONLY = new Set(['iso3', 'country', 'hdicode', 'region']);

/** Variable families in an HDR file header, mapped as the shared contract says (`gni_pc_f` → `gnipc`). */
function families(edition: string): Set<string> {
  const file = new URL(
    `../../../data/undp-hdr/${edition}_Composite_indices_complete_time_series.csv`,
    import.meta.url,
  );
  const header = readFileSync(file, 'latin1').split(/\r?\n/, 1)[0]!.split(',');
  return new Set(
    header
      .filter((c) => !HEADER_ONLY.has(c))
      .map((c) => c.replace(/_\d{4}$/, '').replace(/^gni_pc_([fm])$/, 'gnipc_$1'))
      .map((v) => (/^(hdi|le|eys|mys|gnipc|se|pr|lfpr)_[fm]$/.test(v) ? v.slice(0, -2) : v)),
  );
}

describe('HDR indicators', () => {
  it('has the 27 codes of the contract, all from the HDR office', () => {
    expect(hdrIndicators).toHaveLength(27);
    for (const i of hdrIndicators) expect(i.publisher).toBe('UNDP Human Development Report Office');
  });

  it.each(['HDR25', 'HDR23-24'])('covers every column family of %s, and nothing else', (edition) => {
    const codes = new Set(hdrIndicators.map((i) => i.code));
    const fams = families(edition);
    expect(fams.size).toBe(27);
    for (const f of fams) expect(codes.has(`hdr.${f}`), f).toBe(true);
  });

  it('gives sex as a dimension exactly to the families with _f/_m columns', () => {
    const withSex = hdrIndicators.filter((i) => i.dimensions.includes('sex')).map((i) => i.code);
    expect(withSex.sort()).toEqual(
      ['hdr.eys', 'hdr.gnipc', 'hdr.hdi', 'hdr.le', 'hdr.lfpr', 'hdr.mys', 'hdr.pr', 'hdr.se'].sort(),
    );
  });

  // Published ranges seen in HDR25 must pass the bounds (e.g. pr_f 0–57.5, gdi 0.407–1.053, mmr up to 6,591).
  it.each([
    ['hdr.pr', 0],
    ['hdr.pr', 57.54716981],
    ['hdr.gdi', 1.053],
    ['hdr.mmr', 6591.343645],
    ['hdr.eys', 23.24768066],
    ['hdr.rankdiff_hdi_phdi', -122],
    ['hdr.gii', 0.84],
  ])('%s accepts %d', (code, value) => {
    const { min, max } = hdrIndicators.find((i) => i.code === code)!.valid;
    expect(min === undefined || value >= min).toBe(true);
    expect(max === undefined || value <= max).toBe(true);
  });
});
