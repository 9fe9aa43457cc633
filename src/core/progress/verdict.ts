import type { EscapApi } from './escap.ts';
import type { GrowthRatioAssessment, GrowthRatioCategory } from './growth-ratio.ts';
import type { MethodResult } from './outcome.ts';
import type { SdsnAssessment, SdsnTrend } from './sdsn.ts';

/**
 * The methods' verdicts on one common scale, so that a page can say whether they agree:
 * - on-track: the target is met or will be at the current pace (growth ratio: target achieved or on
 *   track; SDSN: ↑; ESCAP API: maintain);
 * - progressing: moving the right way, too slowly (growth ratio: acceleration needed or limited
 *   progress; SDSN: ➚ or →; ESCAP API: accelerate);
 * - off-track: moving the wrong way (growth ratio: deterioration; SDSN: ↓; ESCAP API: reverse).
 * The ESCAP CSI measures distance covered, not pace, and has no verdict; a method without a
 * result (or SDSN's "trend unavailable") is left out.
 */
export type CommonVerdict = 'on-track' | 'progressing' | 'off-track';

export type VerdictMethod = 'growth-ratio' | 'sdsn' | 'escap-api';

export const GROWTH_RATIO_VERDICT: Readonly<Record<GrowthRatioCategory, CommonVerdict>> = {
  'target-achieved': 'on-track',
  'on-track': 'on-track',
  'acceleration-needed': 'progressing',
  'limited-progress': 'progressing',
  deterioration: 'off-track',
};

export const SDSN_VERDICT: Readonly<Record<SdsnTrend, CommonVerdict | undefined>> = {
  'on-track': 'on-track',
  'moderately-improving': 'progressing',
  stagnating: 'progressing',
  decreasing: 'off-track',
  unavailable: undefined,
};

export const ESCAP_API_VERDICT: Readonly<Record<EscapApi['category'], CommonVerdict>> = {
  maintain: 'on-track',
  accelerate: 'progressing',
  reverse: 'off-track',
};

export interface MethodVerdict {
  readonly method: VerdictMethod;
  /** The method's own category (e.g. `acceleration-needed`, `stagnating`, `reverse`). */
  readonly category: string;
  readonly verdict: CommonVerdict;
}

export interface VerdictAgreement {
  readonly verdicts: readonly MethodVerdict[];
  /** True when two or more methods give a verdict and all give the same; undefined with fewer than two. */
  readonly agree: boolean | undefined;
  /** The shared verdict when they agree. */
  readonly consensus: CommonVerdict | undefined;
}

/** Whether the methods that gave a verdict agree on the common scale. */
export function verdictAgreement(results: {
  readonly growthRatio?: MethodResult<GrowthRatioAssessment>;
  readonly sdsn?: MethodResult<SdsnAssessment>;
  readonly escapApi?: MethodResult<EscapApi>;
}): VerdictAgreement {
  const verdicts: MethodVerdict[] = [];
  const { growthRatio, sdsn, escapApi } = results;
  if (growthRatio?.ok) {
    const category = growthRatio.value.category;
    verdicts.push({ method: 'growth-ratio', category, verdict: GROWTH_RATIO_VERDICT[category] });
  }
  if (sdsn?.ok) {
    const category = sdsn.value.trend.trend;
    const verdict = SDSN_VERDICT[category];
    if (verdict) verdicts.push({ method: 'sdsn', category, verdict });
  }
  if (escapApi?.ok) {
    const category = escapApi.value.category;
    verdicts.push({ method: 'escap-api', category, verdict: ESCAP_API_VERDICT[category] });
  }
  if (verdicts.length < 2) return { verdicts, agree: undefined, consensus: undefined };
  const agree = verdicts.every((v) => v.verdict === verdicts[0]!.verdict);
  return { verdicts, agree, consensus: agree ? verdicts[0]!.verdict : undefined };
}
