import { describe, expect, it } from 'vitest';
import { compareBest, improvement, parityTarget, rankValues } from './direction.ts';

describe('parityTarget', () => {
  it.each([
    ['percent', 50],
    ['ratio', 1],
    ['index', null],
  ])('%s → %s', (unit, expected) => {
    expect(parityTarget(unit)).toBe(expected);
  });
});

describe('improvement', () => {
  it.each([
    // KAZ GII, HDR25: 0.168 (2022) → 0.182 (2023) is a setback (lower is better).
    ['lower-is-better', 'index', 0.168, 0.182, -0.014],
    ['lower-is-better', 'index', 0.182, 0.168, 0.014],
    ['higher-is-better', 'years', 11.2, 12.1, 0.9],
    // Women's seats: closer to 50 % is progress, from either side.
    ['parity', 'percent', 20, 30, 10],
    ['parity', 'percent', 60, 55, 5],
    ['parity', 'percent', 45, 60, -5],
    // GDI (ratio, parity 1): 0.94 → 0.98 closes 0.04 of the gap.
    ['parity', 'ratio', 0.94, 0.98, 0.04],
    ['parity', 'index', 0.4, 0.5, null],
    ['neutral', 'millions', 10, 12, null],
  ] as const)('%s %s %s → %s: %s', (direction, unit, from, to, expected) => {
    const got = improvement(direction, unit, from, to);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(expected, 9);
  });
});

describe('compareBest and rankValues', () => {
  it.each([
    ['lower-is-better', 'index', [0.182, 0.009, 0.3, 0.009], [3, 1, 4, 1]],
    ['higher-is-better', 'percent', [27.1, 45, null, 30], [3, 1, null, 2]],
    ['parity', 'percent', [27.1, 52, 47, 60], [4, 1, 2, 3]],
    ['neutral', 'millions', [1, 3, 2], [3, 1, 2]],
  ] as const)('%s %s %j → %j', (direction, unit, values, ranks) => {
    expect(rankValues(values, compareBest(direction, unit))).toEqual(ranks);
  });
});
