import { describe, expect, it } from 'vitest';
import { sdg5Indicator, sdg5Indicators, sdg5Target, sdg5Targets, targetOfIndicator } from './sdg5.ts';

describe('SDG 5', () => {
  it('has 9 targets and 14 indicators, each indicator under an existing target', () => {
    expect(sdg5Targets.map((t) => t.id)).toEqual([
      '5.1',
      '5.2',
      '5.3',
      '5.4',
      '5.5',
      '5.6',
      '5.a',
      '5.b',
      '5.c',
    ]);
    expect(sdg5Indicators).toHaveLength(14);
    for (const i of sdg5Indicators) {
      expect(sdg5Target(i.target), i.id).toBeDefined();
      expect(targetOfIndicator(i.id)).toBe(i.target);
    }
  });

  // Tier and custodians from METHODS.md §5.1 (S15).
  it.each([
    ['5.1.1', 'II', ['UN Women', 'World Bank', 'OECD']],
    ['5.3.1', 'I', ['UNICEF']],
    ['5.4.1', 'II', ['UNSD', 'UN Women']],
    ['5.5.1', 'I', ['IPU', 'UN Women']],
    ['5.5.2', 'I', ['ILO']],
    ['5.a.1', 'II', ['FAO']],
    ['5.b.1', 'II', ['ITU']],
    ['5.c.1', 'II', ['UN Women', 'OECD']],
  ])('%s: tier %s', (id, tier, custodians) => {
    expect(sdg5Indicator(id)).toMatchObject({ tier, custodians });
  });

  it('carries no numeric targets except the parity and elimination goals implied by the wording', () => {
    const goals = sdg5Indicators.filter((i) => i.impliedGoal).map((i) => [i.id, i.impliedGoal!.value]);
    expect(goals).toEqual([
      ['5.2.1', 0],
      ['5.2.2', 0],
      ['5.3.1', 0],
      ['5.3.2', 0],
      ['5.5.1', 50],
      ['5.5.2', 50],
    ]);
  });

  it.each([
    ['5.5.1', '5.5'],
    ['5.2.1.1', '5.2'],
    ['5.a.1', '5.a'],
    ['8.5.2', '8.5'],
    ['5.5', undefined],
    ['x', undefined],
  ])('target of %s is %s', (id, target) => {
    expect(targetOfIndicator(id)).toBe(target);
  });

  it('does not know national add-ons as global indicators', () => {
    expect(sdg5Indicator('5.2.1.1')).toBeUndefined();
  });
});
