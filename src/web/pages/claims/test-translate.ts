import i18next from 'i18next';
import en from '../../i18n/locales/en/claims.json' with { type: 'json' };
import fr from '../../i18n/locales/fr/claims.json' with { type: 'json' };
import ru from '../../i18n/locales/ru/claims.json' with { type: 'json' };
import type { Lang } from '../../i18n/i18n.ts';
import type { Translate } from './claim-words.ts';

/** The `claims` namespace's real strings, for the page's unit tests. */
export async function claimsT(lang: Lang): Promise<Translate> {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { en: { claims: en }, fr: { claims: fr }, ru: { claims: ru } },
    lng: lang,
    fallbackLng: false,
    ns: ['claims'],
    defaultNS: 'claims',
    interpolation: { escapeValue: false },
  });
  return (key, values) => i18n.t(key, values ?? {});
}
