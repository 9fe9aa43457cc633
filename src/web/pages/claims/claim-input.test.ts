import { describe, expect, it } from 'vitest';
import { checkUrlChanges, countryParam, fitsInUrl, textProblem, URL_TEXT_LIMIT } from './claim-input.ts';
import { MAX_CLAIM_TEXT } from './claims-types.ts';

describe('textProblem', () => {
  it.each([
    ['', 'empty'],
    ['   \n\t ', 'empty'],
    ['These include a 60% reduction in the gender inequality index.', null],
    ['x'.repeat(MAX_CLAIM_TEXT), null],
    ['x'.repeat(MAX_CLAIM_TEXT + 1), 'too-long'],
  ] as const)('%#: %j → %s', (text, problem) => {
    expect(textProblem(text)).toBe(problem);
  });
});

describe('checkUrlChanges', () => {
  it('keeps a short text and the country in the address', () => {
    expect(checkUrlChanges('a 60% reduction in the GII', 'KAZ')).toEqual({
      text: 'a 60% reduction in the GII',
      country: 'KAZ',
    });
  });

  it.each([
    [URL_TEXT_LIMIT, true],
    [URL_TEXT_LIMIT + 1, false],
  ])('a text of %i characters fits in the address: %s', (length, fits) => {
    const text = 'y'.repeat(length);
    expect(fitsInUrl(text)).toBe(fits);
    expect(checkUrlChanges(text, null)).toEqual({ text: fits ? text : null, country: null });
  });

  it('removes the country when none is chosen', () => {
    expect(checkUrlChanges('women hold 27% of seats', '')).toEqual({
      text: 'women hold 27% of seats',
      country: null,
    });
  });
});

describe('countryParam', () => {
  it.each([
    ['KAZ', 'KAZ'],
    ['kaz', 'KAZ'],
    ['KZ', null],
    ['KAZA', null],
    ['K1Z', null],
    [null, null],
  ])('%s → %s', (raw, code) => {
    expect(countryParam(raw)).toBe(code);
  });
});
