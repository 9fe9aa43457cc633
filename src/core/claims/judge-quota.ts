import { cleanSeries } from '../trend.ts';
import type { ClaimAssertion, ParsedClaim, QuotaBody, QuotaFact, QuotaGroup } from './claim.ts';
import { metaOf, type ClaimCheck, type EvidenceSeries, type Finding, type JudgeParams } from './evidence.ts';
import { figureTolerance, listText, valueText } from './figures.ts';
import { findingText, notCheckable } from './verdict.ts';

/**
 * Quota claims against the quotas Parity holds for the country. Each quota is compared on what
 * the claim says: threshold (the figure tolerance), body ("Parliament" covers either chamber;
 * local councils are apart), what it applies to (candidate lists or seats) and the groups counted
 * together (a joint quota for women and youth is not a women's quota). A quota agreeing on all
 * of them supports the claim, unless its only source is a statement: then at best partly. A
 * quota agreeing on the threshold only partly supports it, naming what differs. Latest women's
 * seat shares of every source are added as context; they never change the verdict.
 */

export type QuotaAssertion = Extract<ClaimAssertion, { kind: 'quota' }>;

export const STATEMENT_ONLY = 'rests only on the statement itself; no legal act or dataset in Parity';

const BODY_WORDS: Readonly<Record<QuotaBody, string>> = {
  parliament: 'parliament',
  'lower-chamber': 'the lower chamber',
  'upper-chamber': 'the upper chamber',
  'local-councils': 'local councils',
};

const GROUP_WORDS: Readonly<Record<QuotaGroup, string>> = {
  women: 'women',
  youth: 'youth',
  'women-with-disabilities': 'women with disabilities',
  'persons-with-disabilities': 'persons with disabilities',
};

const groupsText = (groups: readonly QuotaGroup[]) => listText(groups.map((g) => GROUP_WORDS[g]));

interface Comparison {
  readonly quota: QuotaFact;
  readonly thresholdHolds: boolean;
  /** What differs from the claim, in words; [] when all agrees. */
  readonly differences: readonly string[];
  /** What the claim leaves open but the reader should know. */
  readonly notes: readonly string[];
}

function compare(a: QuotaAssertion, q: QuotaFact, params: JudgeParams): Comparison {
  const differences: string[] = [];
  const notes: string[] = [];
  const thresholdHolds = Math.abs(q.threshold - a.threshold) <= figureTolerance(a.threshold, params) + 1e-9;
  if (!thresholdHolds) differences.push(`the threshold is ${q.threshold} %, not ${a.threshold} %`);
  if (a.body !== undefined && a.body !== q.body) {
    const chamberOfParliament = (b: QuotaBody) => b !== 'local-councils';
    if (
      chamberOfParliament(a.body) &&
      chamberOfParliament(q.body) &&
      (a.body === 'parliament' || q.body === 'parliament')
    )
      notes.push(`the quota applies to ${BODY_WORDS[q.body]}`);
    else differences.push(`it applies to ${BODY_WORDS[q.body]}, not ${BODY_WORDS[a.body]}`);
  }
  if (a.appliesTo !== undefined && a.appliesTo !== q.appliesTo)
    differences.push(
      `it applies to ${q.appliesTo === 'seats' ? 'seats' : 'candidate lists'}, not ${a.appliesTo === 'seats' ? 'seats' : 'candidate lists'}`,
    );
  else if (a.appliesTo === undefined && q.appliesTo === 'candidate-lists')
    notes.push('the quota is on candidate lists: it does not fix the share of seats');
  const sameGroups = a.groups.length === q.groups.length && a.groups.every((g) => q.groups.includes(g));
  if (a.groups.length > 0 && !sameGroups)
    differences.push(`it covers ${groupsText(q.groups)} together, not ${groupsText(a.groups)}`);
  return { quota: q, thresholdHolds, differences, notes };
}

function quotaFinding(c: Comparison): Finding {
  const q = c.quota;
  const adopted = q.adopted ? Number(q.adopted.slice(0, 4)) : undefined;
  const agreed =
    c.differences.length === 0 ? 'agrees with the claim' : `differs: ${c.differences.join('; ')}`;
  return {
    kind: 'quota',
    role: 'quota',
    quota: q,
    years: adopted === undefined ? [] : [adopted],
    values: [q.threshold],
    computed: q.threshold,
    computedText: `${q.threshold} %`,
    computation: `${q.threshold} % for ${groupsText(q.groups)} on ${q.appliesTo === 'seats' ? 'seats' : 'candidate lists'} for ${BODY_WORDS[q.body]} (${q.kind}; source: ${q.sourceKind}); ${agreed}`,
    matches: c.differences.length === 0,
  };
}

/** Latest women's seat share of each series beside the quota threshold. */
function seatContext(a: QuotaAssertion, evidence: readonly EvidenceSeries[]): Finding[] {
  return evidence.flatMap((s): Finding[] => {
    const points = cleanSeries(s.points);
    const p = points[points.length - 1];
    if (!p || s.unit === 'rank') return [];
    return [
      {
        kind: 'series',
        role: 'context',
        series: metaOf(s),
        years: [p.year],
        values: [p.value],
        computed: p.value,
        computedText: valueText(p.value, s.unit),
        computation: `${valueText(p.value, s.unit)} in ${p.year} against the ${a.threshold} % threshold: ${p.value >= a.threshold ? 'reaches it' : 'below'}`,
        matches: p.value >= a.threshold,
      },
    ];
  });
}

/** `quotas` are the country's; `evidence` the women's seat series for context. */
export function judgeQuota(
  claim: ParsedClaim,
  a: QuotaAssertion,
  quotas: readonly QuotaFact[],
  evidence: readonly EvidenceSeries[],
  params: JudgeParams,
): ClaimCheck {
  const context = seatContext(a, evidence);
  const phrase = `a ${a.threshold} % quota${a.groups.length > 0 ? ` for ${groupsText(a.groups)}` : ''}${a.body ? ` in ${BODY_WORDS[a.body]}` : ''}`;
  if (quotas.length === 0)
    return notCheckable(
      claim,
      'no-data-for-country',
      `Not checkable: Parity holds no quota for ${claim.country}, so ${phrase} cannot be compared.`,
      {
        findings: context,
      },
    );
  const comparisons = quotas.map((q) => compare(a, q, params));
  const rank = (c: Comparison) => (c.thresholdHolds ? 0 : 1000) + c.differences.length;
  const best = [...comparisons].sort((x, y) => rank(x) - rank(y))[0]!;
  const findings = [...comparisons.map(quotaFinding), ...context];
  const bestFinding = findings[comparisons.indexOf(best)]!;
  const notes = [...best.notes];
  if (!best.thresholdHolds)
    return {
      claim,
      verdict: 'not-supported',
      summary: `Not supported: no quota Parity holds for ${claim.country} matches ${phrase}; the closest is ${findingText(bestFinding)} (${best.differences.join('; ')}).`,
      findings,
      closest: bestFinding,
      qualifiers: notes,
    };
  const statementOnly = best.quota.sourceKind === 'statement';
  if (best.differences.length === 0 && !statementOnly)
    return {
      claim,
      verdict: 'supported',
      summary: `Supported: ${best.quota.source} sets ${phrase} (${bestFinding.computation}).`,
      findings,
      qualifiers: notes,
    };
  const why = [...best.differences, ...(statementOnly ? [`the quota ${STATEMENT_ONLY}`] : [])];
  return {
    claim,
    verdict: 'partly-supported',
    summary: `Partly supported: Parity holds ${phrase} for ${claim.country}, but ${why.join('; ')}.`,
    findings,
    qualifiers: [...best.differences, ...(statementOnly ? [STATEMENT_ONLY] : []), ...notes],
  };
}
