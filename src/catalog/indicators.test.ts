import { describe, expect, it } from 'vitest';
import { isBpfaArea } from './bpfa.ts';
import { impliedBounds } from './indicator.ts';
import { findIndicatorsBySynonym, indicatorByCode, indicators, indicatorsByConcept } from './indicators.ts';

/** The shared contract between importers and the catalogue (briefs: "Indicator and area codes"). */
const CONTRACT = [
  ...['hdr.hdi', 'hdr.le', 'hdr.eys', 'hdr.mys', 'hdr.gnipc', 'hdr.gdi', 'hdr.gdi_group', 'hdr.gii'],
  ...['hdr.gii_rank', 'hdr.hdi_rank', 'hdr.mmr', 'hdr.abr', 'hdr.se', 'hdr.pr', 'hdr.lfpr', 'hdr.ihdi'],
  ...['hdr.coef_ineq', 'hdr.loss', 'hdr.ineq_le', 'hdr.ineq_edu', 'hdr.ineq_inc', 'hdr.phdi'],
  ...['hdr.diff_hdi_phdi', 'hdr.rankdiff_hdi_phdi', 'hdr.co2_prod', 'hdr.mf', 'hdr.pop_total'],
  ...['wdi.SG.GEN.PARL.ZS', 'wdi.SL.TLF.CACT.FE.ZS'],
  ...[
    'unsd.lfpr',
    'unsd.attainment_lsec',
    'unsd.mmr',
    'unsd.ministers',
    'unsd.parl_seats',
    'unsd.local_seats',
  ],
  ...['unsd.managers', 'unsd.ipv', 'unsd.child_marriage_18', 'unsd.abr', 'unsd.quota_legislated'],
  ...['unsd.quota_party', 'unsd.legal_frameworks'],
  ...[
    'sdg.5.1.1',
    'sdg.5.2.1',
    'sdg.5.2.1.1',
    'sdg.5.2.1.2',
    'sdg.5.2.2',
    'sdg.5.3.1',
    'sdg.5.3.2',
    'sdg.5.4.1',
  ],
  ...['sdg.5.5.1', 'sdg.5.5.2', 'sdg.5.6.1', 'sdg.5.6.2', 'sdg.5.a.1', 'sdg.5.a.2', 'sdg.5.b.1', 'sdg.5.c.1'],
];

describe('indicator catalogue', () => {
  it('has every contract code, and only those (58)', () => {
    for (const code of CONTRACT) expect(indicatorByCode(code), code).toBeDefined();
    expect(indicators.map((i) => i.code).sort()).toEqual([...CONTRACT].sort());
    expect(indicators).toHaveLength(58);
    expect(indicatorByCode('hdr.GII')).toBeUndefined();
  });

  it.each(indicators.map((i) => [i.code, i] as const))('%s is complete and consistent', (_code, i) => {
    expect(i.name.en && i.name.fr && i.name.ru).toBeTruthy();
    expect(i.name.ru).toMatch(/[а-яё]/i);
    expect(i.definition.length).toBeGreaterThan(40);
    expect(i.publisher && i.unit && i.direction).toBeTruthy();
    expect(i.concept).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    if (i.bpfa.length === 0) expect(i.bpfaReason, 'empty BPfA list needs a reason').toBeTruthy();
    for (const letter of i.bpfa) expect(isBpfaArea(letter)).toBe(true);
    for (const c of i.clusters) expect([1, 2, 3, 4, 5, 6]).toContain(c);
    for (const t of i.sdgTargets) expect(t).toMatch(/^\d{1,2}\.(\d{1,2}|[a-c])$/);
    for (const d of i.dimensions) expect(d).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(i.categorical === true).toBe(i.unit === 'category');
    expect(i.synonyms.length).toBeGreaterThan(0);
  });

  it.each(indicators.map((i) => [i.code, i] as const))(
    '%s has the bounds its unit implies, or tighter',
    (_code, i) => {
      const implied = impliedBounds(i.unit);
      if (implied.min !== undefined) expect(i.valid.min).toBeGreaterThanOrEqual(implied.min);
      if (implied.max !== undefined) expect(i.valid.max).toBeLessThanOrEqual(implied.max);
      if (i.parityValue !== undefined) {
        expect(i.direction).toBe('parity');
        expect(i.parityValue).toBeGreaterThanOrEqual(i.valid.min ?? -Infinity);
        expect(i.parityValue).toBeLessThanOrEqual(i.valid.max ?? Infinity);
      }
    },
  );

  it.each([
    ['percent', { min: 0, max: 100 }, 'hdr.pr'],
    ['index', { min: 0, max: 1 }, 'hdr.gii'],
    ['rank', { min: 1, max: 250 }, 'hdr.gii_rank'],
    ['per-100000-live-births', { min: 0 }, 'unsd.mmr'],
    ['category', {}, 'unsd.quota_party'],
  ])('a %s series such as %s has bounds %o', (unit, valid, code) => {
    expect(indicatorByCode(code)).toMatchObject({ unit, valid });
  });

  it('groups the four women-in-parliament series under one concept, each with its difference noted', () => {
    const seats = indicatorsByConcept('women-parliament-seats');
    expect(seats.map((i) => i.code)).toEqual([
      'hdr.pr',
      'wdi.SG.GEN.PARL.ZS',
      'unsd.parl_seats',
      'sdg.5.5.1',
    ]);
    for (const s of seats) expect(s.conceptNote).toBeTruthy();
    expect(indicatorByCode('hdr.pr')!.conceptNote).toMatch(/BOTH chambers/);
    expect(indicatorsByConcept('labour-force-participation').map((i) => i.code)).toEqual([
      'hdr.lfpr',
      'wdi.SL.TLF.CACT.FE.ZS',
      'unsd.lfpr',
    ]);
    expect(indicatorsByConcept('no-such-concept')).toEqual([]);
  });

  it.each([
    ['GII', 'hdr.gii'],
    ['gii', 'hdr.gii'],
    ['gender inequality index', 'hdr.gii'],
    ['Gender  Inequality   Index', 'hdr.gii'],
    ['Kazakhstan: a 60% reduction in the gender inequality index', 'hdr.gii'],
    ['индекс гендерного неравенства', 'hdr.gii'],
    ['HDI', 'hdr.hdi'],
    ['IHDI', 'hdr.ihdi'],
    ['maternal mortality ratio', 'hdr.mmr'],
    ['female labour force participation', 'hdr.lfpr'],
    ['female labor force participation', 'hdr.lfpr'],
    ['SDG 5.5.1', 'sdg.5.5.1'],
    ['sdg.5.2.1.1', 'sdg.5.2.1.1'],
    ['wdi.SG.GEN.PARL.ZS', 'wdi.SG.GEN.PARL.ZS'],
    ['child marriage', 'unsd.child_marriage_18'],
  ])('"%s" finds %s first', (text, code) => {
    expect(findIndicatorsBySynonym(text)[0]?.code).toBe(code);
  });

  it('finds exactly the four seat series for "women in parliament"', () => {
    expect(findIndicatorsBySynonym('Women in Parliament').map((i) => i.code)).toEqual([
      'hdr.pr',
      'wdi.SG.GEN.PARL.ZS',
      'unsd.parl_seats',
      'sdg.5.5.1',
    ]);
  });

  it('matches whole words only, and a dotted code not inside a longer one', () => {
    expect(findIndicatorsBySynonym('GIIX')).toEqual([]);
    expect(findIndicatorsBySynonym('IHDI').map((i) => i.code)).not.toContain('hdr.hdi');
    expect(findIndicatorsBySynonym('indicator 5.2.1.1').map((i) => i.code)).not.toContain('sdg.5.2.1');
    expect(findIndicatorsBySynonym('   ')).toEqual([]);
    expect(findIndicatorsBySynonym('weather in Geneva')).toEqual([]);
  });
});
