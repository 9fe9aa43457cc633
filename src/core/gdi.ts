import { HDI_GOALPOSTS, hdiDimensions, hdiFromDimensions } from './hdi.ts';
import type { HdiComponents, HdiGoalposts } from './hdi.ts';
import { nonNegative, PROPORTION, readInputs } from './result.ts';
import type { IndexResult, InputRule, Outcome } from './result.ts';
import { roundHalfAwayFromZero } from './round-half-away-from-zero.ts';

/** GDI inputs by sex, in published units (the HDR CSV's `le_f`, `le_m`, …, `gni_pc_f`, `gni_pc_m`). */
export interface GdiInputs {
  /** Life expectancy at birth, years. */
  readonly leF: number;
  readonly leM: number;
  /** Expected years of schooling, years. */
  readonly eysF: number;
  readonly eysM: number;
  /** Mean years of schooling of adults 25+, years. */
  readonly mysF: number;
  readonly mysM: number;
  /** Estimated earned income per capita, PPP $ (see {@link estimateEarnedIncome}). */
  readonly gnipcF: number;
  readonly gnipcM: number;
}

export type GdiInputName = keyof GdiInputs;

/**
 * GDI goalposts (METHODS §2.2): those of the HDI, except life expectancy, shifted by 5 years for the
 * average female biological advantage: women 22.5–87.5, men 17.5–82.5.
 */
export const GDI_GOALPOSTS: Readonly<{ female: HdiGoalposts; male: HdiGoalposts }> = {
  female: { ...HDI_GOALPOSTS, le: { min: 22.5, max: 87.5 } },
  male: { ...HDI_GOALPOSTS, le: { min: 17.5, max: 82.5 } },
};

/** One sex's dimension indices (inputs clamped to that sex's goalposts) and its HDI. */
export interface SexHdi extends HdiComponents {
  readonly hdi: number;
}

export interface GdiComponents {
  readonly female: SexHdi;
  readonly male: SexHdi;
}

export type GdiResult = IndexResult<GdiComponents, GdiInputName>;

const YEARS = nonNegative('years');
const INCOME = nonNegative('PPP $ per capita');
const GDI_RULES: Readonly<Record<GdiInputName, InputRule>> = {
  leF: YEARS,
  leM: YEARS,
  eysF: YEARS,
  eysM: YEARS,
  mysF: YEARS,
  mysM: YEARS,
  gnipcF: INCOME,
  gnipcM: INCOME,
};

/**
 * UNDP Gender Development Index (METHODS §2.2): GDI = HDI_f / HDI_m, each sex's HDI computed with
 * the GDI goalposts and inputs clamped to them (the female LE cap at 87.5 matters for Japan and Hong
 * Kong, the male one at 82.5 for Liechtenstein and San Marino).
 *
 * Missing inputs give `missing-inputs` (UNDP publishes a GDI iff all eight exist); NaN or negative
 * ones give `invalid-inputs`; a male HDI of 0 (an input at its minimum goalpost) gives
 * `undefined-result`.
 */
export function computeGdi(inputs: Partial<GdiInputs>): GdiResult {
  const checked = readInputs<GdiInputName>(inputs, GDI_RULES);
  if (!checked.ok) return checked;
  const v = checked.value;
  const female = sexHdi({ le: v.leF, eys: v.eysF, mys: v.mysF, gnipc: v.gnipcF }, GDI_GOALPOSTS.female);
  const male = sexHdi({ le: v.leM, eys: v.eysM, mys: v.mysM, gnipc: v.gnipcM }, GDI_GOALPOSTS.male);
  if (male.hdi === 0) {
    return {
      ok: false,
      reason: 'undefined-result',
      detail: `male HDI is 0 (clamped: ${male.clamped.join(', ')})`,
    };
  }
  const value = female.hdi / male.hdi;
  return { ok: true, value, rounded: roundHalfAwayFromZero(value, 3), components: { female, male } };
}

function sexHdi(inputs: Parameters<typeof hdiDimensions>[0], goalposts: HdiGoalposts): SexHdi {
  const dimensions = hdiDimensions(inputs, goalposts);
  return { ...dimensions, hdi: hdiFromDimensions(dimensions) };
}

/** Inputs of the earned-income estimate. Shares are proportions (0–1), not percentages. */
export interface EarnedIncomeInputs {
  /** GNI per capita, PPP $. */
  readonly gnipc: number;
  /** Ratio of the female to the male wage, W_f/W_m, all sectors. */
  readonly wageRatio: number;
  /** Female share of the economically active population. */
  readonly eaF: number;
  /** Male share of the economically active population. */
  readonly eaM: number;
  /** Female share of the population, N_f/N; strictly between 0 and 1. */
  readonly popShareF: number;
}

export type EarnedIncomeInputName = keyof EarnedIncomeInputs;

export interface EarnedIncome {
  /** Female share of the wage bill. */
  readonly sF: number;
  readonly sM: number;
  /** Estimated earned income per capita, PPP $. */
  readonly gnipcF: number;
  readonly gnipcM: number;
}

const INCOME_RULES: Readonly<Record<EarnedIncomeInputName, InputRule>> = {
  gnipc: INCOME,
  wageRatio: nonNegative('female wage / male wage'),
  eaF: PROPORTION,
  eaM: PROPORTION,
  popShareF: {
    expected: 'a proportion strictly between 0 and 1',
    accepts: (v) => Number.isFinite(v) && v > 0 && v < 1,
  },
};

/**
 * Estimated earned income by sex (METHODS §2.2 step 1, S1 TN3):
 * S_f = (W_f/W_m · EA_f)/(W_f/W_m · EA_f + EA_m), S_m = 1 − S_f,
 * GNIpc_f = GNIpc · S_f / P_f, GNIpc_m = GNIpc · S_m / (1 − P_f). Full precision: UNDP's printed
 * Bangladesh incomes (3,681.884 / 9,385.992) use S_f rounded to 0.285; this gives 3,687.16 / 9,380.63.
 *
 * Missing inputs give `missing-inputs`; out-of-domain ones `invalid-inputs`; a zero wage bill
 * (W_f/W_m · EA_f + EA_m = 0) gives `undefined-result`.
 */
export function estimateEarnedIncome(
  inputs: Partial<EarnedIncomeInputs>,
): Outcome<EarnedIncome, EarnedIncomeInputName> {
  const checked = readInputs<EarnedIncomeInputName>(inputs, INCOME_RULES);
  if (!checked.ok) return checked;
  const { gnipc, wageRatio, eaF, eaM, popShareF } = checked.value;
  const femaleBill = wageRatio * eaF;
  if (femaleBill + eaM === 0) {
    return { ok: false, reason: 'undefined-result', detail: 'the wage bill W_f/W_m · EA_f + EA_m is 0' };
  }
  const sF = femaleBill / (femaleBill + eaM);
  const sM = 1 - sF;
  return {
    ok: true,
    value: { sF, sM, gnipcF: (gnipc * sF) / popShareF, gnipcM: (gnipc * sM) / (1 - popShareF) },
  };
}

export type GdiGroup = 1 | 2 | 3 | 4 | 5;

/** UNDP's GDI group labels (S1). */
export const GDI_GROUP_LABELS: Readonly<Record<GdiGroup, string>> = {
  1: 'high equality',
  2: 'medium-high equality',
  3: 'medium equality',
  4: 'medium-low equality',
  5: 'low equality',
};

export interface GdiGroupAssignment {
  readonly group: GdiGroup;
  readonly label: string;
  /** |round(GDI, 3) − 1| in integer thousandths (25 = 2.5 % from parity). */
  readonly deviation: number;
}

/**
 * UNDP's GDI group, by the implementation rule of METHODS §2.2 (matches every published group:
 * 184/184 in HDR25, 182/182 in HDR23-24): round the GDI to 3 decimals first, take
 * d = |GDI·1000 − 1000| in integer thousandths, then group 1 if d ≤ 25, 2 if ≤ 50, 3 if ≤ 75,
 * 4 if ≤ 100, else 5. Rounding first matters: Cameroon's unrounded 0.89975 is published as 0.900,
 * group 4; integer thousandths avoid `100·|0.975 − 1| = 2.5000000000000022`.
 * Returns `undefined` for a GDI that is not a finite number ≥ 0.
 */
export function gdiGroup(gdi: number): GdiGroupAssignment | undefined {
  if (!Number.isFinite(gdi) || gdi < 0) return undefined;
  const deviation = Math.abs(Math.round(roundHalfAwayFromZero(gdi, 3) * 1000) - 1000);
  const group: GdiGroup =
    deviation <= 25 ? 1 : deviation <= 50 ? 2 : deviation <= 75 ? 3 : deviation <= 100 ? 4 : 5;
  return { group, label: GDI_GROUP_LABELS[group], deviation };
}
