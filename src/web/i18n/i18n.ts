import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

export type Lang = 'en' | 'fr' | 'ru';
export const LANGS: readonly Lang[] = ['en', 'fr', 'ru'];
export const LANG_NAMES: Readonly<Record<Lang, string>> = { en: 'English', fr: 'Français', ru: 'Русский' };

// Every JSON file under locales/<lang>/ is a namespace named after the file (common.json → "common"),
// so each page keeps its strings in its own file.
const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', { eager: true });
const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [path, mod] of Object.entries(files)) {
  const [, lang, ns] = /\.\/locales\/(\w+)\/([\w-]+)\.json$/.exec(path) ?? [];
  if (!lang || !ns) continue;
  (resources[lang] ??= {})[ns] = mod.default;
}

export function isLang(s: string | null | undefined): s is Lang {
  return s === 'en' || s === 'fr' || s === 'ru';
}

/** The language in the URL (`?lang=`), else English. */
export function langFromUrl(search: string = window.location.search): Lang {
  const lang = new URLSearchParams(search).get('lang');
  return isLang(lang) ? lang : 'en';
}

void i18next.use(initReactI18next).init({
  resources,
  lng: langFromUrl(),
  fallbackLng: 'en',
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18next;
