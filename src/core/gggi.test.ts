import { describe, expect, it } from 'vitest';
import {
  computeGggi,
  GGGI_INDICATORS,
  GGGI_SUBINDEXES,
  wageEqualityRatio,
  yearsToCloseGap,
  type GggiIndicator,
  type GggiInputs,
} from './gggi.ts';

// METHODS.md §3.4 hypothetical worked example, ratios as printed there.
const WORKED: GggiInputs = {
  labourForce: 0.8,
  wageEquality: wageEqualityRatio(4.9),
  earnedIncome: 0.6,
  managers: 0.45,
  professionals: 1.1,
  literacy: 0.98,
  primaryEnrolment: 1.01,
  secondaryEnrolment: 0.97,
  tertiaryEnrolment: 1.3,
  sexRatioAtBirth: 0.95,
  healthyLifeExpectancy: 1.04,
  parliament: 0.35,
  ministers: 0.25,
  headOfState: 5 / 45,
};

/** The worked example less some indicators. */
function without(...ids: GggiIndicator[]): GggiInputs {
  return Object.fromEntries(Object.entries(WORKED).filter(([id]) => !ids.includes(id as GggiIndicator)));
}

describe('GGGI weights', () => {
  it.each<[string, number]>([
    // Table B.2 as printed; education sums to 1.001, hence the normalisation by the weight sum.
    ['economic', 1.0],
    ['education', 1.001],
    ['health', 1.0],
    ['politics', 1.0],
  ])('%s sums to %d', (sub, sum) => {
    const total = GGGI_INDICATORS.filter((s) => s.subindex === sub).reduce((a, s) => a + s.weight, 0);
    expect(total).toBeCloseTo(sum, 9);
  });

  it('has 14 indicators, two with benchmarks other than 1', () => {
    expect(GGGI_INDICATORS).toHaveLength(14);
    expect(GGGI_INDICATORS.filter((s) => s.benchmark !== 1).map((s) => [s.id, s.benchmark])).toEqual([
      ['sexRatioAtBirth', 0.944],
      ['healthyLifeExpectancy', 1.06],
    ]);
  });
});

describe(computeGggi, () => {
  it('reproduces the §3.4 worked example', () => {
    const r = computeGggi(WORKED);
    if (!r.ok) throw new Error(r.reason);
    const s = r.components.subindexes;
    // 0.199·0.8 + 0.310·0.7 + 0.221·0.6 + 0.149·0.45 + 0.121·1 = 0.69685
    expect(s.economic.score).toBeCloseTo(0.6968, 4);
    // (0.191·0.98 + 0.459·1 + 0.23·0.97 + 0.121·1)/1.001 = 0.99028/1.001
    expect(s.education.score).toBeCloseTo(0.9893, 4);
    // 0.693·0.944 + 0.307·1.04
    expect(s.health.score).toBeCloseTo(0.9735, 4);
    // 0.31·0.35 + 0.247·0.25 + 0.443·(5/45)
    expect(s.politics.score).toBeCloseTo(0.2195, 4);
    expect(r.value).toBeCloseTo(0.7198, 4);
    expect(r.rounded).toBe(0.72);
    expect(r.components.coverage).toEqual({ available: 14, of: 14 });
  });

  it('truncates at the benchmarks', () => {
    const r = computeGggi(WORKED);
    if (!r.ok) throw new Error(r.reason);
    const truncated = Object.fromEntries(
      GGGI_SUBINDEXES.flatMap((sub) => r.components.subindexes[sub].used.map((u) => [u.id, u.truncated])),
    );
    expect([truncated.professionals, truncated.tertiaryEnrolment, truncated.sexRatioAtBirth]).toEqual([
      1, 1, 0.944,
    ]);
    expect(truncated.healthyLifeExpectancy).toBe(1.04);
  });

  it('health maximum is 0.9796 without rescaling and 1 with it (UNCONFIRMED parameter)', () => {
    const best = { ...WORKED, sexRatioAtBirth: 1.05, healthyLifeExpectancy: 1.1 };
    const plain = computeGggi(best);
    const rescaled = computeGggi(best, { rescaleHealth: true });
    if (!plain.ok || !rescaled.ok) throw new Error('expected results');
    expect(plain.components.subindexes.health.score).toBeCloseTo(0.693 * 0.944 + 0.307 * 1.06, 12);
    expect(rescaled.components.subindexes.health.score).toBeCloseTo(1, 12);
  });

  it('renormalises the weights of a missing indicator when 12 of 14 are present', () => {
    const r = computeGggi(without('wageEquality', 'literacy'));
    if (!r.ok) throw new Error(r.reason);
    // Economic without wage equality: (0.1592 + 0.1326 + 0.06705 + 0.121)/0.69 = 0.69522
    expect(r.components.subindexes.economic.score).toBeCloseTo(0.47985 / 0.69, 9);
    expect(r.components.subindexes.economic.missing).toEqual(['wageEquality']);
    // Education without literacy: (0.459 + 0.2231 + 0.121)/0.81 = 0.99148
    expect(r.components.subindexes.education.score).toBeCloseTo(0.8031 / 0.81, 9);
    expect(r.components.coverage.available).toBe(12);
  });

  it.each<[string, GggiInputs, Partial<Parameters<typeof computeGggi>[1]>, string, readonly string[]]>([
    [
      '11 of 14',
      without('wageEquality', 'literacy', 'ministers'),
      {},
      'missing-inputs',
      ['wageEquality', 'literacy', 'ministers'],
    ],
    [
      'a whole subindex missing',
      without('sexRatioAtBirth', 'healthyLifeExpectancy'),
      {},
      'missing-inputs',
      ['sexRatioAtBirth', 'healthyLifeExpectancy'],
    ],
    [
      'one missing when missing indicators fail',
      without('ministers'),
      { missingIndicator: 'fail' },
      'missing-inputs',
      ['ministers'],
    ],
    ['a negative ratio', { ...WORKED, parliament: -0.1 }, {}, 'invalid-inputs', ['parliament']],
    ['a NaN ratio', { ...WORKED, managers: Number.NaN }, {}, 'invalid-inputs', ['managers']],
  ])('fails on %s', (_name, inputs, params, reason, names) => {
    const r = computeGggi(inputs, params);
    expect(r.ok ? 'ok' : r.reason).toBe(reason);
    if (!r.ok && r.reason === 'missing-inputs') expect(r.missing).toEqual(names);
    if (!r.ok && r.reason === 'invalid-inputs') expect(r.invalid.map((i) => i.input)).toEqual(names);
  });
});

describe(yearsToCloseGap, () => {
  it.each<[string, [number, number], [number, number], string, number | undefined]>([
    // METHODS.md §3.3 check: (0.681 − 0.643)/16 = 0.002375 a year; (1 − 0.681)/0.002375 = 134.3 years.
    ['global 2006 → 2022', [2006, 0.643], [2022, 0.681], 'on-course', 134.3158],
    ['a falling score', [2006, 0.7], [2022, 0.69], 'not-at-this-pace', undefined],
    ['a flat score', [2006, 0.7], [2022, 0.7], 'not-at-this-pace', undefined],
    ['gap closed', [2006, 0.9], [2022, 1], 'closed', undefined],
  ])('%s', (_name, [y0, s0], [y1, s1], status, years) => {
    const r = yearsToCloseGap({ year: y0, score: s0 }, { year: y1, score: s1 });
    if (!r.ok) throw new Error(r.detail);
    expect(r.closing.status).toBe(status);
    if (r.closing.status === 'on-course') {
      expect(r.closing.years).toBeCloseTo(years!, 4);
      expect(r.closing.ratePerYear).toBeCloseTo(0.002375, 12);
    }
  });

  it('needs the end after the start', () => {
    const r = yearsToCloseGap({ year: 2022, score: 0.681 }, { year: 2022, score: 0.7 });
    expect(r.ok ? 'ok' : r.gap).toBe('empty-window');
  });
});
