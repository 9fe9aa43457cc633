import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countries, countryByIso2, countryByIso3, countryByM49 } from './countries.ts';

describe('countries', () => {
  it('covers ISO 3166-1 with codes and names in three languages', () => {
    expect(countries.length).toBeGreaterThanOrEqual(249);
    for (const c of countries) {
      expect(c.iso3).toMatch(/^[A-Z]{3}$/);
      expect(c.iso2).toMatch(/^[A-Z]{2}$/);
      expect(c.names.en && c.names.fr && c.names.ru).toBeTruthy();
    }
  });

  it.each([
    ['KAZ', 'KZ', '398', 'Kazakhstan', 'Kazakhstan', 'Казахстан'],
    ['TUR', 'TR', '792', 'Türkiye', 'Turquie', 'Турция'],
    ['GBR', 'GB', '826', 'United Kingdom', 'Royaume-Uni', 'Великобритания'],
  ])('%s', (iso3, iso2, m49, en, fr, ru) => {
    const c = countryByIso3(iso3)!;
    expect(c).toMatchObject({ iso2, m49 });
    expect(c.names.en).toContain(en);
    expect(c.names.fr).toContain(fr);
    expect(c.names.ru).toContain(ru);
    expect(countryByIso2(iso2)).toBe(c);
    expect(countryByM49(Number(m49))).toBe(c);
  });

  it('agrees with the bundled UNECE member list on every code', () => {
    const lines = readFileSync(
      new URL('../../data/unece-members/unece_member_states.csv', import.meta.url),
      'utf8',
    )
      .trim()
      .split('\n')
      .slice(1);
    expect(lines).toHaveLength(56);
    for (const line of lines) {
      const [, iso3, iso2, m49] = line.split(',');
      expect(countryByIso3(iso3!), iso3).toMatchObject({ iso2, m49 });
    }
  });
});
