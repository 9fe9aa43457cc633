import type { Orientation } from '../direction.ts';
import type { YearValue } from '../stats.ts';
import type { ParsedClaim, QuotaFact, Verdict } from './claim.ts';

/**
 * What the judge (judge-claim.ts) weighs a claim against, and what it answers. Services read the
 * series (services/headline-series.ts) and quotas from the store; core only compares.
 */

/** One series of one indicator for one area, source edition and breakdown, without its points. */
export interface SeriesMeta {
  /** Catalogue code, e.g. `hdr.gii`. */
  readonly indicator: string;
  readonly name: string;
  /** Concept key shared by series of different sources that measure the same thing. */
  readonly concept: string;
  /** Catalogue unit: `index`, `percent`, `rank`, … */
  readonly unit: string;
  readonly orientation: Orientation;
  readonly dataset: string;
  readonly edition: string;
  /** Short name of the source edition for sentences: `HDR25`, `WDI 2022-02-15`. */
  readonly source: string;
  /** `national` for a national SDG platform, else `international`. */
  readonly kind: 'national' | 'international';
  /** The breakdown read ({} = the total). */
  readonly dims: Readonly<Record<string, string>>;
  /** The breakdown in words: `total`, `sex=F`, `series=SG_GEN_PARL, unit=PT`. */
  readonly dimsLabel: string;
  /** How this series' definition differs from the others of its concept. */
  readonly definitionNote: string;
}

export interface EvidenceSeries extends SeriesMeta {
  /** The values by year, in the indicator's unit. */
  readonly points: readonly YearValue[];
}

/**
 * What a finding is to the claim:
 * - `claimed`: the reading the claim names (its years; else first → latest year, or the latest value);
 * - `other-window`: another window or year of a series where the claim would hold;
 * - `quota`: a quota Parity holds, compared with a quota claim;
 * - `context`: shown beside the verdict, never changing it (e.g. women's latest seat share beside a quota).
 */
export type FindingRole = 'claimed' | 'other-window' | 'quota' | 'context';

interface FindingBase {
  readonly role: FindingRole;
  /** The years whose values were used, in order. */
  readonly years: readonly number[];
  /** The values used, in the series' unit, in the order of `years`. */
  readonly values: readonly number[];
  /** The figure compared with the claim: −54.6 for a 54.6 % fall, 27.1 for a level, 2 for a doubling. */
  readonly computed: number;
  /** `computed` as shown: `−54.6 %`, `27.1 %`, `2.20×`, `50th`. */
  readonly computedText: string;
  /** How `computed` was obtained: `(0.168 − 0.370) / 0.370 = −54.6 %`. */
  readonly computation: string;
  /**
   * Whether this finding bears the claim out. For `context` findings (which never change the
   * verdict) it says whether the value reaches the claimed threshold, or moves the claimed way.
   */
  readonly matches: boolean;
}

export type Finding =
  | (FindingBase & { readonly kind: 'series'; readonly series: SeriesMeta })
  | (FindingBase & { readonly kind: 'quota'; readonly quota: QuotaFact });

/** Why a claim could not be checked. */
export type NotCheckableReason =
  /** The claim names no indicator Parity holds (or none at all). */
  | 'indicator-not-in-data'
  /** Neither the text nor the request names a country. */
  | 'no-country'
  /** Parity has no values (or quotas) of the indicator for the country. */
  | 'no-data-for-country'
  /** A direction without an amount and without an indicator to measure it by. */
  | 'no-quantity'
  /** The claim's figure cannot be read against the data (e.g. a percentage of an index). */
  | 'ambiguous'
  /** The data have no values for the years the claim names. */
  | 'no-years';

export interface ClaimCheck {
  readonly claim: ParsedClaim;
  readonly verdict: Verdict;
  /** One English sentence. */
  readonly summary: string;
  /** Only for `not-checkable`. */
  readonly reason?: NotCheckableReason;
  readonly findings: readonly Finding[];
  /** For `not-supported`: the closest the data come to the claim. */
  readonly closest?: Finding;
  /** What limits the verdict: which source or window alone supports it, a source that is only a statement, … */
  readonly qualifiers: readonly string[];
}

/**
 * How strictly a stated figure is read (see figures.ts). Parity's choices, documented in
 * src/core/README.md; every check is a function of these.
 */
export interface JudgeParams {
  /** The relative part of the tolerance on a stated figure: 2.5 % of it. */
  readonly relativeTolerance: number;
  /** The digit part: this fraction of a unit of the last digit stated (0.5: "27" covers 26.5–27.5). */
  readonly lastDigitFraction: number;
  /** Relative tolerance on a factor said in words ("doubled", "halved"), which has no digits: 10 %. */
  readonly factorTolerance: number;
  /** A direction-only claim without years is read over this many years up to the latest value. */
  readonly trendYears: number;
}

export const DEFAULT_JUDGE_PARAMS: JudgeParams = {
  relativeTolerance: 0.025,
  lastDigitFraction: 0.5,
  factorTolerance: 0.1,
  trendYears: 5,
};

/** The series without its points, as findings carry it. */
export function metaOf(s: EvidenceSeries): SeriesMeta {
  return {
    indicator: s.indicator,
    name: s.name,
    concept: s.concept,
    unit: s.unit,
    orientation: s.orientation,
    dataset: s.dataset,
    edition: s.edition,
    source: s.source,
    kind: s.kind,
    dims: s.dims,
    dimsLabel: s.dimsLabel,
    definitionNote: s.definitionNote,
  };
}
