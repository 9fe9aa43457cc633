import { describe, expect, it } from 'vitest';
import { clampVersion, defaultFrom } from './history-params.ts';

describe('clampVersion', () => {
  it.each([
    { raw: '2', expected: 2 },
    { raw: null, expected: 4 },
    { raw: '', expected: 4 },
    { raw: '0', expected: 4 },
    { raw: '6', expected: 4 },
    { raw: '2.5', expected: 4 },
    { raw: 'x', expected: 4 },
  ])('$raw of 5 → $expected', ({ raw, expected }) => {
    expect(clampVersion(raw, 4, 5)).toBe(expected);
  });
});

describe('defaultFrom', () => {
  // 1 created, 2 saved, 3 submitted, 4 saved after changes were requested, 5 resubmitted.
  const versions = [1, 2, 3, 4, 5].map((version) => ({ version, submitted: version === 3 || version === 5 }));
  it.each([
    { to: 5, expected: 3 },
    { to: 4, expected: 3 },
    { to: 3, expected: 2 },
    { to: 1, expected: 1 },
  ])('to $to → from $expected', ({ to, expected }) => {
    expect(defaultFrom(versions, to)).toBe(expected);
  });
});
