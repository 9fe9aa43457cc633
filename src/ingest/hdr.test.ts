import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from './diagnostic.ts';
import { HDR_VARIABLES, hdrColumn, hdrEdition, parseHdr } from './hdr.ts';
import { fileBytes, memoryBytes } from './read-csv.ts';
import type { ParseResult } from './types.ts';

const DIR = 'data/undp-hdr';
const HDR25 = `${DIR}/HDR25_Composite_indices_complete_time_series.csv`;
const HDR2324 = `${DIR}/HDR23-24_Composite_indices_complete_time_series.csv`;

const parsed = new Map<string, Promise<ParseResult>>();
function parseFile(path: string): Promise<ParseResult> {
  if (!parsed.has(path)) parsed.set(path, parseHdr({ file: path, bytes: fileBytes(path) }));
  return parsed.get(path)!;
}

function value(r: ParseResult, indicator: string, area: string, period: string, sex?: string) {
  return r.observations.find(
    (o) => o.indicator === indicator && o.area === area && o.period === period && o.dims.sex === sex,
  )?.value;
}

describe(hdrColumn, () => {
  it.each([
    ['hdi_1990', 'hdr.hdi', '1990', {}],
    ['hdi_f_2023', 'hdr.hdi', '2023', { sex: 'F' }],
    ['gni_pc_m_2021', 'hdr.gnipc', '2021', { sex: 'M' }],
    ['gnipc_2000', 'hdr.gnipc', '2000', {}],
    ['hdi_rank_2023', 'hdr.hdi_rank', '2023', {}],
    ['gdi_group_2022', 'hdr.gdi_group', '2022', {}],
    ['rankdiff_hdi_phdi_2023', 'hdr.rankdiff_hdi_phdi', '2023', {}],
    ['diff_hdi_phdi_2023', 'hdr.diff_hdi_phdi', '2023', {}],
    ['se_f_2010', 'hdr.se', '2010', { sex: 'F' }],
    ['lfpr_m_2010', 'hdr.lfpr', '2010', { sex: 'M' }],
    ['pop_total_2023', 'hdr.pop_total', '2023', {}],
  ])('maps %s to %s %s %j', (name, indicator, period, dims) => {
    expect(hdrColumn(name)).toEqual({ indicator, period, dims });
  });

  it.each(['hdi', 'hdi_20x3', 'hdx_2023', 'se_2023', 'hdi_1066', 'iso3'])('does not map %s', (name) => {
    expect(hdrColumn(name)).toBeUndefined();
  });

  it('covers 27 indicator families, the sex-specific ones as F and M', () => {
    const families = new Set(Object.values(HDR_VARIABLES).map((v) => v.indicator));
    expect(families.size).toBe(27);
  });
});

describe(hdrEdition, () => {
  it.each([
    ['data/undp-hdr/HDR25_Composite_indices_complete_time_series.csv', undefined, 'HDR25', 2025],
    ['HDR23-24_Composite_indices_complete_time_series.csv', undefined, 'HDR23-24', 2024],
    ['C:\\data\\hdr21-22_Composite.csv', undefined, 'HDR21-22', 2022],
    ['composite.csv', 'HDR25', 'HDR25', 2025],
    ['HDR23-24_x.csv', 'HDR25', 'HDR25', 2025],
  ])('%s with --edition %s → %s (%d)', (file, override, edition, year) => {
    expect(hdrEdition(file, override)).toEqual({ edition, year });
  });

  it.each([
    ['composite.csv', undefined, /^composite\.csv: cannot tell the edition: pass --edition/],
    ['composite.csv', '2025', /edition "2025" is not an HDR edition: expected HDRyy or HDRyy-yy/],
  ])('fails for %s with --edition %s', (file, override, re) => {
    expect(() => hdrEdition(file, override)).toThrow(re);
  });
});

describe(parseHdr, () => {
  // Exact counts: every non-empty value cell becomes one observation (checked independently with
  // Python's csv module: 200,004 and 192,616 non-empty cells; HDR23-24 has one `NaN`).
  it.each([
    [HDR25, 'HDR25', 200_004, 0, 4913],
    [HDR2324, 'HDR23-24', 192_615, 1, 4711],
  ])(
    'parses %s (%s): %d observations, %d rejected, %d GII values',
    async (path, edition, n, nRejected, nGii) => {
      const r = await parseFile(path);
      expect(r.source.edition).toBe(edition);
      expect(r.linesRead).toBe(206);
      expect(r.observations).toHaveLength(n);
      expect(r.rejected).toHaveLength(nRejected);
      expect(r.observations.filter((o) => o.indicator === 'hdr.gii')).toHaveLength(nGii);
      expect(r.aggregates.map((a) => a.code)).toEqual([
        'ZZA.VHHD',
        'ZZB.HHD',
        'ZZC.MHD',
        'ZZD.LHD',
        'ZZE.AS',
        'ZZF.EAP',
        'ZZG.ECA',
        'ZZH.LAC',
        'ZZI.SA',
        'ZZJ.SSA',
        'ZZK.WORLD',
      ]);
      expect(r.classifications).toHaveLength(195);
    },
  );

  it('rejects the one NaN cell of HDR23-24 alone, naming line, column and header', async () => {
    const r = await parseFile(HDR2324);
    expect(r.rejected.map(formatDiagnostic)).toEqual([
      `${HDR2324}:147:949: diff_hdi_phdi_1994: expected a number, got "NaN"`,
    ]);
    expect(value(r, 'hdr.diff_hdi_phdi', 'RWA', '1995')).toBeTypeOf('number');
  });

  // PROVENANCE.md: Kazakhstan's GII in each vintage (UNDP revises the back series).
  it.each([
    [HDR25, '2000', 0.37],
    [HDR25, '2005', 0.337],
    [HDR25, '2010', 0.27],
    [HDR25, '2015', 0.217],
    [HDR25, '2020', 0.182],
    [HDR25, '2021', 0.182],
    [HDR25, '2022', 0.168],
    [HDR25, '2023', 0.182],
    [HDR2324, '2000', 0.372],
    [HDR2324, '2022', 0.177],
  ])('%s: KAZ gii %s = %d', async (path, year, gii) => {
    expect(value(await parseFile(path), 'hdr.gii', 'KAZ', year)).toBe(gii);
  });

  it('keeps sex-specific columns as dims.sex and carries line, column and header', async () => {
    const r = await parseFile(HDR25);
    const prF = r.observations.find(
      (o) => o.indicator === 'hdr.pr' && o.area === 'KAZ' && o.period === '2023',
    );
    expect(prF).toMatchObject({ dims: { sex: 'F' }, value: 19.59459459, field: 'pr_f_2023' });
    const header = readFileSync(HDR25, 'latin1').split('\r\n')[0]!.split(',');
    expect(header[prF!.column! - 1]).toBe('pr_f_2023');
    expect(value(r, 'hdr.hdi_rank', 'KAZ', '2023')).toBe(60);
    expect(value(r, 'hdr.gdi_group', 'KAZ', '2023')).toBe(1);
    expect(value(r, 'hdr.gii', 'ZZK.WORLD', '2023')).toBe(0.455);
  });

  it.each([
    [HDR25, 'KAZ', { area: 'KAZ', hdicode: 'Very High', region: 'ECA' }],
    [HDR25, 'MCO', { area: 'MCO', hdicode: 'Other Countries or Territories' }],
    [HDR2324, 'MCO', { area: 'MCO' }],
    [HDR2324, 'BGR', { area: 'BGR', hdicode: 'High' }],
    [HDR25, 'BGR', { area: 'BGR', hdicode: 'Very High' }],
  ])('%s classifies %s as the file says', async (path, area, expected) => {
    expect((await parseFile(path)).classifications?.find((c) => c.area === area)).toEqual(expected);
  });

  it('decodes windows-1252 names (aggregates keep the file name) and sets the source', async () => {
    const r = await parseFile(HDR25);
    expect(r.aggregates.find((a) => a.code === 'ZZG.ECA')?.name).toBe('Europe and Central Asia');
    expect(r.observations.some((o) => o.area === 'CIV')).toBe(true);
    expect(r.source).toEqual({
      dataset: 'undp-hdr-composite',
      publisher: 'UNDP Human Development Report Office',
      title: 'Human Development Report: composite indices, complete time series',
      edition: 'HDR25',
      licence: 'CC BY 3.0 IGO',
      licenceUrl: 'https://hdr.undp.org/copyright-and-terms-use',
      redistribution: true,
      url: 'https://hdr.undp.org/data-center/documentation-and-downloads',
      citation:
        'UNDP (United Nations Development Programme). 2025. Human Development Report HDR25. Composite indices complete time series. New York.',
    });
  });

  it('streams: the same result in 7-byte chunks, with progress up to the file size', async () => {
    const bytes = readFileSync(HDR2324);
    const seen: number[] = [];
    const small = await parseHdr({
      file: HDR2324,
      bytes: memoryBytes(bytes.subarray(0, 40_000), 7),
      onProgress: (n) => seen.push(n),
    });
    expect(seen.at(-1)).toBe(40_000);
    // The cut falls inside line 4: that row is rejected, the two data rows before it are kept whole.
    expect(small.linesRead).toBe(3);
    expect(small.rejected[0]?.line).toBe(4);
    expect(small.rejected.map((d) => d.message)).toEqual([
      expect.stringMatching(/^expected 1076 fields, found \d+ \(truncated line\?\)$/),
    ]);
    const whole = await parseFile(HDR2324);
    const firstRows = whole.observations.filter((o) => o.line <= small.linesRead);
    expect(small.observations).toEqual(firstRows);
  });

  it('ignores unnamed trailing columns (a trailing comma), with or without the comma in rows', async () => {
    const csv =
      'iso3,country,hdicode,region,gii_2022,\r\nKAZ,Kazakhstan,High,ECA,0.177,\r\nGBR,UK,Very High,,0.1\r\n';
    const r = await parseHdr({ file: 'HDR23-24_x.csv', bytes: memoryBytes(csv) });
    expect(r.rejected).toEqual([]);
    expect(r.observations.map((o) => [o.area, o.value])).toEqual([
      ['KAZ', 0.177],
      ['GBR', 0.1],
    ]);
  });

  it('takes --edition over the file name', async () => {
    const csv = 'iso3,country,hdicode,region,gii_2022\r\nKAZ,Kazakhstan,High,ECA,0.177\r\n';
    const r = await parseHdr({ file: 'hdr.csv', bytes: memoryBytes(csv), edition: 'HDR23-24' });
    expect(r.source.edition).toBe('HDR23-24');
    expect(r.source.citation).toContain('. 2024. Human Development Report HDR23-24.');
    expect(r.observations).toEqual([
      {
        indicator: 'hdr.gii',
        area: 'KAZ',
        period: '2022',
        dims: {},
        value: 0.177,
        line: 2,
        column: 5,
        field: 'gii_2022',
      },
    ]);
  });
});
