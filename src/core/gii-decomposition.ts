import { computeGii } from './gii.ts';
import type { GiiFailure, GiiInputName, GiiInputs, GiiParamName, GiiParams, GiiSuccess } from './gii.ts';
import type { Outcome } from './result.ts';
import { roundHalfAwayFromZero } from './round-half-away-from-zero.ts';

/** The five GII indicators. A two-sex indicator (PR, SE, LFPR) is one player: its two shares move together. */
export type GiiIndicator = 'mmr' | 'abr' | 'pr' | 'se' | 'lfpr';

export type GiiDimension = 'reproductiveHealth' | 'empowerment' | 'labourMarket';

export const GII_INDICATORS: readonly GiiIndicator[] = ['mmr', 'abr', 'pr', 'se', 'lfpr'];

export const GII_INDICATOR_DIMENSION: Readonly<Record<GiiIndicator, GiiDimension>> = {
  mmr: 'reproductiveHealth',
  abr: 'reproductiveHealth',
  pr: 'empowerment',
  se: 'empowerment',
  lfpr: 'labourMarket',
};

export interface GiiDecomposition {
  /** The GII of the inputs, unrounded. */
  readonly gii: number;
  /** The GII with every gap closed: 0 analytically, within ~1e-16 numerically. */
  readonly parityGii: number;
  /** gii − parityGii: what the contributions add up to, exactly up to float rounding. */
  readonly total: number;
  /** Shapley value of each indicator, in GII points. Positive: its gap raises the GII. */
  readonly byIndicator: Readonly<Record<GiiIndicator, number>>;
  /** Sum of the contributions of each dimension's indicators. */
  readonly byDimension: Readonly<Record<GiiDimension, number>>;
  /** The counterfactual parity inputs (published units). */
  readonly parity: GiiInputs;
}

/**
 * Decomposes a GII into the contributions of its five indicators and three dimensions, as the
 * Shapley values of "closing the gap" in each indicator.
 *
 * Closing a gap moves an indicator, on the step-1 values actually used, to the point where women
 * and men fare equally in the GII's own terms:
 * - MMR to `mmrMin` (10) and ABR to 1 per 1,000: the reproductive-health norms at which the female
 *   health term equals the male constant 1;
 * - PR, SE and LFPR: both sexes to the unweighted mean of their two shares (PR becomes 50/50), so the
 *   level is kept and only the female/male difference disappears.
 * With all five closed, G_F = G_M = G_{F̄,M̄}, so the GII is 0.
 *
 * The GII is not additive across indicators (geometric and harmonic means interact), so each
 * indicator's contribution is its average GII reduction over all 5! orders of closing the gaps
 * (the Shapley value; 2^5 = 32 GII evaluations). Contributions therefore sum exactly to
 * `total` = GII − GII(parity) = GII, are symmetric and order-independent, and are negative for a gap
 * whose closing would *raise* the GII (e.g. women's secondary education above men's, which offsets
 * disadvantages elsewhere). A dimension's contribution is the sum of its indicators'.
 *
 * Fails exactly as {@link computeGii} does for the given inputs.
 */
export function decomposeGii(
  inputs: Partial<GiiInputs>,
  params: Partial<GiiParams> = {},
): Outcome<GiiDecomposition, GiiInputName | GiiParamName> {
  const base = computeGii(inputs, params);
  if (!base.ok) return base;
  const used = base.components.used;
  const parity = parityInputs(used, base.components.params.mmrMin);
  const giiByMask: number[] = [];
  for (let mask = 0; mask < 1 << GII_INDICATORS.length; mask++) {
    const r = computeGii(mixInputs(used, parity, mask), base.components.params);
    if (!r.ok) return r;
    giiByMask.push(r.value);
  }
  const byIndicator = shapleyValues(giiByMask);
  const byDimension: Record<GiiDimension, number> = {
    reproductiveHealth: 0,
    empowerment: 0,
    labourMarket: 0,
  };
  for (const indicator of GII_INDICATORS)
    byDimension[GII_INDICATOR_DIMENSION[indicator]] += byIndicator[indicator];
  const parityGii = giiByMask[giiByMask.length - 1]!;
  const value = {
    gii: base.value,
    parityGii,
    total: base.value - parityGii,
    byIndicator,
    byDimension,
    parity,
  };
  return { ok: true, value };
}

function parityInputs(used: GiiInputs, mmrMin: number): GiiInputs {
  const pr = (used.prF + used.prM) / 2;
  const se = (used.seF + used.seM) / 2;
  const lfpr = (used.lfprF + used.lfprM) / 2;
  return { mmr: mmrMin, abr: 1, prF: pr, prM: pr, seF: se, seM: se, lfprF: lfpr, lfprM: lfpr };
}

/** Inputs with the indicators whose bit is set in `mask` (bit i ↔ GII_INDICATORS[i]) at parity. */
function mixInputs(used: GiiInputs, parity: GiiInputs, mask: number): GiiInputs {
  const pick = (i: number, ...names: GiiInputName[]) =>
    Object.fromEntries(names.map((n) => [n, (mask & (1 << i)) !== 0 ? parity[n] : used[n]]));
  return {
    ...used,
    ...pick(0, 'mmr'),
    ...pick(1, 'abr'),
    ...pick(2, 'prF', 'prM'),
    ...pick(3, 'seF', 'seM'),
    ...pick(4, 'lfprF', 'lfprM'),
  };
}

/** φ_i = Σ_{S ∌ i} |S|!(n−|S|−1)!/n! · (GII(S) − GII(S ∪ {i})), GII(S) = giiByMask[S]. */
function shapleyValues(giiByMask: readonly number[]): Record<GiiIndicator, number> {
  const n = GII_INDICATORS.length;
  const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
  const entries = GII_INDICATORS.map((indicator, i) => {
    let phi = 0;
    for (let mask = 0; mask < giiByMask.length; mask++) {
      if ((mask & (1 << i)) !== 0) continue;
      const size = popcount(mask);
      const weight = (factorial(size) * factorial(n - size - 1)) / factorial(n);
      phi += weight * (giiByMask[mask]! - giiByMask[mask | (1 << i)]!);
    }
    return [indicator, phi] as const;
  });
  return Object.fromEntries(entries) as Record<GiiIndicator, number>;
}

function popcount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
}

export interface GiiWhatIf {
  /** The changed inputs the scenario was computed from. */
  readonly inputs: GiiInputs;
  readonly baseGii: number;
  readonly newGii: number;
  /** newGii − baseGii, unrounded. Negative: less inequality. */
  readonly change: number;
  /** Difference of the two GIIs as published (each rounded to 3 decimals). */
  readonly changeRounded: number;
  readonly base: GiiSuccess;
  readonly scenario: GiiSuccess;
}

/** A what-if failure, saying whether the base inputs or the changed inputs could not be computed. */
export type GiiWhatIfFailure = GiiFailure & { readonly side: 'base' | 'scenario' };

export type GiiWhatIfResult = { readonly ok: true; readonly value: GiiWhatIf } | GiiWhatIfFailure;

/**
 * Recomputes the GII with some inputs changed (published units) and reports both results and the
 * change. Keys of `changes` whose value is `undefined` are ignored, so they do not erase the base.
 * A change that makes an input invalid fails with `side: 'scenario'`.
 */
export function giiWhatIf(
  base: GiiInputs,
  changes: Partial<GiiInputs>,
  params: Partial<GiiParams> = {},
): GiiWhatIfResult {
  const before = computeGii(base, params);
  if (!before.ok) return { ...before, side: 'base' };
  const defined = Object.entries(changes).filter(([, v]) => v !== undefined);
  const inputs: GiiInputs = { ...base, ...Object.fromEntries(defined) };
  const after = computeGii(inputs, params);
  if (!after.ok) return { ...after, side: 'scenario' };
  const value: GiiWhatIf = {
    inputs,
    baseGii: before.value,
    newGii: after.value,
    change: after.value - before.value,
    changeRounded: roundHalfAwayFromZero(after.rounded - before.rounded, 3),
    base: before,
    scenario: after,
  };
  return { ok: true, value };
}

/**
 * The input change for "women hold `percent` % of parliamentary seats": sets PR_F to `percent` and
 * PR_M to 100 − `percent`, because the two shares add to 100 (changing PR_F alone would leave an
 * impossible pair). A percent outside 0–100 makes the scenario invalid in {@link giiWhatIf}.
 */
export function womenSeatShare(percent: number): Pick<GiiInputs, 'prF' | 'prM'> {
  return { prF: percent, prM: 100 - percent };
}

/** {@link giiWhatIf} with women's share of seats set to `percent` (and men's to the rest). */
export function giiWhatIfWomenSeatShare(
  base: GiiInputs,
  percent: number,
  params: Partial<GiiParams> = {},
): GiiWhatIfResult {
  return giiWhatIf(base, womenSeatShare(percent), params);
}
