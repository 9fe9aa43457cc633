import { cleanSeries } from '../trend.ts';
import type { YearValue } from '../stats.ts';
import type { ClaimAssertion, ClaimYears } from './claim.ts';
import { metaOf, type EvidenceSeries, type Finding, type JudgeParams } from './evidence.ts';
import { bare, figureTolerance, fixed, signed, unitDecimals } from './figures.ts';
import type { Assessment, Candidate } from './verdict.ts';

/**
 * Change claims ("a 60 % reduction", "rose by 10 points", "doubled"):
 * - `percent` is the relative change (to − from) / from; `points` the absolute change in the
 *   indicator's unit; `times` the ratio (from / to for a fall, to / from for a rise);
 * - the direction must be the claimed one (any for `unspecified`), and the size within the
 *   tolerance of the stated figure (figures.ts; `factorTolerance` for `times`);
 * - with years, that window is read in each series (from the first year when only the end is
 *   named, to the latest when only the start is); without, the natural reading is first → latest
 *   year of each series, and every other pair of years is searched too.
 */

export type ChangeAssertion = Extract<ClaimAssertion, { kind: 'change' }>;

interface Measured {
  readonly computed: number;
  readonly computedText: string;
  readonly computation: string;
  readonly matches: boolean;
  /** |size − claimed size| when the direction is the claimed one, else Infinity. */
  readonly distance: number;
}

function directionHolds(a: ChangeAssertion, delta: number): boolean {
  if (a.direction === 'decrease') return delta < 0;
  if (a.direction === 'increase') return delta > 0;
  return delta !== 0;
}

/** The change from one point to another as the claim measures it; undefined when it has no value (zero base). */
export function measureChange(
  a: ChangeAssertion,
  from: YearValue,
  to: YearValue,
  unit: string,
  params: JudgeParams,
): Measured | undefined {
  const delta = to.value - from.value;
  const inDirection = directionHolds(a, delta);
  const [f, t] = [bare(from.value, unit), bare(to.value, unit)];
  if (a.unit === 'percent') {
    if (from.value === 0) return undefined;
    const relative = (delta / from.value) * 100;
    const text = `${signed(relative, 1)} %`;
    const distance = inDirection ? Math.abs(Math.abs(relative) - a.amount) : Infinity;
    return {
      computed: relative,
      computedText: text,
      computation: `(${t} − ${f}) / ${f} = ${text}`,
      matches: distance <= figureTolerance(a.amount, params) + 1e-9,
      distance,
    };
  }
  if (a.unit === 'points') {
    const decimals = Math.max(unitDecimals(unit), Math.min(3, String(a.amount).split('.')[1]?.length ?? 0));
    const text = `${signed(delta, decimals)}${unit === 'percent' ? ' points' : ''}`;
    const distance = inDirection ? Math.abs(Math.abs(delta) - a.amount) : Infinity;
    return {
      computed: delta,
      computedText: text,
      computation: `${t} − ${f} = ${text}`,
      matches: distance <= figureTolerance(a.amount, params) + 1e-9,
      distance,
    };
  }
  if (from.value <= 0 || to.value <= 0) return undefined;
  const claimed = a.amount < 1 ? 1 / a.amount : a.amount;
  const falls = a.direction === 'decrease' || (a.direction === 'unspecified' && delta < 0);
  const factor = falls ? from.value / to.value : to.value / from.value;
  const text = `${fixed(factor, 2)}×`;
  const distance = inDirection ? Math.abs(factor - claimed) : Infinity;
  return {
    computed: factor,
    computedText: text,
    computation: falls ? `${f} / ${t} = ${text}` : `${t} / ${f} = ${text}`,
    matches: distance <= params.factorTolerance * claimed + 1e-9,
    distance,
  };
}

function finding(
  role: Finding['role'],
  s: EvidenceSeries,
  from: YearValue,
  to: YearValue,
  m: Measured,
): Finding {
  return {
    kind: 'series',
    role,
    series: metaOf(s),
    years: [from.year, to.year],
    values: [from.value, to.value],
    computed: m.computed,
    computedText: m.computedText,
    computation: m.computation,
    matches: m.matches,
  };
}

/** The window the claim names in a series, or first → latest year; undefined when a year is missing. */
function claimedWindow(points: readonly YearValue[], years: ClaimYears): [YearValue, YearValue] | undefined {
  if (points.length < 2) return undefined;
  const from = years.from === undefined ? points[0] : points.find((p) => p.year === years.from);
  const to = years.to === undefined ? points[points.length - 1] : points.find((p) => p.year === years.to);
  return from && to && to.year > from.year ? [from, to] : undefined;
}

/** Assesses a change claim against every series; `claimed` is empty when no series has the window. */
export function assessChange(
  a: ChangeAssertion,
  years: ClaimYears,
  evidence: readonly EvidenceSeries[],
  params: JudgeParams,
): Omit<Assessment, 'phrase'> & { readonly missing: readonly string[] } {
  const named = years.from !== undefined || years.to !== undefined;
  const claimed: Finding[] = [];
  const others: Finding[] = [];
  const pool: Candidate[] = [];
  const missing: string[] = [];
  let otherCount = 0;
  for (const s of evidence) {
    const points = cleanSeries(s.points);
    const window = claimedWindow(points, years);
    const m = window && measureChange(a, window[0], window[1], s.unit, params);
    if (window && m) {
      const f = finding('claimed', s, window[0], window[1], m);
      claimed.push(f);
      pool.push({ finding: f, distance: m.distance });
    } else if (named && points.length > 0) missing.push(s.source);
    if (named || !window) continue;
    const search = searchWindows(a, s, points, window, params);
    otherCount += search.holding;
    if (search.best) others.push(search.best);
    pool.push(...search.pool);
  }
  return {
    claimed,
    others,
    otherCount,
    pool,
    missing,
    readingText: named ? windowText(years) : 'first to latest year',
    qualifiers: [],
  };
}

function windowText(years: ClaimYears): string {
  if (years.from !== undefined && years.to !== undefined) return `${years.from}–${years.to}`;
  return years.from !== undefined ? `${years.from} to latest year` : `first year to ${years.to}`;
}

/**
 * Every other window of a series: how many hold, the one to show (the longest, then the latest),
 * and every window in the claimed direction as a candidate for `closest`.
 */
function searchWindows(
  a: ChangeAssertion,
  s: EvidenceSeries,
  points: readonly YearValue[],
  natural: readonly [YearValue, YearValue],
  params: JudgeParams,
): { holding: number; best: Finding | undefined; pool: Candidate[] } {
  let holding = 0;
  let best: { from: YearValue; to: YearValue; m: Measured } | undefined;
  const pool: Candidate[] = [];
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) {
      const from = points[i]!;
      const to = points[j]!;
      if (from.year === natural[0].year && to.year === natural[1].year) continue;
      const m = measureChange(a, from, to, s.unit, params);
      if (!m || !Number.isFinite(m.distance)) continue;
      pool.push({ finding: finding('other-window', s, from, to, m), distance: m.distance });
      if (!m.matches) continue;
      holding++;
      const span = to.year - from.year;
      if (
        !best ||
        span > best.to.year - best.from.year ||
        (span === best.to.year - best.from.year && to.year > best.to.year)
      )
        best = { from, to, m };
    }
  return { holding, best: best && finding('other-window', s, best.from, best.to, best.m), pool };
}
