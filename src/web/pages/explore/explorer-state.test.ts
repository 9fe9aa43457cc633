import { describe, expect, it } from 'vitest';
import type { IndicatorDetail, IndicatorEdition } from '../../components/api-types.ts';
import { defaultEdition, downloadUrl, observationQuery, readState, resolveState } from './explorer-state.ts';

const HDR25: IndicatorEdition = {
  dataset: 'undp-hdr-composite',
  edition: 'HDR25',
  firstYear: 1990,
  lastYear: 2023,
  areas: 206,
  // Not read by the explorer's state.
  observations: 0,
  redistribution: true,
};
const HDR2324: IndicatorEdition = { ...HDR25, edition: 'HDR23-24', lastYear: 2022, areas: 206 };

function indicator(
  code: string,
  dims: Record<string, string[]>,
  editions = [HDR2324, HDR25],
): IndicatorDetail {
  return {
    code,
    name: code,
    names: { en: code, fr: code, ru: code },
    unit: 'percent',
    direction: 'parity',
    definition: '',
    publisher: 'UNDP',
    concept: code,
    bpfa: [],
    clusters: [],
    sdgTargets: [],
    dimensions: Object.keys(dims),
    synonyms: [],
    categorical: false,
    editions,
    dims,
  };
}

describe('readState', () => {
  it.each([
    [
      '',
      {
        indicator: 'hdr.gii',
        countries: ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'],
        view: 'line',
        year: null,
        regionSet: null,
      },
    ],
    [
      '?indicator=hdr.pr&countries=kaz,GBR,bad1&view=map&year=2021',
      { indicator: 'hdr.pr', countries: ['KAZ', 'GBR'], view: 'map', year: 2021 },
    ],
    ['?countries=&view=pie&year=20x', { countries: [], view: 'line', year: null }],
    ['?regionSet=central-asia&edition=HDR25', { regionSet: 'central-asia', edition: 'HDR25' }],
  ])('%s', (search, expected) => {
    expect(readState(search)).toMatchObject(expected);
  });
});

describe('defaultEdition', () => {
  it.each([
    [[HDR2324, HDR25], 'HDR25'],
    [[HDR25, { ...HDR25, edition: 'other', areas: 1 }], 'HDR25'],
    [[], undefined],
  ])('%#', (editions, expected) => {
    expect(defaultEdition(editions)?.edition).toBe(expected);
  });
});

describe('resolveState and observationQuery', () => {
  it('defaults hdr.pr to the newest edition; the download carries the breakdown shown', () => {
    const s = resolveState(readState('?indicator=hdr.pr'), indicator('hdr.pr', { sex: ['F', 'M'] }));
    expect(s.edition).toBe('HDR25');
    expect(observationQuery(s, 'en', { dims: 'sex:F' })).toEqual({
      indicator: 'hdr.pr',
      country: ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'],
      dataset: 'undp-hdr-composite',
      edition: 'HDR25',
      dims: 'sex:F',
      lang: 'en',
    });
  });

  it('keeps a chosen edition, breakdown and region set, and a year for maps', () => {
    const s = resolveState(
      readState('?indicator=hdr.pr&edition=HDR23-24&dataset=undp-hdr-composite&dims=sex:M&regionSet=unece'),
      indicator('hdr.pr', { sex: ['F', 'M'] }),
    );
    expect(observationQuery(s, 'fr', { dims: 'sex:M', year: 2022 })).toEqual({
      indicator: 'hdr.pr',
      regionSet: 'unece',
      dataset: 'undp-hdr-composite',
      edition: 'HDR23-24',
      dims: 'sex:M',
      from: 2022,
      to: 2022,
      lang: 'fr',
    });
  });

  it('fetches without dims (the breakdown is narrowed in the page)', () => {
    const s = resolveState(readState('?dims=sex:F'), indicator('hdr.gii', {}));
    expect(observationQuery(s, 'en').dims).toBeUndefined();
  });
});

describe('downloadUrl', () => {
  it('carries exactly the filters shown', () => {
    expect(
      downloadUrl({ indicator: 'hdr.gii', country: ['KAZ', 'UZB'], edition: 'HDR25', lang: 'en' }, 'csv'),
    ).toBe('/api/observations/download?indicator=hdr.gii&country=KAZ%2CUZB&edition=HDR25&lang=en&format=csv');
  });
});
