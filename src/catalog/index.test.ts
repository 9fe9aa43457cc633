import { describe, expect, it } from 'vitest';
import * as catalog from './index.ts';

describe('catalog public API', () => {
  it.each([
    'countryByIso3',
    'bpfaAreas',
    'reviewClusters',
    'sdg5Indicators',
    'regionSets',
    'regionSetByCode',
    'indicators',
    'indicatorByCode',
    'indicatorsByConcept',
    'findIndicatorsBySynonym',
    'impliedBounds',
  ])('exports %s', (name) => {
    expect(catalog).toHaveProperty(name);
  });

  it('answers across modules: KAZ is a UNECE member and its seat series map to area G', () => {
    expect(catalog.regionSetByCode('unece')?.members).toContain('KAZ');
    expect(catalog.indicatorByCode('unsd.parl_seats')?.bpfa).toEqual(['G']);
    expect(catalog.bpfaArea('G')?.title.en).toBe('Women in power and decision-making');
  });
});
