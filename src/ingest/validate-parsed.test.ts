import { describe, expect, it } from 'vitest';
import { dimsKey, validateParsed } from './validate-parsed.ts';
import type { ParseResult, ParsedObservation } from './types.ts';

const obs = (line: number, o: Partial<ParsedObservation> = {}): ParsedObservation => ({
  indicator: 'hdr.pr',
  area: 'KAZ',
  period: '2022',
  dims: { sex: 'F' },
  value: 19.6,
  line,
  column: 7,
  field: 'pr_f_2022',
  ...o,
});

const result = (observations: ParsedObservation[]): ParseResult => ({
  source: {
    dataset: 'd',
    publisher: 'p',
    title: 't',
    edition: 'e',
    licence: 'l',
    redistribution: true,
    citation: 'c',
  },
  observations,
  aggregates: [],
  rejected: [],
  notes: [],
  linesRead: observations.length,
});

const rules = (code: string) =>
  code === 'hdr.pr' ? { unit: 'percent', valid: { min: 0, max: 100 } } : undefined;

describe(dimsKey, () => {
  it.each([
    [{}, ''],
    [{ sex: 'F' }, 'sex=F'],
    [{ sex: 'F', age: 'Y_GE15' }, 'age=Y_GE15;sex=F'],
  ])('%j → %j', (dims, key) => expect(dimsKey(dims)).toBe(key));
});

describe(validateParsed, () => {
  it('rejects a negative share, saying where and what was expected', () => {
    const v = validateParsed('hdr.csv', result([obs(3, { value: -4 })]), rules);
    expect(v.observations).toHaveLength(0);
    expect(v.rejected).toEqual([
      {
        file: 'hdr.csv',
        line: 3,
        column: 7,
        field: 'pr_f_2022',
        message: 'expected a value ≥ 0 (percent), got -4',
      },
    ]);
  });

  it('rejects a share above 100', () => {
    expect(validateParsed('f', result([obs(3, { value: 100.5 })]), rules).rejected[0]?.message).toMatch(
      /≤ 100/,
    );
  });

  it('keeps the first of two duplicate rows and rejects the second, naming the first', () => {
    const v = validateParsed('f', result([obs(3), obs(9)]), rules);
    expect(v.observations.map((o) => o.line)).toEqual([3]);
    expect(v.rejected[0]).toMatchObject({ line: 9, message: expect.stringMatching(/duplicate of line 3/) });
  });

  it('treats different dimensions as different keys', () => {
    expect(
      validateParsed('f', result([obs(3), obs(4, { dims: { sex: 'M' } })]), rules).observations,
    ).toHaveLength(2);
  });

  it('lists indicators missing from the catalogue', () => {
    expect(validateParsed('f', result([obs(3, { indicator: 'hdr.nope' })]), rules).unknownIndicators).toEqual(
      ['hdr.nope'],
    );
  });
});
