import { describe, expect, it } from 'vitest';
import type { IndicatorSummary } from './api-types.ts';
import { groupIndicators, hasCountryData, matchesIndicator } from './indicator-groups.ts';

// Fields of an edition the grouping does not read.
const NOT_READ = { observations: 0, redistribution: true };

function ind(
  code: string,
  publisher: string,
  name: string,
  extra: Partial<IndicatorSummary> = {},
): IndicatorSummary {
  return {
    code,
    name,
    names: { en: name, fr: name, ru: name },
    unit: 'index',
    direction: 'lower-is-better',
    definition: '',
    publisher,
    concept: code,
    bpfa: [],
    clusters: [],
    sdgTargets: [],
    dimensions: [],
    synonyms: [],
    categorical: false,
    editions: [],
    ...extra,
  };
}

const gii = ind('hdr.gii', 'UNDP', 'Gender Inequality Index (GII)', {
  names: {
    en: 'Gender Inequality Index (GII)',
    fr: 'Indice d’inégalité de genre (IIG)',
    ru: 'Индекс гендерного неравенства (ИГН)',
  },
  synonyms: ['gender inequality index', 'GII'],
  editions: [
    {
      dataset: 'undp-hdr-composite',
      edition: 'HDR25',
      firstYear: 1990,
      lastYear: 2023,
      areas: 184,
      ...NOT_READ,
    },
  ],
});
const seats = ind('wdi.SG.GEN.PARL.ZS', 'World Bank', 'Seats held by women in national parliaments', {
  unit: 'percent',
  concept: 'women-parliament-seats',
  editions: [{ dataset: 'wdi', edition: '2025-01', firstYear: 1997, lastYear: 2023, areas: 1, ...NOT_READ }],
});
const quota = ind('unsd.quota', 'UNSD', 'Quota type', { unit: 'category', categorical: true });

describe('matchesIndicator', () => {
  it.each([
    [gii, '', true],
    [gii, 'gii', true],
    [gii, 'inegalite genre', true],
    [gii, 'неравенства', true],
    [gii, 'parliament', false],
    [seats, 'seats women', true],
    [seats, 'parliament-seats', true],
  ])('%#: %s', (indicator, query, expected) => {
    expect(matchesIndicator(indicator, query)).toBe(expected);
  });
});

describe('groupIndicators', () => {
  it('groups by publisher in name order', () => {
    const groups = groupIndicators([seats, quota, gii], 'en');
    expect(groups.map((g) => g.publisher)).toEqual(['UNDP', 'UNSD', 'World Bank']);
    expect(groups[0]!.indicators.map((i) => i.code)).toEqual(['hdr.gii']);
  });
});

describe('hasCountryData', () => {
  it.each([
    [gii, true],
    // One area only (a national platform): no map.
    [seats, false],
    [quota, false],
  ])('%#', (indicator, expected) => {
    expect(hasCountryData(indicator)).toBe(expected);
  });
});
