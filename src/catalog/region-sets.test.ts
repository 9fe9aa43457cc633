import { describe, expect, it } from 'vitest';
import { countryByIso3 } from './countries.ts';
import { regionSetByCode, regionSets } from './region-sets.ts';

describe('region sets', () => {
  const sets = regionSets();

  it('has unique (code, version) pairs, sorted members that are all ISO countries, names in 3 languages', () => {
    const keys = sets.map((s) => `${s.code}@${s.version}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of sets) {
      expect(s.members.length, s.code).toBeGreaterThan(0);
      expect([...s.members].sort()).toEqual(s.members);
      expect(new Set(s.members).size).toBe(s.members.length);
      for (const iso3 of s.members) expect(countryByIso3(iso3), `${s.code}: ${iso3}`).toBeDefined();
      expect(s.name.en && s.name.fr && s.name.ru && s.source.note).toBeTruthy();
    }
  });

  it('has the 56 UNECE members, and every subregion is inside UNECE', () => {
    const unece = regionSetByCode('unece')!;
    expect(unece.members).toHaveLength(56);
    const members = new Set(unece.members);
    const subregions = sets.filter((s) => s.kind === 'subregion');
    expect(subregions.length).toBeGreaterThanOrEqual(8);
    for (const s of subregions)
      for (const iso3 of s.members) expect(members.has(iso3), `${s.code}: ${iso3}`).toBe(true);
  });

  it.each([
    ['central-asia', ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']],
    ['south-caucasus', ['ARM', 'AZE', 'GEO']],
    ['eastern-europe', ['BLR', 'MDA', 'UKR']],
    ['western-balkans', ['ALB', 'BIH', 'MKD', 'MNE', 'SRB']],
    ['efta', ['CHE', 'ISL', 'LIE', 'NOR']],
    ['north-america', ['CAN', 'USA']],
  ])('%s', (code, members) => {
    expect(regionSetByCode(code)?.members).toEqual(members);
  });

  it('has EU-27 with 27 members, without the United Kingdom', () => {
    const eu = regionSetByCode('eu-27')!;
    expect(eu.members).toHaveLength(27);
    expect(eu.members).toContain('HRV');
    expect(eu.members).not.toContain('GBR');
  });

  it('notes that Kosovo is not a UNECE member and keeps it out of the Western Balkans', () => {
    const wb = regionSetByCode('western-balkans')!;
    expect(wb.members).not.toContain('XKX');
    expect(wb.source.note).toMatch(/Kosovo/);
  });

  it('versions HDR sets by edition; without a version the newest edition comes first', () => {
    expect(regionSetByCode('hdr-region-eca', 'HDR25')?.version).toBe('HDR25');
    expect(regionSetByCode('hdr-region-eca', 'HDR23-24')?.version).toBe('HDR23-24');
    expect(regionSetByCode('hdr-region-eca')?.version).toBe('HDR25');
    expect(regionSetByCode('hdr-region-eca', 'HDR99')).toBeUndefined();
    expect(regionSetByCode('nowhere')).toBeUndefined();
  });

  // What the HDR files say for Kazakhstan: region ECA, hdicode 'Very High' in both editions.
  it.each(['HDR25', 'HDR23-24'])('puts KAZ in ECA and Very High in %s', (edition) => {
    expect(regionSetByCode('hdr-region-eca', edition)?.members).toContain('KAZ');
    expect(regionSetByCode('hdi-group-very-high', edition)?.members).toContain('KAZ');
    expect(regionSetByCode('hdi-group-high', edition)?.members).not.toContain('KAZ');
  });
});
