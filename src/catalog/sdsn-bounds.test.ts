import { describe, expect, it } from 'vitest';
import { sdsnScore } from '../core/progress/sdsn.ts';
import { indicatorByCode } from './indicators.ts';
import { SDSN_SDG5_BOUNDS, sdsnBoundsByCode, sdsnBoundsForIndicator } from './sdsn-bounds.ts';

describe('SDSN SDR 2025 SDG 5 bounds', () => {
  // METHODS.md §4b table (S13): optimum, green, red, lower bound, trend years, scope.
  it.each<[string, number, number, number, number, [number, number], string]>([
    ['sdg5_familypl', 100, 80, 60, 30, [2015, 2022], 'global'],
    ['sdg5_edat', 100, 98, 75, 41.8, [2015, 2022], 'global'],
    ['sdg5_lfpr', 100, 70, 50, 21.5, [2015, 2023], 'global'],
    ['sdg5_parl', 50, 40, 20, 1.2, [2015, 2024], 'global'],
    ['sdg5_paygap', 0, 8, 20, 36.7, [2015, 2022], 'oecd'],
  ])('%s', (code, optimum, green, red, lowerBound, [from, to], scope) => {
    expect(sdsnBoundsByCode(code)).toMatchObject({
      optimum,
      green,
      red,
      lowerBound,
      trendYears: { from, to },
      scope,
    });
  });

  it('has the five indicators, thresholds between the optimum and the lower bound', () => {
    expect(SDSN_SDG5_BOUNDS).toHaveLength(5);
    for (const b of SDSN_SDG5_BOUNDS) {
      const [lo, hi] = [Math.min(b.optimum, b.lowerBound), Math.max(b.optimum, b.lowerBound)];
      for (const t of [b.green, b.red]) expect(t > lo && t < hi, b.code).toBe(true);
      // The green threshold is nearer the optimum than the red one.
      expect(Math.abs(b.optimum - b.green) < Math.abs(b.optimum - b.red), b.code).toBe(true);
    }
  });

  it('reproduces Finland’s published sdg5_parl score (90.779 for 45.5 %)', () => {
    expect(sdsnScore(45.5, sdsnBoundsByCode('sdg5_parl')!)).toBeCloseTo(90.779, 3);
  });

  it('maps onto catalogue indicators of the named concept; ratios need both sexes', () => {
    for (const b of SDSN_SDG5_BOUNDS) {
      if (b.parity.kind === 'none') continue;
      for (const code of b.parity.indicatorCodes) {
        const indicator = indicatorByCode(code);
        expect(indicator, `${b.code} → ${code}`).toBeDefined();
        expect(indicator!.concept, code).toBe(b.parity.concept);
        if (b.parity.kind === 'female-to-male-ratio') expect(indicator!.dimensions, code).toContain('sex');
      }
    }
  });

  it.each<[string, string[]]>([
    ['hdr.mys', ['sdg5_edat']],
    ['hdr.lfpr', ['sdg5_lfpr']],
    ['wdi.SG.GEN.PARL.ZS', ['sdg5_parl']],
    ['sdg.5.5.1', ['sdg5_parl']],
    ['wdi.SL.TLF.CACT.FE.ZS', []],
    ['hdr.gii', []],
  ])('%s feeds %j', (code, expected) => {
    expect(sdsnBoundsForIndicator(code).map((b) => b.code)).toEqual(expected);
  });

  it('says which have no data here', () => {
    expect(SDSN_SDG5_BOUNDS.filter((b) => b.parity.kind === 'none').map((b) => b.code)).toEqual([
      'sdg5_familypl',
      'sdg5_paygap',
    ]);
  });
});
