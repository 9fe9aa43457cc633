import type { BpfaArea } from './bpfa.ts';
import type { Lang } from './countries.ts';

export type Localized = Readonly<Record<Lang, string>>;

/**
 * Units of the catalogue. A unit says what a value means and which values are impossible
 * (see `impliedBounds`).
 */
export type IndicatorUnit =
  /** Per cent, 0–100 (shares of a whole, rates by sex such as LFPR). */
  | 'percent'
  /** Per cent change over a period; can be negative, never below −100. */
  | 'percent-change'
  /** Composite index on the 0–1 scale (HDI, GII, IHDI, PHDI). */
  | 'index'
  /** Female-to-male ratio, parity = 1 (GDI). Positive, unbounded above in principle. */
  | 'ratio'
  /** Ordinal group number 1–5 (GDI group). */
  | 'group'
  /** Rank, 1 = first. */
  | 'rank'
  /** Difference between two ranks; any sign. */
  | 'rank-difference'
  | 'years'
  /** GNI per capita in constant PPP dollars (base year differs by HDR edition: see conceptNote). */
  | 'ppp-dollars'
  | 'per-100000-live-births'
  /** Births per 1,000 women in the age group (15–19). */
  | 'per-1000-women'
  | 'tonnes-per-capita'
  | 'millions'
  /** A category in text (value null): quota types. */
  | 'category'
  /** Units vary between series and platforms and are carried in `dims.unit`. */
  | 'mixed';

/**
 * - higher-is-better / lower-is-better: progress is a rise / a fall.
 * - parity: the goal is equality of women and men: a women's share of 50 %, a female-to-male
 *   ratio of 1 (`parityValue`), or equal values for `sex` F and M when no single value applies.
 * - neutral: context, not a performance measure (population, quota type).
 */
export type Direction = 'higher-is-better' | 'lower-is-better' | 'parity' | 'neutral';

export interface ValidRange {
  readonly min?: number;
  readonly max?: number;
}

export interface Indicator {
  /** Catalogue code: `hdr.gii`, `wdi.SG.GEN.PARL.ZS`, `unsd.parl_seats`, `sdg.5.5.1`. */
  readonly code: string;
  readonly name: Localized;
  readonly shortName?: string;
  readonly unit: IndicatorUnit;
  readonly direction: Direction;
  /** For `parity`: the value at parity (50 for a share, 1 for a ratio), when there is one. */
  readonly parityValue?: number;
  /** English, a sentence or two, from the publisher's metadata. */
  readonly definition: string;
  readonly publisher: string;
  /** Key shared by series that measure the same thing from different sources. */
  readonly concept: string;
  /** How this series' definition differs from the others of its concept. */
  readonly conceptNote?: string;
  readonly bpfa: readonly BpfaArea[];
  /** 'publisher' when the BPfA mapping is the publisher's own (UNSD catalogue), else 'judgment'. */
  readonly bpfaSource: 'publisher' | 'judgment';
  /**
   * Strategic objectives (e.g. `G.1`) as the UNSD minimum-set catalogue lists them for this series
   * or, for national series, for the same SDG indicator.
   */
  readonly bpfaObjectives?: readonly string[];
  /** Why `bpfa` is empty (required then), or why it departs from the UNSD catalogue. */
  readonly bpfaReason?: string;
  /** Review clusters 1–6 (review-clusters.ts; themselves UNCONFIRMED). Judgment. */
  readonly clusters: readonly number[];
  /** SDG targets, e.g. `5.5`, `3.1`. */
  readonly sdgTargets: readonly string[];
  /** Expected `dims` keys (lower_snake_case); informative, not enforced. */
  readonly dimensions: readonly string[];
  /** Values outside are impossible and rejected at import. */
  readonly valid: ValidRange;
  /** The publisher's own ids of the series under this code (UNSD `MINSET_SERIES`, e.g. `S5867152a`). */
  readonly sourceSeries?: readonly string[];
  /** True when observations carry `text` and a null value (quota types). */
  readonly categorical?: boolean;
  /** Phrases people use for it (EN; some RU). Matched case-insensitively as whole words. */
  readonly synonyms: readonly string[];
}

const BOUNDS: Readonly<Record<IndicatorUnit, ValidRange>> = {
  percent: { min: 0, max: 100 },
  'percent-change': { min: -100 },
  index: { min: 0, max: 1 },
  ratio: { min: 0 },
  group: { min: 1, max: 5 },
  rank: { min: 1 },
  'rank-difference': {},
  years: { min: 0 },
  'ppp-dollars': { min: 0 },
  'per-100000-live-births': { min: 0 },
  'per-1000-women': { min: 0, max: 1000 },
  'tonnes-per-capita': { min: 0 },
  millions: { min: 0 },
  category: {},
  mixed: { min: 0 },
};

/**
 * The bounds a unit implies on its own (percentages 0–100, indices 0–1, ranks ≥ 1, rates and
 * amounts ≥ 0, per-cent changes ≥ −100). `mixed` implies ≥ 0: every mixed-unit series bundled
 * is a count, share or rate. Returns a fresh object.
 */
export function impliedBounds(unit: IndicatorUnit): ValidRange {
  return { ...BOUNDS[unit] };
}

/** True when `value` is within `range` (bounds inclusive; NaN and ±Infinity are never valid). */
export function isWithin(range: ValidRange, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  return (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);
}
