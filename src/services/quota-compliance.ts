import type { Kysely } from 'kysely';
import { indicatorByCode } from '../catalog/index.ts';
import type { QuotaFact } from '../core/claims/claim.ts';
import type { Database } from '../store/database.ts';
import { readLatestObservations, type ObservationRead } from '../store/observation-reads.ts';
import {
  DEFINITION_TEXT,
  gapText,
  MATCHING,
  pct,
  reasonsText,
  sourceLabel,
  structuralReasons,
  type QuotaReason,
} from './quota-reasons.ts';
import { listQuotas } from './quotas.ts';
import { ok, type ServiceResult } from './service-result.ts';

export type ComplianceStatus = 'meets' | 'below' | 'not-comparable';

/** Which seats a series counts (from the indicator's definition and concept note). */
export type SeatDefinition = 'single-or-lower-chamber' | 'both-chambers' | 'upper-chamber' | 'local-councils';

/**
 * The women's seat-share series, by the body a quota is for, and the breakdown that is the
 * women's share in each. HDR counts both chambers; IPU-based series (UNSD, WDI, SDG 5.5.1(a)) the
 * single or lower one. Kazakhstan's platform codes the Mazhilis SG_GEN_PARL and the maslikhats
 * SG_GEN_LOCG; the UK's names each House. The UK's local-government series cover one nation
 * each, not the country, and are left out.
 */
export const SEAT_SERIES: Readonly<
  Record<
    'parliament' | 'local',
    readonly { indicator: string; dims: Record<string, string>; definition: SeatDefinition }[]
  >
> = {
  parliament: [
    { indicator: 'hdr.pr', dims: { sex: 'F' }, definition: 'both-chambers' },
    { indicator: 'unsd.parl_seats', dims: { sex: 'F' }, definition: 'single-or-lower-chamber' },
    { indicator: 'wdi.SG.GEN.PARL.ZS', dims: {}, definition: 'single-or-lower-chamber' },
    { indicator: 'sdg.5.5.1', dims: { series: 'SG_GEN_PARL' }, definition: 'single-or-lower-chamber' },
    { indicator: 'sdg.5.5.1', dims: { series: 'House of Commons' }, definition: 'single-or-lower-chamber' },
    { indicator: 'sdg.5.5.1', dims: { series: 'House of Lords' }, definition: 'upper-chamber' },
  ],
  local: [
    { indicator: 'unsd.local_seats', dims: { sex: 'F' }, definition: 'local-councils' },
    { indicator: 'sdg.5.5.1', dims: { series: 'SG_GEN_LOCG' }, definition: 'local-councils' },
  ],
};

/** The latest women's seat share of one series from one source edition. */
export interface SeatShare {
  readonly indicator: string;
  readonly dataset: string;
  readonly edition: string;
  readonly year: number;
  readonly period: string;
  /** Per cent of seats held by women. */
  readonly value: number;
  readonly dims: Record<string, string>;
  readonly definition: SeatDefinition;
}

export interface SeatShareEvidence extends SeatShare {
  readonly definitionText: string;
  /** The indicator's concept note: how its definition differs from the other series. */
  readonly definitionNote: string;
  /** Seat share minus the threshold, in percentage points. */
  readonly gap: number;
  readonly status: ComplianceStatus;
  /** `reasons` in English. */
  readonly reason: string;
  /** Why this source meets, falls short, or cannot show compliance: the quota's own reasons included. */
  readonly reasons: QuotaReason[];
}

export interface QuotaCompliance {
  readonly quota: QuotaFact;
  readonly concept: 'women-parliament-seats' | 'women-local-government-seats';
  readonly status: ComplianceStatus;
  /** `reasons` in English. */
  readonly reason: string;
  /** Why: the quota's own reasons, else its latest comparable seat share, else why there is none. */
  readonly reasons: QuotaReason[];
  /** One paragraph: the status and every source's latest seat share with its gap. */
  readonly summary: string;
  /** Latest first. */
  readonly evidence: SeatShareEvidence[];
}

/** Each quota (of one country when given) against the latest women's seat share of every source and edition. */
export async function quotaCompliance(
  db: Kysely<Database>,
  f: { readonly country?: string } = {},
): Promise<ServiceResult<QuotaCompliance[]>> {
  const quotas = await listQuotas(db, f);
  if (!quotas.ok) return quotas;
  const out: QuotaCompliance[] = [];
  for (const quota of quotas.value) {
    const series = SEAT_SERIES[quota.body === 'local-councils' ? 'local' : 'parliament'];
    const observations = await readLatestObservations(db, quota.country, [
      ...new Set(series.map((s) => s.indicator)),
    ]);
    out.push(assessQuota(quota, latestSeatShares(observations, series)));
  }
  return ok(out);
}

/** The latest value of each listed series per source edition, from a country's latest observations. */
export function latestSeatShares(
  observations: readonly ObservationRead[],
  series: (typeof SEAT_SERIES)[keyof typeof SEAT_SERIES],
): SeatShare[] {
  return series.flatMap((s) => {
    const matching = observations.filter(
      (o) =>
        o.indicator === s.indicator &&
        o.value !== null &&
        Object.entries(s.dims).every(([k, v]) => o.dims[k] === v),
    );
    const bySource = new Map<number, ObservationRead>();
    for (const o of matching) {
      const best = bySource.get(o.sourceId);
      // The plainest breakdown wins (UK 1974 sub-periods carry an extra key), then the latest.
      const size = (x: ObservationRead) => Object.keys(x.dims).length;
      if (!best || size(o) < size(best) || (size(o) === size(best) && o.periodStart > best.periodStart))
        bySource.set(o.sourceId, o);
    }
    return [...bySource.values()].map((o) => ({
      indicator: o.indicator,
      dataset: o.dataset,
      edition: o.edition,
      year: o.periodStart,
      period: o.period,
      value: o.value!,
      dims: o.dims,
      definition: s.definition,
    }));
  });
}

/**
 * A quota against seat shares. A women's seat share can show compliance only with a quota for
 * women (women with disabilities are women) on seats, and only from a series counting the body
 * the quota is for; otherwise the status is `not-comparable` and the gap is still shown.
 */
export function assessQuota(quota: QuotaFact, shares: readonly SeatShare[]): QuotaCompliance {
  const structural = structuralReasons(quota);
  const evidence = shares
    .map((s) => assessShare(quota, s, structural))
    .sort((a, b) => b.year - a.year || seriesRank(a) - seriesRank(b));
  const latest = structural.length > 0 ? undefined : evidence.find((e) => e.status !== 'not-comparable');
  const status = latest?.status ?? 'not-comparable';
  const reasons = quotaReasons(quota, structural, latest, evidence.length);
  const reason = reasonsText(reasons);
  return {
    quota,
    concept: quota.body === 'local-councils' ? 'women-local-government-seats' : 'women-parliament-seats',
    status,
    reason,
    reasons,
    summary: summaryOf(quota, status, reason, evidence),
    evidence,
  };
}

/** The quota's own reasons; else its latest comparable seat share; else why there is none. */
function quotaReasons(
  quota: QuotaFact,
  structural: QuotaReason[],
  latest: SeatShareEvidence | undefined,
  sources: number,
): QuotaReason[] {
  if (structural.length > 0) return structural;
  if (latest) {
    const { value, gap, indicator, dataset, edition, year } = latest;
    const params = { value, gap, threshold: quota.threshold, indicator, dataset, edition, year };
    return [{ code: 'latest-comparable', params }];
  }
  return sources > 0
    ? [{ code: 'no-matching-series', params: { body: quota.body } }]
    : [{ code: 'no-data', params: { country: quota.country } }];
}

const SERIES_ORDER = [...SEAT_SERIES.parliament, ...SEAT_SERIES.local];

/** Ties in year go in the order of SEAT_SERIES (HDR first, then UNSD, WDI, national). */
function seriesRank(s: SeatShare): number {
  return SERIES_ORDER.findIndex((x) => x.indicator === s.indicator && x.definition === s.definition);
}

function assessShare(quota: QuotaFact, s: SeatShare, structural: readonly QuotaReason[]): SeatShareEvidence {
  const gap = s.value - quota.threshold;
  const ind = indicatorByCode(s.indicator);
  const base = {
    ...s,
    definitionText: DEFINITION_TEXT[s.definition],
    definitionNote: ind?.conceptNote ?? ind?.definition ?? '',
    gap,
  };
  const reasons: QuotaReason[] = [...structural];
  if (!MATCHING[quota.body].includes(s.definition))
    reasons.push({ code: 'chamber-differs', params: { definition: s.definition, body: quota.body } });
  if (reasons.length > 0) return { ...base, status: 'not-comparable', reason: reasonsText(reasons), reasons };
  const share: QuotaReason[] = [
    { code: 'seat-share', params: { value: s.value, gap, threshold: quota.threshold } },
  ];
  return { ...base, status: gap >= 0 ? 'meets' : 'below', reason: reasonsText(share), reasons: share };
}

function summaryOf(
  quota: QuotaFact,
  status: ComplianceStatus,
  reason: string,
  evidence: readonly SeatShareEvidence[],
): string {
  const head = `${status === 'not-comparable' ? 'Not comparable' : status === 'meets' ? 'Meets' : 'Below'}: ${reason}.`;
  if (evidence.length === 0) return head;
  const shares = evidence.map(
    (e) =>
      `${pct(e.value)} of seats in ${e.year} (${sourceLabel(e)}, ${e.definitionText}), ${gapText(e.gap, quota.threshold)}`,
  );
  return `${head} Women held ${shares.join('; ')}.`;
}

// The CLI labels sources as the reasons do.
export { sourceLabel } from './quota-reasons.ts';
