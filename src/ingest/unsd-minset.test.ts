import { describe, expect, it } from 'vitest';
import { FatalImportError, formatDiagnostic } from './diagnostic.ts';
import { fileBytes, memoryBytes } from './read-csv.ts';
import type { ParseResult } from './types.ts';
import { parseUnsdMinset, parseUnsdMinsetDirectory, UNSD_MINSET_EDITION } from './unsd-minset.ts';

const DIR = 'data/unstats-minset/series_data_rearranged';
const FILES: Record<number, string> = {
  600: '600__I_3__Ia7751861__Sab331582.csv',
  5200: '5200__II_11__I229b17ac__S42192176.csv',
  6000: '6000__III_3__I75250979__S75250979.csv',
  7000: '7000__IV_1__I22b614cb__S22b614cb.csv',
  7100: '7100__IV_2__I836a1d80__S5867152a.csv',
  7200: '7200__IV_2__I836a1d80__S37241f88.csv',
  7300: '7300__IV_3__I6b4d10a8__S6b4d10a8.csv',
  8100: '8100__V_1__Ia8b55125__S9a5e3c3a.csv',
  8500: '8500__V_4__Ic36721ab__S94021bf2.csv',
  8700: '8700__V_5__I731e1dca__S9ebf1887.csv',
  9600: '9600__QIV_1__I3afe1f42__S3afe1f42.csv',
  9700: '9700__QIV_2__I2f5318b1__S2f5318b1.csv',
  10900: '10900__QV_1__I71213127__Se2c9383f.csv',
  11000: '11000__QV_1__I71213127__S8adc3032.csv',
  11100: '11100__QV_1__I71213127__S579a33eb.csv',
  11200: '11200__QV_1__I71213127__Sd06c2eaf.csv',
};

const cache = new Map<number, Promise<ParseResult>>();
function real(n: number): Promise<ParseResult> {
  if (!cache.has(n)) {
    const file = `${DIR}/${FILES[n]}`;
    cache.set(n, parseUnsdMinset({ file, bytes: fileBytes(file) }));
  }
  return cache.get(n)!;
}

const HEADER =
  'INDICATOR_LABEL,INDICATOR_ID,INDICATOR_DESC,MINSET_SERIES,MINSET_SERIES_DESC,REF_AREA,REF_AREA_DESC,ISO3,X,Y,SDG_REGION,REPORTING_TYPE,REPORTING_TYPE_DESC,SOURCE_YEAR,UNIT_MEASURE,UNIT_MEASURE_DESC,TIME_PERIOD,OBS_VALUE__F,NATURE__F,COMMENT_OBS__F,isLatestValue__F';
const row = (o: {
  series?: string;
  ref?: string;
  name?: string;
  iso3?: string;
  year?: string;
  value?: string;
}) =>
  [
    'IV.2',
    'I836a1d80',
    'Proportion of seats',
    o.series ?? 'S5867152a',
    'Proportion of seats held by women in national parliament',
    o.ref ?? '398',
    o.name ?? 'Kazakhstan',
    o.iso3 ?? 'KAZ',
    '',
    '',
    '',
    'G',
    'Global',
    '2021',
    'PT',
    'Percent',
    o.year ?? '2021',
    o.value ?? '27.1',
    'C',
    'Annual data as of 1 Feb of given year.',
    'True',
  ].join(',');
const parseText = (text: string, edition?: string) =>
  parseUnsdMinset({ file: 'minset.csv', bytes: memoryBytes(text, 11), ...(edition ? { edition } : {}) });

async function fatal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(FatalImportError);
    return (e as Error).message;
  }
  throw new Error('expected a FatalImportError');
}

describe('parseUnsdMinset on the bundled files', () => {
  // rows from PROVENANCE.md; observations = non-empty value cells (checked against the files).
  it.each([
    [600, 'unsd.lfpr', 3317, 9690, 0],
    [5200, 'unsd.attainment_lsec', 944, 2816, 0],
    [6000, 'unsd.mmr', 3960, 3960, 35],
    [7000, 'unsd.ministers', 1501, 1501, 1],
    [7100, 'unsd.parl_seats', 4880, 4880, 40],
    [7200, 'unsd.local_seats', 173, 173, 13],
    [7300, 'unsd.managers', 2191, 2191, 21],
    [8100, 'unsd.ipv', 157, 314, 0],
    [8500, 'unsd.child_marriage_18', 201, 201, 14],
    [8700, 'unsd.abr', 2748, 2748, 21],
    [9600, 'unsd.quota_legislated', 125, 125, 0],
    [9700, 'unsd.quota_party', 191, 191, 0],
    [10900, 'unsd.legal_frameworks', 161, 161, 12],
    [11000, 'unsd.legal_frameworks', 161, 161, 12],
    [11100, 'unsd.legal_frameworks', 161, 161, 12],
    [11200, 'unsd.legal_frameworks', 161, 161, 12],
  ])('file %i → %s: %i rows, %i observations, %i aggregates', async (n, indicator, rows, obs, aggs) => {
    const r = await real(n);
    expect(r.linesRead).toBe(rows);
    expect(r.observations).toHaveLength(obs);
    expect(r.aggregates).toHaveLength(aggs);
    expect(r.rejected).toEqual([]);
    expect(new Set(r.observations.map((o) => o.indicator))).toEqual(new Set([indicator]));
    expect(r.source).toMatchObject({
      dataset: 'unsd-minset',
      edition: UNSD_MINSET_EDITION,
      redistribution: false,
    });
  });

  it.each([
    [['2000', '2001', '2002', '2003', '2004', '2005', '2006', '2007'], 10.39],
    [['2008', '2009'], 15.89],
    [['2010', '2011'], 17.76],
    [['2012', '2013'], 24.3],
    [['2014'], 25.22],
    [['2015', '2016'], 26.17],
    [['2017', '2018', '2019', '2020', '2021'], 27.1],
  ])('KAZ parliament seats (7100) %j = %d %%', async (years, value) => {
    const kaz = (await real(7100)).observations.filter((o) => o.area === 'KAZ');
    expect(kaz).toHaveLength(22);
    for (const year of years)
      expect(kaz.find((o) => o.period === year)).toMatchObject({
        indicator: 'unsd.parl_seats',
        dims: { sex: 'F' },
        value,
        status: 'C',
        footnote: expect.stringMatching(/ \| UNSD source year 2021$/),
        field: 'OBS_VALUE__F',
        column: 18,
      });
  });

  it.each([
    [{ age: 'Y_GE15' }, 71.13],
    [{ sex: 'F', age: 'Y_GE15' }, 66.68],
    [{ sex: 'M', age: 'Y_GE15' }, 76.11],
  ])('KAZ labour force participation 2008 (600) %j = %d', async (dims, value) => {
    const o = (await real(600)).observations.filter((x) => x.area === 'KAZ' && x.period === '2008');
    expect(o.find((x) => JSON.stringify(x.dims) === JSON.stringify(dims))).toMatchObject({
      value,
      status: 'C',
      footnote: expect.stringMatching(
        /^Population coverage: Excluding armed forces.* \| UNSD source year 2021$/,
      ),
    });
    expect(o).toHaveLength(3);
  });

  it('reads sex "other" (_O) as O', async () => {
    const ind = (await real(600)).observations.filter((x) => x.area === 'IND' && x.dims.sex === 'O');
    expect(ind.map((x) => [x.period, x.value])).toEqual([
      ['2018', 34.47],
      ['2019', 33.05],
    ]);
  });

  it('reads the form of violence and the time detail (8100)', async () => {
    const kaz = (await real(8100)).observations.filter((x) => x.area === 'KAZ');
    expect(kaz.map((x) => [x.dims, x.value, x.status])).toEqual([
      [{ sex: 'F', age: 'Y_GE15', form: 'PHY+SEX' }, 4.9, 'E'],
      [{ sex: 'F', age: 'Y15T49', form: 'PHY+SEX' }, 6.0, 'E'],
    ]);
    expect(kaz[0]!.footnote).toMatch(/ \| time detail: 2000-2018 \| UNSD source year 2021$/);
  });

  it('files the attainment level as education_lev, not age (5200)', async () => {
    const r = await real(5200);
    expect(r.observations[0]).toMatchObject({
      area: 'BGR',
      period: '1992',
      dims: { education_lev: 'AGG_2T8' },
      value: 50.75856,
    });
  });

  it.each([
    [9600, 'KAZ', undefined],
    [9600, 'BDI', 'Reserved seats'],
    [9600, 'FRA', 'Legislated Candidate Quotas'],
    [9600, 'UZB', 'Legislated Candidate Quotas'],
    [9700, 'KAZ', 'No'],
    [9700, 'GBR', 'Yes'],
  ])('quota file %i, %s: text %j, value null', async (n, area, text) => {
    const o = (await real(n)).observations.find((x) => x.area === area);
    if (text === undefined) expect(o).toBeUndefined();
    else
      expect(o).toMatchObject({
        period: '2019',
        value: null,
        text,
        dims: {},
        footnote: 'UNSD source year 2019',
      });
  });

  it.each([
    [10900, '1'],
    [11000, '2'],
    [11100, '3'],
    [11200, '4'],
  ])('legal frameworks file %i has dims.area %s', async (n, area) => {
    const r = await real(n);
    expect(new Set(r.observations.map((o) => JSON.stringify(o.dims)))).toEqual(
      new Set([JSON.stringify({ area })]),
    );
  });

  it('keeps aggregates apart: World is UNSD.001', async () => {
    const r = await real(10900);
    expect(r.aggregates).toContainEqual({ code: 'UNSD.001', name: 'World' });
    expect(r.aggregates).toContainEqual({ code: 'UNSD.053', name: 'Australia and New Zealand' });
    const world = r.observations.filter((o) => o.area === 'UNSD.001');
    expect(world.map((o) => [o.period, o.value])).toEqual([
      ['2018', 69.1538],
      ['2020', 70.89314],
    ]);
    expect(r.observations.find((o) => o.area === 'KAZ')).toMatchObject({ period: '2020', value: 60 });
    expect((await real(7000)).aggregates).toEqual([
      { code: 'UNSD.891', name: 'Serbia and Montenegro [former]' },
    ]);
  });
});

describe('parseUnsdMinset, bad input', () => {
  it('rejects bad rows with line, column and header and keeps the rest', async () => {
    const text = [
      HEADER,
      row({}),
      row({ iso3: 'XYZ' }),
      row({ ref: '417' }),
      row({ year: '2021a' }),
      row({ value: 'n/a' }),
      row({ value: '"1,5"' }),
      row({ iso3: '', ref: '1', name: 'World', value: '26.1' }),
      row({}).split(',').slice(0, 10).join(','),
    ].join('\n');
    const r = await parseText(text);
    expect(r.observations.map((o) => [o.area, o.value, o.line])).toEqual([
      ['KAZ', 27.1, 2],
      ['UNSD.001', 26.1, 8],
    ]);
    expect(r.aggregates).toEqual([{ code: 'UNSD.001', name: 'World' }]);
    expect(r.rejected.map(formatDiagnostic)).toEqual([
      'minset.csv:3:8: ISO3: unknown country code "XYZ": expected an ISO 3166-1 alpha-3 code',
      'minset.csv:4:6: REF_AREA: REF_AREA 417 does not match ISO3 KAZ: expected its M49 code 398',
      'minset.csv:5:17: TIME_PERIOD: expected a year such as 2022 or a span such as 2004/05 or 2004-2005, got "2021a"',
      'minset.csv:6:18: OBS_VALUE__F: expected a number, got "n/a"',
      'minset.csv:7:18: OBS_VALUE__F: expected a number, got "1,5"',
      'minset.csv:9: expected 21 fields as in the header, found 10',
    ]);
  });

  it('fails on an unknown MINSET_SERIES, naming it', async () => {
    expect(await fatal(parseText([HEADER, row({ series: 'S00000000' })].join('\n')))).toMatch(
      /^minset\.csv:2:4: MINSET_SERIES: unknown series "S00000000": expected one of Sab331582, /,
    );
  });

  it.each([
    [HEADER.replace('ISO3,', ''), /minset\.csv:1: missing column ISO3: expected a UNSD Minimum Set/],
    [
      HEADER.replace('TIME_PERIOD,', '').replace('SOURCE_YEAR,', ''),
      /missing columns TIME_PERIOD, SOURCE_YEAR/,
    ],
    [HEADER.replace('OBS_VALUE__F,', ''), /no value column/],
    [HEADER.replace('OBS_VALUE__F', 'OBS_VALUE__X'), /column OBS_VALUE__X: unknown sex code "X"/],
    [HEADER, /minset\.csv:1: no data rows/],
    ['', /the file is empty/],
    ['{"data": [1, 2, 3]}', /minset\.csv:1: not readable as CSV/],
    ['<html><body>Not found</body></html>', /minset\.csv:1: missing columns MINSET_SERIES, REF_AREA/],
  ])('fails on a wrong file: %#', async (text, message) => {
    expect(await fatal(parseText(text))).toMatch(message);
  });

  it('reports progress in bytes read', async () => {
    const text = [HEADER, row({})].join('\n');
    const seen: number[] = [];
    await parseUnsdMinset({ file: 'm.csv', bytes: memoryBytes(text, 100), onProgress: (n) => seen.push(n) });
    expect(seen.at(-1)).toBe(new TextEncoder().encode(text).length);
    expect(seen.length).toBeGreaterThan(2);
  });

  it('uses the edition override', async () => {
    expect((await parseText([HEADER, row({})].join('\n'), 'minset-2019')).source.edition).toBe('minset-2019');
  });
});

describe(parseUnsdMinsetDirectory, () => {
  it('parses all 16 files in file-number order', async () => {
    const outcomes = await parseUnsdMinsetDirectory(DIR);
    expect(outcomes.map((o) => Number(o.file.split('/').pop()!.split('__')[0]))).toEqual(
      Object.keys(FILES).map(Number),
    );
    expect(outcomes.every((o) => o.result !== undefined)).toBe(true);
    expect(outcomes.reduce((n, o) => n + o.result!.observations.length, 0)).toBe(29434);
  });
});
