import type { Indicator } from '../indicator.ts';
import { definer, PUBLISHERS } from './define.ts';
import { unsdQualitativeIndicators } from './unsd-qualitative.ts';
import { PARLIAMENT_SEATS_PHRASES } from './shared-phrases.ts';

const unsd = definer(PUBLISHERS.unsd);

/*
 * UNSD Minimum Set of Gender Indicators, one code per bundled series file (shared contract).
 * BPfA areas and objectives are the publisher's own: the `BPFA` field of
 * data/unstats-minset/master_data/minset_catalog.json (tested). Definitions are from the
 * `metadata_md/` documents; clusters and SDG targets beyond the catalogue's are judgment.
 */
const quantitative: readonly Indicator[] = [
  unsd({
    code: 'unsd.lfpr',
    name: {
      en: 'Labour force participation rate, ages 15+, by sex',
      fr: 'Taux d’activité des 15 ans et plus, par sexe',
      ru: 'Уровень участия в рабочей силе, 15 лет и старше, по полу',
    },
    unit: 'percent',
    direction: 'higher-is-better',
    definition:
      'The number of persons in the labour force (employed plus unemployed) as a percentage of the ' +
      'working-age population, here persons aged 15 and older (ILO).',
    concept: 'labour-force-participation',
    conceptNote: 'ILO; total (no sex key), F, M and O (other) columns; age Y_GE15. Values up to 2020.',
    bpfa: ['F', 'H'],
    bpfaSource: 'publisher',
    bpfaObjectives: ['F.1', 'H.3'],
    clusters: [1],
    sdgTargets: ['8.5'],
    dimensions: ['sex', 'age'],
    sourceSeries: ['Sab331582'],
    synonyms: [
      'labour force participation rate',
      'labor force participation rate',
      'female labour force participation',
      'female labor force participation',
      'female labor force participation rate',
      'women in the labour force',
      "women's labour force participation",
      'female labour force participation rate',
      'labour force participation of women',
      'участие женщин в рабочей силе',
      'уровень участия женщин в рабочей силе',
    ],
  }),
  unsd({
    code: 'unsd.attainment_lsec',
    name: {
      en: 'Educational attainment (at least lower secondary) of the population aged 25 and older, by sex',
      fr: 'Niveau d’instruction (au moins le premier cycle du secondaire) de la population de 25 ans et plus, par sexe',
      ru: 'Уровень образования (не ниже основного среднего) населения в возрасте 25 лет и старше, по полу',
    },
    unit: 'percent',
    direction: 'higher-is-better',
    definition:
      'Percentage of the population aged 25 and older who completed at least lower secondary education ' +
      '(ISCED), from census or survey data (UNESCO Institute for Statistics).',
    concept: 'secondary-education-attainment',
    conceptNote: 'Completed at least lower secondary; HDR se_* counts those who reached some secondary.',
    bpfa: ['B'],
    bpfaSource: 'publisher',
    bpfaObjectives: ['B.1'],
    clusters: [2],
    sdgTargets: [],
    dimensions: ['sex', 'age'],
    sourceSeries: ['S42192176'],
    synonyms: ['educational attainment', 'lower secondary attainment'],
  }),
  unsd({
    code: 'unsd.mmr',
    name: {
      en: 'Maternal mortality ratio',
      fr: 'Taux de mortalité maternelle',
      ru: 'Коэффициент материнской смертности',
    },
    unit: 'per-100000-live-births',
    direction: 'lower-is-better',
    definition:
      'The number of maternal deaths during a given time period per 100,000 live births during the same ' +
      'time period (SDG 3.1.1; WHO, UNICEF, UNFPA, World Bank Group, UN DESA).',
    concept: 'maternal-mortality-ratio',
    conceptNote: 'MMEIG round of 2019 (years 2000–2017); HDR editions use later rounds.',
    bpfa: ['C'],
    bpfaSource: 'publisher',
    bpfaObjectives: ['C.1'],
    clusters: [2],
    sdgTargets: ['3.1'],
    dimensions: ['sex'],
    sourceSeries: ['S75250979'],
    synonyms: [
      'maternal mortality ratio',
      'maternal mortality',
      'maternal mortality rate',
      'материнская смертность',
      'SDG 3.1.1',
    ],
  }),
  unsd({
    code: 'unsd.ministers',
    name: {
      en: 'Women’s share of government ministerial positions',
      fr: 'Proportion de femmes parmi les ministres',
      ru: 'Доля женщин на министерских должностях в правительстве',
    },
    unit: 'percent',
    direction: 'parity',
    parityValue: 50,
    definition:
      'The proportion of women in ministerial positions out of all ministers, counting Deputy Prime ' +
      'Ministers and Ministers (and Prime Ministers holding a portfolio) once each (IPU).',
    concept: 'women-ministers',
    bpfa: ['G'],
    bpfaSource: 'publisher',
    bpfaObjectives: ['G.1'],
    clusters: [4],
    sdgTargets: ['5.5'],
    dimensions: ['sex'],
    sourceSeries: ['S22b614cb'],
    synonyms: [
      'women ministers',
      'female ministers',
      'women in government',
      'ministerial positions held by women',
    ],
  }),
  unsd({
    code: 'unsd.parl_seats',
    name: {
      en: 'Proportion of seats held by women in national parliament',
      fr: 'Proportion des sièges occupés par des femmes au parlement national',
      ru: 'Доля мест, занимаемых женщинами в национальном парламенте',
    },
    unit: 'percent',
    direction: 'parity',
    parityValue: 50,
    definition:
      'Seats held by women in the single or lower chamber of the national parliament, as a percentage of ' +
      'all occupied seats, as of 1 January of the reporting year (SDG 5.5.1(a), series SG_GEN_PARL; IPU).',
    concept: 'women-parliament-seats',
    conceptNote:
      'Single or lower chamber (KAZ: the Mazhilis), dated 1 January/1 February; values repeat between ' +
      'elections. HDR pr_f counts both chambers; WDI dates the same IPU data at end-December.',
    bpfa: ['G'],
    bpfaSource: 'publisher',
    bpfaObjectives: ['G.1'],
    clusters: [4],
    sdgTargets: ['5.5'],
    dimensions: ['sex'],
    sourceSeries: ['S5867152a'],
    synonyms: [
      'women in parliament',
      'seats held by women in national parliament',
      'SG_GEN_PARL',
      'SDG 5.5.1a',
      ...PARLIAMENT_SEATS_PHRASES,
    ],
  }),
  unsd({
    code: 'unsd.local_seats',
    name: {
      en: 'Proportion of elected seats held by women in deliberative bodies of local government',
      fr: 'Proportion des sièges élus occupés par des femmes dans les organes délibérants des collectivités locales',
      ru: 'Доля выборных мест, занимаемых женщинами в совещательных органах местного самоуправления',
    },
    unit: 'percent',
    direction: 'parity',
    parityValue: 50,
    definition:
      'Elected positions held by women in legislative or deliberative bodies of local government, as a ' +
      'percentage of all elected positions in those bodies (SDG 5.5.1(b); UN Women).',
    concept: 'women-local-government-seats',
    bpfa: ['G'],
    bpfaSource: 'publisher',
    bpfaObjectives: ['G.1'],
    clusters: [4],
    sdgTargets: ['5.5'],
    dimensions: ['sex'],
    sourceSeries: ['S37241f88'],
    synonyms: ['women in local government', 'local government seats held by women', 'SDG 5.5.1b'],
  }),
  unsd({
    code: 'unsd.managers',
    name: {
      en: 'Proportion of women in managerial positions',
      fr: 'Proportion de femmes occupant des postes de direction',
      ru: 'Доля женщин на руководящих должностях',
    },
    unit: 'percent',
    direction: 'parity',
    parityValue: 50,
    definition:
      'The proportion of females in the total number of persons employed in managerial positions (ISCO-08 ' +
      'major group 1), from labour force surveys (SDG 5.5.2, series IC_GEN_MGTL; ILO).',
    concept: 'women-managers',
    conceptNote: 'Total management (including junior management), ILO.',
    bpfa: ['F', 'G'],
    bpfaSource: 'publisher',
    bpfaObjectives: ['F.1', 'F.5', 'G.1'],
    clusters: [1, 4],
    sdgTargets: ['5.5'],
    dimensions: ['sex'],
    sourceSeries: ['S6b4d10a8'],
    synonyms: ['women in managerial positions', 'women managers', 'female managers'],
  }),
  unsd({
    code: 'unsd.ipv',
    name: {
      en: 'Ever-partnered women subjected to physical and/or sexual intimate partner violence in the previous 12 months',
      fr: 'Femmes ayant déjà eu un partenaire victimes de violences physiques ou sexuelles de sa part au cours des 12 derniers mois',
      ru: 'Доля женщин, когда-либо имевших партнера, подвергшихся физическому и/или сексуальному насилию с его стороны за последние 12 месяцев',
    },
    unit: 'percent',
    direction: 'lower-is-better',
    definition:
      'Percentage of ever-partnered women and girls aged 15 and older who experienced physical and/or sexual ' +
      'violence by a current or former intimate partner in the previous 12 months (SDG 5.2.1, series ' +
      'VC_VAW_MARR; WHO-led 2018 estimates).',
    concept: 'intimate-partner-violence',
    conceptNote: 'Modelled 2018 estimates from surveys of 2000–2018; ages 15+ and 15–49; form PHY+SEX.',
    bpfa: ['D'],
    bpfaSource: 'publisher',
    bpfaObjectives: ['D.1', 'D.2'],
    clusters: [3],
    sdgTargets: ['5.2'],
    dimensions: ['sex', 'age', 'form'],
    sourceSeries: ['S9a5e3c3a'],
    synonyms: ['intimate partner violence', 'domestic violence', 'IPV', 'SDG 5.2.1'],
  }),
  unsd({
    code: 'unsd.child_marriage_18',
    name: {
      en: 'Women aged 20–24 married or in a union before age 18',
      fr: 'Femmes de 20 à 24 ans mariées ou en couple avant l’âge de 18 ans',
      ru: 'Женщины в возрасте 20–24 лет, вступившие в брак или союз до 18 лет',
    },
    unit: 'percent',
    direction: 'lower-is-better',
    definition:
      'Number of women aged 20–24 first married or in union before age 18, divided by all women aged ' +
      '20–24, times 100; formal and informal unions (SDG 5.3.1, series SP_DYN_MRBF18; UNICEF).',
    concept: 'child-marriage',
    conceptNote: 'Before age 18 only; the before-15 series is not bundled.',
    bpfa: ['L'],
    bpfaSource: 'publisher',
    bpfaObjectives: ['L.1', 'L.2'],
    clusters: [3],
    sdgTargets: ['5.3'],
    dimensions: ['sex', 'age'],
    sourceSeries: ['S94021bf2'],
    synonyms: ['child marriage', 'early marriage', 'married before 18', 'SDG 5.3.1'],
  }),
  unsd({
    code: 'unsd.abr',
    name: {
      en: 'Adolescent birth rate (aged 15–19 years) per 1,000 women in that age group',
      fr: 'Taux de natalité chez les adolescentes (15 à 19 ans) pour 1 000 femmes de ce groupe d’âge',
      ru: 'Коэффициент рождаемости среди девушек-подростков (15–19 лет) на 1000 женщин этой возрастной группы',
    },
    unit: 'per-1000-women',
    direction: 'lower-is-better',
    definition:
      'Annual number of births to females aged 15–19 per 1,000 females in that age group (SDG 3.7.2, series ' +
      'SP_DYN_ADKL; UN DESA Population Division, World Population Prospects 2019).',
    concept: 'adolescent-birth-rate',
    conceptNote: 'The file labels the unit "Per 1,000 population"; the denominator is women aged 15–19.',
    bpfa: ['L'],
    bpfaSource: 'publisher',
    bpfaObjectives: ['L.1', 'L.2'],
    clusters: [2],
    sdgTargets: ['3.7'],
    dimensions: ['sex', 'age'],
    sourceSeries: ['S9ebf1887'],
    synonyms: ['adolescent birth rate', 'adolescent fertility rate', 'SDG 3.7.2'],
  }),
];

/** Every `unsd.*` code (13). */
export const unsdIndicators: readonly Indicator[] = [...quantitative, ...unsdQualitativeIndicators];
