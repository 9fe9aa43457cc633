import { describe, expect, it } from 'vitest';
import {
  breakdownKey,
  breakdowns,
  dimsText,
  latestByArea,
  MAX_COUNTRIES,
  pickBreakdown,
  selectCountries,
} from './compare-data.ts';
import type { Observation } from '../../components/api-types.ts';

describe('selectCountries', () => {
  const known = new Set(['KAZ', 'KGZ', 'UZB', 'TJK', 'TKM', 'ARM', 'AZE', 'GEO', 'MDA', 'UKR']);
  it.each([
    [['KAZ', 'KGZ', 'UZB'], ['KAZ', 'KGZ', 'UZB'], [], []],
    [['kaz', 'KAZ', ' kgz '], ['KAZ', 'KGZ'], [], []],
    [['KAZ', 'XXX', 'K1Z'], ['KAZ'], ['XXX', 'K1Z'], []],
    [
      ['KAZ', 'KGZ', 'UZB', 'TJK', 'TKM', 'ARM', 'AZE', 'GEO', 'MDA', 'UKR'],
      ['KAZ', 'KGZ', 'UZB', 'TJK', 'TKM', 'ARM', 'AZE', 'GEO'],
      [],
      ['MDA', 'UKR'],
    ],
    [[], [], [], []],
  ])('%j', (requested, codes, unknown, dropped) => {
    expect(selectCountries(requested, known)).toEqual({ codes, unknown, dropped });
  });
  it('keeps every well-formed code while the country list is loading', () => {
    expect(selectCountries(['XXX', 'KAZ', 'kz'], null)).toEqual({
      codes: ['XXX', 'KAZ'],
      unknown: ['kz'],
      dropped: [],
    });
  });
  it('never keeps more than eight', () => {
    expect(MAX_COUNTRIES).toBe(8);
  });
});

describe('latestByArea', () => {
  // GII, HDR25: KAZ 2022 = 0.168, 2023 = 0.182; KGZ 2022 = 0.34, 2023 = 0.34.
  const rows = [
    { area: 'KAZ', year: 2022, value: 0.168, edition: 'HDR25' },
    { area: 'KAZ', year: 2023, value: 0.182, edition: 'HDR25' },
    { area: 'KGZ', year: 2023, value: null, edition: 'HDR25' },
    { area: 'KGZ', year: 2022, value: 0.34, edition: 'HDR25' },
  ];
  it.each([
    ['KAZ', 2023, 0.182],
    ['KGZ', 2022, 0.34],
  ])('%s: %i = %f', (area, year, value) => {
    expect(latestByArea(rows).get(area)).toEqual({ year, value, edition: 'HDR25' });
  });
  it('leaves out areas without a value', () => {
    expect(latestByArea([{ area: 'UZB', year: 2023, value: null, edition: 'HDR25' }]).size).toBe(0);
  });
});

describe('dimsText', () => {
  it.each([
    [{ sex: 'F' }, 'sex=F'],
    [{ sex: 'F', age: 'Y_GE15' }, 'age=Y_GE15,sex=F'],
    [{}, ''],
    [undefined, ''],
  ])('%j → %s', (dims, text) => {
    expect(dimsText(dims)).toBe(text);
  });
});

describe('breakdowns', () => {
  const obs = (o: Partial<Observation>): Observation => ({
    indicator: 'hdr.pr',
    area: 'KAZ',
    areaName: 'Kazakhstan',
    period: '2023',
    year: 2023,
    text: null,
    status: null,
    footnote: null,
    dims: { sex: 'F' },
    value: 19.59459459,
    dataset: 'undp-hdr-composite',
    edition: 'HDR25',
    ...o,
  });
  // KAZ women's seats (hdr.pr F): HDR25 2023 = 19.6, 2022 = 24.7; HDR23-24 2022 = 24.7; men 2023 = 80.4.
  const data = [
    obs({}),
    obs({ year: 2022, value: 24.67532468 }),
    obs({ dims: { sex: 'M' }, value: 80.40540541 }),
    obs({ edition: 'HDR23-24', year: 2022, value: 24.67532468 }),
    obs({ edition: 'HDR23-24', year: 2021, value: null }),
  ];
  it('groups by dataset, edition and dims, most values first', () => {
    expect(breakdowns(data).map((b) => [b.key, b.count])).toEqual([
      ['undp-hdr-composite|HDR25|sex=F', 2],
      ['undp-hdr-composite|HDR23-24|sex=F', 1],
      ['undp-hdr-composite|HDR25|sex=M', 1],
    ]);
  });
  it.each([
    ['undp-hdr-composite|HDR25|sex=M', 'undp-hdr-composite|HDR25|sex=M'],
    ['gone', 'undp-hdr-composite|HDR25|sex=F'],
    [null, 'undp-hdr-composite|HDR25|sex=F'],
  ])('picks %s → %s', (wanted, key) => {
    expect(pickBreakdown(breakdowns(data), wanted)?.key).toBe(key);
  });
  it('has no breakdown without values', () => {
    expect(pickBreakdown(breakdowns([obs({ value: null })]), null)).toBeUndefined();
  });
  it('keys an observation', () => {
    expect(breakdownKey(obs({ dataset: 'wdi', edition: '2024-12', dims: {} }))).toBe('wdi|2024-12|');
  });
});
