import { describe, expect, it } from 'vitest';
import { aggregateRegion, type MemberValue } from './aggregate.ts';

/*
 * HDR25 gii_2023 and pop_total_2023 (millions), data/undp-hdr/HDR25_Composite_indices_complete_time_series.csv.
 * Turkmenistan has no GII in HDR25. Members as in src/catalog/region-sets/unece-subregions.ts.
 */
const CENTRAL_ASIA = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'];
const SOUTH_CAUCASUS = ['ARM', 'AZE', 'GEO'];
const GII_2023: MemberValue[] = [
  { member: 'KAZ', value: 0.182, weight: 20.330104 },
  { member: 'KGZ', value: 0.34, weight: 7.0735155 },
  { member: 'TJK', value: 0.258, weight: 10.3897985 },
  { member: 'TKM', value: undefined, weight: 7.364438 },
  { member: 'UZB', value: 0.291, weight: 35.652307 },
  { member: 'ARM', value: 0.18, weight: 2.943393 },
  { member: 'AZE', value: 0.315, weight: 10.318207 },
  { member: 'GEO', value: 0.257, weight: 3.807492 },
  { member: 'FIN', value: 0.021, weight: 5.6 },
];

describe(aggregateRegion, () => {
  it('Central Asia GII 2023: four of five members, Turkmenistan lacking', () => {
    const r = aggregateRegion(CENTRAL_ASIA, GII_2023);
    if (!r.ok) throw new Error(r.detail);
    // (0.182 + 0.34 + 0.258 + 0.291)/4; median of 0.182, 0.258, 0.291, 0.34 = (0.258 + 0.291)/2.
    expect(r.mean).toBeCloseTo(0.26775, 12);
    expect(r.median).toBeCloseTo(0.2745, 12);
    // Σ gii·pop / Σ pop over the four with a value (73.445725 million).
    expect(r.weighted.ok && r.weighted.mean).toBeCloseTo(0.2608792213, 9);
    expect(r.weighted.ok && r.weighted.n).toBe(4);
    expect([r.n, r.members, r.coverage, r.lacking]).toEqual([4, 5, 0.8, ['TKM']]);
  });

  it('South Caucasus GII 2023: all three members (FIN, not a member, is ignored)', () => {
    const r = aggregateRegion(SOUTH_CAUCASUS, GII_2023);
    if (!r.ok) throw new Error(r.detail);
    expect(r.mean).toBeCloseTo((0.18 + 0.315 + 0.257) / 3, 12);
    expect(r.median).toBe(0.257);
    expect(r.weighted.ok && r.weighted.mean).toBeCloseTo(0.2787829247, 9);
    expect(r.coverage).toBe(1);
  });

  it('the weighted mean uses only members with both value and weight, and says which lack a weight', () => {
    const values = GII_2023.map((v) => (v.member === 'KGZ' ? { ...v, weight: null } : v));
    const r = aggregateRegion(CENTRAL_ASIA, values);
    if (!r.ok) throw new Error(r.detail);
    expect(r.weighted).toEqual({
      ok: true,
      mean: expect.closeTo(0.2524470468, 9),
      n: 3,
      withoutWeight: ['KGZ'],
    });
    expect(r.mean).toBeCloseTo(0.26775, 12);
  });

  it('without weights the weighted mean says so', () => {
    const r = aggregateRegion(
      SOUTH_CAUCASUS,
      GII_2023.map(({ member, value }) => ({ member, value })),
    );
    if (!r.ok) throw new Error(r.detail);
    expect(r.weighted.ok ? 'ok' : r.weighted.reason).toBe('no-weights');
  });

  it.each<[string, string[], MemberValue[], [number, number, string[]], string]>([
    // 2 of 5: below half and below 3.
    [
      '2 of 5 Central Asian members',
      CENTRAL_ASIA,
      GII_2023.filter((v) => ['KAZ', 'UZB'].includes(v.member)),
      [2, 5, ['KGZ', 'TJK', 'TKM']],
      '2 of 5 members have data (40 %)',
    ],
    // 2 of 3: two thirds, but fewer than 3 countries.
    [
      '2 of 3 South Caucasus members',
      SOUTH_CAUCASUS,
      GII_2023.filter((v) => v.member !== 'GEO'),
      [2, 3, ['GEO']],
      '2 of 3 members have data (67 %)',
    ],
    ['no data at all', SOUTH_CAUCASUS, [], [0, 3, SOUTH_CAUCASUS], '0 of 3 members have data (0 %)'],
    ['an empty region', [], GII_2023, [0, 0, []], '0 of 0 members have data (0 %)'],
  ])('insufficient coverage: %s', (_name, members, values, [n, of, lacking], detail) => {
    const r = aggregateRegion(members, values);
    if (r.ok) throw new Error('expected insufficient coverage');
    expect([r.reason, r.n, r.members, r.lacking]).toEqual(['insufficient-coverage', n, of, lacking]);
    expect(r.detail).toContain(detail);
    expect(r.detail).toContain('at least half of the members and at least 3');
  });

  it('the rule is a parameter: 3 of 5 is enough at 50 %, not at 75 %', () => {
    const three = GII_2023.filter((v) => ['KAZ', 'KGZ', 'UZB'].includes(v.member));
    expect(aggregateRegion(CENTRAL_ASIA, three).ok).toBe(true);
    const strict = aggregateRegion(CENTRAL_ASIA, three, { minShare: 0.75, minCount: 3 });
    expect(strict.ok ? 'ok' : strict.detail).toContain('at least 75 % of the members and at least 3');
  });

  it('a set smaller than the minimum count (North America: 2) needs all its members', () => {
    // HDR25 GII 2023: Canada 0.069, United States 0.169 (rounded as published).
    const both = [
      { member: 'CAN', value: 0.069 },
      { member: 'USA', value: 0.169 },
    ];
    const r = aggregateRegion(['CAN', 'USA'], both);
    expect(r.ok ? r.mean : r.detail).toBeCloseTo(0.119, 12);
    const one = aggregateRegion(['CAN', 'USA'], both.slice(0, 1));
    expect(one.ok ? 'ok' : one.lacking).toEqual(['USA']);
  });

  it('a non-finite value counts as lacking; a member listed twice counts once', () => {
    const values: MemberValue[] = [
      ...GII_2023,
      { member: 'KAZ', value: 0.2 },
      { member: 'UZB', value: Number.NaN },
    ];
    const r = aggregateRegion(CENTRAL_ASIA, values);
    if (!r.ok) throw new Error(r.detail);
    expect(r.lacking).toEqual(['TKM', 'UZB']);
    expect(r.mean).toBeCloseTo((0.2 + 0.34 + 0.258) / 3, 12);
  });
});
