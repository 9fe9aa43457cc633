import { describe, expect, it } from 'vitest';
import { fileBytes, memoryBytes } from './read-csv.ts';
import { parseWdiCountryMetadata, wdiCountryMetadataPath } from './wdi-country-metadata.ts';

const META = 'data/worldbank-wdi/Metadata_Country_API_SG.GEN.PARL.ZS_DS2_en_csv_v2_3731396.csv';

describe(parseWdiCountryMetadata, () => {
  it('reads the bundled file: 265 economies, 48 aggregates (empty Region)', async () => {
    const meta = await parseWdiCountryMetadata({ file: META, bytes: fileBytes(META) });
    expect(meta.entries).toHaveLength(265);
    expect(meta.aggregates.size).toBe(48);
    expect(meta.rejected).toEqual([]);
    expect(meta.entries.find((e) => e.code === 'KAZ')).toEqual({
      code: 'KAZ',
      name: 'Kazakhstan',
      region: 'Europe & Central Asia',
      incomeGroup: 'Upper middle income',
      line: expect.any(Number),
    });
    expect(meta.aggregates.has('WLD')).toBe(true);
    // Kosovo and the Channel Islands have a Region: economies, not aggregates.
    expect(meta.aggregates.has('XKX') || meta.aggregates.has('CHI')).toBe(false);
  });

  it.each([
    ['{"Country Code": "KAZ"}\n', /^m\.csv:1: not a World Bank WDI Metadata_Country CSV file/],
    [
      '"Country Code","Region","IncomeGroup","SpecialNotes",\n',
      /^m\.csv:1: missing column "TableName": expected a header/,
    ],
    ['"Country Code","Region","IncomeGroup","SpecialNotes","TableName",\n', /^m\.csv:1: no data rows/],
  ])('fails clearly on %j', async (csv, re) => {
    await expect(parseWdiCountryMetadata({ file: 'm.csv', bytes: memoryBytes(csv) })).rejects.toThrow(re);
  });

  it('rejects a row without a code and keeps the others', async () => {
    const csv =
      '"Country Code","Region","IncomeGroup","SpecialNotes","TableName",\n"","","","","?",\n"WLD","","","","World",\n';
    const meta = await parseWdiCountryMetadata({ file: 'm.csv', bytes: memoryBytes(csv) });
    expect(meta.rejected).toEqual([
      {
        file: 'm.csv',
        line: 2,
        column: 1,
        field: 'Country Code',
        message: 'expected a country or aggregate code, got an empty cell',
      },
    ]);
    expect([...meta.aggregates]).toEqual(['WLD']);
  });
});

describe(wdiCountryMetadataPath, () => {
  it.each([
    [
      'data/worldbank-wdi/API_SG.GEN.PARL.ZS_DS2_en_csv_v2_3731396.csv',
      'data/worldbank-wdi/Metadata_Country_API_SG.GEN.PARL.ZS_DS2_en_csv_v2_3731396.csv',
    ],
    ['API_X_DS2.csv', 'Metadata_Country_API_X_DS2.csv'],
    ['C:\\wdi\\API_X.csv', 'C:\\wdi\\Metadata_Country_API_X.csv'],
  ])('%s → %s', (file, expected) => {
    expect(wdiCountryMetadataPath(file)).toBe(expected);
  });
});
