import type { Schema } from '../../api/schema.ts';

/*
 * The progress, quota and target endpoints' shapes as the progress pages read them
 * (src/server/api/progress.ts, progress-schemas.ts, targets-quotas.ts), taken from the generated
 * OpenAPI types. Text the API gives only in English (`detail`, `reason`, `note`, `basis`, labels)
 * is shown marked `lang="en"`; the page words codes in the reader's language.
 */

// ---- Quotas and compliance (`GET /api/quotas/compliance?country=`) ----

/** `threshold` per cent; `groups` counted together; `sourceKind` `statement`: a check against it is not independent. */
export type Quota = Schema<'Quota'>;
export type QuotaBody = Quota['body'];
export type QuotaKind = Quota['kind'];
export type QuotaAppliesTo = Quota['appliesTo'];
export type QuotaGroup = Quota['groups'][number];
export type QuotaSourceKind = Quota['sourceKind'];

export type QuotaCompliance = Schema<'QuotaCompliance'>;
export type ComplianceStatus = QuotaCompliance['status'];

/** Why a status, as a code and its parameters (src/services/quota-reasons.ts); `reason` is the English. */
export type QuotaReasonCode = Schema<'QuotaReason'>;
/** A comparable seat share against the threshold; `gap` = value − threshold, in points. */
export type SeatShareParams = Extract<QuotaReasonCode, { readonly code: 'seat-share' }>['params'];

/** `value`: per cent of seats held by women; `gap`: minus the threshold, in points; `reasons` include the quota's own. */
export type SeatShareEvidence = Schema<'SeatShareEvidence'>;
export type SeatDefinition = SeatShareEvidence['definition'];

// ---- Methods (`GET /api/progress/methods`; src/core/progress/methods.ts) ----

/** The methods, and each method's categories on the common scale. */
export type MethodsResponse = Schema<'ProgressMethods'>;
/** `name` and `explanation` in English: the page translates them by `id`. */
export type ProgressMethod = MethodsResponse['methods'][number];
/**
 * The methods the pages place (in their own order) and word (texts keyed by id in progress.json);
 * the API gives a method's `id` as any string, so a method it adds is simply not shown.
 */
export type ProgressMethodId =
  | 'trend'
  | 'growth-ratio'
  | 'sdsn'
  | 'escap-csi'
  | 'escap-api'
  | 'gggi'
  | 'gggi-years-to-close'
  | 'regional-aggregate';
/** `unconfirmed`: METHODS.md could not read the publisher's value; the page says so. */
export type MethodParameter = ProgressMethod['parameters'][number];

// ---- Method results (src/core/progress/outcome.ts, trend.ts) ----

export type YearValue = Schema<'YearValue'>;

export type TrendGap = Schema<'NotEnoughData'>['gap'];

/** Why a method has no result: too little data (`gap` says what), or the method does not fit. */
export type NoResult = Schema<'NotEnoughData'> | Schema<'NotApplicable'>;

/** A method's result or why it has none, as every field of an assessment gives it. */
export type MethodResult<T> = { readonly ok: true; readonly value: T } | NoResult;

/** `relative` and `cagr` are fractions, absent when the base is 0. */
export type Change = Schema<'Change'>;

/** A fitted line: slope, intercept and the span of years it was fitted to. */
export type FitView = Schema<'LinearFit'>;

export type Assessment = Schema<'ProgressAssessment'>;
export type TrendSummary = Assessment['trend'];
export type TimeToTarget = Extract<TrendSummary['timeToTarget'], { readonly ok: true }>['value'];

export type GrowthRatio = Schema<'GrowthRatioAssessment'>;
export type GrowthRatioCategory = GrowthRatio['category'];

export type Sdsn = Schema<'SdsnAssessment'>;
export type SdsnColour = Sdsn['colour'];
export type SdsnTrend = Sdsn['trend']['trend'];

export type EscapCsi = Schema<'EscapCurrentStatus'>;
export type EscapApi = Schema<'EscapAnticipatedProgress'>;
export type EscapKind = EscapCsi['kind'];
export type EscapApiCategory = EscapApi['category'];

export type Agreement = Schema<'VerdictAgreement'>;
export type CommonVerdict = Agreement['verdicts'][number]['verdict'];
export type VerdictMethod = Agreement['verdicts'][number]['method'];

// ---- Country progress (`GET /api/progress/countries/{iso3}`) ----

/** `name` in the requested language. */
export type IndicatorHead = Schema<'ProgressIndicator'>;
export type Direction = IndicatorHead['direction'];

/** `source`: `HDR25`, `wdi 2022-02-15`. */
export type SeriesHead = Schema<'ProgressSeries'>;

/** `label` and `source` in English; `yearAssumed`: the target names no year, the request's target year was used. */
export type TargetUsed = NonNullable<Schema<'ProgressTarget'>>;
export type TargetKind = TargetUsed['kind'];

export type CountryProgress = Schema<'CountryProgress'>;
export type ProgressRow = CountryProgress['rows'][number];

/** What a country row and a region row share: the target, the SDSN bounds used and the assessment. */
export type Assessed = Pick<ProgressRow, 'target' | 'sdsn' | 'assessment' | 'disagree'>;

// ---- Region progress (`GET /api/progress/regions/{set}`) ----

export type RegionProgress = Schema<'RegionProgress'>;
export type RegionProgressRow = RegionProgress['rows'][number];
export type CoverageRule = RegionProgress['rule'];

export type AggregateYear = Schema<'AggregateYear'>;

/** Per method the members in each category, and the members themselves (in the set's order). */
export type MemberCounts = RegionProgressRow['members'];
export type CategoryCounts = MemberCounts['growthRatio'];

/** One member country on its own series, against its own most specific target. */
export type MemberResult = Schema<'RegionMemberResult'>;

/** Why a member has no verdict: no value at all, too few values, or the method does not fit. */
export type NoVerdict = Exclude<MemberResult['growthRatio'], GrowthRatioCategory>;
