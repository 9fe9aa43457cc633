import type { Lang } from './i18n.ts';

const LOCALES: Readonly<Record<Lang, string>> = { en: 'en-GB', fr: 'fr-FR', ru: 'ru-RU' };

/** A number for the reader's language (decimal comma in French and Russian); `–` for missing. */
export function formatNumber(lang: Lang, value: number | null | undefined, digits = 3): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits }).format(value);
}

/** A date (or ISO timestamp) for the reader's language. */
export function formatDate(lang: Lang, value: string | Date): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium' }).format(new Date(value));
}

export function locale(lang: Lang): string {
  return LOCALES[lang];
}
