import type { Lang } from './countries.ts';

/**
 * Names of the codes a national report and its review use besides the BPfA areas and review
 * clusters: the kinds of measure a country reports and the criteria reviewers tag passages by.
 * The codes themselves are the services' (`MEASURE_KINDS` in services/report-content.ts,
 * `TAG_CRITERIA` in services/report-tags.ts); `GET /api/vocabularies` pairs each with its name here,
 * and fails to compile when a code has none.
 */

export const MEASURE_KIND_LABELS = {
  law: { en: 'Law', fr: 'Loi', ru: 'Закон' },
  policy: { en: 'Policy', fr: 'Politique', ru: 'Политика' },
  quota: { en: 'Quota', fr: 'Quota', ru: 'Квота' },
  programme: { en: 'Programme', fr: 'Programme', ru: 'Программа' },
  institution: { en: 'Institution', fr: 'Institution', ru: 'Институт' },
} as const satisfies Readonly<Record<string, Readonly<Record<Lang, string>>>>;

export const TAG_CRITERION_LABELS = {
  'good-practice': { en: 'Good practice', fr: 'Bonne pratique', ru: 'Передовая практика' },
  partnerships: { en: 'Partnerships', fr: 'Partenariats', ru: 'Партнёрства' },
  'political-will': { en: 'Political will', fr: 'Volonté politique', ru: 'Политическая воля' },
  'use-of-data': { en: 'Use of data', fr: 'Utilisation des données', ru: 'Использование данных' },
} as const satisfies Readonly<Record<string, Readonly<Record<Lang, string>>>>;
