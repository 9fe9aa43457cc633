import { describe, expect, it } from 'vitest';
import { formatChange, formatValue } from './format-value.ts';

// Intl separators: French uses a narrow no-break space before %, Russian a no-break space.
const nb = (s: string): string => s.replace(/[\u202f\u00a0]/g, ' ');

describe('formatValue', () => {
  it.each([
    // KAZ GII, HDR25, 2023 (bundled data): published at 3 decimals.
    ['en', 0.182, 'index', '0.182'],
    ['en', 0.18, 'index', '0.180'],
    ['fr', 0.168, 'index', '0,168'],
    // KAZ women's share of seats in parliament, UNSD minimum set, 2021.
    ['en', 27.1, 'percent', '27.1%'],
    ['fr', 27.1, 'percent', '27,1 %'],
    ['ru', 27.1028, 'percent', '27,1 %'],
    ['en', -12.5, 'percent-change', '-12.5%'],
    ['en', 10, 'per-100000-live-births', '10'],
    ['en', 13.27, 'years', '13.3'],
    ['en', 23943.6, 'ppp-dollars', '23,944'],
    ['en', 3, 'rank', '3'],
    ['en', null, 'index', '–'],
    ['en', Number.NaN, 'percent', '–'],
  ] as const)('%s %s %s → %s', (lang, value, unit, expected) => {
    expect(nb(formatValue(lang, value, unit))).toBe(expected);
  });
});

describe('formatChange', () => {
  it.each([
    ['en', -0.0524, 'index', '-0.052'],
    ['en', 0.012, 'index', '+0.012'],
    ['en', 0, 'index', '0.000'],
    ['fr', 4.25, 'percent', '+4,3'],
    ['en', -120, 'per-100000-live-births', '-120'],
    ['en', undefined, 'index', '–'],
  ] as const)('%s %s %s → %s', (lang, change, unit, expected) => {
    expect(nb(formatChange(lang, change, unit)).replace('\u2212', '-')).toBe(expected);
  });
});
