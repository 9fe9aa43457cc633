import { indicatorByCode, type Direction, type Lang } from '../catalog/index.ts';
import { SDSN_SDG5_BOUNDS, type SdsnIndicatorBounds } from '../catalog/sdsn-bounds.ts';
import { assessProgress, type AssessParams } from '../core/progress/assess.ts';
import type { Orientation } from '../core/direction.ts';
import type { YearValue } from '../core/stats.ts';
import {
  assessmentView,
  PROGRESS_YEAR_MAX,
  PROGRESS_YEAR_MIN,
  targetOf,
  targetUsed,
  type AssessmentView,
  type TargetUsed,
} from './progress-view.ts';
import { invalid, ok, type ServiceResult } from './service-result.ts';
import type { Target } from './targets.ts';

/** What the progress views share: the indicator and series of a row, its target and SDSN bounds. */

export interface IndicatorHead {
  readonly code: string;
  readonly concept: string;
  readonly name: string;
  readonly unit: string;
  readonly direction: Direction;
  readonly parityValue?: number;
}

export interface SeriesHead {
  readonly dataset: string;
  readonly edition: string;
  /** The source edition as sentences name it: `HDR25`, `WDI 2022-02-15`. */
  readonly source: string;
  readonly kind: 'national' | 'international';
  /** The breakdown read ({} = total). For a derived ratio: the breakdown besides sex. */
  readonly dims: Readonly<Record<string, string>>;
  /**
   * How the series was chosen: the headline breakdown (`preferred`, `total`, `female`), another
   * breakdown standing for this concept (`extra`), or a female-to-male ratio of two breakdowns.
   */
  readonly breakdown: 'preferred' | 'total' | 'female' | 'extra' | 'female-to-male-ratio';
}

export interface AssessOptions {
  readonly baseYear: number;
  readonly targetYear: number;
  readonly params?: AssessParams;
}

export interface Assessed {
  readonly target: TargetUsed | null;
  /** The SDSN indicator whose bounds were used, when SDSN scores this series. */
  readonly sdsn: { readonly code: string; readonly edition: string } | null;
  readonly assessment: AssessmentView;
  /** True when two or more methods give a verdict and they differ. */
  readonly disagree: boolean;
}

export function indicatorHead(code: string, concept: string, lang: Lang): IndicatorHead {
  const i = indicatorByCode(code);
  return {
    code,
    concept,
    name: i?.name[lang] ?? code,
    unit: i?.unit ?? '',
    direction: i?.direction ?? 'neutral',
    ...(i?.parityValue !== undefined ? { parityValue: i.parityValue } : {}),
  };
}

export function orientationOf(head: IndicatorHead): Orientation {
  return {
    direction: head.direction,
    ...(head.parityValue !== undefined ? { parityValue: head.parityValue } : {}),
  };
}

/** SDSN bounds that score this series as it is (direct mappings of the same concept). */
export function directSdsnBounds(concept: string, indicator: string): SdsnIndicatorBounds | undefined {
  return SDSN_SDG5_BOUNDS.find(
    (b) =>
      b.parity.kind === 'direct' &&
      b.parity.concept === concept &&
      b.parity.indicatorCodes.includes(indicator),
  );
}

/** Every method's assessment of one series against its most specific target among `targets`. */
export function assessRow(
  points: readonly YearValue[],
  head: IndicatorHead,
  targets: readonly Target[],
  opts: AssessOptions,
  bounds: SdsnIndicatorBounds | undefined = directSdsnBounds(head.concept, head.code),
): Assessed {
  const found = targetOf(targets, head.concept, head.code);
  const target = found ? targetUsed(found, opts.targetYear) : null;
  const a = assessProgress(points, {
    orientation: orientationOf(head),
    ...(target ? { target } : {}),
    baseYear: opts.baseYear,
    targetYear: opts.targetYear,
    ...(bounds ? { sdsnBounds: bounds } : {}),
    ...(opts.params ? { params: opts.params } : {}),
  });
  return {
    target,
    sdsn: bounds ? { code: bounds.code, edition: bounds.edition } : null,
    assessment: assessmentView(a),
    disagree: a.agreement.agree === false,
  };
}

/**
 * The base and target years of a request: integers in 1990–2100, base before target. Failures
 * name the parameter (`base` or `targetYear`, as the CLI and the API call them).
 */
export function checkYears(
  baseYear = 2015,
  targetYear = 2030,
): ServiceResult<{ baseYear: number; targetYear: number }> {
  const range = `an integer year from ${PROGRESS_YEAR_MIN} to ${PROGRESS_YEAR_MAX}`;
  const bad = (y: number) => !Number.isInteger(y) || y < PROGRESS_YEAR_MIN || y > PROGRESS_YEAR_MAX;
  if (bad(baseYear)) return invalid(`base year ${baseYear}: expected ${range}`, 'base');
  if (bad(targetYear)) return invalid(`target year ${targetYear}: expected ${range}`, 'targetYear');
  if (baseYear >= targetYear)
    return invalid(`base year ${baseYear} is not before the target year ${targetYear}`, 'base');
  return ok({ baseYear, targetYear });
}

/** Every number in the method parameters must be finite; the failure names its path (`params.growthRatio.c`). */
export function checkParams(params: AssessParams | undefined): ServiceResult<void> {
  const walk = (value: unknown, path: string): string | undefined => {
    if (typeof value === 'number') return Number.isFinite(value) ? undefined : path;
    if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) {
        const bad = walk(v, `${path}.${k}`);
        if (bad) return bad;
      }
    return undefined;
  };
  const bad = walk(params, 'params');
  return bad ? invalid(`${bad}: expected a finite number`, bad) : ok(undefined);
}
