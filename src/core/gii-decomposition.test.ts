// The core is pure; this test reads the Kazakhstan inputs from the bundled HDR25 CSV.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { computeGii } from './gii.ts';
import type { GiiInputs } from './gii.ts';
import {
  decomposeGii,
  GII_INDICATOR_DIMENSION,
  GII_INDICATORS,
  giiWhatIf,
  giiWhatIfWomenSeatShare,
  womenSeatShare,
} from './gii-decomposition.ts';
import type { GiiDecomposition, GiiWhatIf, GiiWhatIfResult } from './gii-decomposition.ts';

function kazakhstanHdr25(year: number): GiiInputs & { published: number } {
  const url = new URL(
    '../../data/undp-hdr/HDR25_Composite_indices_complete_time_series.csv',
    import.meta.url,
  );
  const rows = parse(new TextDecoder('windows-1252').decode(readFileSync(url)), { columns: true });
  const row = (rows as Record<string, string>[]).find((r) => r.iso3 === 'KAZ')!;
  const n = (col: string) => Number(row[`${col}_${year}`]);
  return {
    mmr: n('mmr'),
    abr: n('abr'),
    prF: n('pr_f'),
    prM: n('pr_m'),
    seF: n('se_f'),
    seM: n('se_m'),
    lfprF: n('lfpr_f'),
    lfprM: n('lfpr_m'),
    published: n('gii'),
  };
}

const { published: KAZ_PUBLISHED, ...KAZ } = kazakhstanHdr25(2022);

/** Costa Rica 2022, HDR23-24 CSV inputs (METHODS §1.4a): women's SE exceeds men's. */
const COSTA_RICA: GiiInputs = {
  mmr: 22.00380558,
  abr: 35.749,
  prF: 47.36842105,
  prM: 52.63157895,
  seF: 50.18999863,
  seM: 48.08000183,
  lfprF: 50.08,
  lfprM: 72.85,
};

/** METHODS §1.4c case 2: MMR truncated at 1000, PR_F floored. */
const CASE_2: GiiInputs = { mmr: 1200, abr: 150, prF: 0, prM: 100, seF: 5, seM: 12, lfprF: 30, lfprM: 80 };

function decomposition(inputs: Partial<GiiInputs>): GiiDecomposition {
  const r = decomposeGii(inputs);
  if (!r.ok) throw new Error(`expected a decomposition, got ${JSON.stringify(r)}`);
  return r.value;
}

function whatIf(r: GiiWhatIfResult): GiiWhatIf {
  if (!r.ok) throw new Error(`expected a what-if, got ${JSON.stringify(r)}`);
  return r.value;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe(decomposeGii, () => {
  it('reads Kazakhstan HDR25 2022 from the file: published GII 0.168', () => {
    expect(KAZ).toMatchObject({ prF: 24.67532468, seF: 100, seM: 100, lfprF: 63.3, lfprM: 74.6 });
    expect(KAZ_PUBLISHED).toBe(0.168);
  });

  it.each([
    ['Kazakhstan HDR25 2022', KAZ],
    ['Costa Rica HDR23-24 2022', COSTA_RICA],
    ['truncation case 2', CASE_2],
  ])('%s: indicator and dimension contributions each sum to the GII', (_name, inputs) => {
    const d = decomposition(inputs);
    expect(d.gii).toBe((computeGii(inputs) as { value: number }).value);
    expect(Math.abs(d.parityGii)).toBeLessThan(1e-12);
    expect(sum(Object.values(d.byIndicator))).toBeCloseTo(d.total, 12);
    expect(sum(Object.values(d.byDimension))).toBeCloseTo(d.total, 12);
    expect(d.total).toBeCloseTo(d.gii, 12);
  });

  describe('Kazakhstan HDR25 2022', () => {
    const d = decomposition(KAZ);

    it('GII 0.168343: reproductive health ≈ 0.1356, empowerment ≈ 0.0272, labour market ≈ 0.0055', () => {
      expect(d.gii).toBeCloseTo(0.168343, 6);
      expect(d.byDimension.reproductiveHealth).toBeCloseTo(0.135596, 6);
      expect(d.byDimension.empowerment).toBeCloseTo(0.027246, 6);
      expect(d.byDimension.labourMarket).toBeCloseTo(0.005501, 6);
    });

    it('has sensible signs: gaps against women raise the GII; equal education contributes nothing', () => {
      // MMR 13.4 > 10, ABR 18.4 > 1, 24.7 % of seats, LFPR 63.3 % vs 74.6 %.
      expect(d.byIndicator.mmr).toBeGreaterThan(0);
      expect(d.byIndicator.abr).toBeGreaterThan(0);
      expect(d.byIndicator.pr).toBeGreaterThan(0);
      expect(d.byIndicator.lfpr).toBeGreaterThan(0);
      // SE is 100 % for both sexes: closing a zero gap changes nothing in any order.
      expect(d.byIndicator.se).toBe(0);
      expect(d.byIndicator.abr).toBeGreaterThan(d.byIndicator.pr);
    });

    it('uses parity at the reproductive-health norms and the mean of the two sexes', () => {
      expect(d.parity).toEqual({
        mmr: 10,
        abr: 1,
        prF: 50,
        prM: 50,
        seF: 100,
        seM: 100,
        lfprF: (63.3 + 74.6) / 2,
        lfprM: (63.3 + 74.6) / 2,
      });
    });
  });

  it('gives a negative contribution to a gap in women’s favour (Costa Rica SE 50.19 % vs 48.08 %)', () => {
    const d = decomposition(COSTA_RICA);
    expect(d.byIndicator.se).toBeLessThan(0);
    expect(d.byIndicator.pr).toBeGreaterThan(0);
  });

  it('gives zero to every indicator when women and men already fare equally', () => {
    const equal = { mmr: 8, abr: 1, prF: 50, prM: 50, seF: 70, seM: 70, lfprF: 60, lfprM: 60 };
    const d = decomposition(equal);
    expect(d.gii).toBeCloseTo(0, 12);
    for (const indicator of GII_INDICATORS) expect(d.byIndicator[indicator]).toBeCloseTo(0, 12);
  });

  it('maps indicators to UNDP’s three dimensions', () => {
    expect(GII_INDICATOR_DIMENSION).toEqual({
      mmr: 'reproductiveHealth',
      abr: 'reproductiveHealth',
      pr: 'empowerment',
      se: 'empowerment',
      lfpr: 'labourMarket',
    });
  });

  it('fails like computeGii when an input is missing', () => {
    expect(decomposeGii({ ...KAZ, abr: undefined })).toEqual({
      ok: false,
      reason: 'missing-inputs',
      missing: ['abr'],
    });
  });
});

describe(giiWhatIf, () => {
  it('returns both full results and the change', () => {
    const w = whatIf(giiWhatIf(KAZ, { lfprF: 74.6 }));
    expect(w.base.value).toBe(w.baseGii);
    expect(w.scenario.value).toBe(w.newGii);
    expect(w.change).toBe(w.newGii - w.baseGii);
    expect(w.change).toBeLessThan(0);
    expect(w.inputs).toEqual({ ...KAZ, lfprF: 74.6 });
    expect(w.scenario.components.lfprBar).toBeCloseTo(0.746, 12);
  });

  it('changes nothing for no change, or a change given as undefined', () => {
    const w = whatIf(giiWhatIf(KAZ, { mmr: undefined }));
    expect(w.change).toBe(0);
    expect(w.inputs).toEqual(KAZ);
  });

  it('says which side failed', () => {
    expect(giiWhatIf(KAZ, { prF: 120 })).toMatchObject({
      ok: false,
      side: 'scenario',
      reason: 'invalid-inputs',
    });
    expect(giiWhatIf({ ...KAZ, abr: -1 }, {})).toMatchObject({
      ok: false,
      side: 'base',
      reason: 'invalid-inputs',
    });
  });
});

describe(giiWhatIfWomenSeatShare, () => {
  it('Kazakhstan HDR25 2022: women’s seats 24.7 % → 30 % lowers the GII 0.168343 → 0.157095 (0.168 → 0.157)', () => {
    const w = whatIf(giiWhatIfWomenSeatShare(KAZ, 30));
    expect(w.inputs.prF).toBe(30);
    expect(w.inputs.prM).toBe(70);
    expect(w.baseGii).toBeCloseTo(0.168343, 6);
    expect(w.newGii).toBeCloseTo(0.157095, 6);
    expect(w.change).toBeCloseTo(-0.011247, 6);
    expect(w.base.rounded).toBe(0.168);
    expect(w.scenario.rounded).toBe(0.157);
    expect(w.changeRounded).toBe(-0.011);
  });

  it.each([
    [30, 70],
    [50, 50],
    [0, 100],
    [47.36842105, 52.63157895],
  ])('womenSeatShare(%d) sets men’s share to %d', (percent, men) => {
    const change = womenSeatShare(percent);
    expect(change.prF).toBe(percent);
    expect(change.prM).toBeCloseTo(men, 12);
  });

  it('rejects a share above 100 % as an invalid scenario', () => {
    expect(giiWhatIfWomenSeatShare(KAZ, 101)).toMatchObject({
      ok: false,
      side: 'scenario',
      reason: 'invalid-inputs',
    });
  });
});
