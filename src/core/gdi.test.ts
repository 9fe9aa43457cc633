import { describe, expect, it } from 'vitest';
import { computeGdi, estimateEarnedIncome, GDI_GOALPOSTS, GDI_GROUP_LABELS, gdiGroup } from './gdi.ts';
import type { EarnedIncomeInputs, GdiGroup, GdiInputs, GdiResult } from './gdi.ts';

/** Bangladesh 2022, HDR 2023/24 technical note 3 (METHODS §2.2). */
const BANGLADESH_INCOME: EarnedIncomeInputs = {
  gnipc: 6511.122,
  wageRatio: 0.8,
  eaF: 0.333,
  eaM: 0.667,
  popShareF: 0.504,
};
const BANGLADESH_NON_INCOME = {
  leF: 76.012,
  leM: 71.514,
  eysF: 12.407,
  eysM: 11.502,
  mysF: 6.755,
  mysM: 8.021,
};

function income(inputs: Partial<EarnedIncomeInputs>) {
  const r = estimateEarnedIncome(inputs);
  if (!r.ok) throw new Error(`expected incomes, got ${JSON.stringify(r)}`);
  return r.value;
}

function success(r: GdiResult) {
  if (!r.ok) throw new Error(`expected a GDI, got ${JSON.stringify(r)}`);
  return r;
}

const bangladeshIncome = income(BANGLADESH_INCOME);
const BANGLADESH: GdiInputs = {
  ...BANGLADESH_NON_INCOME,
  gnipcF: bangladeshIncome.gnipcF,
  gnipcM: bangladeshIncome.gnipcM,
};

describe(estimateEarnedIncome, () => {
  it('Bangladesh 2022: S_f 0.2854, S_m 0.7146, incomes 3,687.16 and 9,380.63', () => {
    expect(bangladeshIncome.sF).toBeCloseTo(0.2854, 4);
    expect(bangladeshIncome.sM).toBeCloseTo(0.7146, 4);
    expect(bangladeshIncome.sF + bangladeshIncome.sM).toBe(1);
    expect(bangladeshIncome.gnipcF).toBeCloseTo(3687.16, 2);
    expect(bangladeshIncome.gnipcM).toBeCloseTo(9380.63, 2);
  });

  it('reproduces the technical note’s printed incomes when S_f is rounded to 0.285 as S1 did', () => {
    // Equal wages, EA shares 0.285/0.715, give S_f = 0.285 exactly.
    const r = income({ ...BANGLADESH_INCOME, wageRatio: 1, eaF: 0.285, eaM: 0.715 });
    expect(r.gnipcF).toBeCloseTo(3681.884, 3);
    expect(r.gnipcM).toBeCloseTo(9385.992, 3);
  });

  it.each(['gnipc', 'wageRatio', 'eaF', 'eaM', 'popShareF'] as const)(
    'without %s: not computable',
    (name) => {
      const inputs: Partial<EarnedIncomeInputs> = { ...BANGLADESH_INCOME };
      delete inputs[name];
      expect(estimateEarnedIncome(inputs)).toEqual({ ok: false, reason: 'missing-inputs', missing: [name] });
    },
  );

  it.each([
    ['popShareF', 0],
    ['popShareF', 1],
    ['eaF', 33.3],
    ['wageRatio', -0.8],
  ] as const)('rejects %s = %d', (input, value) => {
    expect(estimateEarnedIncome({ ...BANGLADESH_INCOME, [input]: value })).toMatchObject({
      reason: 'invalid-inputs',
      invalid: [{ input, value }],
    });
  });

  it('has no result for an empty wage bill', () => {
    expect(estimateEarnedIncome({ ...BANGLADESH_INCOME, eaF: 0, eaM: 0 })).toMatchObject({
      ok: false,
      reason: 'undefined-result',
    });
  });
});

describe(computeGdi, () => {
  describe('Bangladesh 2022, end to end from the earned-income estimate', () => {
    const r = success(computeGdi(BANGLADESH));
    it.each([
      ['female', 'healthIndex', 0.8233],
      ['female', 'educationIndex', 0.5698],
      ['female', 'incomeIndex', 0.5449],
      ['male', 'healthIndex', 0.831],
      ['male', 'educationIndex', 0.5869],
      ['male', 'incomeIndex', 0.686],
      ['female', 'hdi', 0.6346],
      ['male', 'hdi', 0.6942],
    ] as const)('%s %s = %d', (sex, index, expected) => {
      expect(r.components[sex][index]).toBeCloseTo(expected, 4);
    });

    it('GDI 0.9142 → 0.914', () => {
      expect(r.value).toBeCloseTo(0.9142, 4);
      expect(r.value).toBe(r.components.female.hdi / r.components.male.hdi);
      expect(r.rounded).toBe(0.914);
    });
  });

  it('uses the sex-specific life-expectancy goalposts', () => {
    expect(GDI_GOALPOSTS.female.le).toEqual({ min: 22.5, max: 87.5 });
    expect(GDI_GOALPOSTS.male.le).toEqual({ min: 17.5, max: 82.5 });
    expect(GDI_GOALPOSTS.female.gnipc).toEqual({ min: 100, max: 75_000 });
  });

  it.each([
    ['leF', 88.1, 'female', 87.5],
    ['leM', 83.0, 'male', 82.5],
    ['eysF', 19, 'female', 18],
    ['gnipcM', 90_000, 'male', 75_000],
  ] as const)('clamps %s %d to its goalpost', (input, given, sex, used) => {
    const r = success(computeGdi({ ...BANGLADESH, [input]: given }));
    expect(Object.values(r.components[sex].used)).toContain(used);
    expect(r.components[sex].clamped).toHaveLength(1);
  });

  it.each(['leF', 'leM', 'eysF', 'eysM', 'mysF', 'mysM', 'gnipcF', 'gnipcM'] as const)(
    'without %s: not computable, naming it',
    (name) => {
      const inputs: Partial<GdiInputs> = { ...BANGLADESH };
      delete inputs[name];
      expect(computeGdi(inputs)).toEqual({ ok: false, reason: 'missing-inputs', missing: [name] });
    },
  );

  it('rejects a negative input', () => {
    expect(computeGdi({ ...BANGLADESH, mysM: -2 })).toMatchObject({ reason: 'invalid-inputs' });
  });

  it('has no result when the male HDI is 0', () => {
    expect(computeGdi({ ...BANGLADESH, leM: 17 })).toMatchObject({ ok: false, reason: 'undefined-result' });
  });
});

describe(gdiGroup, () => {
  it.each([
    // Cameroon: unrounded 0.89975, published 0.900 → deviation exactly 100 → group 4.
    [0.89975, 4, 100],
    [0.9, 4, 100],
    // Deviation exactly 0.025 (float 100·|0.975 − 1| = 2.5000000000000022) → group 1.
    [0.975, 1, 25],
    [1.025, 1, 25],
    [0.9745, 1, 25],
    [0.97449, 2, 26],
    [0.974, 2, 26],
    [0.95, 2, 50],
    [1.05, 2, 50],
    [0.949, 3, 51],
    [0.925, 3, 75],
    [0.924, 4, 76],
    [1.1, 4, 100],
    [0.899, 5, 101],
    [1.101, 5, 101],
    [1, 1, 0],
    [0.9142, 4, 86],
  ] as [number, GdiGroup, number][])(
    'GDI %d: group %i (deviation %i thousandths)',
    (gdi, group, deviation) => {
      expect(gdiGroup(gdi)).toEqual({ group, label: GDI_GROUP_LABELS[group], deviation });
    },
  );

  it('labels the groups as UNDP does', () => {
    expect(Object.values(GDI_GROUP_LABELS)).toEqual([
      'high equality',
      'medium-high equality',
      'medium equality',
      'medium-low equality',
      'low equality',
    ]);
  });

  it.each([Number.NaN, -0.5, Number.POSITIVE_INFINITY])('has no group for %d', (gdi) => {
    expect(gdiGroup(gdi)).toBeUndefined();
  });
});
