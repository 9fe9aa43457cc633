import type { ClaimYears, Span } from './claim.ts';

/**
 * The years a clause names. A window is read from "between A and B", "from A to B", "A–B",
 * "с A по B", "между A и B"; a start from "since A", "с A года"; single years from "in A",
 * "by A", "в A году", "к A году" or a bare year. Words without a number ("over the past
 * decade", "in recent years") give nothing: years are never invented.
 *
 * Result: a window gives `from` and `to`; "since A" gives `from` alone (to the latest data);
 * one single year gives `to` alone (the year the value is for); two or more single years give
 * the first as `from` and the last as `to` ("from 20% in 2015 … 27% in 2023").
 */

export interface YearsFound {
  readonly years: ClaimYears;
  /** Every year number found, relative to the text: amounts overlapping these are not amounts. */
  readonly spans: readonly Span[];
}

const Y = '(19[5-9]\\d|20\\d\\d)';
const YEAR_BOUND_BEFORE = '(?<![\\p{L}\\p{N}.,+])';
const YEAR_BOUND_AFTER = '(?![\\p{N}%]|[.,]\\d)';
const YEAR = `${YEAR_BOUND_BEFORE}${Y}${YEAR_BOUND_AFTER}`;
/** Russian writes "2015 года", "2022 г.", "2015–2022 гг.": the suffix is optional and skipped. */
const RU_SUFFIX = '(?:\\s*(?:гг?\\.|год[а-яё]*))?';

const RANGES: readonly RegExp[] = [
  new RegExp(
    `(?:between|from)\\s+(?:the\\s+years?\\s+)?${YEAR}\\s+(?:and|to|until|till|through|thru)\\s+${YEAR}`,
    'giu',
  ),
  new RegExp(`(?:между|с)\\s+${YEAR}${RU_SUFFIX}\\s+(?:и|по|до)\\s+${YEAR}`, 'giu'),
  new RegExp(`${YEAR}\\s*[-–—]\\s*${YEAR}`, 'giu'),
  // "2004/05", "2015-16": a second year of two digits.
  new RegExp(`${YEAR}\\s*[/–-]\\s*(\\d{2})(?![\\p{N}%])`, 'giu'),
];

const SINCE = new RegExp(
  `(?<![\\p{L}])(?:since|starting\\s+in|с|начиная\\s+с)\\s+(?:the\\s+year\\s+)?${YEAR}`,
  'iu',
);

const ANY_YEAR = new RegExp(YEAR, 'gu');

function yearOf(raw: string, base?: number): number {
  if (raw.length === 2 && base !== undefined) return Math.floor(base / 100) * 100 + Number(raw);
  return Number(raw);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function findYears(text: string): YearsFound {
  const spans: Span[] = [...text.matchAll(ANY_YEAR)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (const re of RANGES) {
    for (const m of text.matchAll(re)) {
      const from = yearOf(m[1]!);
      const to = yearOf(m[2]!, from);
      if (to <= from) continue;
      // the two-digit end of "2004/05" is a year too
      const whole = { start: m.index, end: m.index + m[0].length };
      const extra = spans.some((s) => s.start > whole.start && overlaps(s, whole))
        ? []
        : [{ start: whole.end - m[2]!.length, end: whole.end }];
      return { years: { from, to }, spans: [...spans, ...extra] };
    }
  }
  const since = SINCE.exec(text);
  const singles = spans.map((s) => Number(text.slice(s.start, s.end)));
  if (since) {
    const from = Number(since[1]);
    const later = singles.filter((y) => y > from);
    return { years: later.length > 0 ? { from, to: later[later.length - 1]! } : { from }, spans };
  }
  if (singles.length === 0) return { years: {}, spans };
  if (singles.length === 1) return { years: { to: singles[0]! }, spans };
  const from = singles[0]!;
  const to = singles[singles.length - 1]!;
  return { years: from < to ? { from, to } : { to }, spans };
}
