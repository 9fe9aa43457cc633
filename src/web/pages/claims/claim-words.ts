import { formatChange, formatValue } from '../../components/format-value.ts';
import { formatNumber, locale } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/i18n.ts';
import type { ClaimAssertion, ClaimCheck, Finding, ParsedClaim, QuotaFact, Verdict } from './claims-types.ts';

/**
 * The claims page's words for what the server returns as data: verdicts, the claim as read, each
 * finding's figure and a summary sentence, in the reader's language with the reader's number
 * format. The server's own summary is one English sentence; these are built from the same fields
 * (verdict, findings, closest, reason) so that French and Russian readers get one too.
 */

/** `t` of the `claims` namespace (react-i18next's, or any with the same call shape). */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

export const VERDICTS: readonly Verdict[] = [
  'supported',
  'partly-supported',
  'not-supported',
  'not-checkable',
];

/** A symbol per verdict, so that a verdict is never told by colour alone. */
export const VERDICT_SYMBOL: Readonly<Record<Verdict, string>> = {
  supported: '✓',
  'partly-supported': '◐',
  'not-supported': '✗',
  'not-checkable': '?',
};

/** How many claims have each verdict, in the order of VERDICTS, leaving out verdicts no claim has. */
export function verdictCounts(
  claims: readonly { verdict: Verdict }[],
): { verdict: Verdict; count: number }[] {
  return VERDICTS.map((verdict) => ({
    verdict,
    count: claims.filter((c) => c.verdict === verdict).length,
  })).filter((v) => v.count > 0);
}

/** `2000–2022`, `2023`, or '' for a finding without years (a quota). */
export function yearsText(years: readonly number[]): string {
  if (years.length === 0) return '';
  const first = years[0]!;
  const last = years[years.length - 1]!;
  return first === last ? String(first) : `${first}–${last}`;
}

/** A list in the reader's language: `a, b and c`, `a, b et c`, `a, b и c`. */
export function listText(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(locale(lang), { style: 'long', type: 'conjunction' }).format(items);
}

/** The unit of a finding's values: the series' unit, per cent for a quota. */
export function findingUnit(f: Finding): string {
  return f.kind === 'quota' ? 'percent' : f.series.unit;
}

/** What a finding's `computed` figure is, from the claim's shape (judge-change/level/trend/quota.ts). */
function computedKind(
  a: ClaimAssertion,
  f: Finding,
): 'percent-change' | 'points' | 'factor' | 'value' | 'rank' {
  if (f.kind === 'quota' || a.kind === 'quota' || a.kind === 'level') return 'value';
  if (a.kind === 'rank') return 'rank';
  if (a.kind === 'change')
    return a.unit === 'percent' ? 'percent-change' : a.unit === 'points' ? 'points' : 'factor';
  return 'points';
}

/** A finding's figure in the reader's format: `−54.6%`, `+2.6 points`, `2.2×`, `27.1%`, `rank 50`. */
export function computedText(t: Translate, lang: Lang, a: ClaimAssertion, f: Finding): string {
  const unit = findingUnit(f);
  switch (computedKind(a, f)) {
    case 'percent-change':
      return formatValue(lang, f.computed, 'percent-change');
    case 'points':
      return `${formatChange(lang, f.computed, unit)}${unit === 'percent' ? ` ${t('points')}` : ''}`;
    case 'factor':
      return `${formatNumber(lang, f.computed, 2)}×`;
    case 'rank':
      return t('rankValue', { rank: formatNumber(lang, f.computed, 0) });
    case 'value':
      return formatValue(lang, f.computed, unit);
  }
}

/** `HDR25 2000–2022: −54.6%`. */
export function findingText(t: Translate, lang: Lang, a: ClaimAssertion, f: Finding): string {
  const source = f.kind === 'series' ? f.series.source : t(`quota.sourceKind.${f.quota.sourceKind}`);
  const years = yearsText(f.years);
  const value = computedText(t, lang, a, f);
  return years ? t('finding', { source, years, value }) : t('findingNoYears', { source, value });
}

/** The claim as Parity read it: `a 60% fall in “gender inequality index”` (the subject as typed). */
export function claimPhrase(t: Translate, lang: Lang, claim: ParsedClaim): string {
  const a = claim.assertion;
  const subject = claim.subject ? t('quoted', { text: claim.subject.phrase }) : t('theIndicator');
  switch (a.kind) {
    case 'change':
      return t(`phrase.change.${a.unit}.${a.direction}`, {
        subject,
        amount:
          a.unit === 'percent' ? formatValue(lang, a.amount, 'percent') : formatNumber(lang, a.amount, 2),
      });
    case 'level':
      return t('phrase.level', {
        subject,
        comparator: t(`comparator.${a.comparator}`),
        value: a.unit === 'percent' ? formatValue(lang, a.value, 'percent') : formatNumber(lang, a.value, 3),
      });
    case 'rank':
      return a.outOf === undefined
        ? t('phrase.rank', { subject, rank: a.rank })
        : t('phrase.rankOutOf', { subject, rank: a.rank, outOf: a.outOf });
    case 'quota':
      return t('phrase.quota', { threshold: formatValue(lang, a.threshold, 'percent') });
    case 'trend':
      return t(`phrase.trend.${a.direction}`, { subject });
  }
}

/** `a 30% quota for women, youth and women with disabilities on candidate lists for the lower chamber`. */
export function quotaText(t: Translate, lang: Lang, q: QuotaFact): string {
  return t('quota.short', {
    threshold: formatValue(lang, q.threshold, 'percent'),
    groups: listText(
      lang,
      q.groups.map((g) => t(`quota.group.${g}`)),
    ),
    appliesTo: t(`quota.appliesToName.${q.appliesTo}`),
    body: t(`quota.bodyName.${q.body}`),
  });
}

/** The findings of a check with `closest` added when it is not one of them (it is kept apart). */
export function allFindings(check: ClaimCheck): Finding[] {
  const c = check.closest;
  return c && !check.findings.some((f) => sameFinding(f, c)) ? [...check.findings, c] : [...check.findings];
}

export function sameFinding(a: Finding, b: Finding): boolean {
  const where = (f: Finding) =>
    f.kind === 'quota'
      ? `q|${f.quota.id}`
      : `s|${f.series.indicator}|${f.series.dataset}|${f.series.edition}|${f.series.dimsLabel}`;
  return where(a) === where(b) && a.years.join() === b.years.join() && a.role === b.role;
}

/** One sentence saying the verdict and why, in the reader's language (see the module comment). */
export function localSummary(t: Translate, lang: Lang, check: ClaimCheck): string {
  const a = check.claim.assertion;
  if (check.verdict === 'not-checkable') {
    const reason = t('summary.notCheckable', {
      reason: t(`reason.${check.reason ?? 'indicator-not-in-data'}`),
    });
    return check.findings.length > 0 ? `${reason} ${t('summary.context')}` : reason;
  }
  const phrase = claimPhrase(t, lang, check.claim);
  const texts = (fs: readonly Finding[]) =>
    listText(
      lang,
      fs.map((f) => findingText(t, lang, a, f)),
    );
  if (a.kind === 'quota') return quotaSummary(t, lang, check, phrase);
  const claimed = check.findings.filter((f) => f.role === 'claimed');
  if (check.verdict === 'supported') return t('summary.supported', { phrase, list: texts(claimed) });
  if (check.verdict === 'not-supported')
    return check.closest
      ? t('summary.notSupportedClosest', { phrase, claimed: texts(claimed), closest: texts([check.closest]) })
      : t('summary.notSupported', { phrase, claimed: texts(claimed) });
  const holding = claimed.filter((f) => f.matches);
  if (holding.length > 0)
    return t('summary.partlySources', {
      phrase,
      holding: texts(holding),
      failing: texts(claimed.filter((f) => !f.matches)),
    });
  const others = check.findings.filter((f) => f.role === 'other-window' && f.matches);
  return others.length > 0
    ? t('summary.partlyWindow', { phrase, claimed: texts(claimed), others: texts(others) })
    : t('summary.partly', { phrase });
}

function quotaSummary(t: Translate, lang: Lang, check: ClaimCheck, phrase: string): string {
  const found = allFindings(check).find((f) => f.kind === 'quota');
  if (!found || found.kind !== 'quota') return t('summary.notSupported', { phrase, claimed: '–' });
  const quota = quotaText(t, lang, found.quota);
  if (check.verdict === 'supported')
    return t('summary.quotaSupported', { quota, source: found.quota.source });
  if (check.verdict === 'not-supported') return t('summary.quotaNotSupported', { phrase, quota });
  const why = [
    ...(found.matches ? [] : [t('summary.quotaDiffers')]),
    ...(found.quota.sourceKind === 'statement' ? [t('summary.quotaStatementOnly')] : []),
  ];
  return t('summary.quotaPartly', {
    quota,
    why: listText(lang, why.length > 0 ? why : [t('summary.quotaDiffers')]),
  });
}
