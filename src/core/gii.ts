import { nonNegative, PERCENTAGE, readInputs } from './result.ts';
import type { IndexFailure, IndexResult, IndexSuccess, InputRule } from './result.ts';
import { roundHalfAwayFromZero } from './round-half-away-from-zero.ts';

/**
 * The eight GII inputs in their published units (UNDP HDR composite-indices CSV, METHODS §1.1).
 * Shares are percentages 0–100; UNDP's data has `prM = 100 − prF`.
 */
export interface GiiInputs {
  /** Maternal mortality ratio, deaths per 100,000 live births. */
  readonly mmr: number;
  /** Adolescent birth rate, births per 1,000 women aged 15–19. */
  readonly abr: number;
  /** Share of parliamentary seats held by women, %. */
  readonly prF: number;
  /** Share of parliamentary seats held by men, %. */
  readonly prM: number;
  /** Women aged 25+ with at least some secondary education, %. */
  readonly seF: number;
  /** Men aged 25+ with at least some secondary education, %. */
  readonly seM: number;
  /** Female labour-force participation rate, ages 15+, %. */
  readonly lfprF: number;
  /** Male labour-force participation rate, ages 15+, %. */
  readonly lfprM: number;
}

export type GiiInputName = keyof GiiInputs;

/** The inputs in UNDP's order (MMR, ABR, PR, SE, LFPR; female before male). */
export const GII_INPUT_NAMES: readonly GiiInputName[] = [
  'mmr',
  'abr',
  'prF',
  'prM',
  'seF',
  'seM',
  'lfprF',
  'lfprM',
];

/**
 * Step-1 parameters (METHODS §1.2).
 * - `floorPercent`: minimum of every share, in percentage points. UNDP's technical notes say 0.1 %,
 *   but UNDP's released GII values reproduce only with 0.01 % (4,913/4,913 in HDR25 against 4,833
 *   with 0.1 %), so 0.01 is the default. The same floor, as a proportion, bounds the ABR below
 *   (births per woman ≥ floorPercent/100, i.e. ABR ≥ 0.1 per 1,000 by default) so `1/ABR` stays finite.
 *   UNDP applies no 1-per-1,000 ABR floor: Korea's HDR25 ABR of 0.54–0.93 (2019–2023) is used as is.
 * - `mmrMin`, `mmrMax`: MMR truncation bounds, per 100,000. The female health term rescales MMR by
 *   `mmrMin` (the notes' factor 10 exists because of the truncation at 10), so the term is 1 at the norms.
 */
export interface GiiParams {
  readonly floorPercent: number;
  readonly mmrMin: number;
  readonly mmrMax: number;
}

export type GiiParamName = keyof GiiParams;

export const DEFAULT_GII_PARAMS: GiiParams = { floorPercent: 0.01, mmrMin: 10, mmrMax: 1000 };

/** An input changed by step 1, with the value given and the value used (published units). */
export interface GiiAdjustment {
  readonly input: GiiInputName;
  readonly rule: 'mmr-truncation' | 'floor';
  readonly given: number;
  readonly used: number;
}

/**
 * Every intermediate value of METHODS §1.2, unrounded. Empowerment and LFPR terms are proportions.
 * `used` holds the inputs after truncation and flooring, in published units.
 */
export interface GiiComponents {
  readonly used: GiiInputs;
  readonly adjustments: readonly GiiAdjustment[];
  readonly params: GiiParams;
  /** sqrt(mmrMin/MMR* · 1/ABR). The male health term is the constant 1. */
  readonly femaleHealth: number;
  /** sqrt(PR_F · SE_F). */
  readonly femaleEmpowerment: number;
  /** sqrt(PR_M · SE_M). */
  readonly maleEmpowerment: number;
  readonly gF: number;
  readonly gM: number;
  /** Harmonic mean of G_F and G_M. */
  readonly harm: number;
  readonly healthBar: number;
  readonly empowermentBar: number;
  readonly lfprBar: number;
  /** G_{F̄,M̄}: geometric mean of healthBar, empowermentBar and lfprBar. */
  readonly gFM: number;
}

export type GiiResult = IndexResult<GiiComponents, GiiInputName | GiiParamName>;
export type GiiSuccess = IndexSuccess<GiiComponents>;
export type GiiFailure = IndexFailure<GiiInputName | GiiParamName>;

const INPUT_RULES: Readonly<Record<GiiInputName, InputRule>> = {
  mmr: nonNegative('deaths per 100,000 live births'),
  abr: nonNegative('births per 1,000 women aged 15–19'),
  prF: PERCENTAGE,
  prM: PERCENTAGE,
  seF: PERCENTAGE,
  seM: PERCENTAGE,
  lfprF: PERCENTAGE,
  lfprM: PERCENTAGE,
};

const PARAM_RULES: Readonly<Record<GiiParamName, InputRule>> = {
  floorPercent: { expected: 'a percentage > 0 and ≤ 100', accepts: (v) => v > 0 && v <= 100 },
  mmrMin: { expected: 'a finite number > 0', accepts: (v) => Number.isFinite(v) && v > 0 },
  mmrMax: { expected: 'a finite number > 0', accepts: (v) => Number.isFinite(v) && v > 0 },
};

/**
 * UNDP Gender Inequality Index (METHODS §1.2, steps 1–5), from inputs in published units.
 *
 * Steps: MMR truncated to [mmrMin, mmrMax]; every share floored at `floorPercent` (and ABR at the
 * same floor as a proportion); per-sex geometric means G_F, G_M; their harmonic mean HARM; the
 * reference standard G_{F̄,M̄}; GII = 1 − HARM/G_{F̄,M̄}. Full precision throughout; only `rounded`
 * is rounded (3 decimals, half away from zero), which is how UNDP publishes and how every published
 * value in HDR23-24 and HDR25 reproduces.
 *
 * Missing inputs (`undefined`/`null`) give `missing-inputs` naming each one (UNDP publishes a GII iff
 * all eight exist; nothing is imputed). NaN, negative or > 100 % shares give `invalid-inputs`, as do
 * out-of-domain params (or mmrMax < mmrMin).
 */
export function computeGii(inputs: Partial<GiiInputs>, params: Partial<GiiParams> = {}): GiiResult {
  const checkedParams = readParams(params);
  if (!checkedParams.ok) return checkedParams;
  const checked = readInputs<GiiInputName>(inputs, INPUT_RULES);
  if (!checked.ok) return checked;
  const p = checkedParams.value;
  const { used, adjustments } = applyStep1(checked.value, p);
  const components = aggregate(used, adjustments, p);
  const value = 1 - components.harm / components.gFM;
  return { ok: true, value, rounded: roundHalfAwayFromZero(value, 3), components };
}

function readParams(params: Partial<GiiParams>) {
  const merged = { ...DEFAULT_GII_PARAMS, ...definedOnly(params) };
  const checked = readInputs<GiiParamName>(merged, PARAM_RULES);
  if (checked.ok && merged.mmrMax < merged.mmrMin) {
    const invalid = [
      { input: 'mmrMax' as const, value: merged.mmrMax, expected: `≥ mmrMin (${merged.mmrMin})` },
    ];
    return { ok: false as const, reason: 'invalid-inputs' as const, invalid };
  }
  return checked;
}

function definedOnly<T extends object>(o: Partial<T>): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Step 1: MMR truncation and the floor on every share (and on ABR as a proportion). */
function applyStep1(given: GiiInputs, p: GiiParams): { used: GiiInputs; adjustments: GiiAdjustment[] } {
  const adjustments: GiiAdjustment[] = [];
  const adjust = (input: GiiInputName, rule: GiiAdjustment['rule'], used: number): number => {
    if (used !== given[input]) adjustments.push({ input, rule, given: given[input], used });
    return used;
  };
  const floor = (input: GiiInputName) => adjust(input, 'floor', Math.max(given[input], p.floorPercent));
  const used: GiiInputs = {
    mmr: adjust('mmr', 'mmr-truncation', Math.min(Math.max(given.mmr, p.mmrMin), p.mmrMax)),
    // ABR per 1,000 ≥ floorPercent/100 as births per woman ⇔ ABR ≥ floorPercent · 10.
    abr: adjust('abr', 'floor', Math.max(given.abr, p.floorPercent * 10)),
    prF: floor('prF'),
    prM: floor('prM'),
    seF: floor('seF'),
    seM: floor('seM'),
    lfprF: floor('lfprF'),
    lfprM: floor('lfprM'),
  };
  return { used, adjustments };
}

/** Steps 2–4 on step-1 values: per-sex geometric means, harmonic mean, reference standard. */
function aggregate(used: GiiInputs, adjustments: GiiAdjustment[], params: GiiParams): GiiComponents {
  const share = (percent: number) => percent / 100;
  const femaleHealth = Math.sqrt((params.mmrMin / used.mmr) * (1 / used.abr));
  const femaleEmpowerment = Math.sqrt(share(used.prF) * share(used.seF));
  const maleEmpowerment = Math.sqrt(share(used.prM) * share(used.seM));
  const gF = Math.cbrt(femaleHealth * femaleEmpowerment * share(used.lfprF));
  const gM = Math.cbrt(1 * maleEmpowerment * share(used.lfprM));
  const harm = 1 / ((1 / gF + 1 / gM) / 2);
  const healthBar = (femaleHealth + 1) / 2;
  const empowermentBar = (femaleEmpowerment + maleEmpowerment) / 2;
  const lfprBar = (share(used.lfprF) + share(used.lfprM)) / 2;
  const gFM = Math.cbrt(healthBar * empowermentBar * lfprBar);
  return {
    used,
    adjustments,
    params,
    femaleHealth,
    femaleEmpowerment,
    maleEmpowerment,
    gF,
    gM,
    harm,
    healthBar,
    empowermentBar,
    lfprBar,
    gFM,
  };
}
