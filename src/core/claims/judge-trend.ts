import { cleanSeries } from '../trend.ts';
import type { YearValue } from '../stats.ts';
import type { ClaimAssertion, ClaimYears } from './claim.ts';
import { metaOf, type EvidenceSeries, type Finding, type JudgeParams } from './evidence.ts';
import { bare, signed, unitDecimals } from './figures.ts';
import type { Assessment, Candidate } from './verdict.ts';

/**
 * Direction-only claims ("increased female leadership"): the value must have moved the claimed
 * way over the window the claim names (its first and last values inside it), or else over the
 * last `trendYears` years of each series (from the first value at or after latest − trendYears).
 * The direction is of the value, not of progress: "the GII decreased" asks for a fall.
 */

export type TrendAssertion = Extract<ClaimAssertion, { kind: 'trend' }>;

function windowOf(
  points: readonly YearValue[],
  years: ClaimYears,
  params: JudgeParams,
): [YearValue, YearValue] | undefined {
  if (points.length < 2) return undefined;
  const latest = points[points.length - 1]!;
  const named = years.from !== undefined || years.to !== undefined;
  const start = named ? (years.from ?? -Infinity) : latest.year - params.trendYears;
  const end = named ? (years.to ?? Infinity) : latest.year;
  const inside = points.filter((p) => p.year >= start && p.year <= end);
  const first = inside[0];
  const last = inside[inside.length - 1];
  return first && last && last.year > first.year ? [first, last] : undefined;
}

export function assessTrend(
  a: TrendAssertion,
  years: ClaimYears,
  evidence: readonly EvidenceSeries[],
  params: JudgeParams,
  role: 'claimed' | 'context' = 'claimed',
): Omit<Assessment, 'phrase'> {
  const claimed: Finding[] = [];
  const pool: Candidate[] = [];
  const sign = a.direction === 'increase' ? 1 : -1;
  for (const s of evidence) {
    const w = windowOf(cleanSeries(s.points), years, params);
    if (!w) continue;
    const [from, to] = w;
    const delta = to.value - from.value;
    const text = `${signed(delta, unitDecimals(s.unit))}${s.unit === 'percent' ? ' points' : ''}`;
    const f: Finding = {
      kind: 'series',
      role,
      series: metaOf(s),
      years: [from.year, to.year],
      values: [from.value, to.value],
      computed: delta,
      computedText: text,
      computation: `${bare(to.value, s.unit)} − ${bare(from.value, s.unit)} = ${text}`,
      matches: sign * delta > 0,
    };
    claimed.push(f);
    pool.push({ finding: f, distance: -sign * delta });
  }
  const named = years.from !== undefined || years.to !== undefined;
  return {
    claimed,
    others: [],
    otherCount: 0,
    pool,
    readingText: named
      ? `${years.from ?? 'first year'}–${years.to ?? 'latest year'}`
      : `last ${params.trendYears} years of data`,
    qualifiers: [],
  };
}
