import { describe, expect, it } from 'vitest';
import { impliedBounds, isWithin } from './indicator.ts';

describe('unit bounds', () => {
  it.each([
    ['percent', { min: 0, max: 100 }],
    ['index', { min: 0, max: 1 }],
    ['rank', { min: 1 }],
    ['per-100000-live-births', { min: 0 }],
    ['percent-change', { min: -100 }],
    ['rank-difference', {}],
    ['category', {}],
  ] as const)('%s', (unit, bounds) => {
    expect(impliedBounds(unit)).toEqual(bounds);
  });

  // Real values: KAZ GII 2023 0.182 (HDR25), KAZ women's seats 27.1 (UNSD 7100), KAZ 5.2.1.1 −56.0.
  it.each([
    [{ min: 0, max: 1 }, 0.182, true],
    [{ min: 0, max: 100 }, 27.1, true],
    [{ min: 0, max: 100 }, 100, true],
    [{ min: 0, max: 100 }, -0.5, false],
    [{ min: 0, max: 100 }, 100.01, false],
    [{ min: -100 }, -56, true],
    [{ min: 1 }, 0, false],
    [{}, Number.NaN, false],
    [{}, Number.POSITIVE_INFINITY, false],
  ])('isWithin(%o, %d) = %s', (range, value, ok) => {
    expect(isWithin(range, value)).toBe(ok);
  });
});
