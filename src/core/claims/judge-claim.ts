import type { ParsedClaim, QuotaFact } from './claim.ts';
import { DEFAULT_JUDGE_PARAMS, type ClaimCheck, type EvidenceSeries, type JudgeParams } from './evidence.ts';
import { COMPARATOR_WORDS, ordinal } from './figures.ts';
import { assessChange, type ChangeAssertion } from './judge-change.ts';
import { assessLevel, assessRank, levelSeries } from './judge-level.ts';
import { judgeQuota } from './judge-quota.ts';
import { assessTrend } from './judge-trend.ts';
import { decide, notCheckable, type Assessment } from './verdict.ts';

/**
 * Judges one parsed claim against the evidence: the series of the claim's indicator (and of its
 * concept: every source and edition) for the claim's country, and the country's quotas. Pure.
 *
 * Order of the rules (each documented in its module and in src/core/README.md):
 * 1. no country → not-checkable `no-country`;
 * 2. quota claims → judge-quota.ts (seat series in `evidence` are context);
 * 3. a direction without an indicator → not-checkable `no-quantity` (related series in
 *    `evidence`, if any, as context);
 * 4. no indicator → `indicator-not-in-data`; no series for the country → `no-data-for-country`
 *    (for a rank: no rank series → `indicator-not-in-data`); a percentage of a non-percentage
 *    indicator → `ambiguous`; no value in the years named → `no-years`;
 * 5. change (judge-change.ts), level and rank (judge-level.ts), trend (judge-trend.ts), then
 *    verdict.ts: supported when the claimed reading holds in every series, partly when in some
 *    or only in another window or year, not-supported otherwise with the closest reading.
 */
export function judgeClaim(
  claim: ParsedClaim,
  evidence: readonly EvidenceSeries[],
  quotas: readonly QuotaFact[],
  params: Partial<JudgeParams> = {},
): ClaimCheck {
  const p: JudgeParams = { ...DEFAULT_JUDGE_PARAMS, ...params };
  const a = claim.assertion;
  if (claim.country === undefined)
    return notCheckable(
      claim,
      'no-country',
      'Not checkable: neither the text nor the request names a country.',
    );
  if (a.kind === 'quota')
    return judgeQuota(
      claim,
      a,
      quotas.filter((q) => q.country === claim.country),
      evidence,
      p,
    );
  const subject = claim.subject?.phrase;
  if (a.kind === 'trend' && claim.indicatorCodes.length === 0) {
    const related = assessTrend(a, claim.years, evidence, p, 'context').claimed;
    return notCheckable(
      claim,
      'no-quantity',
      `Not checkable: the claim states a direction${subject ? ` of "${subject}"` : ''} with no amount and no indicator Parity holds${related.length > 0 ? '; related series are shown for context' : ''}.`,
      { findings: related },
    );
  }
  if (claim.indicatorCodes.length === 0)
    return notCheckable(
      claim,
      'indicator-not-in-data',
      `Not checkable: ${subject ? `"${subject}" is not an indicator Parity holds` : 'the claim names no indicator'}.`,
    );
  const series = a.kind === 'rank' ? evidence.filter((s) => s.unit === 'rank') : evidence;
  if (series.length === 0)
    return a.kind === 'rank' && evidence.length > 0
      ? notCheckable(
          claim,
          'indicator-not-in-data',
          `Not checkable: Parity holds no ranking by ${evidence[0]!.name}.`,
        )
      : notCheckable(
          claim,
          'no-data-for-country',
          `Not checkable: Parity has no values of ${subject ? `"${subject}"` : claim.indicatorCodes.join(', ')} for ${claim.country}.`,
        );
  const name = series[0]!.name;
  const assessment = assess(claim, series, p);
  if (assessment === 'ambiguous')
    return notCheckable(
      claim,
      'ambiguous',
      `Not checkable: the claim gives a percentage, but ${name} is not measured in per cent (unit: ${series[0]!.unit}).`,
    );
  const phrase = `${phraseOf(claim, name)} for ${claim.country}`;
  if (assessment.claimed.length === 0) {
    const named = claim.years.from !== undefined || claim.years.to !== undefined;
    return named
      ? notCheckable(
          claim,
          'no-years',
          `Not checkable: no source has values of ${name} for ${assessment.readingText}.`,
        )
      : notCheckable(
          claim,
          'no-data-for-country',
          `Not checkable: no source has enough values of ${name} for ${claim.country}.`,
        );
  }
  return decide(claim, { ...assessment, phrase });
}

function assess(
  claim: ParsedClaim,
  series: readonly EvidenceSeries[],
  p: JudgeParams,
): Omit<Assessment, 'phrase'> | 'ambiguous' {
  const a = claim.assertion;
  switch (a.kind) {
    case 'change': {
      const r = assessChange(a, claim.years, series, p);
      const missing =
        r.missing.length > 0 ? [`no value for ${r.readingText} in ${r.missing.join(', ')}`] : [];
      return { ...r, qualifiers: [...r.qualifiers, ...missing] };
    }
    case 'level': {
      const usable = levelSeries(a, series);
      return usable.length === 0 ? 'ambiguous' : assessLevel(a, claim.years, usable, p);
    }
    case 'rank':
      return assessRank(a, claim.years, series);
    case 'trend':
      return assessTrend(a, claim.years, series, p);
    case 'quota':
      throw new Error('quota claims are judged by judgeQuota');
  }
}

/** The claim in words, for sentences: `a 60 % fall in Gender Inequality Index (GII)`. */
export function phraseOf(claim: ParsedClaim, name: string): string {
  const a = claim.assertion;
  switch (a.kind) {
    case 'change':
      return changePhrase(a, name);
    case 'level':
      return `${name} of ${COMPARATOR_WORDS[a.comparator]} ${a.value}${a.unit === 'percent' ? ' %' : ''}`;
    case 'rank':
      return `${ordinal(a.rank)} place in ${name}`;
    case 'trend':
      return `a ${a.direction === 'increase' ? 'rise' : 'fall'} in ${name}`;
    case 'quota':
      return `a ${a.threshold} % quota`;
  }
}

function changePhrase(a: ChangeAssertion, name: string): string {
  const way = a.direction === 'decrease' ? 'fall' : a.direction === 'increase' ? 'rise' : 'change';
  const amount = +a.amount.toFixed(2);
  if (a.unit === 'percent') return `a ${amount} % ${way} in ${name}`;
  if (a.unit === 'points') return `a ${way} of ${amount} points in ${name}`;
  const factor = a.amount < 1 ? 1 / a.amount : a.amount;
  if (factor === 2) return `${a.direction === 'decrease' ? 'a halving' : 'a doubling'} of ${name}`;
  return `a ${+factor.toFixed(2)}-fold ${way} in ${name}`;
}
