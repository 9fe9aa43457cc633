import { describe, expect, it } from 'vitest';
import { fileBytes } from './read-csv.ts';
import { WB_AGGREGATES, wdiArea } from './wdi-area.ts';
import { parseWdiCountryMetadata } from './wdi-country-metadata.ts';

const META = 'data/worldbank-wdi/Metadata_Country_API_SG.GEN.PARL.ZS_DS2_en_csv_v2_3731396.csv';

describe('WB_AGGREGATES', () => {
  it('is the empty-Region rows of the bundled Metadata_Country, plus INX (Not classified)', async () => {
    const meta = await parseWdiCountryMetadata({ file: META, bytes: fileBytes(META) });
    expect(new Set(Object.keys(WB_AGGREGATES))).toEqual(new Set([...meta.aggregates, 'INX']));
    expect(Object.keys(WB_AGGREGATES)).toHaveLength(49);
    // Names are the data files' `Country Name` (TableName differs for a few, e.g. TEA).
    expect(WB_AGGREGATES).toMatchObject({ WLD: 'World', EUU: 'European Union', INX: 'Not classified' });
  });
});

describe(wdiArea, () => {
  it.each([
    ['KAZ', undefined, { kind: 'country', area: 'KAZ' }],
    ['kaz', undefined, { kind: 'country', area: 'KAZ' }],
    ['GBR', undefined, { kind: 'country', area: 'GBR' }],
    ['WLD', undefined, { kind: 'aggregate', area: 'WB.WLD', code: 'WLD' }],
    ['EUU', undefined, { kind: 'aggregate', area: 'WB.EUU', code: 'EUU' }],
    ['INX', new Set(['WLD']), { kind: 'aggregate', area: 'WB.INX', code: 'INX' }],
    ['NEW', new Set(['NEW']), { kind: 'aggregate', area: 'WB.NEW', code: 'NEW' }],
    // Kosovo is an economy, not an aggregate: the country catalogue carries it as XKK.
    ['XKX', undefined, { kind: 'country', area: 'XKK' }],
  ])('%s (aggregates %o) → %o', (code, aggregates, expected) => {
    expect(wdiArea(code, aggregates)).toEqual(expected);
  });

  it.each([
    [
      'CHI',
      /^unknown country code "CHI" \(Channel Islands, Guernsey and Jersey combined: no ISO 3166-1 code/,
    ],
    [
      'XYZ',
      /^unknown country code "XYZ": expected an ISO 3166-1 alpha-3 code .* or a World Bank aggregate code$/,
    ],
    ['', /^unknown country code "": expected/],
    ['TOSTRING', /^unknown country code "TOSTRING"/],
  ])('rejects %j, saying what was expected', (code, re) => {
    const r = wdiArea(code);
    expect(r.kind).toBe('unknown');
    expect(r.kind === 'unknown' && r.expected).toMatch(re);
  });
});
