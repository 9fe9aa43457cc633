import { nonNegative, readInputs } from './result.ts';
import type { IndexResult, InputRule } from './result.ts';
import { roundHalfAwayFromZero } from './round-half-away-from-zero.ts';

/** HDI inputs in published units. */
export interface HdiInputs {
  /** Life expectancy at birth, years. */
  readonly le: number;
  /** Expected years of schooling, years. */
  readonly eys: number;
  /** Mean years of schooling of adults 25+, years. */
  readonly mys: number;
  /** GNI per capita, PPP $ (2017 PPP in HDR 2023/24, 2021 PPP in HDR25). */
  readonly gnipc: number;
}

export type HdiInputName = keyof HdiInputs;

export interface Goalposts {
  readonly min: number;
  readonly max: number;
}

export type HdiGoalposts = Readonly<Record<HdiInputName, Goalposts>>;

/** UNDP HDI goalposts (METHODS §2.1, S1 TN1). */
export const HDI_GOALPOSTS: HdiGoalposts = {
  le: { min: 20, max: 85 },
  eys: { min: 0, max: 18 },
  mys: { min: 0, max: 15 },
  gnipc: { min: 100, max: 75_000 },
};

/** The dimension indices of an HDI, each in [0, 1], and the clamped inputs they came from. */
export interface HdiComponents {
  /** Inputs after clamping to the goalposts. */
  readonly used: HdiInputs;
  /** Inputs that were outside their goalposts and were clamped. */
  readonly clamped: readonly HdiInputName[];
  readonly healthIndex: number;
  readonly eysIndex: number;
  readonly mysIndex: number;
  /** Mean of the EYS and MYS indices. */
  readonly educationIndex: number;
  /** Log-scaled: (ln x − ln min)/(ln max − ln min). */
  readonly incomeIndex: number;
}

export type HdiResult = IndexResult<HdiComponents, HdiInputName>;

const RULES: Readonly<Record<HdiInputName, InputRule>> = {
  le: nonNegative('years'),
  eys: nonNegative('years'),
  mys: nonNegative('years'),
  gnipc: nonNegative('PPP $ per capita'),
};

/**
 * UNDP Human Development Index (METHODS §2.1): the geometric mean of the health, education and
 * income indices. Every input is clamped to its goalposts first (LE 20–85, EYS 0–18, MYS 0–15,
 * GNIpc 100–75,000), which is what makes all published HDI values reproduce (without the EYS cap,
 * 177 fail).
 *
 * An input at or below its minimum gives a zero index and an HDI of 0; UNDP publishes no HDI then
 * (e.g. CAF 2009 and 2022, LE < 20), so callers should check `components.clamped`.
 * Missing inputs give `missing-inputs`; NaN or negative ones give `invalid-inputs`.
 */
export function computeHdi(inputs: Partial<HdiInputs>, goalposts: HdiGoalposts = HDI_GOALPOSTS): HdiResult {
  const checked = readInputs<HdiInputName>(inputs, RULES);
  if (!checked.ok) return checked;
  const components = hdiDimensions(checked.value, goalposts);
  const value = hdiFromDimensions(components);
  return { ok: true, value, rounded: roundHalfAwayFromZero(value, 3), components };
}

/**
 * Clamps valid inputs to the goalposts and normalises them. Shared with the GDI, which calls it
 * once per sex with sex-specific life-expectancy goalposts.
 */
export function hdiDimensions(inputs: HdiInputs, goalposts: HdiGoalposts): HdiComponents {
  const names = Object.keys(goalposts) as HdiInputName[];
  const clamp = (name: HdiInputName) =>
    Math.min(Math.max(inputs[name], goalposts[name].min), goalposts[name].max);
  const used: HdiInputs = { le: clamp('le'), eys: clamp('eys'), mys: clamp('mys'), gnipc: clamp('gnipc') };
  const linear = (name: HdiInputName) =>
    (used[name] - goalposts[name].min) / (goalposts[name].max - goalposts[name].min);
  const eysIndex = linear('eys');
  const mysIndex = linear('mys');
  const { min, max } = goalposts.gnipc;
  return {
    used,
    clamped: names.filter((name) => used[name] !== inputs[name]),
    healthIndex: linear('le'),
    eysIndex,
    mysIndex,
    educationIndex: (eysIndex + mysIndex) / 2,
    incomeIndex: (Math.log(used.gnipc) - Math.log(min)) / (Math.log(max) - Math.log(min)),
  };
}

/** Geometric mean of the three dimension indices. */
export function hdiFromDimensions(
  d: Pick<HdiComponents, 'healthIndex' | 'educationIndex' | 'incomeIndex'>,
): number {
  return Math.cbrt(d.healthIndex * d.educationIndex * d.incomeIndex);
}

export type HdiCategory = 'very-high' | 'high' | 'medium' | 'low';

/** Labels as UNDP writes the groups (the `hdicode` column of the HDR CSVs). */
export const HDI_CATEGORY_LABELS: Readonly<Record<HdiCategory, string>> = {
  'very-high': 'Very high human development',
  high: 'High human development',
  medium: 'Medium human development',
  low: 'Low human development',
};

/**
 * UNDP's HDI group (fixed cutoffs since HDR 2014): very high ≥ 0.800, high ≥ 0.700, medium ≥ 0.550,
 * otherwise low. Decided on the HDI rounded to 3 decimals, compared in integer thousandths, so
 * 0.7995 is very high and an unrounded 0.79949 is high. Returns `undefined` for a value that is not a
 * finite number in [0, 1].
 */
export function hdiCategory(hdi: number): HdiCategory | undefined {
  if (!Number.isFinite(hdi) || hdi < 0 || hdi > 1) return undefined;
  const thousandths = Math.round(roundHalfAwayFromZero(hdi, 3) * 1000);
  if (thousandths >= 800) return 'very-high';
  if (thousandths >= 700) return 'high';
  if (thousandths >= 550) return 'medium';
  return 'low';
}
