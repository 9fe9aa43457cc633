import { formatNumber, locale } from '../i18n/format.ts';
import type { Lang } from '../i18n/i18n.ts';
import { formatFixed } from './format-fixed.ts';

/** Units published at a fixed precision (HDR indices and ratios: 3 decimals). */
const FIXED: Readonly<Record<string, number>> = { index: 3, ratio: 3 };

/** Decimals shown for other units: whole counts for ranks and money, one decimal for rates. */
const DIGITS: Readonly<Record<string, number>> = {
  group: 0,
  rank: 0,
  'rank-difference': 0,
  'ppp-dollars': 0,
  'per-100000-live-births': 0,
  years: 1,
  'per-1000-women': 1,
  'tonnes-per-capita': 1,
  millions: 1,
  mixed: 1,
};

/**
 * A value in the reader's language as its unit is read: indices and ratios with 3 fixed decimals
 * (0.180), percentages with the locale's per-cent sign (27.1%, 27,1 %), a sign on per-cent changes,
 * whole numbers for ranks, dollars and maternal mortality; `–` for missing values.
 */
export function formatValue(lang: Lang, value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const fixed = FIXED[unit];
  if (fixed !== undefined) return formatFixed(lang, value, fixed);
  if (unit === 'percent' || unit === 'percent-change') {
    return new Intl.NumberFormat(locale(lang), {
      style: 'percent',
      maximumFractionDigits: 1,
      ...(unit === 'percent-change' ? { signDisplay: 'exceptZero' as const } : {}),
    }).format(value / 100);
  }
  return formatNumber(lang, value, DIGITS[unit] ?? 2);
}

/** A change between two values (same unit), always signed: `+0.012`, `−3.4` (per cent → points). */
export function formatChange(lang: Lang, change: number | null | undefined, unit: string): string {
  if (change === null || change === undefined || !Number.isFinite(change)) return '–';
  const digits = FIXED[unit] ?? (unit === 'percent' || unit === 'percent-change' ? 1 : (DIGITS[unit] ?? 2));
  return new Intl.NumberFormat(locale(lang), {
    minimumFractionDigits: FIXED[unit] ?? 0,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(change);
}
