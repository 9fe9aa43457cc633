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
