import { describe, expect, it } from 'vitest';
import type { ClaimLanguage } from './claim.ts';
import { findQuantities, type QuantityUnit } from './numbers.ts';

describe(findQuantities, () => {
  it.each<[string, ClaimLanguage, [written: string, value: number, unit: QuantityUnit][]]>([
    ['a 60% reduction', 'en', [['60%', 60, 'percent']]],
    ['fell by 60 % overall', 'en', [['60 %', 60, 'percent']]],
    [
      '54.6 per cent and 54.6 percent',
      'en',
      [
        ['54.6 per cent', 54.6, 'percent'],
        ['54.6 percent', 54.6, 'percent'],
      ],
    ],
    ['sixty per cent', 'en', [['sixty per cent', 60, 'percent']]],
    ['twenty-five percent', 'en', [['twenty-five percent', 25, 'percent']]],
    ['one hundred per cent', 'en', [['one hundred per cent', 100, 'percent']]],
    ['one of the sixty countries', 'en', []],
    ['by 5 percentage points', 'en', [['5 percentage points', 5, 'points']]],
    [
      'a 10-point increase, 3 pp, 2 points',
      'en',
      [
        ['10-point', 10, 'points'],
        ['3 pp', 3, 'points'],
        ['2 points', 2, 'points'],
      ],
    ],
    ['a GII of 0.168', 'en', [['0.168', 0.168, 'number']]],
    [
      '13.4 per 100,000 live births',
      'en',
      [
        ['13.4', 13.4, 'number'],
        ['100,000', 100000, 'number'],
      ],
    ],
    [
      'by a third, by half, two-thirds, a quarter',
      'en',
      [
        ['a third', 100 / 3, 'percent'],
        ['half', 50, 'percent'],
        ['two-thirds', 200 / 3, 'percent'],
        ['a quarter', 25, 'percent'],
      ],
    ],
    ['in the first half of 2023', 'en', [['2023', 2023, 'number']]],
    [
      'a two-fold rise, 3-fold, by a factor of four',
      'en',
      [
        ['two-fold', 2, 'factor'],
        ['3-fold', 3, 'factor'],
        ['by a factor of four', 4, 'factor'],
      ],
    ],
    ['ranked 50th, SDG 5.5.1, over the last 10 years', 'en', []],
    [
      '0,182 и 54,6%',
      'ru',
      [
        ['0,182', 0.182, 'number'],
        ['54,6%', 54.6, 'percent'],
      ],
    ],
    [
      'на 60 процентов и на 5 процентных пунктов',
      'ru',
      [
        ['60 процентов', 60, 'percent'],
        ['5 процентных пунктов', 5, 'points'],
      ],
    ],
    ['30-процентная квота', 'ru', [['30-процентная', 30, 'percent']]],
    [
      'снизилась вдвое, в 4 раза, в два раза',
      'ru',
      [
        ['вдвое', 2, 'factor'],
        ['в 4 раза', 4, 'factor'],
        ['в два раза', 2, 'factor'],
      ],
    ],
    [
      'на треть, наполовину',
      'ru',
      [
        ['треть', 100 / 3, 'percent'],
        ['наполовину', 50, 'percent'],
      ],
    ],
    ['50-е место, за 5 лет', 'ru', []],
  ])('%j (%s)', (text, language, expected) => {
    const found = findQuantities(text, language);
    expect(found.map((q) => [text.slice(q.span.start, q.span.end), q.value, q.unit])).toEqual(expected);
  });
});
