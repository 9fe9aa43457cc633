import { describe, expect, it } from 'vitest';
import { ageBand, defaultDims, formatDims, parseDims } from './dims.ts';

describe('parseDims', () => {
  it.each([
    ['sex:F', { sex: 'F' }],
    ['sex:F,age:Y_GE15', { sex: 'F', age: 'Y_GE15' }],
    ['total', {}],
    ['', {}],
    [null, {}],
    ['unit:a:b', { unit: 'a:b' }],
    ['broken,sex:M', { sex: 'M' }],
  ])('%s', (raw, expected) => {
    expect(parseDims(raw)).toEqual(expected);
  });
});

describe('formatDims', () => {
  it.each([
    [{ sex: 'F' }, true, 'sex:F'],
    [{ sex: 'F', age: 'Y_GE15' }, true, 'age:Y_GE15,sex:F'],
    [{}, true, 'total'],
    [{ sex: '' }, true, 'total'],
    [{}, false, undefined],
  ])('%j (has dims: %s) → %s', (choice, hasDims, expected) => {
    expect(formatDims(choice, hasDims)).toBe(expected);
  });

  it('round-trips through parseDims', () => {
    expect(parseDims(formatDims({ sex: 'M', urbanisation: 'R' }, true))).toEqual({
      sex: 'M',
      urbanisation: 'R',
    });
  });
});

describe('defaultDims', () => {
  it.each([
    // hdr.pr: seats held by women and by men, no total in the HDR files.
    [{ sex: ['F', 'M'] }, { sex: 'F' }],
    [{}, {}],
    [
      { unit: ['PT'], sex: ['F', 'M'] },
      { unit: 'PT', sex: 'F' },
    ],
    [{ urbanisation: ['R', 'U'] }, {}],
    [{ sex: ['M', 'T'] }, {}],
  ])('%j → %j', (dims, expected) => {
    expect(defaultDims(dims)).toEqual(expected);
  });
});

describe('ageBand', () => {
  it.each([
    ['Y_GE15', '15+'],
    ['YGE65', '65+'],
    ['Y15T24', '15–24'],
    ['Y18T49', '18–49'],
    ['Y_LT5', '<5'],
    ['16 to 24', null],
    ['M25T28', null],
  ])('%s → %s', (code, expected) => {
    expect(ageBand(code)).toBe(expected);
  });
});
