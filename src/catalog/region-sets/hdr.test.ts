import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { hdrCsvUrl, hdrRegionSets, hdrSetsFromClassifications, type HdrEdition } from './hdr.ts';

/** Rows of the HDR file, read here independently of the module: [iso3, country, hdicode, region]. */
function fileRows(edition: HdrEdition): string[][] {
  const text = new TextDecoder('windows-1252').decode(readFileSync(hdrCsvUrl(edition)));
  return (parse(text) as string[][]).slice(1).filter((r) => !r[0]!.startsWith('ZZ'));
}

describe('HDR regions and HDI groups', () => {
  // Counts seen in the files: countries with a region (151 in both), with an hdicode (195 / 193).
  it.each([
    ['HDR25', 151, 195, 11],
    ['HDR23-24', 151, 193, 10],
  ] as const)(
    '%s: every non-ZZ row with a region or hdicode is in exactly one set',
    (edition, withRegion, withCode, setCount) => {
      const sets = hdrRegionSets(edition);
      expect(sets).toHaveLength(setCount);
      const rows = fileRows(edition);
      expect(rows.filter((r) => r[3]).length).toBe(withRegion);
      expect(rows.filter((r) => r[2]).length).toBe(withCode);
      for (const [iso3, , hdicode, region] of rows) {
        const regions = sets.filter((s) => s.kind === 'hdr-region' && s.members.includes(iso3!));
        const groups = sets.filter((s) => s.kind === 'hdi-group' && s.members.includes(iso3!));
        expect(regions.length, `${iso3} region`).toBe(region ? 1 : 0);
        expect(groups.length, `${iso3} group`).toBe(hdicode ? 1 : 0);
      }
      for (const s of sets) expect(s.version).toBe(edition);
    },
  );

  it('matches the file for ECA in HDR25 (17 countries) and names the aggregate row', () => {
    const eca = hdrRegionSets('HDR25').find((s) => s.code === 'hdr-region-eca')!;
    expect(eca.members).toEqual([
      ...['ALB', 'ARM', 'AZE', 'BIH', 'BLR', 'GEO', 'KAZ', 'KGZ', 'MDA', 'MKD', 'MNE', 'SRB', 'TJK', 'TKM'],
      ...['TUR', 'UKR', 'UZB'],
    ]);
    expect(eca.aggregateArea).toBe('ZZG.ECA');
  });

  it.each([
    ['HDR25', 'hdi-group-very-high', 74],
    ['HDR25', 'hdi-group-low', 26],
    ['HDR25', 'hdi-group-other', 2],
    ['HDR23-24', 'hdi-group-very-high', 69],
    ['HDR23-24', 'hdi-group-low', 33],
  ] as const)('%s %s has %i members', (edition, code, n) => {
    expect(hdrRegionSets(edition).find((s) => s.code === code)?.members).toHaveLength(n);
  });

  it('records what the files say for Albania: High in HDR23-24, Very High in HDR25', () => {
    const group = (e: HdrEdition) =>
      hdrRegionSets(e).find((s) => s.kind === 'hdi-group' && s.members.includes('ALB'))?.code;
    expect(group('HDR23-24')).toBe('hdi-group-high');
    expect(group('HDR25')).toBe('hdi-group-very-high');
  });

  it('throws on a label it does not know, and drops empty groups', () => {
    expect(() => hdrSetsFromClassifications('X', [{ iso3: 'AAA', hdicode: 'Huge', region: '' }])).toThrow(
      'unknown hdicode "Huge"',
    );
    expect(() => hdrSetsFromClassifications('X', [{ iso3: 'AAA', hdicode: '', region: 'EU' }])).toThrow(
      'unknown region "EU"',
    );
    const sets = hdrSetsFromClassifications('X', [{ iso3: 'KAZ', hdicode: 'High', region: 'ECA' }]);
    expect(sets.map((s) => s.code)).toEqual(['hdr-region-eca', 'hdi-group-high']);
  });
});
