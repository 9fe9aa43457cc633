import { cleanSeries } from '../trend.ts';
import type { YearValue } from '../stats.ts';
import type { ClaimAssertion, ClaimYears } from './claim.ts';
import { metaOf, type EvidenceSeries, type Finding, type JudgeParams } from './evidence.ts';
import { COMPARATOR_WORDS, figureTolerance, meetsLevel, ordinal, valueText, yearRanges } from './figures.ts';
import type { Assessment, Candidate } from './verdict.ts';

/**
 * Level and rank claims, read in the year the claim names or else at each series' latest value:
 * - level: the comparator of the claim (figures.ts `meetsLevel`); a percentage is only read
 *   against series measured in per cent. Without a year, the other years of each series where
 *   the level held are found too (for partly-supported: "held in 2017–2021");
 * - rank: exactly the stated position, in series whose unit is `rank` (hdr.gii_rank, …).
 */

export type LevelAssertion = Extract<ClaimAssertion, { kind: 'level' }>;
export type RankAssertion = Extract<ClaimAssertion, { kind: 'rank' }>;

const PERCENT_UNITS = new Set(['percent', 'percent-change', 'mixed']);

/** Series a level claim can be read against: per-cent series for a percentage; never ranks. */
export function levelSeries(a: LevelAssertion, evidence: readonly EvidenceSeries[]): EvidenceSeries[] {
  return evidence.filter((s) => s.unit !== 'rank' && (a.unit !== 'percent' || PERCENT_UNITS.has(s.unit)));
}

function claimedYear(years: ClaimYears): number | undefined {
  return years.to ?? years.from;
}

function pointOf(points: readonly YearValue[], year: number | undefined): YearValue | undefined {
  return year === undefined ? points[points.length - 1] : points.find((p) => p.year === year);
}

function levelFinding(
  role: Finding['role'],
  s: EvidenceSeries,
  p: YearValue,
  a: LevelAssertion,
  params: JudgeParams,
): Finding {
  const stated = `${COMPARATOR_WORDS[a.comparator]} ${a.value}${a.unit === 'percent' ? ' %' : ''}`;
  const band = a.comparator === 'about' ? ` (±${+figureTolerance(a.value, params).toPrecision(3)})` : '';
  return {
    kind: 'series',
    role,
    series: metaOf(s),
    years: [p.year],
    values: [p.value],
    computed: p.value,
    computedText: valueText(p.value, s.unit),
    computation: `${valueText(p.value, s.unit)} in ${p.year}; claimed ${stated}${band}`,
    matches: meetsLevel(p.value, a.value, a.comparator, params),
  };
}

export function assessLevel(
  a: LevelAssertion,
  years: ClaimYears,
  evidence: readonly EvidenceSeries[],
  params: JudgeParams,
): Omit<Assessment, 'phrase'> {
  const year = claimedYear(years);
  const claimed: Finding[] = [];
  const others: Finding[] = [];
  const pool: Candidate[] = [];
  const qualifiers: string[] = [];
  let otherCount = 0;
  for (const s of evidence) {
    const points = cleanSeries(s.points);
    const p = pointOf(points, year);
    if (!p) continue;
    const f = levelFinding('claimed', s, p, a, params);
    claimed.push(f);
    pool.push({ finding: f, distance: Math.abs(p.value - a.value) });
    if (year !== undefined) continue;
    const held = points.filter(
      (q) => q.year !== p.year && meetsLevel(q.value, a.value, a.comparator, params),
    );
    if (held.length === 0) continue;
    otherCount += held.length;
    others.push(levelFinding('other-window', s, held[held.length - 1]!, a, params));
    qualifiers.push(
      `${s.source} held it in ${yearRanges(held.map((q) => q.year))}, not in its latest year ${p.year}`,
    );
  }
  return {
    claimed,
    others,
    otherCount,
    pool,
    readingText: year === undefined ? 'latest value of each source' : `in ${year}`,
    qualifiers: claimed.some((f) => f.matches) ? [] : qualifiers,
  };
}

export function assessRank(
  a: RankAssertion,
  years: ClaimYears,
  evidence: readonly EvidenceSeries[],
): Omit<Assessment, 'phrase'> {
  const year = claimedYear(years);
  const claimed: Finding[] = [];
  const pool: Candidate[] = [];
  for (const s of evidence) {
    const p = pointOf(cleanSeries(s.points), year);
    if (!p) continue;
    const f: Finding = {
      kind: 'series',
      role: 'claimed',
      series: metaOf(s),
      years: [p.year],
      values: [p.value],
      computed: p.value,
      computedText: ordinal(p.value),
      computation: `${s.name} ${p.year}: ${ordinal(p.value)}; claimed ${ordinal(a.rank)}`,
      matches: p.value === a.rank,
    };
    claimed.push(f);
    pool.push({ finding: f, distance: Math.abs(p.value - a.rank) });
  }
  return {
    claimed,
    others: [],
    otherCount: 0,
    pool,
    readingText: year === undefined ? 'latest ranking of each source' : `in ${year}`,
    qualifiers:
      a.outOf === undefined
        ? []
        : [`"out of ${a.outOf}" is not checked: the rank series do not say how many countries were ranked`],
  };
}
