import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MINSET_SERIES, suffixDims, valueColumns } from './unsd-minset-columns.ts';

describe(suffixDims, () => {
  it.each([
    ['', {}],
    ['F', { sex: 'F' }],
    ['_T__Y_GE15', { age: 'Y_GE15' }],
    ['M__Y_GE15', { sex: 'M', age: 'Y_GE15' }],
    ['_O__Y_GE15', { sex: 'O', age: 'Y_GE15' }],
    ['F__Y20T24', { sex: 'F', age: 'Y20T24' }],
    ['F__Y15T49__PHY+SEX', { sex: 'F', age: 'Y15T49', form: 'PHY+SEX' }],
    ['_T__AGG_2T8', { education_lev: 'AGG_2T8' }],
  ])('%j → %j', (suffix, dims) => {
    expect(suffixDims(suffix)).toEqual(dims);
  });

  it.each([
    ['X', /unknown sex code "X"/],
    ['constructor', /unknown sex code/],
    ['F__Q5', /unknown age code "Q5"/],
    ['F__Y15T49__PHY__X', /at most three parts/],
  ])('explains %j', (suffix, reason) => {
    expect(suffixDims(suffix)).toMatch(reason);
  });
});

describe(valueColumns, () => {
  it('pairs each value column with its NATURE, COMMENT_OBS and TIME_DETAIL columns', () => {
    const header = [
      'TIME_PERIOD',
      'OBS_VALUE__F__Y_GE15__PHY+SEX',
      'OBS_VALUE__F__Y15T49__PHY+SEX',
      'TIME_DETAIL__F__Y_GE15__PHY+SEX',
      'NATURE__F__Y15T49__PHY+SEX',
      'COMMENT_OBS__F__Y_GE15__PHY+SEX',
    ];
    expect(valueColumns(header)).toEqual([
      {
        col: 1,
        field: 'OBS_VALUE__F__Y_GE15__PHY+SEX',
        dims: { sex: 'F', age: 'Y_GE15', form: 'PHY+SEX' },
        categorical: false,
        comment: 5,
        timeDetail: 3,
      },
      {
        col: 2,
        field: 'OBS_VALUE__F__Y15T49__PHY+SEX',
        dims: { sex: 'F', age: 'Y15T49', form: 'PHY+SEX' },
        categorical: false,
        nature: 4,
      },
    ]);
  });

  it('reads the categorical column of the quota files and the plain OBS_VALUE of 5.1.1', () => {
    expect(valueColumns(['VALUE_CATEGORY_DESC', 'NATURE'])).toEqual([
      { col: 0, field: 'VALUE_CATEGORY_DESC', dims: {}, categorical: true, nature: 1 },
    ]);
    expect(valueColumns(['OBS_VALUE', 'NATURE', 'COMMENT_OBS'])).toEqual([
      { col: 0, field: 'OBS_VALUE', dims: {}, categorical: false, nature: 1, comment: 2 },
    ]);
  });

  it('names a column it cannot read', () => {
    expect(valueColumns(['OBS_VALUE__Z'])).toEqual({
      field: 'OBS_VALUE__Z',
      reason: expect.stringMatching(/sex code "Z"/),
    });
  });
});

describe('MINSET_SERIES', () => {
  it('covers each bundled file, matching its number and series id', () => {
    const files = readdirSync('data/unstats-minset/series_data_rearranged').filter((f) => f.endsWith('.csv'));
    expect(files).toHaveLength(16);
    for (const f of files) {
      const [num, , , series] = f.replace(/\.csv$/, '').split('__');
      expect(MINSET_SERIES[series!]?.file).toBe(Number(num));
    }
    expect(Object.keys(MINSET_SERIES)).toHaveLength(16);
  });
});
