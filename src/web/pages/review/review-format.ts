import { locale } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/i18n.ts';

/** A calendar day (`YYYY-MM-DD`) as the reader writes it, the same in every time zone. */
export function formatDay(lang: Lang, day: string): string {
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day.slice(0, 10)}T00:00:00Z`),
  );
}

/** A moment (ISO 8601) with its time, in the reader's time zone. */
export function formatMoment(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** Two calendar days as one span ("21 – 22 Oct 2024"), as Intl writes ranges in the language. */
export function formatDays(lang: Lang, from: string, to: string): string {
  const f = new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeZone: 'UTC' });
  const a = new Date(`${from.slice(0, 10)}T00:00:00Z`);
  const b = new Date(`${to.slice(0, 10)}T00:00:00Z`);
  return from === to ? f.format(a) : f.formatRange(a, b);
}
