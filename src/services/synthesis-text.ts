import i18next, { type TFunction } from 'i18next';
import type { Lang } from '../catalog/index.ts';
import en from './synthesis-text/en.json' with { type: 'json' };
import fr from './synthesis-text/fr.json' with { type: 'json' };
import ru from './synthesis-text/ru.json' with { type: 'json' };

/**
 * The words of a generated synthesis (synthesis-draft.ts and its sections, the export's banner) in
 * English, French or Russian: one message catalogue per language (synthesis-text/*.json, plural
 * forms as i18next's `_one/_few/_many/_other` suffixes), and numbers and dates through Intl.
 *
 * Interpolation does not escape: every value is Markdown the caller has already made safe (user
 * text through `mdText`), and values are never read as nested keys (i18next's `skipOnVariables`).
 */

const CATALOGUES = { en, fr, ru } as const;

/** Intl locales: British English writes "30 June 2024", as UN documents do. */
const LOCALES: Readonly<Record<Lang, string>> = { en: 'en-GB', fr: 'fr-FR', ru: 'ru-RU' };

const i18n = i18next.createInstance();
void i18n.init({
  resources: Object.fromEntries(
    Object.entries(CATALOGUES).map(([lang, words]) => [lang, { synthesis: words }]),
  ),
  ns: ['synthesis'],
  defaultNS: 'synthesis',
  lng: 'en',
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false, skipOnVariables: true },
  returnNull: false,
});

export interface SynthesisText {
  readonly lang: Lang;
  readonly t: TFunction;
  /** A count for a sentence: `count` picks the plural form, `n` is the number as the language writes it. */
  count(n: number): { count: number; n: string };
  /** A number with a fixed count of decimals (`digits`), or up to `maxDigits` when given. */
  number(value: number, digits?: number, maxDigits?: number): string;
  /** A day ("30 June 2024", "30 juin 2024", "30 июня 2024 г.") from a date or an ISO 8601 text (UTC). */
  date(value: Date | string): string;
  /** Two days as one range ("21–22 October 2024"); one day when both are the same. */
  dateRange(from: string, to: string): string;
  /** Text in the language's quotation marks. */
  quote(text: string): string;
  /** Text Parity has only in English (Markdown already escaped): marked as such outside English. */
  english(markdown: string): string;
}

const texts = new Map<Lang, SynthesisText>();

export function synthesisText(lang: Lang): SynthesisText {
  const known = texts.get(lang);
  if (known) return known;
  const t = i18n.getFixedT(lang);
  const locale = LOCALES[lang];
  const day = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const text: SynthesisText = {
    lang,
    t,
    count: (n) => ({ count: n, n: new Intl.NumberFormat(locale).format(n) }),
    number: (value, digits = 0, maxDigits = digits) =>
      new Intl.NumberFormat(locale, {
        minimumFractionDigits: digits,
        maximumFractionDigits: Math.max(digits, maxDigits),
      }).format(value),
    date: (value) => day.format(asDate(value)),
    dateRange: (from, to) => day.formatRange(asDate(from), asDate(to)),
    quote: (s) => t('quote', { text: s }),
    english: (markdown) => (lang === 'en' ? markdown : `*${t('inEnglish')}* ${markdown}`),
  };
  texts.set(lang, text);
  return text;
}

/** A date-only text (`2024-06-30`) is that day in UTC, as `Date` reads it. */
function asDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

/** The marks `english` puts before English-only text, in every language but English. */
export const ENGLISH_MARKS: readonly string[] = (['fr', 'ru'] as const).map((l) => CATALOGUES[l].inEnglish);
