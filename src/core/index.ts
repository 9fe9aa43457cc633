/** Public API of the computation core: UNDP's GII, HDI and GDI, GII decomposition and what-if. */

export type {
  IndexFailure,
  IndexResult,
  IndexSuccess,
  InputRule,
  InvalidInput,
  InvalidInputs,
  MissingInputs,
  Outcome,
  UndefinedResult,
} from './result.ts';
export { nonNegative, PERCENTAGE, PROPORTION, readInputs } from './result.ts';
export { roundHalfAwayFromZero } from './round-half-away-from-zero.ts';

export type {
  GiiAdjustment,
  GiiComponents,
  GiiFailure,
  GiiInputName,
  GiiInputs,
  GiiParamName,
  GiiParams,
  GiiResult,
  GiiSuccess,
} from './gii.ts';
export { computeGii, DEFAULT_GII_PARAMS, GII_INPUT_NAMES } from './gii.ts';

export type {
  Goalposts,
  HdiCategory,
  HdiComponents,
  HdiGoalposts,
  HdiInputName,
  HdiInputs,
  HdiResult,
} from './hdi.ts';
export {
  computeHdi,
  HDI_CATEGORY_LABELS,
  HDI_GOALPOSTS,
  hdiCategory,
  hdiDimensions,
  hdiFromDimensions,
} from './hdi.ts';

export type {
  EarnedIncome,
  EarnedIncomeInputName,
  EarnedIncomeInputs,
  GdiComponents,
  GdiGroup,
  GdiGroupAssignment,
  GdiInputName,
  GdiInputs,
  GdiResult,
  SexHdi,
} from './gdi.ts';
export { computeGdi, estimateEarnedIncome, GDI_GOALPOSTS, GDI_GROUP_LABELS, gdiGroup } from './gdi.ts';

export type {
  GiiDecomposition,
  GiiDimension,
  GiiIndicator,
  GiiWhatIf,
  GiiWhatIfFailure,
  GiiWhatIfResult,
} from './gii-decomposition.ts';
export {
  decomposeGii,
  GII_INDICATOR_DIMENSION,
  GII_INDICATORS,
  giiWhatIf,
  giiWhatIfWomenSeatShare,
  womenSeatShare,
} from './gii-decomposition.ts';

export type { Period, PeriodParse } from './period.ts';
export { parsePeriod } from './period.ts';

export type { YearSummary, YearValue } from './stats.ts';
export { mean, median, summarizeByYear } from './stats.ts';
export type { Orientation } from './direction.ts';
export { improvement, shortfall } from './direction.ts';
export { competitionRanks } from './rank.ts';
export type { Mover, MoversOptions, MoverSeries } from './movers.ts';
export { findMovers } from './movers.ts';

// Progress methods side by side (growth ratio, SDSN, ESCAP/UNECE), WEF GGGI, regional aggregates.
export type { BaseAndLatest, MethodResult, NotApplicable, TargetValue } from './progress/outcome.ts';
export type {
  GrowthRatioAssessment,
  GrowthRatioCategory,
  GrowthRatioInput,
  GrowthRatioParams,
} from './progress/growth-ratio.ts';
export {
  assessGrowthRatio,
  DEFAULT_GROWTH_RATIO_PARAMS,
  limitScalingFactor,
} from './progress/growth-ratio.ts';
export type {
  SdsnAssessment,
  SdsnBounds,
  SdsnColour,
  SdsnParams,
  SdsnTrend,
  SdsnTrendDetail,
} from './progress/sdsn.ts';
export {
  assessSdsn,
  DEFAULT_SDSN_PARAMS,
  SDSN_TREND_SYMBOLS,
  sdsnColour,
  sdsnScore,
  sdsnTrend,
} from './progress/sdsn.ts';
export type {
  EscapApi,
  EscapApiCategory,
  EscapCsi,
  EscapGoalSnapshot,
  EscapInput,
  EscapKind,
  EscapParams,
} from './progress/escap.ts';
export {
  DEFAULT_ESCAP_PARAMS,
  escapAnticipatedProgress,
  escapApiCategory,
  escapCurrentStatus,
  escapGoalSnapshot,
} from './progress/escap.ts';
export type { CommonVerdict, MethodVerdict, VerdictAgreement, VerdictMethod } from './progress/verdict.ts';
export {
  ESCAP_API_VERDICT,
  GROWTH_RATIO_VERDICT,
  SDSN_VERDICT,
  verdictAgreement,
} from './progress/verdict.ts';
export type {
  AssessParams,
  AssessSpec,
  ProgressAssessment,
  ProgressTarget,
  TrendSummary,
} from './progress/assess.ts';
export type {
  Change,
  ExtremeChanges,
  LinearFit,
  NotEnoughData,
  Pace,
  Projection,
  TargetSpec,
  TimeToTarget,
  TrendGap,
  TrendResult,
  Weighting,
} from './trend.ts';
export {
  changeBetween,
  cleanSeries,
  compoundAnnualGrowth,
  extremeChanges,
  linearFit,
  projectTo,
  valueAt,
  yearsToTarget,
} from './trend.ts';
export { assessProgress } from './progress/assess.ts';
export type { MethodParameter, ProgressMethod, ProgressMethodId } from './progress/methods.ts';
export { PROGRESS_METHODS, progressMethod } from './progress/methods.ts';
export type {
  GapClosing,
  GggiComponents,
  GggiIndicator,
  GggiIndicatorSpec,
  GggiInputs,
  GggiParams,
  GggiSubindex,
  GggiSubindexScore,
} from './gggi.ts';
export {
  computeGggi,
  DEFAULT_GGGI_PARAMS,
  GGGI_INDICATORS,
  GGGI_SUBINDEXES,
  wageEqualityRatio,
  yearsToCloseGap,
} from './gggi.ts';
export type {
  AggregateResult,
  CoverageRule,
  InsufficientCoverage,
  MemberValue,
  RegionalAggregate,
  WeightedMean,
} from './aggregate.ts';
export { aggregateRegion, DEFAULT_COVERAGE_RULE } from './aggregate.ts';

export type { ParseClaimsOptions } from './claims/parse-claims.ts';
export { detectLanguage, parseClaims } from './claims/parse-claims.ts';

export type {
  ClaimCheck,
  EvidenceSeries,
  Finding,
  FindingRole,
  JudgeParams,
  NotCheckableReason,
  SeriesMeta,
} from './claims/evidence.ts';
export { DEFAULT_JUDGE_PARAMS } from './claims/evidence.ts';
export { judgeClaim } from './claims/judge-claim.ts';
