/*
 * Response shapes of the progress, quota and target endpoints, as the progress pages read them
 * (src/server/api/progress.ts, src/server/api/targets-quotas.ts; the services' types in
 * src/services/progress.ts, quotas.ts and quota-compliance.ts).
 */

// ---- Quotas and compliance (`GET /api/quotas/compliance?country=`) ----

export type QuotaBody = 'parliament' | 'lower-chamber' | 'upper-chamber' | 'local-councils';
export type QuotaKind = 'legislated-candidate-quota' | 'reserved-seats' | 'party-quota';
export type QuotaAppliesTo = 'candidate-lists' | 'seats';
export type QuotaGroup = 'women' | 'youth' | 'women-with-disabilities' | 'persons-with-disabilities';
export type QuotaSourceKind = 'legal-act' | 'dataset' | 'statement';

export interface Quota {
  readonly id: string;
  readonly country: string;
  readonly body: QuotaBody;
  readonly kind: QuotaKind;
  readonly appliesTo: QuotaAppliesTo;
  /** Per cent, 0–100. */
  readonly threshold: number;
  /** Who the threshold is for, counted together. */
  readonly groups: readonly QuotaGroup[];
  /** `YYYY` or `YYYY-MM-DD`; absent when not established. */
  readonly adopted?: string;
  readonly source: string;
  /** `statement`: the only source is what was said, so a check against it is not independent. */
  readonly sourceKind: QuotaSourceKind;
  readonly sourceUrl?: string;
  readonly note?: string;
}

export type ComplianceStatus = 'meets' | 'below' | 'not-comparable';
export type SeatDefinition = 'single-or-lower-chamber' | 'both-chambers' | 'upper-chamber' | 'local-councils';

/** A comparable seat share against the threshold; `gap` = value − threshold, in points. */
export interface SeatShareParams {
  readonly value: number;
  readonly gap: number;
  readonly threshold: number;
}

/** Why a status, as a code and its parameters (src/services/quota-reasons.ts); `reason` is the English. */
export type QuotaReasonCode =
  | { readonly code: 'joint-groups'; readonly params: { readonly groups: readonly QuotaGroup[] } }
  | { readonly code: 'candidate-lists'; readonly params: Readonly<Record<string, never>> }
  | {
      readonly code: 'chamber-differs';
      readonly params: { readonly definition: SeatDefinition; readonly body: QuotaBody };
    }
  | { readonly code: 'seat-share'; readonly params: SeatShareParams }
  | {
      readonly code: 'latest-comparable';
      readonly params: SeatShareParams & {
        readonly indicator: string;
        readonly dataset: string;
        readonly edition: string;
        readonly year: number;
      };
    }
  | { readonly code: 'no-matching-series'; readonly params: { readonly body: QuotaBody } }
  | { readonly code: 'no-data'; readonly params: { readonly country: string } };

export interface SeatShareEvidence {
  readonly indicator: string;
  readonly dataset: string;
  readonly edition: string;
  readonly year: number;
  readonly period: string;
  /** Per cent of seats held by women. */
  readonly value: number;
  readonly dims: Readonly<Record<string, string>>;
  readonly definition: SeatDefinition;
  readonly definitionText: string;
  /** English: how this series' definition differs from the others. */
  readonly definitionNote: string;
  /** Seat share minus the threshold, in percentage points. */
  readonly gap: number;
  readonly status: ComplianceStatus;
  /** English. */
  readonly reason: string;
  /** The quota's own reasons included. */
  readonly reasons: readonly QuotaReasonCode[];
}

export interface QuotaCompliance {
  readonly quota: Quota;
  readonly concept: 'women-parliament-seats' | 'women-local-government-seats';
  readonly status: ComplianceStatus;
  /** English. */
  readonly reason: string;
  readonly reasons: readonly QuotaReasonCode[];
  readonly summary: string;
  /** Latest first. */
  readonly evidence: readonly SeatShareEvidence[];
}

// ---- Methods (`GET /api/progress/methods`; src/core/progress/methods.ts) ----

export type ProgressMethodId =
  | 'trend'
  | 'growth-ratio'
  | 'sdsn'
  | 'escap-csi'
  | 'escap-api'
  | 'gggi'
  | 'gggi-years-to-close'
  | 'regional-aggregate';

export interface MethodParameter {
  readonly name: string;
  readonly default: number | string | boolean;
  /** `unconfirmed`: METHODS.md could not read the publisher's value; the page says so. */
  readonly status: 'confirmed' | 'unconfirmed';
  /** English. */
  readonly note: string;
}

export interface ProgressMethod {
  readonly id: ProgressMethodId;
  /** English; the page translates by id. */
  readonly name: string;
  readonly publisher: string;
  readonly reference: string;
  /** English; the page translates by id. */
  readonly explanation: string;
  readonly parameters: readonly MethodParameter[];
}

// ---- Method results (src/core/progress/outcome.ts, trend.ts) ----

export interface YearValue {
  readonly year: number;
  readonly value: number;
}

export type TrendGap =
  'fewer-than-two-points' | 'missing-year' | 'zero-base' | 'sign-change' | 'empty-window';

/** Why a method has no result: too little data (`gap` says what), or the method does not fit. */
export type NoResult =
  | {
      readonly ok: false;
      readonly reason: 'not-enough-data';
      readonly gap: TrendGap;
      /** English. */
      readonly detail: string;
      readonly missingYears?: readonly number[];
    }
  | { readonly ok: false; readonly reason: 'not-applicable'; /** English. */ readonly detail: string };

export type MethodResult<T> = { readonly ok: true; readonly value: T } | NoResult;

export type Direction = 'higher-is-better' | 'lower-is-better' | 'parity' | 'neutral';

export interface Change {
  readonly from: YearValue;
  readonly to: YearValue;
  readonly absolute: number;
  /** Fraction; undefined when from is 0. */
  readonly relative?: number;
  readonly cagr?: number;
}

/** A fitted line: slope, intercept and the span of years it was fitted to. */
export interface FitView {
  readonly slope: number;
  readonly intercept: number;
  readonly weighting: 'none' | 'recency';
  readonly n: number;
  readonly fromYear: number;
  readonly toYear: number;
}

export type TimeToTarget = (
  | { readonly status: 'reached'; readonly latest: YearValue }
  | {
      readonly status: 'on-course';
      readonly latest: YearValue;
      readonly years: number;
      readonly year: number;
      readonly pacePerYear: number;
    }
  | { readonly status: 'not-at-this-pace'; readonly latest: YearValue; readonly pacePerYear: number }
) & { readonly towards: 'target' | 'parity'; readonly value: number };

export interface TrendSummary {
  readonly change: MethodResult<Change>;
  readonly cagr: MethodResult<number>;
  readonly linear: MethodResult<FitView>;
  readonly projection: MethodResult<{ readonly year: number; readonly value: number }>;
  readonly timeToTarget: MethodResult<TimeToTarget>;
}

export type GrowthRatioCategory =
  'target-achieved' | 'on-track' | 'acceleration-needed' | 'limited-progress' | 'deterioration';

export interface GrowthRatio {
  readonly mode: 'target' | 'no-target';
  readonly category: GrowthRatioCategory;
  readonly observedCagr: number;
  readonly requiredCagr?: number;
  readonly ratio?: number;
  readonly score?: number;
  readonly thresholds: { readonly onTrack: number; readonly acceleration: number; readonly limited: number };
  readonly c: number;
  readonly inputs: {
    readonly requestedBaseYear: number;
    readonly base: YearValue;
    readonly current: YearValue;
    readonly target?: { readonly value: number; readonly year: number };
    readonly direction: 'increase' | 'decrease';
    readonly d: 1 | -1;
    readonly s: 1 | -1;
    readonly limit?: number;
  };
}

export type SdsnColour = 'green' | 'yellow' | 'orange' | 'red';
export type SdsnTrend = 'on-track' | 'moderately-improving' | 'stagnating' | 'decreasing' | 'unavailable';

export interface Sdsn {
  readonly latest: YearValue;
  readonly score: number;
  readonly colour: SdsnColour;
  readonly trend: {
    readonly trend: SdsnTrend;
    readonly symbol: string;
    /** English. */
    readonly basis: string;
    readonly observedPace?: number;
    readonly requiredPace?: number;
    readonly paceRatio?: number;
  };
  readonly bounds: {
    readonly optimum: number;
    readonly green: number;
    readonly red: number;
    readonly lowerBound: number;
  };
}

export type EscapKind = 'increasing' | 'decreasing' | 'parity';

export interface EscapCsi {
  readonly value: number;
  readonly kind: EscapKind;
  readonly d?: number;
  readonly base: YearValue;
  readonly current: YearValue;
  readonly targetValue: number;
  readonly targetMet: boolean;
  readonly timeElapsedShare: number;
}

export type EscapApiCategory = 'maintain' | 'accelerate' | 'reverse';

export interface EscapApi {
  readonly category: EscapApiCategory;
  readonly gap?: number;
  readonly projection: { readonly year: number; readonly value: number; readonly fit: FitView };
  readonly kind: EscapKind;
  readonly base: YearValue;
  readonly latest: YearValue;
  readonly targetValue: number;
  readonly tolerance: number;
}

export type CommonVerdict = 'on-track' | 'progressing' | 'off-track';
export type VerdictMethod = 'growth-ratio' | 'sdsn' | 'escap-api';

export interface Agreement {
  readonly verdicts: readonly {
    readonly method: VerdictMethod;
    readonly category: string;
    readonly verdict: CommonVerdict;
  }[];
  readonly agree?: boolean;
  readonly consensus?: CommonVerdict;
}

export interface Assessment {
  readonly trend: TrendSummary;
  readonly growthRatio: MethodResult<GrowthRatio>;
  readonly sdsn: MethodResult<Sdsn>;
  readonly escapCsi: MethodResult<EscapCsi>;
  readonly escapApi: MethodResult<EscapApi>;
  readonly agreement: Agreement;
}

// ---- Country progress (`GET /api/progress/countries/{iso3}`; src/services/progress.ts) ----

export interface IndicatorHead {
  readonly code: string;
  readonly concept: string;
  /** In the requested language. */
  readonly name: string;
  readonly unit: string;
  readonly direction: Direction;
  readonly parityValue?: number;
}

export interface SeriesHead {
  readonly dataset: string;
  readonly edition: string;
  /** `HDR25`, `wdi 2022-02-15`. */
  readonly source: string;
  readonly kind: 'national' | 'international';
  readonly dims: Readonly<Record<string, string>>;
  readonly breakdown: 'preferred' | 'total' | 'female' | 'extra' | 'female-to-male-ratio';
}

export type TargetKind = 'sdg-target' | 'national-target' | 'parity';

export interface TargetUsed {
  readonly id: string;
  readonly value: number;
  readonly year: number;
  readonly kind: TargetKind;
  /** English, e.g. "SDG target 70 by 2030", "parity 50". */
  readonly label: string;
  /** English. */
  readonly source: string;
  /** The target names no year: the request's target year was used. */
  readonly yearAssumed: boolean;
}

export interface Assessed {
  readonly target: TargetUsed | null;
  /** The SDSN indicator whose bounds scored the series. */
  readonly sdsn: { readonly code: string; readonly edition: string } | null;
  readonly assessment: Assessment;
  readonly disagree: boolean;
}

export interface ProgressRow extends Assessed {
  readonly indicator: IndicatorHead;
  readonly series: SeriesHead;
  readonly points: readonly YearValue[];
}

export interface CountryProgress {
  readonly area: { readonly code: string; readonly name: string };
  readonly baseYear: number;
  readonly targetYear: number;
  readonly rows: readonly ProgressRow[];
}

// ---- Region progress (`GET /api/progress/regions/{set}`; src/services/region-progress.ts) ----

export type AggregateYear =
  | {
      readonly year: number;
      readonly ok: true;
      readonly mean: number;
      readonly median: number;
      readonly weightedMean: number | null;
      readonly weightedN: number;
      readonly n: number;
      readonly members: number;
      readonly coverage: number;
    }
  | {
      readonly year: number;
      readonly ok: false;
      readonly reason: 'insufficient-coverage';
      /** English. */
      readonly detail: string;
      readonly n: number;
      readonly members: number;
      readonly coverage: number;
    };

export type CategoryCounts = Readonly<Record<string, number>>;

/** Why a member has no verdict: no value at all, too few values, or the method does not fit. */
export type NoVerdict = 'no-data' | 'insufficient-data' | 'not-applicable';

/** One member country on its own series, against its own most specific target. */
export interface MemberResult {
  readonly iso3: string;
  /** In the requested language. */
  readonly name: string;
  readonly latest: YearValue | null;
  readonly growthRatio: GrowthRatioCategory | NoVerdict;
  readonly sdsn: SdsnTrend | NoVerdict;
  readonly escapApi: EscapApiCategory | NoVerdict;
  readonly agreement: 'agree' | 'disagree' | 'one-verdict' | 'no-data';
}

/** Per method the members in each category, and the members themselves (in the set's order). */
export interface MemberCounts {
  readonly withData: number;
  readonly growthRatio: CategoryCounts;
  readonly sdsn: CategoryCounts;
  readonly escapApi: CategoryCounts;
  readonly agreement: CategoryCounts;
  readonly countries: readonly MemberResult[];
}

export interface CoverageRule {
  readonly minShare: number;
  readonly minCount: number;
}

export interface RegionProgressRow extends Assessed {
  readonly indicator: IndicatorHead;
  readonly series: {
    readonly dataset: string;
    readonly edition: string;
    readonly source: string;
    readonly dims: Readonly<Record<string, string>>;
  };
  readonly weights: { readonly indicator: 'hdr.pop_total'; readonly edition: string } | null;
  /** English. */
  readonly sourceNote: string;
  readonly aggregates: readonly AggregateYear[];
  readonly members: MemberCounts;
}

export interface RegionProgress {
  readonly regionSet: {
    readonly code: string;
    readonly version: string;
    readonly name: string;
    readonly members: number;
  };
  readonly baseYear: number;
  readonly targetYear: number;
  readonly rule: CoverageRule;
  readonly rows: readonly RegionProgressRow[];
}

/** `GET /api/progress/methods`: the methods, and each method's categories on the common scale. */
export interface MethodsResponse {
  readonly methods: readonly ProgressMethod[];
  readonly verdicts: Readonly<
    Record<'growthRatio' | 'sdsn' | 'escapApi', Readonly<Record<string, CommonVerdict | undefined>>>
  >;
}
