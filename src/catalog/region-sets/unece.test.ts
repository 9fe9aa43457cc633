import { describe, expect, it } from 'vitest';
import { countryByIso3 } from '../countries.ts';
import { readIso3Column, uneceRegionSet } from './unece.ts';

describe('UNECE membership', () => {
  it('reads the 56 members from the bundled CSV, all known countries', () => {
    const set = uneceRegionSet();
    expect(set.members).toHaveLength(56);
    expect(set.members.slice(0, 3)).toEqual(['ALB', 'AND', 'ARM']);
    expect(set.members).toEqual(expect.arrayContaining(['KAZ', 'CAN', 'USA', 'ISR', 'TUR']));
    for (const iso3 of set.members) expect(countryByIso3(iso3), iso3).toBeDefined();
    expect(uneceRegionSet()).toBe(set);
  });

  it('rejects a file with a bad code, naming the line', () => {
    expect(() => readIso3Column('name,iso3\nA,ALB\nB,kz\n')).toThrow(':3: iso3');
    expect(() => readIso3Column('name,code\nA,ALB\n')).toThrow('iso3');
    expect(readIso3Column('name,iso3\nB,UZB\nA,ALB\n')).toEqual(['ALB', 'UZB']);
  });
});
