import { locale } from '../i18n/format.ts';
import type { Lang } from '../i18n/i18n.ts';

/**
 * A number with exactly `digits` decimals in the reader's language (0.180, not 0.18), for index
 * values that are published at a fixed precision (GII, GDI, HDI: 3 decimals); `–` for missing.
 * Used by the country and compare pages; `formatNumber` in i18n/format.ts trims trailing zeros.
 */
export function formatFixed(lang: Lang, value: number | null | undefined, digits = 3): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(locale(lang), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}
