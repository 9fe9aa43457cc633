/**
 * Shapes of `POST /api/claims/check` as the claims page reads them (the contract is the zod schema in
 * src/server/api/claims.ts; the domain types are src/core/claims/claim.ts and evidence.ts).
 */

/** The longest text the server checks at once (services/check-claims.ts MAX_CLAIM_TEXT). */
export const MAX_CLAIM_TEXT = 20_000;

export interface ClaimsCheckRequest {
  readonly text: string;
  /** ISO3 of the speaker's country: the country of claims whose sentence names none. */
  readonly country?: string;
}

export interface ClaimsCheckResponse {
  readonly text: string;
  readonly country?: string;
  readonly claims: readonly ClaimCheck[];
}

/** [start, end) in UTF-16 code units of the text checked, as JavaScript strings count. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type Verdict = 'supported' | 'partly-supported' | 'not-supported' | 'not-checkable';

export type NotCheckableReason =
  'indicator-not-in-data' | 'no-country' | 'no-data-for-country' | 'no-quantity' | 'ambiguous' | 'no-years';

export type QuotaBody = 'parliament' | 'lower-chamber' | 'upper-chamber' | 'local-councils';
export type QuotaAppliesTo = 'candidate-lists' | 'seats';
export type QuotaGroup = 'women' | 'youth' | 'women-with-disabilities' | 'persons-with-disabilities';
export type QuotaKind = 'legislated-candidate-quota' | 'reserved-seats' | 'party-quota';
export type Comparator = 'about' | 'at-least' | 'more-than' | 'at-most' | 'less-than';

export type ClaimAssertion =
  | {
      readonly kind: 'change';
      readonly direction: 'decrease' | 'increase' | 'unspecified';
      readonly amount: number;
      readonly unit: 'percent' | 'points' | 'times';
    }
  | {
      readonly kind: 'level';
      readonly value: number;
      readonly unit: 'percent' | 'number';
      readonly comparator: Comparator;
    }
  | { readonly kind: 'rank'; readonly rank: number; readonly outOf?: number }
  | {
      readonly kind: 'quota';
      readonly threshold: number;
      readonly body?: QuotaBody;
      readonly appliesTo?: QuotaAppliesTo;
      readonly groups: readonly QuotaGroup[];
    }
  | { readonly kind: 'trend'; readonly direction: 'decrease' | 'increase' };

export interface ParsedClaim {
  readonly span: Span;
  readonly text: string;
  readonly language: 'en' | 'ru';
  readonly assertion: ClaimAssertion;
  readonly subject?: { readonly phrase: string; readonly span: Span };
  readonly indicatorCodes: readonly string[];
  readonly country?: string;
  readonly years: { readonly from?: number; readonly to?: number };
}

export interface SeriesMeta {
  readonly indicator: string;
  readonly name: string;
  readonly concept: string;
  readonly unit: string;
  readonly orientation: {
    readonly direction: 'higher-is-better' | 'lower-is-better' | 'parity' | 'neutral';
    readonly parityValue?: number;
  };
  readonly dataset: string;
  readonly edition: string;
  /** Short name of the source edition: `HDR25`, `WDI 2022-02-15`. */
  readonly source: string;
  readonly kind: 'national' | 'international';
  readonly dims: Readonly<Record<string, string>>;
  readonly dimsLabel: string;
  readonly definitionNote: string;
}

export interface QuotaFact {
  readonly id: string;
  readonly country: string;
  readonly body: QuotaBody;
  readonly kind: QuotaKind;
  readonly appliesTo: QuotaAppliesTo;
  readonly threshold: number;
  readonly groups: readonly QuotaGroup[];
  readonly adopted?: string;
  readonly source: string;
  readonly sourceKind: 'legal-act' | 'dataset' | 'statement';
  readonly sourceUrl?: string;
  readonly note?: string;
}

export type FindingRole = 'claimed' | 'other-window' | 'quota' | 'context';

interface FindingBase {
  readonly role: FindingRole;
  readonly years: readonly number[];
  readonly values: readonly number[];
  readonly computed: number;
  readonly computedText: string;
  readonly computation: string;
  readonly matches: boolean;
}

export type SeriesFinding = FindingBase & { readonly kind: 'series'; readonly series: SeriesMeta };
export type QuotaFinding = FindingBase & { readonly kind: 'quota'; readonly quota: QuotaFact };
export type Finding = SeriesFinding | QuotaFinding;

export interface YearPoint {
  readonly year: number;
  readonly value: number;
}

/** A series the claim was weighed against, with all its points: what its chart draws. */
export interface ClaimSeriesPoints {
  readonly indicator: string;
  readonly dataset: string;
  readonly edition: string;
  /** The breakdown, as the findings' `series.dims` give it ({} = the total). */
  readonly dims: Readonly<Record<string, string>>;
  /** The source edition, as the findings' `series.source`. */
  readonly label: string;
  readonly unit: string;
  /** Years ascending. */
  readonly points: readonly YearPoint[];
}

export interface ClaimCheck {
  readonly claim: ParsedClaim;
  readonly verdict: Verdict;
  /** One English sentence, written by the server. */
  readonly summary: string;
  readonly reason?: NotCheckableReason;
  readonly findings: readonly Finding[];
  /** For `not-supported`: the closest the data come to the claim. */
  readonly closest?: Finding;
  /** English phrases from the server: which source, window or definition limits the verdict. */
  readonly qualifiers: readonly string[];
  /** Each series of the findings (and `closest`) once, with its points. */
  readonly series: readonly ClaimSeriesPoints[];
}
