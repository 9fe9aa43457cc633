import type { Indicator } from '../indicator.ts';
import { definer, PUBLISHERS } from './define.ts';
import { PARLIAMENT_SEATS_PHRASES } from './shared-phrases.ts';

const hdr = definer(PUBLISHERS.hdr);

/*
 * GDI and GII families of the HDR files. Definitions and units: METHODS.md §1.1 and §2.2 (HDR
 * technical notes) and data/undp-hdr/PROVENANCE.md. BPfA areas, clusters and SDG targets are
 * judgment (e.g. GII → B, C, F, G: its reproductive-health, education, seats and labour inputs).
 */
export const hdrGenderIndicators: readonly Indicator[] = [
  hdr({
    code: 'hdr.gdi',
    name: {
      en: 'Gender Development Index (GDI)',
      fr: 'Indice de développement de genre (IDG)',
      ru: 'Индекс гендерного развития (ИГР)',
    },
    shortName: 'GDI',
    unit: 'ratio',
    direction: 'parity',
    parityValue: 1,
    definition:
      'Ratio of the female to the male HDI (HDI_f / HDI_m), measuring gender gaps in achievement in health, ' +
      'knowledge and standard of living; 1 means parity.',
    concept: 'gdi',
    bpfa: ['A', 'B', 'C', 'F'],
    clusters: [1, 2],
    sdgTargets: [],
    dimensions: [],
    valid: { min: 0, max: 2 },
    synonyms: ['gender development index', 'GDI', 'индекс гендерного развития', 'ИГР'],
  }),
  hdr({
    code: 'hdr.gdi_group',
    name: { en: 'GDI group', fr: 'Groupe selon l’IDG', ru: 'Группа по ИГР' },
    unit: 'group',
    direction: 'lower-is-better',
    definition:
      'Five groups by the absolute deviation of the GDI from parity, latest year only: 1 = high equality ' +
      '(deviation up to 2.5 %), 2 = medium-high (2.5–5 %), 3 = medium (5–7.5 %), 4 = medium-low (7.5–10 %), ' +
      '5 = low equality (more than 10 %).',
    concept: 'gdi-group',
    bpfa: ['A', 'B', 'C', 'F'],
    clusters: [1, 2],
    sdgTargets: [],
    dimensions: [],
    synonyms: ['GDI group', 'gender development group'],
  }),
  hdr({
    code: 'hdr.gii',
    name: {
      en: 'Gender Inequality Index (GII)',
      fr: 'Indice d’inégalité de genre (IIG)',
      ru: 'Индекс гендерного неравенства (ИГН)',
    },
    shortName: 'GII',
    unit: 'index',
    direction: 'lower-is-better',
    definition:
      'Composite measure of gender inequality in reproductive health (maternal mortality ratio, adolescent ' +
      'birth rate), empowerment (shares of parliamentary seats and of the population aged 25+ with at least ' +
      'some secondary education, by sex) and the labour market (labour-force participation by sex). 0 = ' +
      'women and men fare equally; 1 = one gender fares as poorly as possible in all dimensions.',
    concept: 'gii',
    bpfa: ['B', 'C', 'F', 'G'],
    clusters: [1, 2, 4],
    sdgTargets: ['3.1', '3.7', '5.5', '8.5'],
    dimensions: [],
    synonyms: [
      'gender inequality index',
      'GII',
      'индекс гендерного неравенства',
      'ИГН',
      'indice d’inégalité de genre',
      'IIG',
    ],
  }),
  hdr({
    code: 'hdr.gii_rank',
    name: { en: 'GII rank', fr: 'Rang selon l’IIG', ru: 'Место по ИГН' },
    unit: 'rank',
    direction: 'lower-is-better',
    definition: 'Rank of the country on the GII, latest year only (1 = lowest gender inequality).',
    concept: 'gii-rank',
    bpfa: ['B', 'C', 'F', 'G'],
    clusters: [1, 2, 4],
    sdgTargets: [],
    dimensions: [],
    valid: { min: 1, max: 250 },
    synonyms: ['GII rank', 'gender inequality rank', 'gender inequality index rank', 'место по ИГН'],
  }),
  hdr({
    code: 'hdr.mmr',
    name: {
      en: 'Maternal mortality ratio',
      fr: 'Taux de mortalité maternelle',
      ru: 'Коэффициент материнской смертности',
    },
    shortName: 'MMR',
    unit: 'per-100000-live-births',
    direction: 'lower-is-better',
    definition:
      'Number of deaths from pregnancy-related causes per 100,000 live births (UN MMEIG estimates: WHO, ' +
      'UNICEF, UNFPA, World Bank Group and UN DESA Population Division).',
    concept: 'maternal-mortality-ratio',
    conceptNote:
      'The GII input. Published unclamped; the GII formula truncates it to 10–1,000. UNDP takes the latest ' +
      'MMEIG round and revises the back series in each edition.',
    bpfa: ['C'],
    clusters: [2],
    sdgTargets: ['3.1'],
    dimensions: [],
    synonyms: [
      'maternal mortality ratio',
      'maternal mortality',
      'maternal mortality rate',
      'MMR',
      'материнская смертность',
    ],
  }),
  hdr({
    code: 'hdr.abr',
    name: {
      en: 'Adolescent birth rate',
      fr: 'Taux de natalité chez les adolescentes',
      ru: 'Коэффициент рождаемости среди девушек-подростков',
    },
    shortName: 'ABR',
    unit: 'per-1000-women',
    direction: 'lower-is-better',
    definition: 'Number of births to women aged 15–19 per 1,000 women aged 15–19 (UN DESA).',
    concept: 'adolescent-birth-rate',
    bpfa: ['C', 'L'],
    clusters: [2],
    sdgTargets: ['3.7'],
    dimensions: [],
    synonyms: ['adolescent birth rate', 'adolescent fertility rate', 'teenage births', 'ABR'],
  }),
  hdr({
    code: 'hdr.se',
    name: {
      en: 'Population with at least some secondary education (% ages 25 and older)',
      fr: 'Population ayant au moins un niveau d’enseignement secondaire (% des 25 ans et plus)',
      ru: 'Население, имеющее хотя бы неполное среднее образование (% в возрасте 25 лет и старше)',
    },
    unit: 'percent',
    direction: 'higher-is-better',
    definition:
      'Percentage of the population aged 25 and older that has reached (but not necessarily completed) a ' +
      'secondary level of education; by sex (GII input).',
    concept: 'secondary-education-attainment',
    conceptNote:
      'Reached at least some secondary education (Barro-Lee, UIS, DHS, MICS). UNSD 5200 counts those who ' +
      'completed at least lower secondary: not the same threshold.',
    bpfa: ['B'],
    clusters: [2],
    sdgTargets: [],
    dimensions: ['sex'],
    synonyms: [
      'at least some secondary education',
      'secondary education',
      'population with secondary education',
    ],
  }),
  hdr({
    code: 'hdr.pr',
    name: {
      en: 'Share of seats in parliament',
      fr: 'Part des sièges au parlement',
      ru: 'Доля мест в парламенте',
    },
    unit: 'percent',
    direction: 'parity',
    parityValue: 50,
    definition:
      'Proportion of seats in the national parliament held by women (sex F) and by men (sex M, 100 − the ' +
      'female share); both chambers combined where there are two (IPU data, GII input).',
    concept: 'women-parliament-seats',
    conceptNote:
      'HDR counts BOTH chambers combined; SDG 5.5.1(a), IPU, UNSD 7100 and WDI count the single or lower ' +
      'chamber only. KAZ: HDR25 gives 19.6 for 2023, IPU 27.1 for 2017–2021. Do not compare directly.',
    bpfa: ['G'],
    clusters: [4],
    sdgTargets: ['5.5'],
    dimensions: ['sex'],
    synonyms: [
      'women in parliament',
      'parliamentary seats held by women',
      'female parliamentarians',
      'доля мест в парламенте',
      ...PARLIAMENT_SEATS_PHRASES,
    ],
  }),
  hdr({
    code: 'hdr.lfpr',
    name: {
      en: 'Labour force participation rate (% ages 15 and older)',
      fr: 'Taux d’activité (% des 15 ans et plus)',
      ru: 'Уровень участия в рабочей силе (% в возрасте 15 лет и старше)',
    },
    shortName: 'LFPR',
    unit: 'percent',
    direction: 'higher-is-better',
    definition:
      'Percentage of the population aged 15 and older that engages actively in the labour market, by ' +
      'working or looking for work; by sex (ILO modelled estimates, GII input).',
    concept: 'labour-force-participation',
    conceptNote:
      'By sex (F and M). WDI carries the female rate only; UNSD 600 has total, female, male and other.',
    bpfa: ['F'],
    clusters: [1],
    sdgTargets: ['5.4', '8.5'],
    dimensions: ['sex'],
    synonyms: [
      'labour force participation rate',
      'labor force participation rate',
      'female labour force participation',
      'female labor force participation',
      'female labor force participation rate',
      'women in the labour force',
      'LFPR',
      'уровень участия в рабочей силе',
      "women's labour force participation",
      'female labour force participation rate',
      'labour force participation of women',
      'участие женщин в рабочей силе',
      'уровень участия женщин в рабочей силе',
    ],
  }),
];
