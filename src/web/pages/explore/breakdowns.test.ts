import { describe, expect, it } from 'vitest';
import type { Observation } from '../../components/api-types.ts';
import { applyBreakdown, defaultChoice, dimsCombos, dimsOptions, matchesDims } from './breakdowns.ts';

function obs(dims: Record<string, string>, area = 'KAZ'): Observation {
  return {
    indicator: 'x',
    area,
    areaName: area,
    period: '2021',
    year: 2021,
    dims,
    value: 1,
    text: null,
    status: null,
    footnote: null,
    dataset: 'd',
    edition: 'e',
  };
}

// Kazakhstan's SDG 5.5.1 on its Open SDG platform: two series, unit PT, no total.
const kaz = [
  obs({ series: 'SG_GEN_PARL', unit: 'PT' }),
  obs({ series: 'SG_GEN_PARL', unit: 'PT' }),
  obs({ series: 'SG_GEN_LOCG', unit: 'PT' }),
];
// HDR expected years of schooling: total, women, men.
const eys = [obs({}), obs({ sex: 'F' }), obs({ sex: 'M' })];
// HDR seats in parliament: women and men only.
const pr = [obs({ sex: 'M' }), obs({ sex: 'F' }), obs({ sex: 'M' })];

describe('dimsCombos and dimsOptions', () => {
  it('counts breakdowns, most rows first', () => {
    expect(dimsCombos(kaz)).toEqual([
      { dims: { series: 'SG_GEN_PARL', unit: 'PT' }, rows: 2 },
      { dims: { series: 'SG_GEN_LOCG', unit: 'PT' }, rows: 1 },
    ]);
  });

  it('lists the values of each key', () => {
    expect(dimsOptions(dimsCombos(kaz))).toEqual({ series: ['SG_GEN_LOCG', 'SG_GEN_PARL'], unit: ['PT'] });
    expect(dimsOptions(dimsCombos(eys))).toEqual({ sex: ['F', 'M'] });
  });
});

describe('defaultChoice', () => {
  it.each([
    ['total when there is one (HDR eys)', eys, {}],
    ['women when there is no total (HDR pr)', pr, { sex: 'F' }],
    ['the largest breakdown otherwise (KAZ SDG 5.5.1)', kaz, { series: 'SG_GEN_PARL', unit: 'PT' }],
    ['nothing without data', [], {}],
  ])('%s', (_name, rows, expected) => {
    expect(defaultChoice(dimsCombos(rows))).toEqual(expected);
  });
});

describe('matchesDims', () => {
  it.each([
    [{}, {}, true],
    [{ sex: 'F' }, {}, false],
    [{ sex: 'F' }, { sex: 'F' }, true],
    [{ series: 'SG_GEN_PARL', unit: 'PT' }, { series: 'SG_GEN_PARL' }, true],
    [{ series: 'SG_GEN_LOCG', unit: 'PT' }, { series: 'SG_GEN_PARL' }, false],
    [{}, { sex: 'F' }, false],
  ])('%j matches %j: %s', (dims, choice, expected) => {
    expect(matchesDims(dims, choice)).toBe(expected);
  });
});

describe('applyBreakdown', () => {
  it.each([
    ['HDR pr by default: women', pr, null, { sex: 'F' }, 'sex:F', 1],
    ['HDR eys by default: the total', eys, null, {}, 'total', 1],
    ['HDR eys, men chosen', eys, 'sex:M', { sex: 'M' }, 'sex:M', 1],
    [
      'KAZ 5.5.1, local government chosen',
      kaz,
      'series:SG_GEN_LOCG',
      { series: 'SG_GEN_LOCG' },
      'series:SG_GEN_LOCG',
      1,
    ],
    ['no dimensions (GII)', [obs({}), obs({})], null, {}, undefined, 2],
  ])('%s', (_name, rows, urlDims, choice, param, kept) => {
    const b = applyBreakdown(rows, urlDims);
    expect(b.choice).toEqual(choice);
    expect(b.param).toBe(param);
    expect(b.rows).toHaveLength(kept);
  });
});
