import type { Kysely } from 'kysely';
import { indicatorByCode } from '../catalog/index.ts';
import type { QuotaBody, QuotaFact, QuotaGroup } from '../core/claims/claim.ts';
import type { Database } from '../store/database.ts';
import { readLatestObservations, type ObservationRead } from '../store/observation-reads.ts';
import { listQuotas } from './quotas.ts';
import { ok, type ServiceResult } from './service-result.ts';

export type ComplianceStatus = 'meets' | 'below' | 'not-comparable';

/** Which seats a series counts (from the indicator's definition and concept note). */
export type SeatDefinition = 'single-or-lower-chamber' | 'both-chambers' | 'upper-chamber' | 'local-councils';

const DEFINITION_TEXT: Readonly<Record<SeatDefinition, string>> = {
  'single-or-lower-chamber': 'single or lower chamber',
  'both-chambers': 'both chambers combined',
  'upper-chamber': 'upper chamber',
  'local-councils': 'local councils',
};

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

/** The definitions a seat share must have to speak to a quota for this body. */
const MATCHING: Readonly<Record<QuotaBody, readonly SeatDefinition[]>> = {
  parliament: ['single-or-lower-chamber', 'both-chambers'],
  'lower-chamber': ['single-or-lower-chamber'],
  'upper-chamber': ['upper-chamber'],
  'local-councils': ['local-councils'],
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
  readonly reason: string;
}

export interface QuotaCompliance {
  readonly quota: QuotaFact;
  readonly concept: 'women-parliament-seats' | 'women-local-government-seats';
  readonly status: ComplianceStatus;
  readonly reason: string;
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
  const latest = evidence.find((e) => e.status !== 'not-comparable');
  const [status, reason] =
    structural.length > 0
      ? (['not-comparable', structural.join('; ')] as const)
      : latest
        ? ([
            latest.status,
            `${latest.reason} (${sourceLabel(latest)}, ${latest.year}, the latest comparable value)`,
          ] as const)
        : evidence.length > 0
          ? (['not-comparable', `no series in the database counts the ${BODY_TEXT[quota.body]}`] as const)
          : (['not-comparable', `no women's seat share for ${quota.country} in the database`] as const);
  return {
    quota,
    concept: quota.body === 'local-councils' ? 'women-local-government-seats' : 'women-parliament-seats',
    status,
    reason,
    summary: summaryOf(quota, status, reason, evidence),
    evidence,
  };
}

const SERIES_ORDER = [...SEAT_SERIES.parliament, ...SEAT_SERIES.local];

/** Ties in year go in the order of SEAT_SERIES (HDR first, then UNSD, WDI, national). */
function seriesRank(s: SeatShare): number {
  return SERIES_ORDER.findIndex((x) => x.indicator === s.indicator && x.definition === s.definition);
}

const BODY_TEXT: Readonly<Record<QuotaBody, string>> = {
  parliament: 'national parliament',
  'lower-chamber': 'lower chamber',
  'upper-chamber': 'upper chamber',
  'local-councils': 'local councils',
};

const GROUP_TEXT: Readonly<Record<QuotaGroup, string>> = {
  women: 'women',
  youth: 'youth',
  'women-with-disabilities': 'women with disabilities',
  'persons-with-disabilities': 'persons with disabilities',
};

function structuralReasons(q: QuotaFact): string[] {
  const reasons: string[] = [];
  const womenOnly =
    q.groups.includes('women') && q.groups.every((g) => g === 'women' || g === 'women-with-disabilities');
  if (!womenOnly)
    reasons.push(
      `the quota covers ${listText(q.groups.map((g) => GROUP_TEXT[g]))} jointly: a women's seat share cannot show whether it is met`,
    );
  if (q.appliesTo === 'candidate-lists')
    reasons.push('it applies to candidate lists: a seat share counts who was elected, not who was listed');
  return reasons;
}

function assessShare(quota: QuotaFact, s: SeatShare, structural: readonly string[]): SeatShareEvidence {
  const gap = s.value - quota.threshold;
  const ind = indicatorByCode(s.indicator);
  const base = {
    ...s,
    definitionText: DEFINITION_TEXT[s.definition],
    definitionNote: ind?.conceptNote ?? ind?.definition ?? '',
    gap,
  };
  const reasons = [...structural];
  if (!MATCHING[quota.body].includes(s.definition))
    reasons.push(
      `the series counts the ${DEFINITION_TEXT[s.definition]}, the quota is for the ${BODY_TEXT[quota.body]}`,
    );
  if (reasons.length > 0) return { ...base, status: 'not-comparable', reason: reasons.join('; ') };
  return {
    ...base,
    status: gap >= 0 ? 'meets' : 'below',
    reason: `women held ${pct(s.value)} of seats, ${gapText(gap, quota.threshold)}`,
  };
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

/** `HDR25` for UNDP's editions (as the HDR is cited), else `dataset edition`. */
export function sourceLabel(s: { readonly dataset: string; readonly edition: string }): string {
  return s.dataset === 'undp-hdr-composite' ? s.edition : `${s.dataset} ${s.edition}`;
}

function gapText(gap: number, threshold: number): string {
  if (gap === 0) return `at the ${threshold} % threshold`;
  // A gap that rounds to 0.0 still says which side it is on.
  const points = Math.abs(gap) < 0.05 ? Math.abs(gap).toPrecision(1) : Math.abs(gap).toFixed(1);
  return `${points} points ${gap < 0 ? 'below' : 'above'} the ${threshold} % threshold`;
}

function pct(x: number): string {
  return `${x.toFixed(1)} %`;
}

function listText(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
