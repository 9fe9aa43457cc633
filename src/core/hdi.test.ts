import { describe, expect, it } from 'vitest';
import { computeHdi, HDI_GOALPOSTS, hdiCategory, hdiDimensions, hdiFromDimensions } from './hdi.ts';
import type { HdiInputs, HdiResult } from './hdi.ts';

/** Nigeria 2022, HDR 2023/24 technical note 1 (METHODS §2.1). */
const NIGERIA: HdiInputs = { le: 53.6, eys: 10.5, mys: 7.6, gnipc: 4755 };

function success(r: HdiResult) {
  if (!r.ok) throw new Error(`expected an HDI, got ${JSON.stringify(r)}`);
  return r;
}

describe(computeHdi, () => {
  it('Nigeria 2022: indices 0.5169 / 0.5450 / 0.5833, HDI 0.5478 → 0.548', () => {
    const r = success(computeHdi(NIGERIA));
    expect(r.components.healthIndex).toBeCloseTo(0.5169, 4);
    expect(r.components.educationIndex).toBeCloseTo(0.545, 4);
    expect(r.components.incomeIndex).toBeCloseTo(0.5833, 4);
    expect(r.value).toBeCloseTo(0.5478, 4);
    expect(r.rounded).toBe(0.548);
    expect(r.components.clamped).toEqual([]);
  });

  it('makes the education index the mean of the EYS and MYS indices', () => {
    const c = success(computeHdi(NIGERIA)).components;
    expect(c.eysIndex).toBeCloseTo(10.5 / 18, 12);
    expect(c.mysIndex).toBeCloseTo(7.6 / 15, 12);
    expect(c.educationIndex).toBeCloseTo((10.5 / 18 + 7.6 / 15) / 2, 12);
  });

  it.each([
    ['le', 86.1, 85, 'healthIndex', 1],
    ['eys', 19.2, 18, 'eysIndex', 1],
    ['mys', 15.5, 15, 'mysIndex', 1],
    ['gnipc', 120_000, 75_000, 'incomeIndex', 1],
    ['gnipc', 50, 100, 'incomeIndex', 0],
    ['le', 14.665, 20, 'healthIndex', 0],
  ] as const)('clamps %s %d to %d, so %s = %d', (input, given, used, index, expected) => {
    const r = success(computeHdi({ ...NIGERIA, [input]: given }));
    expect(r.components.used[input]).toBe(used);
    expect(r.components.clamped).toEqual([input]);
    expect(r.components[index]).toBe(expected);
  });

  it('gives 0 when an input is at its minimum (UNDP then publishes no HDI, e.g. CAF 2009)', () => {
    expect(success(computeHdi({ ...NIGERIA, le: 14.665 })).value).toBe(0);
  });

  it.each(['le', 'eys', 'mys', 'gnipc'] as const)('without %s: not computable, naming it', (name) => {
    const inputs: Partial<HdiInputs> = { ...NIGERIA };
    delete inputs[name];
    expect(computeHdi(inputs)).toEqual({ ok: false, reason: 'missing-inputs', missing: [name] });
  });

  it('names every missing input', () => {
    expect(computeHdi({ eys: 1 })).toMatchObject({
      reason: 'missing-inputs',
      missing: ['le', 'mys', 'gnipc'],
    });
  });

  it.each([
    ['le', -1],
    ['gnipc', Number.NaN],
  ] as const)('rejects %s = %d', (input, value) => {
    expect(computeHdi({ ...NIGERIA, [input]: value })).toMatchObject({
      reason: 'invalid-inputs',
      invalid: [{ input, value }],
    });
  });
});

describe(hdiDimensions, () => {
  it('accepts other goalposts (as the GDI does per sex)', () => {
    const d = hdiDimensions(NIGERIA, { ...HDI_GOALPOSTS, le: { min: 22.5, max: 87.5 } });
    expect(d.healthIndex).toBeCloseTo((53.6 - 22.5) / 65, 12);
    expect(hdiFromDimensions(d)).toBeCloseTo(Math.cbrt(d.healthIndex * d.educationIndex * d.incomeIndex), 15);
  });
});

describe(hdiCategory, () => {
  it.each([
    [0.8, 'very-high'],
    [0.7995, 'very-high'],
    [0.79949, 'high'],
    [0.7, 'high'],
    [0.6995, 'high'],
    [0.699, 'medium'],
    [0.55, 'medium'],
    [0.5495, 'medium'],
    [0.5478, 'low'],
    [0, 'low'],
    [1, 'very-high'],
  ])('%d is %s', (hdi, expected) => {
    expect(hdiCategory(hdi)).toBe(expected);
  });

  it.each([Number.NaN, -0.1, 1.2])('has no category for %d', (hdi) => {
    expect(hdiCategory(hdi)).toBeUndefined();
  });
});
