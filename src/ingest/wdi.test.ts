import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from './diagnostic.ts';
import { memoryBytes } from './read-csv.ts';
import type { ParseResult } from './types.ts';
import { parseWdi, parseWdiFile, wdiSource } from './wdi.ts';

const DIR = 'data/worldbank-wdi';
const PARL = `${DIR}/API_SG.GEN.PARL.ZS_DS2_en_csv_v2_3731396.csv`;
const LFPR = `${DIR}/API_SL.TLF.CACT.FE.ZS_DS2_en_csv_v2_3731491.csv`;

const parsed = new Map<string, Promise<ParseResult>>();
function parseFile(path: string): Promise<ParseResult> {
  if (!parsed.has(path)) parsed.set(path, parseWdiFile(path));
  return parsed.get(path)!;
}

/** A WDI file as the Bank writes it: BOM, preamble, every field quoted, a trailing comma, CRLF. */
function wdiCsv(rows: string[][], years = ['2019', '2020'], date = '2022-02-15'): string {
  const line = (fields: string[]) => fields.map((f) => `"${f}"`).join(',') + ',\r\n';
  return (
    '\uFEFF' +
    line(['Data Source', 'World Development Indicators']) +
    '\r\n' +
    line(['Last Updated Date', date]) +
    '\r\n' +
    line(['Country Name', 'Country Code', 'Indicator Name', 'Indicator Code', ...years]) +
    rows.map(line).join('')
  );
}
const IND = ['Proportion of seats held by women in national parliaments (%)', 'SG.GEN.PARL.ZS'];

describe(parseWdi, () => {
  // Counts checked independently with Python's csv module (non-empty year cells: 5,438 and 7,285;
  // CHI's 31 LFPR values are in the rejected row).
  it.each([
    [PARL, 'wdi.SG.GEN.PARL.ZS', 5438, 'aggregates: the 48 codes with an empty Region in'],
    [LFPR, 'wdi.SL.TLF.CACT.FE.ZS', 7254, 'aggregates: no Metadata_Country_API_SL.TLF'],
  ])('parses %s: %s, %d observations', async (path, indicator, n, note) => {
    const r = await parseFile(path);
    expect(r.linesRead).toBe(266);
    expect(r.observations).toHaveLength(n);
    expect(new Set(r.observations.map((o) => o.indicator))).toEqual(new Set([indicator]));
    expect(r.aggregates).toHaveLength(49);
    expect(r.aggregates).toContainEqual({ code: 'WB.WLD', name: 'World' });
    expect(r.aggregates).toContainEqual({ code: 'WB.EUU', name: 'European Union' });
    expect(r.notes[0]?.message).toContain(note);
    expect(r.rejected.map(formatDiagnostic)).toEqual([
      `${path}:44:2: Country Code: unknown country code "CHI" (Channel Islands, Guernsey and Jersey combined: no ISO 3166-1 code in the country catalogue): expected an ISO 3166-1 alpha-3 code of the country catalogue or a World Bank aggregate code`,
    ]);
  });

  // PROVENANCE.md: KAZ women's share of seats, WDI dating (end of year).
  it.each([
    ['1997', 13.43],
    ['1998', 13.43],
    ['1999', 10.81],
    ['2000', 10.39],
    ['2006', 10.39],
    ['2007', 15.89],
    ['2008', 15.89],
    ['2009', 17.76],
    ['2011', 17.76],
    ['2012', 24.3],
    ['2013', 24.3],
    ['2014', 25.22],
    ['2015', 26.17],
    ['2016', 27.1],
    ['2020', 27.1],
  ])('KAZ SG.GEN.PARL.ZS %s = %d', async (year, v) => {
    const r = await parseFile(PARL);
    const o = r.observations.find((x) => x.area === 'KAZ' && x.period === year);
    expect(o?.value).toBeCloseTo(v, 2);
    expect(o).toMatchObject({ dims: {}, field: year, column: 5 + Number(year) - 1960 });
  });

  it('has no KAZ value before 1997, and aggregates carry the WB. prefix', async () => {
    const r = await parseFile(PARL);
    expect(r.observations.filter((o) => o.area === 'KAZ').map((o) => o.period)[0]).toBe('1997');
    const world = r.observations.find((o) => o.area === 'WB.WLD' && o.period === '2020');
    expect(world?.value).toBeCloseTo(25.58, 2);
    expect(r.observations.some((o) => o.area === 'WLD')).toBe(false);
  });

  it('sets the source from the preamble', async () => {
    expect((await parseFile(LFPR)).source).toEqual({
      dataset: 'wdi',
      publisher: 'The World Bank',
      title: 'World Development Indicators',
      edition: '2022-02-15',
      licence: 'CC BY 4.0',
      licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
      redistribution: true,
      url: 'https://datacatalog.worldbank.org/search/dataset/0037712/World-Development-Indicators',
      citation: 'World Bank, World Development Indicators (last updated 2022-02-15)',
    });
  });

  it('takes --edition over the preamble date, citing the date the file states', async () => {
    const r = await parseWdi({
      file: 'w.csv',
      bytes: memoryBytes(wdiCsv([['Kazakhstan', 'KAZ', ...IND, '', '27.1']])),
      edition: 'wdi-2022',
    });
    expect(r.source.edition).toBe('wdi-2022');
    expect(r.source.citation).toBe(wdiSource('x', '2022-02-15').citation);
    expect(r.observations).toEqual([
      {
        indicator: 'wdi.SG.GEN.PARL.ZS',
        area: 'KAZ',
        period: '2020',
        dims: {},
        value: 27.1,
        line: 6,
        column: 6,
        field: '2020',
      },
    ]);
  });

  it('maps Kosovo (XKX) to the catalogue code and tells aggregates from the given set', async () => {
    const csv = wdiCsv([
      ['Kosovo', 'XKX', ...IND, '', '38.3'],
      ['New group', 'NGX', ...IND, '1', '2'],
      ['World', 'WLD', ...IND, '24.3', '25.6'],
    ]);
    const without = await parseWdi({ file: 'w.csv', bytes: memoryBytes(csv) });
    expect(without.observations.map((o) => o.area)).toEqual(['XKK', 'WB.WLD', 'WB.WLD']);
    expect(without.rejected.map(formatDiagnostic)).toEqual([
      'w.csv:7:2: Country Code: unknown country code "NGX": expected an ISO 3166-1 alpha-3 code of the country catalogue or a World Bank aggregate code',
    ]);
    const withSet = await parseWdi({ file: 'w.csv', bytes: memoryBytes(csv), aggregates: new Set(['NGX']) });
    expect(withSet.rejected).toEqual([]);
    expect(withSet.aggregates).toEqual([
      { code: 'WB.NGX', name: 'New group' },
      { code: 'WB.WLD', name: 'World' },
    ]);
  });

  it('reads several indicators in one file, each row by its own code', async () => {
    const csv = wdiCsv([
      ['Kazakhstan', 'KAZ', ...IND, '27.1', ''],
      ['Kazakhstan', 'KAZ', 'Labor force participation rate, female', 'SL.TLF.CACT.FE.ZS', '64.0', ''],
      ['Kazakhstan', 'KAZ', 'Bad', 'SL TLF', '1', ''],
    ]);
    const r = await parseWdi({ file: 'w.csv', bytes: memoryBytes(csv) });
    expect(r.observations.map((o) => o.indicator)).toEqual(['wdi.SG.GEN.PARL.ZS', 'wdi.SL.TLF.CACT.FE.ZS']);
    expect(r.rejected.map(formatDiagnostic)).toEqual([
      'w.csv:8:4: Indicator Code: expected a WDI indicator code such as SG.GEN.PARL.ZS, got "SL TLF"',
    ]);
  });

  it('accepts rows without the trailing comma, and a file without BOM or CR', async () => {
    const csv = wdiCsv([['Kazakhstan', 'KAZ', ...IND, '1', '2']])
      .replace('\uFEFF', '')
      .replaceAll(',\r\n', '\n')
      .replaceAll('\r\n', '\n');
    const r = await parseWdi({ file: 'w.csv', bytes: memoryBytes(csv, 5) });
    expect(r.observations.map((o) => [o.period, o.value, o.line])).toEqual([
      ['2019', 1, 6],
      ['2020', 2, 6],
    ]);
  });
});
