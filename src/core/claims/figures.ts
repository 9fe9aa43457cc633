import type { ClaimAssertion } from './claim.ts';
import type { JudgeParams } from './evidence.ts';

/**
 * Reading stated figures against data: the tolerance of a figure, comparators, and the numbers
 * as the judge writes them (a real minus sign, the unit's usual decimals).
 */

/** Decimals written in a number as JavaScript prints it (60 → 0, 54.6 → 1, 0.182 → 3). */
export function statedDecimals(value: number): number {
  const text = String(Math.abs(value));
  if (text.includes('e')) return 0;
  return text.split('.')[1]?.length ?? 0;
}

/**
 * How far the data may lie from a stated figure and still match it: the larger of
 * `lastDigitFraction` of a unit of the last digit stated (0.5 for "60", 0.05 for "54.6") and
 * `relativeTolerance` of the figure (1.5 for 60). A figure is read as rounded, and people round.
 */
export function figureTolerance(stated: number, params: JudgeParams): number {
  const digit = params.lastDigitFraction * 10 ** -statedDecimals(stated);
  return Math.max(digit, params.relativeTolerance * Math.abs(stated));
}

type Comparator = Extract<ClaimAssertion, { kind: 'level' }>['comparator'];

/**
 * Whether a value satisfies a stated level:
 * - about: |value − stated| ≤ tolerance;
 * - at-least / at-most: value ≥ stated (≤), allowing the last-digit rounding of the stated figure
 *   ("at least 27 %" holds for 26.96 %), not the relative part;
 * - more-than / less-than ("over", "under"): strictly.
 */
export function meetsLevel(
  value: number,
  stated: number,
  comparator: Comparator,
  params: JudgeParams,
): boolean {
  const rounding = params.lastDigitFraction * 10 ** -statedDecimals(stated);
  switch (comparator) {
    case 'about':
      return Math.abs(value - stated) <= figureTolerance(stated, params) + 1e-9;
    case 'at-least':
      return value >= stated - rounding;
    case 'at-most':
      return value <= stated + rounding;
    case 'more-than':
      return value > stated;
    case 'less-than':
      return value < stated;
  }
}

export const COMPARATOR_WORDS: Readonly<Record<Comparator, string>> = {
  about: 'about',
  'at-least': 'at least',
  'at-most': 'at most',
  'more-than': 'more than',
  'less-than': 'less than',
};

/** A number with a real minus sign and at most `decimals` decimals (trailing zeros kept). */
export function fixed(value: number, decimals: number): string {
  const text = Math.abs(value).toFixed(decimals);
  return Number(text) === 0 ? text : `${value < 0 ? '−' : ''}${text}`;
}

/** As `fixed`, with a plus sign on positive values: for changes. */
export function signed(value: number, decimals: number): string {
  const text = fixed(value, decimals);
  return value > 0 && Number(Math.abs(value).toFixed(decimals)) !== 0 ? `+${text}` : text;
}

/** Decimals a value of the unit is shown with: indices 0.370, shares 27.1, ranks 50. */
export function unitDecimals(unit: string): number {
  switch (unit) {
    case 'index':
    case 'ratio':
      return 3;
    case 'rank':
    case 'rank-difference':
    case 'group':
    case 'ppp-dollars':
    case 'per-100000-live-births':
      return 0;
    default:
      return 1;
  }
}

/** A value in its unit's usual form: `0.370`, `27.1 %`, `50`. */
export function valueText(value: number, unit: string): string {
  const text = fixed(value, unitDecimals(unit));
  return unit === 'percent' || unit === 'percent-change' ? `${text} %` : text;
}

/** A value without unit sign, for computations: `0.370`, `27.1`. */
export function bare(value: number, unit: string): string {
  return fixed(value, unitDecimals(unit));
}

/** Years as ranges: [2017, 2018, 2019, 2021] → `2017–2019, 2021`. */
export function yearRanges(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

/** An English ordinal: 1st, 2nd, 3rd, 11th, 42nd. */
export function ordinal(n: number): string {
  const mod100 = n % 100;
  const suffix =
    mod100 >= 11 && mod100 <= 13
      ? 'th'
      : n % 10 === 1
        ? 'st'
        : n % 10 === 2
          ? 'nd'
          : n % 10 === 3
            ? 'rd'
            : 'th';
  return `${n}${suffix}`;
}

/** A list in English: `a`, `a and b`, `a, b and c`. */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
