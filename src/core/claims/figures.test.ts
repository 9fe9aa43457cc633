import { describe, expect, it } from 'vitest';
import { DEFAULT_JUDGE_PARAMS as P } from './evidence.ts';
import {
  figureTolerance,
  fixed,
  meetsLevel,
  ordinal,
  signed,
  statedDecimals,
  valueText,
  yearRanges,
} from './figures.ts';

describe(figureTolerance, () => {
  it.each([
    // max(half a unit of the last digit, 2.5 % of the figure)
    [60, 1.5], // 0.5 vs 1.5
    [54.6, 1.365], // 0.05 vs 1.365
    [10, 0.5], // 0.5 vs 0.25
    [0.177, 0.004425], // 0.0005 vs 0.004425
    [2, 0.5], // 0.5 vs 0.05
    [100 / 3, 0.8333], // "a third": no digit part to speak of
  ])('%s → ±%s', (stated, tolerance) => {
    expect(figureTolerance(stated, P)).toBeCloseTo(tolerance, 4);
  });

  it('counts the decimals written', () => {
    expect([60, 54.6, 0.182, 27.1028, 1e21].map(statedDecimals)).toEqual([0, 1, 3, 4, 0]);
  });
});

describe(meetsLevel, () => {
  it.each([
    // KAZ women's seats: UNSD 27.1 (2021), national 23.0 (2023), HDR25 19.6 (2023).
    [27.1, 27, 'about', true],
    [23, 27, 'about', false],
    [26.4, 27, 'about', true], // within 0.675
    [26.3, 27, 'about', false],
    [19.59459459, 19, 'at-least', true],
    [18.6, 19, 'at-least', true], // rounds to 19
    [18.4, 19, 'at-least', false],
    [20.67, 20, 'more-than', true],
    [20, 20, 'more-than', false],
    [30.4, 30, 'at-most', true],
    [30.6, 30, 'at-most', false],
    [49.99, 50, 'less-than', true],
    [50, 50, 'less-than', false],
  ] as const)('%s against %s (%s) → %s', (value, stated, comparator, holds) => {
    expect(meetsLevel(value, stated, comparator, P)).toBe(holds);
  });
});

describe('numbers in words', () => {
  it('writes a real minus sign, a plus on changes, and the unit’s decimals', () => {
    expect(fixed(-54.5946, 1)).toBe('−54.6');
    expect(fixed(-0.00001, 3)).toBe('0.000');
    expect(signed(8.33, 1)).toBe('+8.3');
    expect(signed(0.01, 1)).toBe('0.0');
    expect(valueText(0.37, 'index')).toBe('0.370');
    expect(valueText(27.1028037383178, 'percent')).toBe('27.1 %');
    expect(valueText(50, 'rank')).toBe('50');
  });

  it('writes years as ranges and ranks as ordinals', () => {
    expect(yearRanges([2021, 2017, 2018, 2019, 2020, 2023])).toBe('2017–2021, 2023');
    expect(yearRanges([2020])).toBe('2020');
    expect([1, 2, 3, 11, 12, 13, 21, 42, 50, 83, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '11th',
      '12th',
      '13th',
      '21st',
      '42nd',
      '50th',
      '83rd',
      '101st',
      '111th',
    ]);
  });
});
