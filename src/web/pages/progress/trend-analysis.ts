import { formatChange, formatValue } from '../../components/format-value.ts';
import { locale } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { lineAt } from './progress-data.ts';
import type { Change, Direction, SeriesHead, YearValue } from './progress-types.ts';
import type {
  ExtremeChanges,
  NotApplicable,
  NotEnoughData,
  SeriesTrend,
  TimeToTarget,
  TrendResult,
  TrendView,
  Weighting,
} from './trend-types.ts';

/** The years with a value in any of the series (the row and its other editions), ascending. */
export function seriesYears(series: readonly { readonly points: readonly YearValue[] }[]): number[] {
  return [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
}

/** The trend window asked for; an absent end means the series' own first or last year. */
export interface TrendWindow {
  readonly from?: number;
  readonly to?: number;
}

/**
 * The window in the URL (`?from=&to=`): each end kept only when it is a year of the series, and
 * both dropped when they leave nothing between them, so that a link made for another indicator
 * falls back to the whole span instead of a refused request.
 */
export function parseWindow(
  fromRaw: string | null,
  toRaw: string | null,
  years: readonly number[],
): TrendWindow {
  const read = (raw: string | null): number | undefined => {
    const y = raw !== null && /^\d{4}$/.test(raw.trim()) ? Number(raw.trim()) : undefined;
    return y !== undefined && years.includes(y) ? y : undefined;
  };
  const from = read(fromRaw);
  const to = read(toRaw);
  if (from !== undefined && to !== undefined && to <= from) return {};
  return { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
}

/** The years each end of the window can take: a start before the chosen end, an end after the chosen start. */
export function windowChoices(
  years: readonly number[],
  window: TrendWindow,
): { readonly from: number[]; readonly to: number[] } {
  const last = years[years.length - 1];
  const first = years[0];
  return {
    from: years.filter((y) => last !== undefined && y < (window.to ?? last)),
    to: years.filter((y) => first !== undefined && y > (window.from ?? first)),
  };
}

/**
 * What a window choice puts in the URL: nothing for the series' own first or last year (the
 * default), so that a shared link stays short and follows new data.
 */
export function windowParam(year: number, years: readonly number[], end: 'from' | 'to'): string | null {
  const bound = end === 'from' ? years[0] : years[years.length - 1];
  return year === bound ? null : String(year);
}

function sameBreakdown(a: SeriesHead, b: SeriesHead): boolean {
  const dims = (s: SeriesHead): string =>
    JSON.stringify(Object.entries(s.dims).sort(([x], [y]) => x.localeCompare(y)));
  return a.breakdown === b.breakdown && dims(a) === dims(b);
}

/**
 * The API's series that are the row's series in each edition (same breakdown and dimensions), the
 * row's own edition first, the others in the API's order (newest data first). Empty when the API
 * has none of them (it computes trends of each edition's headline series only, not of a derived
 * female-to-male ratio or an extra series).
 */
export function rowTrends(view: TrendView, row: { readonly series: SeriesHead }): SeriesTrend[] {
  const same = view.series.filter((s) => sameBreakdown(s.series, row.series));
  const own = (s: SeriesTrend): boolean =>
    s.series.dataset === row.series.dataset && s.series.edition === row.series.edition;
  return [...same.filter(own), ...same.filter((s) => !own(s))];
}

/** Why a measure has no value, as a key under `trend.reason` and the years it names. */
export function reasonOf(r: NotEnoughData | NotApplicable): {
  readonly key: string;
  readonly years: readonly number[];
} {
  if (r.reason === 'not-applicable') return { key: 'trend.reason.not-applicable', years: [] };
  return { key: `trend.reason.${r.gap}`, years: r.missingYears ?? [] };
}

/**
 * The value of the fitted line in `year`: the API's projection when it is for that year (2030),
 * else the API's line read at that year (the page's target year may be another), or why there is
 * no line.
 */
export function projectionAt(
  s: SeriesTrend,
  weighting: Weighting,
  year: number,
  apiYear: number,
): TrendResult<{ readonly year: number; readonly value: number }> {
  const p = s.projections[weighting];
  if (year === apiYear && p.ok) return { ok: true, year, value: p.projection.value };
  const f = s.fits[weighting];
  if (!f.ok) return f;
  return { ok: true, year, value: lineAt(f.fit, year) };
}

/** A time to the target as shown: the years rounded as the progress table does, and the first whole year. */
export type TimeShown =
  | { readonly kind: 'reached' }
  | { readonly kind: 'never' }
  | { readonly kind: 'years'; readonly years: number; readonly digits: number; readonly year: number };

export function timeShown(t: TimeToTarget): TimeShown {
  if (t.status === 'reached') return { kind: 'reached' };
  if (t.status === 'not-at-this-pace') return { kind: 'never' };
  // One decimal below ten years, whole years above: the count shown is what chooses the plural.
  const digits = t.years < 10 ? 1 : 0;
  return { kind: 'years', years: Number(t.years.toFixed(digits)), digits, year: Math.ceil(t.year) };
}

/** Where a year stands in the largest improvement and deterioration: their first or last year. */
export type WindowEnd = 'start' | 'end' | undefined;

export function windowEnds(
  ex: ExtremeChanges,
  year: number,
): { readonly improvement: WindowEnd; readonly deterioration: WindowEnd } {
  const end = (c: ExtremeChanges['improvement']): WindowEnd =>
    c?.from.year === year ? 'start' : c?.to.year === year ? 'end' : undefined;
  return { improvement: end(ex.improvement), deterioration: end(ex.deterioration) };
}

/**
 * The words for the two extremes: improvement and deterioration, except for a neutral indicator,
 * where the core counts a rise as the "improvement" and nothing is better or worse.
 */
export function extremeKeys(direction: Direction): {
  readonly improvement: string;
  readonly deterioration: string;
} {
  return direction === 'neutral'
    ? { improvement: 'trend.largestRise', deterioration: 'trend.largestFall' }
    : { improvement: 'trend.largestImprovement', deterioration: 'trend.largestDeterioration' };
}

/**
 * A slope per year with its sign and three significant digits, whatever the unit: a GII falls by
 * −0.00933 a year (3 decimals would make the ordinary and time-weighted slopes look the same).
 */
export function formatSlope(lang: Lang, slope: number): string {
  if (!Number.isFinite(slope)) return '–';
  return new Intl.NumberFormat(locale(lang), {
    maximumSignificantDigits: 3,
    signDisplay: 'exceptZero',
  }).format(slope);
}

/** A change in the reader's language, in parts for a sentence or a table cell. */
export interface ChangeText {
  /** `2000–2022`. */
  readonly window: string;
  readonly from: string;
  readonly to: string;
  /** Signed, in the unit (points for a percentage). */
  readonly absolute: string;
  /** Signed per cent, `–` when the base is zero. */
  readonly relative: string;
}

export function changeText(lang: Lang, c: Change, unit: string): ChangeText {
  return {
    window: `${c.from.year}–${c.to.year}`,
    from: formatValue(lang, c.from.value, unit),
    to: formatValue(lang, c.to.value, unit),
    absolute: formatChange(lang, c.absolute, unit),
    relative: percentChange(lang, c.relative),
  };
}

/** A fraction as a signed per cent (−0.546 → −54.6 %), `–` when there is none. */
export function percentChange(lang: Lang, fraction: number | null | undefined): string {
  return fraction === null || fraction === undefined
    ? '–'
    : formatValue(lang, fraction * 100, 'percent-change');
}

/** Every year as a tick on a short span (Plot would put 2022.5 between two years), else about five. */
export function yearTicks(years: readonly number[]): number | number[] {
  if (years.length === 0) return 5;
  const first = Math.min(...years);
  const last = Math.max(...years);
  if (last - first > 6) return 5;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The years a window covers: `2000–2023`, or one year alone. */
export function spanText(points: readonly YearValue[]): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return '–';
  return first.year === last.year ? String(first.year) : `${first.year}–${last.year}`;
}
