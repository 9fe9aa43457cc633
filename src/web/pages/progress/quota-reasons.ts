import type {
  Quota,
  QuotaBody,
  QuotaCompliance,
  SeatDefinition,
  SeatShareEvidence,
} from './progress-types.ts';

/**
 * Why a quota can or cannot be checked against a seat share, as reasons the page words in the
 * reader's language (the API words them in English only). The rules are the compliance service's
 * (src/services/quota-compliance.ts): a women's seat share speaks to a quota only when the quota is
 * for women's seats (women with disabilities are women) and the series counts the quota's body.
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

/** The seats a series must count to speak to a quota for this body (the service's MATCHING). */
export const MATCHING_DEFINITIONS: Readonly<Record<QuotaBody, readonly SeatDefinition[]>> = {
  parliament: ['single-or-lower-chamber', 'both-chambers'],
  'lower-chamber': ['single-or-lower-chamber'],
  'upper-chamber': ['upper-chamber'],
  'local-councils': ['local-councils'],
};

/** What makes every seat share incomparable with this quota, whatever the series. */
export function structuralReasons(q: Quota): QuotaReason[] {
  const reasons: QuotaReason[] = [];
  const womenOnly =
    q.groups.includes('women') && q.groups.every((g) => g === 'women' || g === 'women-with-disabilities');
  if (!womenOnly) reasons.push({ kind: 'joint-groups', groups: q.groups });
  if (q.appliesTo === 'candidate-lists') reasons.push({ kind: 'candidate-lists' });
  return reasons;
}

/**
 * The reasons behind one source's status, without the quota's own (structural) reasons, which
 * the page states once for the quota: `as-above` when they are the only ones.
 */
export function evidenceReasons(q: Quota, e: SeatShareEvidence): QuotaReason[] {
  if (!MATCHING_DEFINITIONS[q.body].includes(e.definition))
    return [{ kind: 'other-body', definition: e.definition, body: q.body }];
  if (structuralReasons(q).length > 0) return [{ kind: 'as-above' }];
  return [{ kind: 'gap', value: e.value, gap: e.gap, threshold: q.threshold }];
}

/**
 * The reasons behind the quota's overall status: the structural ones; else the latest comparable
 * seat share (the evidence is latest first); else why there is none.
 */
export function complianceReasons(c: QuotaCompliance): QuotaReason[] {
  const structural = structuralReasons(c.quota);
  if (structural.length > 0) return structural;
  const latest = c.evidence.find((e) => e.status !== 'not-comparable');
  if (latest) return [{ kind: 'gap', value: latest.value, gap: latest.gap, threshold: c.quota.threshold }];
  return c.evidence.length > 0 ? [{ kind: 'no-matching-series', body: c.quota.body }] : [{ kind: 'no-data' }];
}
