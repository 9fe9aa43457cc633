import { countries, indicators } from '../catalog/index.ts';
import type { ClaimLexicon } from '../core/claims/claim.ts';

/**
 * The words of the claim grammar, built from the catalogue: every indicator's names (EN/FR/RU),
 * short name and synonyms → its code (a phrase several indicators share maps to all of them, in
 * catalogue order, so "women in parliament" gives the four seat series); every country's
 * EN/FR/RU name, plus the short forms and adjectives people use (`COUNTRY_WORDS`) → ISO3.
 */

/**
 * Short forms and adjectives of UNECE members (and the country names the catalogue gives only in
 * an official form, such as "Moldova, Republic of"). Russian adjectives are listed in one form:
 * the parser matches Russian words by stem. "US" is left out: it is the word "us".
 */
export const COUNTRY_WORDS: Readonly<Record<string, readonly string[]>> = {
  ALB: ['Albanian', 'албанский'],
  ARM: ['Armenian', 'армянский'],
  AUT: ['Austrian', 'австрийский'],
  AZE: ['Azerbaijani', 'азербайджанский'],
  BEL: ['Belgian', 'бельгийский'],
  BGR: ['Bulgarian', 'болгарский'],
  BIH: ['Bosnian', 'Bosnia', 'боснийский'],
  BLR: ['Belarusian', 'Belarussian', 'белорусский', 'Белоруссия', 'Республика Беларусь'],
  CAN: ['Canadian', 'канадский'],
  CHE: ['Swiss', 'швейцарский'],
  CYP: ['Cypriot', 'кипрский'],
  CZE: ['Czech', 'Czechia', 'чешский'],
  DEU: ['German', 'немецкий'],
  DNK: ['Danish', 'датский'],
  ESP: ['Spanish', 'испанский'],
  EST: ['Estonian', 'эстонский'],
  FIN: ['Finnish', 'финский'],
  FRA: ['French', 'французский'],
  GBR: ['UK', 'U.K.', 'Britain', 'Great Britain', 'British', 'британский', 'Соединённое Королевство'],
  GEO: ['Georgian', 'грузинский'],
  GRC: ['Greek', 'греческий'],
  HRV: ['Croatian', 'хорватский'],
  HUN: ['Hungarian', 'венгерский'],
  IRL: ['Irish', 'ирландский'],
  ISL: ['Icelandic', 'исландский'],
  ISR: ['Israeli', 'израильский'],
  ITA: ['Italian', 'итальянский'],
  KAZ: ['Kazakh', 'Kazakhstani', 'Republic of Kazakhstan', 'казахстанский', 'Республика Казахстан', 'РК'],
  KGZ: [
    'Kyrgyz',
    'Kyrgyz Republic',
    'Kirghizia',
    'Кыргызстан',
    'Кыргызская Республика',
    'кыргызский',
    'киргизский',
  ],
  LTU: ['Lithuanian', 'литовский'],
  LUX: ['Luxembourgish', 'люксембургский'],
  LVA: ['Latvian', 'латвийский'],
  MDA: ['Moldova', 'Republic of Moldova', 'Moldovan', 'Молдова', 'Республика Молдова', 'молдавский'],
  MKD: ['North Macedonia', 'North Macedonian', 'Македония'],
  MLT: ['Maltese', 'мальтийский'],
  MNE: ['Montenegrin', 'черногорский'],
  NLD: ['The Netherlands', 'Dutch', 'нидерландский'],
  NOR: ['Norwegian', 'норвежский'],
  POL: ['Polish', 'польский'],
  PRT: ['Portuguese', 'португальский'],
  ROU: ['Romanian', 'румынский'],
  RUS: ['Russia', 'Russian', 'Россия', 'российский'],
  SRB: ['Serbian', 'сербский'],
  SVK: ['Slovak', 'словацкий'],
  SVN: ['Slovenian', 'словенский'],
  SWE: ['Swedish', 'шведский'],
  TJK: ['Tajik', 'Tajikistani', 'таджикский'],
  TKM: ['Turkmen', 'Туркменистан', 'туркменский'],
  TUR: ['Turkey', 'Turkish', 'турецкий'],
  UKR: ['Ukrainian', 'украинский'],
  USA: ['United States', 'USA', 'U.S.', 'American', 'Соединённые Штаты', 'американский'],
  UZB: ['Uzbek', 'узбекский'],
};

/**
 * Catalogue names that are also common words: "Того" (Togo) is Russian "of that", "Мали" (Mali)
 * matched by stem is "мало" ("little"), "Maurice" (French for Mauritius) is a first name.
 */
const COUNTRY_NAMES_LEFT_OUT = new Set(['того', 'мали', 'maurice']);

/** "Gender Inequality Index (GII)" is also written without its bracket. */
function withoutBracket(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/u, '').trim();
}

function key(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[’‘ʼ`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function indicatorPhrases(): ClaimLexicon['indicators'] {
  const byPhrase = new Map<string, string[]>();
  for (const i of indicators) {
    const names = [i.name.en, i.name.fr, i.name.ru];
    const phrases = [...names, ...names.map(withoutBracket), i.shortName ?? '', ...i.synonyms];
    for (const phrase of new Set(phrases.map(key))) {
      if (phrase.length < 2) continue;
      const codes = byPhrase.get(phrase) ?? [];
      if (!codes.includes(i.code)) codes.push(i.code);
      byPhrase.set(phrase, codes);
    }
  }
  return [...byPhrase].map(([phrase, codes]) => ({ phrase, codes }));
}

function countryPhrases(): ClaimLexicon['countries'] {
  const seen = new Map<string, string>();
  const add = (phrase: string, iso3: string) => {
    const k = key(phrase);
    if (k.length >= 2 && !COUNTRY_NAMES_LEFT_OUT.has(k) && !seen.has(k)) seen.set(k, iso3);
  };
  for (const [iso3, words] of Object.entries(COUNTRY_WORDS)) for (const w of words) add(w, iso3);
  for (const c of countries) for (const name of Object.values(c.names)) add(name, c.iso3);
  return [...seen].map(([phrase, iso3]) => ({ phrase, iso3 }));
}

let built: ClaimLexicon | undefined;

/** The lexicon of the bundled catalogue (built once; the catalogue does not change at run time). */
export function buildClaimLexicon(): ClaimLexicon {
  built ??= { indicators: indicatorPhrases(), countries: countryPhrases() };
  return built;
}
