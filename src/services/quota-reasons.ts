import type { QuotaBody, QuotaFact, QuotaGroup } from '../core/claims/claim.ts';
import type { SeatDefinition } from './quota-compliance.ts';

/**
 * Why a quota can or cannot be checked against a seat share, as codes with their parameters, so
 * that a reader words them in its own language; `reasonText` words them in English (the API's
 * `reason` strings). A women's seat share speaks to a quota only when the quota is for women's
 * seats (women with disabilities are women) and the series counts the body the quota is for.
 */
export type QuotaReason =
  /** The quota is for several groups counted together (women and youth): not for women alone. */
  | { readonly code: 'joint-groups'; readonly params: { readonly groups: readonly QuotaGroup[] } }
  /** The quota is on candidate lists: a seat share counts who was elected. */
  | { readonly code: 'candidate-lists'; readonly params: Readonly<Record<string, never>> }
  /** The series counts other seats than the quota's body (both chambers for a lower-chamber quota). */
  | {
      readonly code: 'chamber-differs';
      readonly params: { readonly definition: SeatDefinition; readonly body: QuotaBody };
    }
  /** A comparable seat share against the threshold; `gap` = value − threshold, in points. */
  | { readonly code: 'seat-share'; readonly params: SeatShareParams }
  /** The quota's status: its latest comparable seat share, with the series it comes from. */
  | {
      readonly code: 'latest-comparable';
      readonly params: SeatShareParams & {
        readonly indicator: string;
        readonly dataset: string;
        readonly edition: string;
        readonly year: number;
      };
    }
  /** Seat shares exist, but no series counts the quota's body. */
  | { readonly code: 'no-matching-series'; readonly params: { readonly body: QuotaBody } }
  /** No women's seat share for the country at all. */
  | { readonly code: 'no-data'; readonly params: { readonly country: string } };

export interface SeatShareParams {
  /** Per cent of seats held by women. */
  readonly value: number;
  readonly gap: number;
  readonly threshold: number;
}

export type QuotaReasonCode = QuotaReason['code'];

export const QUOTA_REASON_CODES = [
  'joint-groups',
  'candidate-lists',
  'chamber-differs',
  'seat-share',
  'latest-comparable',
  'no-matching-series',
  'no-data',
] as const satisfies readonly QuotaReasonCode[];

/** The seats a series must count to speak to a quota for this body. */
export const MATCHING: Readonly<Record<QuotaBody, readonly SeatDefinition[]>> = {
  parliament: ['single-or-lower-chamber', 'both-chambers'],
  'lower-chamber': ['single-or-lower-chamber'],
  'upper-chamber': ['upper-chamber'],
  'local-councils': ['local-councils'],
};

/** What makes every seat share incomparable with this quota, whatever the series. */
export function structuralReasons(q: QuotaFact): QuotaReason[] {
  const reasons: QuotaReason[] = [];
  const womenOnly =
    q.groups.includes('women') && q.groups.every((g) => g === 'women' || g === 'women-with-disabilities');
  if (!womenOnly) reasons.push({ code: 'joint-groups', params: { groups: q.groups } });
  if (q.appliesTo === 'candidate-lists') reasons.push({ code: 'candidate-lists', params: {} });
  return reasons;
}

export const DEFINITION_TEXT: Readonly<Record<SeatDefinition, string>> = {
  'single-or-lower-chamber': 'single or lower chamber',
  'both-chambers': 'both chambers combined',
  'upper-chamber': 'upper chamber',
  'local-councils': 'local councils',
};

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

/** Reasons in English, joined as one clause list. */
export function reasonsText(reasons: readonly QuotaReason[]): string {
  return reasons.map(reasonText).join('; ');
}

export function reasonText(r: QuotaReason): string {
  switch (r.code) {
    case 'joint-groups':
      return `the quota covers ${listText(r.params.groups.map((g) => GROUP_TEXT[g]))} jointly: a women's seat share cannot show whether it is met`;
    case 'candidate-lists':
      return 'it applies to candidate lists: a seat share counts who was elected, not who was listed';
    case 'chamber-differs':
      return `the series counts the ${DEFINITION_TEXT[r.params.definition]}, the quota is for the ${BODY_TEXT[r.params.body]}`;
    case 'seat-share':
      return shareText(r.params);
    case 'latest-comparable':
      return `${shareText(r.params)} (${sourceLabel(r.params)}, ${r.params.year}, the latest comparable value)`;
    case 'no-matching-series':
      return `no series in the database counts the ${BODY_TEXT[r.params.body]}`;
    case 'no-data':
      return `no women's seat share for ${r.params.country} in the database`;
  }
}

function shareText(p: SeatShareParams): string {
  return `women held ${pct(p.value)} of seats, ${gapText(p.gap, p.threshold)}`;
}

/** `HDR25` for UNDP's editions (as the HDR is cited), else `dataset edition`. */
export function sourceLabel(s: { readonly dataset: string; readonly edition: string }): string {
  return s.dataset === 'undp-hdr-composite' ? s.edition : `${s.dataset} ${s.edition}`;
}

export function gapText(gap: number, threshold: number): string {
  if (gap === 0) return `at the ${threshold} % threshold`;
  // A gap that rounds to 0.0 still says which side it is on.
  const points = Math.abs(gap) < 0.05 ? Math.abs(gap).toPrecision(1) : Math.abs(gap).toFixed(1);
  return `${points} points ${gap < 0 ? 'below' : 'above'} the ${threshold} % threshold`;
}

export function pct(x: number): string {
  return `${x.toFixed(1)} %`;
}

function listText(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
