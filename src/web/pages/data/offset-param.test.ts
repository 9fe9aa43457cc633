import { describe, expect, it } from 'vitest';
import { offsetParam } from './offset-param.ts';

describe('offsetParam', () => {
  it.each([
    ['40', 40],
    ['0', 0],
    [null, 0],
    ['', 0],
    ['-20', 0],
    ['2.5', 0],
    ['abc', 0],
  ])('%s → %i', (raw, expected) => {
    expect(offsetParam(raw)).toBe(expected);
  });
});
