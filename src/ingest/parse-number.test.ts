import { describe, expect, it } from 'vitest';
import { parseNumber } from './parse-number.ts';

describe(parseNumber, () => {
  it.each([
    ['22.2', 22.2],
    [' 30.5 ', 30.5],
    ['-20.9', -20.9],
    ['+4', 4],
    ['0', 0],
    ['.5', 0.5],
    ['3.', 3],
    ['1e-3', 0.001],
    ['2.5E+2', 250],
    ['3.5634181351962', 3.5634181351962],
  ])('reads %j as %d', (raw, value) => {
    expect(parseNumber(raw)).toBe(value);
  });

  it.each([
    '',
    '  ',
    '1,5',
    '1 000',
    'abc',
    'n/a',
    'NaN',
    'Infinity',
    '-Infinity',
    '0x10',
    '1e',
    '--1',
    '1e999',
    '.',
  ])('rejects %j', (raw) => {
    expect(parseNumber(raw)).toBeUndefined();
  });
});
