import type {
  Quota,
  QuotaBody,
  QuotaCompliance,
  QuotaReasonCode,
  SeatDefinition,
  SeatShareEvidence,
} from './progress-types.ts';

/**
 * Why a quota can or cannot be checked against a seat share, as the page words it in the reader's
 * language: the API's reason codes (`reasons`, beside its English `reason`), plus `as-above` for a
 * source whose only reasons are the quota's own, which the page states once for the quota.
 */
export type QuotaReason =
  | { readonly kind: 'joint-groups'; readonly groups: Quota['groups'] }
  | { readonly kind: 'candidate-lists' }
  | { readonly kind: 'other-body'; readonly definition: SeatDefinition; readonly body: QuotaBody }
  | { readonly kind: 'gap'; readonly value: number; readonly gap: number; readonly threshold: number }
  | { readonly kind: 'no-matching-series'; readonly body: QuotaBody }
  /** The quota's own reasons (stated once for the quota) are why this source is not comparable. */
  | { readonly kind: 'as-above' }
  | { readonly kind: 'no-data' };

/** One API reason as the page words it. */
export function fromCode(r: QuotaReasonCode): QuotaReason {
  switch (r.code) {
    case 'joint-groups':
      return { kind: 'joint-groups', groups: r.params.groups };
    case 'candidate-lists':
      return { kind: 'candidate-lists' };
    case 'chamber-differs':
      return { kind: 'other-body', definition: r.params.definition, body: r.params.body };
    case 'seat-share':
    case 'latest-comparable':
      return { kind: 'gap', value: r.params.value, gap: r.params.gap, threshold: r.params.threshold };
    case 'no-matching-series':
      return { kind: 'no-matching-series', body: r.params.body };
    case 'no-data':
      return { kind: 'no-data' };
  }
}

/** The reasons behind the quota's overall status. */
export function complianceReasons(c: QuotaCompliance): QuotaReason[] {
  return c.reasons.map(fromCode);
}

/**
 * The reasons behind one source's status, without those already given for the quota: `as-above`
 * when they are the only ones.
 */
export function evidenceReasons(c: QuotaCompliance, e: SeatShareEvidence): QuotaReason[] {
  const stated = new Set(c.reasons.map((r) => r.code));
  const own = e.reasons.filter((r) => !stated.has(r.code));
  return own.length > 0 ? own.map(fromCode) : [{ kind: 'as-above' }];
}
