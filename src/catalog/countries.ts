import { createRequire } from 'node:module';
import countriesLib from 'i18n-iso-countries';

/** A language of the UI and of country names: UNECE's three official languages. */
export type Lang = 'en' | 'fr' | 'ru';
export const LANGS: readonly Lang[] = ['en', 'fr', 'ru'];

export interface Country {
  readonly iso3: string;
  readonly iso2: string;
  /** UN M49 numeric code, three digits with leading zeros. */
  readonly m49: string;
  readonly names: Readonly<Record<Lang, string>>;
}

const require = createRequire(import.meta.url);
for (const lang of LANGS) countriesLib.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));

/**
 * Every country and territory in ISO 3166-1 (plus Kosovo, XK/XKX, as the library carries it),
 * with names from the maintained `i18n-iso-countries` package rather than typed by hand.
 */
export const countries: readonly Country[] = Object.keys(countriesLib.getAlpha3Codes())
  .map((iso3): Country => {
    const iso2 = countriesLib.alpha3ToAlpha2(iso3)!;
    const names = Object.fromEntries(
      LANGS.map((lang) => [lang, countriesLib.getName(iso2, lang, { select: 'official' }) ?? iso3]),
    ) as Record<Lang, string>;
    return { iso3, iso2, m49: countriesLib.alpha3ToNumeric(iso3) ?? '', names };
  })
  .sort((a, b) => a.iso3.localeCompare(b.iso3));

const byIso3 = new Map(countries.map((c) => [c.iso3, c]));
const byIso2 = new Map(countries.map((c) => [c.iso2, c]));
const byM49 = new Map(countries.filter((c) => c.m49).map((c) => [c.m49, c]));

export function countryByIso3(iso3: string): Country | undefined {
  return byIso3.get(iso3.toUpperCase());
}

export function countryByIso2(iso2: string): Country | undefined {
  return byIso2.get(iso2.toUpperCase());
}

/** Accepts `8`, `08` or `008`. */
export function countryByM49(m49: string | number): Country | undefined {
  return byM49.get(String(m49).trim().padStart(3, '0'));
}
