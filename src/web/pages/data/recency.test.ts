import { describe, expect, it } from 'vitest';
import { newestYear, recency, recencyRange } from './recency.ts';

describe('recency', () => {
  it.each([
    // HDR25's latest year is 2023.
    [2023, 2023, 'current'],
    [2021, 2023, 'current'],
    [2020, 2023, 'recent'],
    [2018, 2023, 'recent'],
    [2017, 2023, 'older'],
    [2013, 2023, 'older'],
    [2012, 2023, 'old'],
    [null, 2023, 'none'],
    [undefined, 2023, 'none'],
  ] as const)('%s against %s → %s', (year, reference, expected) => {
    expect(recency(year, reference)).toBe(expected);
  });
});

describe('recencyRange', () => {
  it.each([
    ['current', [2021, 2023]],
    ['recent', [2018, 2020]],
    ['older', [2013, 2017]],
    ['old', [null, 2012]],
    ['none', null],
  ] as const)('%s', (bin, range) => {
    expect(recencyRange(bin, 2023)).toEqual(range);
  });
});

type Rows = { latest: Record<string, number | null> }[];

describe('newestYear', () => {
  it.each<[Rows, number | null]>([
    [[{ latest: { 'hdr.gii': 2023, 'wdi.SG.GEN.PARL.ZS': 2024 } }, { latest: { 'hdr.gii': null } }], 2024],
    [[{ latest: { 'hdr.gii': null } }], null],
    [[], null],
  ])('%#', (rows, expected) => {
    expect(newestYear(rows)).toBe(expected);
  });
});
