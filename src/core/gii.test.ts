import { describe, expect, it } from 'vitest';
import { computeGii, DEFAULT_GII_PARAMS, GII_INPUT_NAMES } from './gii.ts';
import type { GiiComponents, GiiInputs, GiiResult, GiiSuccess } from './gii.ts';

/** Costa Rica 2022, HDR 2023/24 technical note 4 (METHODS §1.4a). */
const COSTA_RICA_TN: GiiInputs = {
  mmr: 22,
  abr: 35.7,
  prF: 47.4,
  prM: 52.6,
  seF: 50.2,
  seM: 48.1,
  lfprF: 50.1,
  lfprM: 72.9,
};

/** Costa Rica 2022, full-precision inputs from the HDR23-24 CSV (METHODS §1.4a). */
const COSTA_RICA_CSV: GiiInputs = {
  mmr: 22.00380558,
  abr: 35.749,
  prF: 47.36842105,
  prM: 52.63157895,
  seF: 50.18999863,
  seM: 48.08000183,
  lfprF: 50.08,
  lfprM: 72.85,
};

/** Afghanistan, HDR 2021/22 technical note 4 (METHODS §1.4b). */
const AFGHANISTAN: GiiInputs = {
  mmr: 638,
  abr: 82.6,
  prF: 27.2,
  prM: 72.8,
  seF: 6.4,
  seM: 14.9,
  lfprF: 14.8,
  lfprM: 66.5,
};

/** METHODS §1.4c truncation test vectors, in the order MMR, ABR, PR_F, PR_M, SE_F, SE_M, LFPR_F, LFPR_M. */
const CASE_1 = inputsOf(5, 2.0, 0, 100, 80, 85, 55, 65);
const CASE_2 = inputsOf(1200, 150, 0, 100, 5, 12, 30, 80);

function inputsOf(...v: [number, number, number, number, number, number, number, number]): GiiInputs {
  const [mmr, abr, prF, prM, seF, seM, lfprF, lfprM] = v;
  return { mmr, abr, prF, prM, seF, seM, lfprF, lfprM };
}

function success(r: GiiResult): GiiSuccess {
  if (!r.ok) throw new Error(`expected a GII, got ${JSON.stringify(r)}`);
  return r;
}

type Intermediate = keyof Omit<GiiComponents, 'used' | 'adjustments' | 'params'>;

describe(computeGii, () => {
  describe('Costa Rica 2022, technical-note inputs', () => {
    const r = success(computeGii(COSTA_RICA_TN));
    it.each<[Intermediate, number]>([
      ['femaleHealth', 0.112838],
      ['femaleEmpowerment', 0.487799],
      ['maleEmpowerment', 0.502997],
      ['gF', 0.302119],
      ['gM', 0.715755],
      ['harm', 0.424892],
      ['healthBar', 0.556419],
      ['empowermentBar', 0.495398],
      ['lfprBar', 0.615],
      ['gFM', 0.553448],
    ])('%s = %d', (name, expected) => {
      expect(r.components[name]).toBeCloseTo(expected, 6);
    });

    it('uses MMR 22 untouched and GII 0.232283 → 0.232', () => {
      expect(r.components.used).toEqual(COSTA_RICA_TN);
      expect(r.components.adjustments).toEqual([]);
      expect(r.value).toBeCloseTo(0.232283, 6);
      expect(r.rounded).toBe(0.232);
    });
  });

  it('Costa Rica 2022, full-precision CSV inputs: 0.232409 → 0.232 (published gii_2022)', () => {
    const r = success(computeGii(COSTA_RICA_CSV));
    expect(r.value).toBeCloseTo(0.232409, 6);
    expect(r.rounded).toBe(0.232);
  });

  describe('Afghanistan, HDR 2021/22 technical note', () => {
    const r = success(computeGii(AFGHANISTAN));
    it.each<[Intermediate, number]>([
      ['gF', 0.064552],
      ['gM', 0.602782],
      ['harm', 0.116616],
      ['healthBar', 0.506888],
      ['empowermentBar', 0.230645],
      ['lfprBar', 0.4065],
      ['gFM', 0.36222],
    ])('%s = %d', (name, expected) => {
      expect(r.components[name]).toBeCloseTo(expected, 6);
    });

    it('GII 0.678051 → 0.678', () => {
      expect(r.value).toBeCloseTo(0.678051, 6);
      expect(r.rounded).toBe(0.678);
    });
  });

  describe.each([
    ['case 1', CASE_1, 10, { gF: 0.151518, gM: 0.843091, harm: 0.256872, gFM: 0.620038 }, 0.585716, 0.586],
    ['case 2', CASE_2, 1000, { gF: 0.017627, gM: 0.651969, harm: 0.034327, gFM: 0.364256 }, 0.905762, 0.906],
  ])('truncation %s', (_name, inputs, mmrUsed, intermediates, gii, rounded) => {
    const r = success(computeGii(inputs));

    it(`truncates MMR ${inputs.mmr} to ${mmrUsed} and floors PR_F 0 to 0.01 %`, () => {
      expect(r.components.used).toEqual({ ...inputs, mmr: mmrUsed, prF: 0.01 });
      expect(r.components.adjustments).toEqual([
        { input: 'mmr', rule: 'mmr-truncation', given: inputs.mmr, used: mmrUsed },
        { input: 'prF', rule: 'floor', given: 0, used: 0.01 },
      ]);
    });

    it.each(Object.entries(intermediates))('%s = %d', (name, expected) => {
      expect(r.components[name as Intermediate]).toBeCloseTo(expected, 6);
    });

    it(`GII ${gii} → ${rounded}`, () => {
      expect(r.value).toBeCloseTo(gii, 6);
      expect(r.rounded).toBe(rounded);
    });
  });

  describe('params', () => {
    it('defaults to a 0.01 % floor and MMR bounds 10–1000', () => {
      expect(DEFAULT_GII_PARAMS).toEqual({ floorPercent: 0.01, mmrMin: 10, mmrMax: 1000 });
      expect(success(computeGii(CASE_1, {})).components.params).toEqual(DEFAULT_GII_PARAMS);
    });

    it('applies the technical notes’ 0.1 % floor when asked, which changes case 1', () => {
      const r = success(computeGii(CASE_1, { floorPercent: 0.1 }));
      expect(r.components.used.prF).toBe(0.1);
      expect(r.value).toBeLessThan(success(computeGii(CASE_1)).value);
    });

    it('floors a zero ABR at the share floor as a proportion (0.1 per 1,000) so 1/ABR stays finite', () => {
      const r = success(computeGii({ ...COSTA_RICA_TN, abr: 0 }));
      expect(r.components.used.abr).toBeCloseTo(0.1, 12);
      expect(r.components.adjustments).toEqual([
        { input: 'abr', rule: 'floor', given: 0, used: r.components.used.abr },
      ]);
      expect(Number.isFinite(r.value)).toBe(true);
    });

    it('floors every share, male ones included', () => {
      const r = success(computeGii({ ...COSTA_RICA_TN, seM: 0, lfprF: 0, lfprM: 0 }));
      expect(r.components.adjustments.map((a) => a.input)).toEqual(['seM', 'lfprF', 'lfprM']);
    });

    it.each([
      [{ floorPercent: 0 }, 'floorPercent'],
      [{ floorPercent: Number.NaN }, 'floorPercent'],
      [{ mmrMin: -1 }, 'mmrMin'],
      [{ mmrMax: 5 }, 'mmrMax'],
    ])('rejects params %j naming %s', (params, input) => {
      expect(computeGii(COSTA_RICA_TN, params)).toMatchObject({
        ok: false,
        reason: 'invalid-inputs',
        invalid: [{ input }],
      });
    });

    it('ignores params given as undefined', () => {
      expect(success(computeGii(COSTA_RICA_TN, { floorPercent: undefined })).value).toBe(
        success(computeGii(COSTA_RICA_TN)).value,
      );
    });
  });

  describe('missing inputs', () => {
    it.each(GII_INPUT_NAMES)('without %s: not computable, naming it', (name) => {
      const inputs: Partial<GiiInputs> = { ...COSTA_RICA_TN };
      delete inputs[name];
      expect(computeGii(inputs)).toEqual({ ok: false, reason: 'missing-inputs', missing: [name] });
    });

    it('names every missing input, in UNDP order', () => {
      expect(computeGii({ prM: 52.6, lfprF: 50.1 })).toEqual({
        ok: false,
        reason: 'missing-inputs',
        missing: ['mmr', 'abr', 'prF', 'seF', 'seM', 'lfprM'],
      });
    });

    it('treats null as missing (database NULL)', () => {
      const inputs = { ...COSTA_RICA_TN, seF: null as unknown as number };
      expect(computeGii(inputs)).toEqual({ ok: false, reason: 'missing-inputs', missing: ['seF'] });
    });
  });

  describe('invalid inputs', () => {
    it.each([
      ['mmr', -1, 'a finite number ≥ 0 (deaths per 100,000 live births)'],
      ['abr', Number.NaN, 'a finite number ≥ 0 (births per 1,000 women aged 15–19)'],
      ['prF', -0.5, 'a percentage from 0 to 100'],
      ['seM', 100.1, 'a percentage from 0 to 100'],
      ['lfprF', Number.NaN, 'a percentage from 0 to 100'],
      ['lfprM', Number.POSITIVE_INFINITY, 'a percentage from 0 to 100'],
    ] as const)('%s = %d is invalid: expected %s', (input, value, expected) => {
      expect(computeGii({ ...COSTA_RICA_TN, [input]: value })).toEqual({
        ok: false,
        reason: 'invalid-inputs',
        invalid: [{ input, value, expected }],
      });
    });

    it('names every invalid input', () => {
      const r = computeGii({ ...COSTA_RICA_TN, prF: -1, seF: Number.NaN });
      expect(r).toMatchObject({ reason: 'invalid-inputs', invalid: [{ input: 'prF' }, { input: 'seF' }] });
    });
  });
});
