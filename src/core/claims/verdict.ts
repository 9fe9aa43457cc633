import type { ParsedClaim } from './claim.ts';
import type { ClaimCheck, Finding, NotCheckableReason } from './evidence.ts';
import { listText } from './figures.ts';

/**
 * From findings to a verdict, the same way for changes, levels, ranks and directions:
 * - supported: the claimed reading holds in every series (source, edition, definition) that has it;
 * - partly-supported: it holds in some of them, or only for another window or year (`others`),
 *   and the qualifiers name which;
 * - not-supported: it holds nowhere; `closest` is the candidate nearest the claim.
 */

/** A candidate for `closest`, with its distance from the claim (smaller is closer). */
export interface Candidate {
  readonly finding: Finding;
  readonly distance: number;
}

export interface Assessment {
  /** The claim in words: `a 60 % fall in the Gender Inequality Index`. */
  readonly phrase: string;
  /** The claimed reading of each series that has it. */
  readonly claimed: readonly Finding[];
  /** Other windows or years where the claim holds (one per series); read only when no claimed reading holds. */
  readonly others: readonly Finding[];
  /** How many other windows or years hold, over all series (`others` shows one per series). */
  readonly otherCount: number;
  /** Where to look for the closest reading when nothing holds. */
  readonly pool: readonly Candidate[];
  /** What the claimed reading is, for sentences: `first to latest year`, `2000–2022`, `latest value`. */
  readonly readingText: string;
  readonly qualifiers: readonly string[];
  /** Shown beside the verdict, never changing it. */
  readonly context?: readonly Finding[];
}

/** `HDR25 2000–2022: −54.6 %`. */
export function findingText(f: Finding): string {
  const where = f.kind === 'series' ? f.series.source : f.quota.source;
  const years =
    f.years.length === 0
      ? ''
      : ` ${f.years.length === 1 ? f.years[0] : `${f.years[0]}–${f.years[f.years.length - 1]}`}`;
  return `${where}${years}: ${f.computedText}`;
}

export function notCheckable(
  claim: ParsedClaim,
  reason: NotCheckableReason,
  summary: string,
  extra: { findings?: readonly Finding[]; qualifiers?: readonly string[] } = {},
): ClaimCheck {
  return {
    claim,
    verdict: 'not-checkable',
    summary,
    reason,
    findings: extra.findings ?? [],
    qualifiers: extra.qualifiers ?? [],
  };
}

/** The verdict of an assessment with at least one claimed finding. */
export function decide(claim: ParsedClaim, a: Assessment): ClaimCheck {
  const context = a.context ?? [];
  const holding = a.claimed.filter((f) => f.matches);
  const failing = a.claimed.filter((f) => !f.matches);
  if (failing.length === 0)
    return {
      claim,
      verdict: 'supported',
      summary: `Supported: ${a.phrase} holds in ${sourcesText(a.claimed.length)} (${a.readingText}: ${listText(holding.map(findingText))}).`,
      findings: [...a.claimed, ...context],
      qualifiers: a.qualifiers,
    };
  if (holding.length > 0)
    return {
      claim,
      verdict: 'partly-supported',
      summary: `Partly supported: ${a.phrase} holds only in ${listText(holding.map(findingText))}, not in ${listText(failing.map(findingText))} (${a.readingText}).`,
      findings: [...a.claimed, ...context],
      qualifiers: [`holds only in ${listText(holding.map(sourceOf))}`, ...a.qualifiers],
    };
  if (a.others.length > 0) {
    const more = a.otherCount - a.others.length;
    const shown = listText(a.others.map(findingText));
    return {
      claim,
      verdict: 'partly-supported',
      summary: `Partly supported: ${a.phrase} holds not for the ${a.readingText} but only for ${shown}${more > 0 ? ` (and ${more} more)` : ''}.`,
      findings: [...a.claimed, ...a.others, ...context],
      qualifiers: [`holds only for ${shown}${more > 0 ? ` and ${more} more` : ''}`, ...a.qualifiers],
    };
  }
  const closest = nearest(a.pool);
  return {
    claim,
    verdict: 'not-supported',
    summary: `Not supported: no source shows ${a.phrase} (${a.readingText})${closest ? `; the closest is ${findingText(closest)}` : ''}.`,
    findings: [...a.claimed, ...context],
    ...(closest ? { closest } : {}),
    qualifiers: a.qualifiers,
  };
}

function sourcesText(n: number): string {
  return n === 1 ? 'the one source with data' : n === 2 ? 'both sources' : `all ${n} sources`;
}

function sourceOf(f: Finding): string {
  return f.kind === 'series' ? f.series.source : f.quota.source;
}

/** The candidate nearest the claim; ties go to the first (callers list the claimed readings first). */
export function nearest(pool: readonly Candidate[]): Finding | undefined {
  let best: Candidate | undefined;
  for (const c of pool) if (Number.isFinite(c.distance) && (!best || c.distance < best.distance)) best = c;
  return best?.finding;
}
