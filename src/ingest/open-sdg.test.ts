import { mkdtemp, writeFile, mkdir, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FatalImportError, formatDiagnostic } from './diagnostic.ts';
import { openSdgIndicatorCode, parseOpenSdgDirectory, parseOpenSdgFile } from './open-sdg.ts';
import { loadOpenSdgPlatform, type OpenSdgPlatform } from './open-sdg-platform.ts';
import { fileBytes, memoryBytes } from './read-csv.ts';
import type { ParseResult } from './types.ts';

const KZ = 'data/open-sdg-kazstat';
const UK = 'data/open-sdg-ons-uk';
let kz: OpenSdgPlatform;
let uk: OpenSdgPlatform;

beforeAll(async () => {
  kz = await loadOpenSdgPlatform(KZ);
  uk = await loadOpenSdgPlatform(UK);
});

const parseReal = (platform: OpenSdgPlatform, dir: string, name: string): Promise<ParseResult> =>
  parseOpenSdgFile({ file: `${dir}/data/${name}`, bytes: fileBytes(`${dir}/data/${name}`) }, platform);

const parseText = (text: string, name = 'indicator_5-5-1.csv', edition?: string): Promise<ParseResult> =>
  parseOpenSdgFile({ file: name, bytes: memoryBytes(text, 5), ...(edition ? { edition } : {}) }, uk);

async function fatal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(FatalImportError);
    return (e as Error).message;
  }
  throw new Error('expected a FatalImportError');
}

describe(openSdgIndicatorCode, () => {
  it.each([
    ['indicator_5-5-1.csv', 'sdg.5.5.1'],
    ['indicator_5-2-1-1.csv', 'sdg.5.2.1.1'],
    ['indicator_5-a-1.csv', 'sdg.5.a.1'],
    ['data/open-sdg-kazstat/data/indicator_5-b-1.csv', 'sdg.5.b.1'],
  ])('%s → %s', (file, code) => {
    expect(openSdgIndicatorCode(file)).toBe(code);
  });

  it.each(['5-5-1.csv', 'indicator_5-5-1.txt', 'indicator_.csv', 'indicator_5.csv', 'data.csv'])(
    'rejects the file name %s, stating the pattern',
    (file) => {
      expect(() => openSdgIndicatorCode(file)).toThrow(FatalImportError);
      expect(() => openSdgIndicatorCode(file)).toThrow(/expected indicator_<goal>-<target>-<indicator>\.csv/);
    },
  );
});

describe('parseOpenSdgFile, Kazakhstan (SDMX-coded)', () => {
  // Row counts from data/open-sdg-kazstat/PROVENANCE.md; every row has a value.
  it.each([
    ['indicator_5-1-1.csv', 0],
    ['indicator_5-2-1.csv', 12],
    ['indicator_5-2-1-1.csv', 7],
    ['indicator_5-2-1-2.csv', 7],
    ['indicator_5-2-2.csv', 4],
    ['indicator_5-3-1.csv', 4],
    ['indicator_5-3-2.csv', 0],
    ['indicator_5-4-1.csv', 10],
    ['indicator_5-5-1.csv', 27],
    ['indicator_5-5-2.csv', 2375],
    ['indicator_5-6-1.csv', 0],
    ['indicator_5-6-2.csv', 1],
    ['indicator_5-a-1.csv', 555],
    ['indicator_5-a-2.csv', 0],
    ['indicator_5-b-1.csv', 1206],
    ['indicator_5-c-1.csv', 0],
  ])('%s gives %d observations', async (name, rows) => {
    const r = await parseReal(kz, KZ, name);
    expect(r.linesRead).toBe(rows);
    expect(r.observations).toHaveLength(rows);
    expect(r.rejected).toEqual([]);
    expect(r.notes).toHaveLength(rows === 0 ? 1 : 0);
    expect(r.observations.every((o) => o.area === 'KAZ')).toBe(true);
  });

  // 2017 is 22.1 in the file (PROVENANCE.md rounds the 2016–2019 run to 22.2).
  it.each([
    ['2011', 16.9],
    ['2016', 22.2],
    ['2017', 22.1],
    ['2018', 22.2],
    ['2019', 22.2],
    ['2020', 30.5],
    ['2021', 30.5],
    ['2022', 23.0],
    ['2023', 23.0],
  ])('5.5.1 SG_GEN_PARL %s = %d %%', async (period, value) => {
    const r = await parseReal(kz, KZ, 'indicator_5-5-1.csv');
    const parl = r.observations.filter((o) => o.dims.series === 'SG_GEN_PARL' && o.period === period);
    expect(parl).toHaveLength(1);
    expect(parl[0]).toMatchObject({
      indicator: 'sdg.5.5.1',
      area: 'KAZ',
      dims: { unit: 'PT', series: 'SG_GEN_PARL' },
      value,
      column: 4,
      field: 'Value',
    });
    expect(kz.labels?.series?.SG_GEN_PARL).toBe('National Parliament (Mazhilis)');
  });

  it('reads 5.5.2 despite its BOM, CRLF and trailing empty column', async () => {
    const r = await parseReal(kz, KZ, 'indicator_5-5-2.csv');
    expect(r.observations.slice(0, 2)).toEqual([
      {
        indicator: 'sdg.5.5.2',
        area: 'KAZ',
        period: '2010',
        dims: { unit: 'PT' },
        value: 37.2,
        line: 2,
        column: 6,
        field: 'Value',
      },
      {
        indicator: 'sdg.5.5.2',
        area: 'KAZ',
        period: '2010',
        dims: { unit: 'PT', ref_area: 'KZAKM' },
        value: 39.9,
        line: 3,
        column: 6,
        field: 'Value',
      },
    ]);
    expect(kz.labels?.ref_area?.KZAKM).toBe('Akmola');
  });

  it('keeps SDMX codes in dims and takes the source from platform.json', async () => {
    const r = await parseReal(kz, KZ, 'indicator_5-4-1.csv');
    expect(r.observations.map((o) => o.dims).slice(0, 3)).toEqual([
      { unit: 'PT' },
      { unit: 'PT', urbanisation: 'U' },
      { unit: 'PT', urbanisation: 'R' },
    ]);
    expect(r.observations[0]!.value).toBe(12.8);
    expect(r.source).toMatchObject({ dataset: 'open-sdg-kaz', edition: '2024-10-24', redistribution: true });
    const sexes = new Set(r.observations.map((o) => o.dims.sex));
    expect(sexes).toEqual(new Set([undefined, 'F', 'M']));
  });

  it('notes a header-only file instead of failing', async () => {
    const r = await parseReal(kz, KZ, 'indicator_5-1-1.csv');
    expect(r.notes).toEqual([
      { file: `${KZ}/data/indicator_5-1-1.csv`, line: 1, message: expect.stringMatching(/no data rows/) },
    ]);
  });
});

describe('parseOpenSdgFile, United Kingdom (labelled)', () => {
  it.each([
    ['1918', {}, 0.1, 2],
    ['1922', {}, 0.3, 3],
    ['1974', { sub_period: 'a' }, 3.6, 17],
    ['1974', { sub_period: 'b' }, 4.3, 18],
    ['2017', {}, 31.8952234206, 28],
    ['2019', {}, 34.0, 29],
  ])('5.5.1 House of Commons %s %j = %d', async (period, extra, value, line) => {
    const r = await parseReal(uk, UK, 'indicator_5-5-1.csv');
    const o = r.observations.find((x) => x.line === line)!;
    expect(o).toMatchObject({
      indicator: 'sdg.5.5.1',
      area: 'GBR',
      period,
      value,
      status: 'Normal value',
      dims: { series: 'House of Commons', unit: 'Percentage (%)', unit_multiplier: 'Units', ...extra },
    });
    expect(Object.keys(o.dims).sort()).toEqual(
      ['series', 'unit', 'unit_multiplier', ...Object.keys(extra)].sort(),
    );
    if ('sub_period' in extra) expect(o.footnote).toMatch(/published as year "1974[ab]"/);
  });

  it('reads financial-year periods in 5.2.1 and maps headers to snake_case dims', async () => {
    const r = await parseReal(uk, UK, 'indicator_5-2-1.csv');
    expect(r.observations[0]).toMatchObject({
      period: '2004/05',
      value: 3.5634181351962,
      dims: {
        series: 'Women aged 16 to 59',
        unit: 'Percentage (%)',
        type_of_partner_abuse: 'Non-sexual',
        abuse_sub_category: 'Force',
        unit_multiplier: 'Units',
      },
      line: 2,
      column: 20,
      field: 'Value',
    });
    const periods = new Set(r.observations.map((o) => o.period));
    expect(periods.has('2004/05')).toBe(true);
    expect(periods.has('2021/22')).toBe(true);
    // 386 rows, of which 21 have an empty Value ("Missing value", "Missing value; suppressed").
    expect(r.linesRead).toBe(386);
    expect(r.observations).toHaveLength(365);
    expect(r.rejected).toEqual([]);
  });

  it.each(['indicator_5-6-2.csv', 'indicator_5-a-2.csv', 'indicator_5-c-1.csv'])(
    'turns the placeholder %s into a note',
    async (name) => {
      const r = await parseReal(uk, UK, name);
      expect(r.observations).toEqual([]);
      expect(r.rejected).toEqual([]);
      expect(r.notes).toEqual([
        { file: `${UK}/data/${name}`, line: 2, message: 'non-statistical indicator: no data' },
      ]);
      expect(r.linesRead).toBe(1);
    },
  );

  it('reads all 5862 rows of 5.6.1, in thousands', async () => {
    const r = await parseReal(uk, UK, 'indicator_5-6-1.csv');
    expect(r.linesRead).toBe(5862);
    expect(r.observations).toHaveLength(5862);
    expect(r.observations[0]).toMatchObject({
      period: '2014/15',
      value: 0.48,
      dims: {
        age: '15 and under',
        unit_multiplier: 'Thousands',
        unit: 'Number',
        type_of_contraception: 'Contraceptive patch',
      },
    });
  });

  it('maps Female/Male to F/M and keeps GeoCode and sub-national areas as dims', async () => {
    const r = await parseReal(uk, UK, 'indicator_5-a-1.csv');
    expect(r.observations[0]).toMatchObject({
      area: 'GBR',
      period: '2004',
      value: 23.3716475095785,
      dims: { sex: 'F', country: 'England', geocode: 'E92000001' },
    });
    expect(new Set(r.observations.map((o) => o.dims.sex))).toEqual(new Set(['F', 'M']));
  });

  it('keeps the unit in the key where a file mixes units (5.3.2)', async () => {
    const r = await parseReal(uk, UK, 'indicator_5-3-2.csv');
    expect(new Set(r.observations.map((o) => o.dims.unit))).toEqual(
      new Set(['Percentage (%)', 'Individuals']),
    );
    expect(r.observations.find((o) => o.line === 51)).toMatchObject({ period: '2015/16', value: 6195 });
  });
});

describe('parseOpenSdgFile, bad input', () => {
  it.each([
    ['Series,Value\nA,1\n', /indicator_5-5-1\.csv:1: missing column Year: expected an Open SDG header/],
    ['Year,Series\n2020,A\n', /indicator_5-5-1\.csv:1: missing column Value/],
    [
      'Year,Units,Unit measure,Value\n2020,%,%,1\n',
      /columns Units and Unit measure both give the dimension unit/,
    ],
    ['Year,Value,Value\n2020,1,2\n', /the column Value appears twice/],
    ['', /the file is empty/],
  ])('fails on a wrong header: %j', async (text, message) => {
    expect(await fatal(parseText(text))).toMatch(message);
  });

  it('fails on a file name that is not indicator_*.csv before reading', async () => {
    expect(await fatal(parseText('Year,Value\n2020,1\n', 'women-in-parliament.csv'))).toMatch(
      /^women-in-parliament\.csv: the file name does not follow the Open SDG pattern: expected indicator_/,
    );
  });

  it('rejects bad rows with line, column and header, and keeps the good ones', async () => {
    const text = [
      'Year,Series,Value,',
      '2019,House of Commons,34.0,',
      '2020,House of Commons,n/a,',
      '2021,House of Commons,"1,5",',
      '20x4,House of Commons,30,',
      '2022,House of Commons',
      '2023,House of Commons,35,stray',
      '2024,House of Commons,,',
      '2004/05,House of Lords,20,',
    ].join('\n');
    const r = await parseText(text);
    expect(r.observations.map((o) => [o.period, o.value, o.line])).toEqual([
      ['2019', 34, 2],
      ['2004/05', 20, 9],
    ]);
    expect(r.rejected.map(formatDiagnostic)).toEqual([
      'indicator_5-5-1.csv:3:3: Value: expected a number, got "n/a"',
      'indicator_5-5-1.csv:4:3: Value: expected a number, got "1,5"',
      'indicator_5-5-1.csv:5:1: Year: expected a year such as 2022 or a span such as 2004/05 or 2004-2005, got "20x4"',
      'indicator_5-5-1.csv:6: expected 4 fields as in the header, found 2',
      'indicator_5-5-1.csv:7:4: expected an empty cell (the column has no header), got "stray"',
    ]);
    expect(r.linesRead).toBe(8);
  });

  it('reports progress in bytes read', async () => {
    const seen: number[] = [];
    const text = 'Year,Value\n2020,1\n2021,2\n';
    await parseOpenSdgFile(
      { file: 'indicator_5-5-1.csv', bytes: memoryBytes(text, 8), onProgress: (n) => seen.push(n) },
      uk,
    );
    expect(seen).toEqual([8, 16, 24, 25]);
  });

  it('uses the edition override', async () => {
    const r = await parseText('Year,Value\n2020,1\n', 'indicator_5-5-1.csv', '2026-01-01');
    expect(r.source.edition).toBe('2026-01-01');
    expect(r.observations[0]).toMatchObject({ indicator: 'sdg.5.5.1', dims: {}, value: 1 });
    expect((await parseText('Year,Value\n2020,1\n')).source.edition).toBe('2025-09-24');
  });
});

describe(parseOpenSdgDirectory, () => {
  it('parses every file of a platform folder, one result each', async () => {
    const { platform, files } = await parseOpenSdgDirectory(UK);
    expect(platform.country).toBe('GBR');
    expect(files.map((f) => f.file.replace(`${UK}/data/`, ''))).toEqual([
      'indicator_5-1-1.csv',
      'indicator_5-2-1.csv',
      'indicator_5-2-2.csv',
      'indicator_5-3-1.csv',
      'indicator_5-3-2.csv',
      'indicator_5-4-1.csv',
      'indicator_5-5-1.csv',
      'indicator_5-5-2.csv',
      'indicator_5-6-1.csv',
      'indicator_5-6-2.csv',
      'indicator_5-a-1.csv',
      'indicator_5-a-2.csv',
      'indicator_5-b-1.csv',
      'indicator_5-c-1.csv',
    ]);
    expect(files.every((f) => f.result && f.result.rejected.length === 0)).toBe(true);
  });

  it('accepts the data folder itself, and reports a misnamed file without stopping', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'open-sdg-'));
    await mkdir(join(dir, 'data'));
    await copyFile(`${UK}/platform.json`, join(dir, 'platform.json'));
    await copyFile(`${UK}/data/indicator_5-5-1.csv`, join(dir, 'data', 'indicator_5-5-1.csv'));
    await writeFile(join(dir, 'data', 'notes.csv'), 'Year,Value\n2020,1\n');
    const { files } = await parseOpenSdgDirectory(join(dir, 'data'));
    expect(
      files.map((f) => [f.file.replace(`${dir}/data/`, ''), f.result?.observations.length, f.error?.message]),
    ).toEqual([
      ['indicator_5-5-1.csv', 130, undefined],
      ['notes.csv', undefined, expect.stringMatching(/does not follow the Open SDG pattern/)],
    ]);
  });

  it('fails on a folder without platform.json', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'open-sdg-'));
    expect(await fatal(parseOpenSdgDirectory(dir))).toMatch(
      /no platform\.json here: expected an Open SDG platform folder/,
    );
  });
});
