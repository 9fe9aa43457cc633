import { describe, expect, it } from 'vitest';
import { roundHalfAwayFromZero } from './round-half-away-from-zero.ts';

describe(roundHalfAwayFromZero, () => {
  it.each([
    // Exact decimal halves at the 4th decimal, including ones stored just below the half in binary
    // (0.5005 * 1000 === 500.49999999999994, 4.0005 * 1000 === 4000.4999999999995), where
    // Math.round(x * 1000) / 1000 rounds down.
    [0.0005, 0.001],
    [0.0015, 0.002],
    [0.0025, 0.003],
    [0.5005, 0.501],
    [0.5115, 0.512],
    [4.0005, 4.001],
    [1.0005, 1.001],
    [0.2325, 0.233],
    [0.8995, 0.9],
    [0.9745, 0.975],
    [0.89975, 0.9],
    [-0.0005, -0.001],
    [-0.5005, -0.501],
    // Just below and just above a half.
    [0.00049999, 0],
    [0.00050001, 0.001],
    [0.2324999, 0.232],
    // Ordinary values and exact thousandths.
    [0.232283118224063, 0.232],
    [0.232409, 0.232],
    [0.678051, 0.678],
    [0.5477500851449314, 0.548],
    [0.975, 0.975],
    [1, 1],
    [0, 0],
    [1e-7, 0],
  ])('rounds %d to %d', (x, expected) => {
    expect(roundHalfAwayFromZero(x, 3)).toBe(expected);
  });

  it('returns the same double as parsing the decimal', () => {
    expect(roundHalfAwayFromZero(0.23240868108101598, 3)).toBe(Number('0.232'));
  });

  it.each([
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [0.125, 2, 0.13],
    [1.005, 2, 1.01],
    [123.45678, 4, 123.4568],
  ])('rounds %d to %i digits: %d', (x, digits, expected) => {
    expect(roundHalfAwayFromZero(x, digits)).toBe(expected);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, 1e20])('leaves %d unchanged', (x) => {
    expect(roundHalfAwayFromZero(x, 3)).toBe(x);
  });

  it.each([-1, 1.5, 16])('rejects %d digits', (digits) => {
    expect(() => roundHalfAwayFromZero(1, digits)).toThrow(RangeError);
  });
});
