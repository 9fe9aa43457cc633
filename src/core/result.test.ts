import { describe, expect, it } from 'vitest';
import { nonNegative, PERCENTAGE, PROPORTION, readInputs } from './result.ts';

const rules = { a: nonNegative('years'), b: PERCENTAGE, c: PROPORTION };

describe(readInputs, () => {
  it('returns the values when every input is valid', () => {
    expect(readInputs({ a: 0, b: 100, c: 0.5 }, rules)).toEqual({
      ok: true,
      value: { a: 0, b: 100, c: 0.5 },
    });
  });

  it('names every missing input (undefined or null) in declaration order', () => {
    expect(readInputs({ c: null, b: 5 }, rules)).toEqual({
      ok: false,
      reason: 'missing-inputs',
      missing: ['a', 'c'],
    });
  });

  it('reports missing inputs before invalid ones', () => {
    expect(readInputs({ a: -1, b: 5 }, rules)).toMatchObject({ reason: 'missing-inputs', missing: ['c'] });
  });

  it.each([
    ['a', -1, 'a finite number ≥ 0 (years)'],
    ['a', Number.POSITIVE_INFINITY, 'a finite number ≥ 0 (years)'],
    ['b', 100.5, 'a percentage from 0 to 100'],
    ['b', Number.NaN, 'a percentage from 0 to 100'],
    ['c', 1.2, 'a proportion from 0 to 1'],
  ] as const)('rejects %s = %d, expecting %s', (input, value, expected) => {
    const inputs = { a: 1, b: 1, c: 0.1, [input]: value };
    expect(readInputs(inputs, rules)).toEqual({
      ok: false,
      reason: 'invalid-inputs',
      invalid: [{ input, value, expected }],
    });
  });

  it('treats a non-number as invalid with value NaN', () => {
    const inputs = { a: '3' as unknown as number, b: 1, c: 0.1 };
    expect(readInputs(inputs, rules)).toMatchObject({ reason: 'invalid-inputs', invalid: [{ input: 'a' }] });
    const r = readInputs(inputs, rules);
    expect(!r.ok && r.reason === 'invalid-inputs' && Number.isNaN(r.invalid[0]?.value)).toBe(true);
  });

  it('lists every invalid input', () => {
    const r = readInputs({ a: -1, b: -1, c: -1 }, rules);
    expect(r.ok || r.reason !== 'invalid-inputs' ? [] : r.invalid.map((i) => i.input)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });
});
