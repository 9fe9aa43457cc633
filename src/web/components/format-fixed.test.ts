import { describe, expect, it } from 'vitest';
import { formatFixed } from './format-fixed.ts';

describe('formatFixed', () => {
  // KAZ GII: HDR25 2023 = 0.182, 2022 = 0.168; HDR23-24 2022 = 0.177; GDI HDR25 2022 = 1.004.
  it.each([
    ['en', 0.182, 3, '0.182'],
    ['en', 0.18, 3, '0.180'],
    ['fr', 0.168, 3, '0,168'],
    ['ru', 1.004, 3, '1,004'],
    ['en', 19.59459459, 1, '19.6'],
    ['en', null, 3, '–'],
    ['en', Number.NaN, 3, '–'],
  ] as const)('%s %s (%i digits) → %s', (lang, value, digits, expected) => {
    expect(formatFixed(lang, value, digits)).toBe(expected);
  });
});
