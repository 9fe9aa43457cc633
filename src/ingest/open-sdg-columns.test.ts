import { describe, expect, it } from 'vitest';
import { columnRole, dimValue, snakeCase } from './open-sdg-columns.ts';

describe(snakeCase, () => {
  it.each([
    ['Type of partner abuse', 'type_of_partner_abuse'],
    ['REF_AREA', 'ref_area'],
    ['GeoCode', 'geocode'],
    ['Net weekly income (£)', 'net_weekly_income'],
    ['Urban or Rural', 'urban_or_rural'],
    ['Socio-economic classification', 'socio_economic_classification'],
    ['Région', 'region'],
    ['', ''],
  ])('%j → %j', (header, key) => {
    expect(snakeCase(header)).toBe(key);
  });
});

describe(columnRole, () => {
  it.each([
    ['Year', { role: 'year' }],
    ['Value', { role: 'value' }],
    ['Observation status', { role: 'status' }],
    ['Units', { role: 'dim', key: 'unit' }],
    ['Unit measure', { role: 'dim', key: 'unit' }],
    ['UNIT_MEASURE', { role: 'dim', key: 'unit' }],
    ['Unit multiplier', { role: 'dim', key: 'unit_multiplier' }],
    ['SERIES', { role: 'dim', key: 'series' }],
    ['GeoCode', { role: 'dim', key: 'geocode' }],
    ['', { role: 'blank' }],
  ])('%j is %j', (header, role) => {
    expect(columnRole(header)).toEqual(role);
  });
});

describe(dimValue, () => {
  it.each([
    ['sex', 'Female', 'F'],
    ['sex', 'Male', 'M'],
    ['sex', 'F', 'F'],
    ['sex', '_T', '_T'],
    ['age', 'Female', 'Female'],
    ['region', ' North East ', 'North East'],
  ])('%s %j → %j', (key, cell, value) => {
    expect(dimValue(key, cell)).toBe(value);
  });
});
