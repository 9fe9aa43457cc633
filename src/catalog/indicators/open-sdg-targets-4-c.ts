import type { Indicator } from '../indicator.ts';
import { openSdg } from './open-sdg-define.ts';
import { PARLIAMENT_SEATS_PHRASES } from './shared-phrases.ts';

/*
 * Open SDG national series for targets 5.4–5.c. Sources of the descriptions and translations as
 * in open-sdg-targets-1-3.ts. "No data" means a header-only or non-statistical placeholder file.
 */
export const openSdgTargets4toC: readonly Indicator[] = [
  openSdg('5.4.1', {
    name: {
      en: 'Time spent on unpaid domestic and care work, by sex, age and location',
      fr: 'Temps consacré aux soins et travaux domestiques non rémunérés, par sexe, âge et lieu de résidence',
      ru: 'Время, затрачиваемое на неоплачиваемую работу по дому и уходу, по полу, возрасту и месту проживания',
    },
    unit: 'percent',
    direction: 'parity',
    national:
      'Kazakhstan: proportion of time spent on unpaid domestic services for the household and its members, ' +
      'by sex and urban/rural (household living-standards survey). UK: proportion of the population who are ' +
      'informal carers, and of carers by employment, income and hours caring (DWP Family Resources Survey).',
    concept: 'unpaid-care-work',
    conceptNote:
      'Parity means equal shares for women and men (dims.sex), not a single value. The UK series measures ' +
      'informal caring, not time use.',
    bpfa: ['C', 'F', 'H'],
    bpfaSource: 'judgment',
    bpfaObjectives: ['C.2', 'F.1', 'H.3'],
    clusters: [1, 2],
    sdgTargets: ['5.4'],
    dimensions: [
      ...['series', 'sex', 'age', 'urbanisation', 'employment_status', 'net_weekly_income'],
      ...['number_of_hours_per_week_providing_care', 'unit', 'unit_multiplier'],
    ],
    synonyms: ['unpaid care work', 'unpaid domestic work', 'time use', 'informal carers'],
  }),
  openSdg('5.5.1', {
    name: {
      en: 'Seats held by women in (a) national parliaments and (b) local governments',
      fr: 'Sièges occupés par des femmes a) dans les parlements nationaux et b) au sein des administrations locales',
      ru: 'Места, занимаемые женщинами а) в национальных парламентах и б) в местных органах власти',
    },
    unit: 'percent',
    direction: 'parity',
    parityValue: 50,
    national:
      'Kazakhstan: National Parliament (Mazhilis, SERIES SG_GEN_PARL) and local representative bodies ' +
      '(maslikhats, SG_GEN_LOCG), administrative data. UK: House of Commons, House of Lords, devolved ' +
      'legislatures and local government (dims.series), from the parliaments’ libraries.',
    concept: 'women-parliament-seats',
    conceptNote:
      'National figures: Kazakhstan’s SG_GEN_PARL gives 22.2 % for 2016–2019, 30.5 for 2020–2021 and 23.0 ' +
      'for 2022–2023, where IPU/UNSD give 27.1 for 2017–2021; UK Commons values exist for election years only. ' +
      'Parts (a) and (b) share this code and are told apart by dims.series.',
    bpfa: ['G'],
    bpfaSource: 'judgment',
    bpfaObjectives: ['G.1'],
    clusters: [4],
    sdgTargets: ['5.5'],
    dimensions: ['series', 'legislative_authority', 'unit', 'unit_multiplier'],
    synonyms: [
      'women in parliament',
      'women in local government',
      'Mazhilis',
      'maslikhat',
      ...PARLIAMENT_SEATS_PHRASES,
    ],
  }),
  openSdg('5.5.2', {
    name: {
      en: 'Women in managerial positions',
      fr: 'Proportion de femmes occupant des postes de direction',
      ru: 'Доля женщин на руководящих должностях',
    },
    unit: 'percent',
    direction: 'parity',
    parityValue: 50,
    national:
      'Kazakhstan: by region, urban/rural and age (sample employment survey). UK: by age, disability and ' +
      'region (ONS).',
    concept: 'women-managers',
    bpfa: ['F', 'G'],
    bpfaSource: 'judgment',
    bpfaObjectives: ['F.1', 'F.5', 'G.1'],
    clusters: [1, 4],
    sdgTargets: ['5.5'],
    dimensions: [
      ...['age', 'disability_status', 'region', 'ref_area', 'urbanisation', 'geocode'],
      ...['unit', 'unit_multiplier'],
    ],
    synonyms: ['women in managerial positions', 'women managers'],
  }),
  openSdg('5.6.1', {
    name: {
      en: 'Women aged 15–49 who make their own informed decisions on sexual relations, contraceptive use and reproductive health care',
      fr: 'Femmes de 15 à 49 ans prenant leurs propres décisions éclairées en matière de relations sexuelles, de contraception et de santé procréative',
      ru: 'Женщины в возрасте 15–49 лет, самостоятельно принимающие осознанные решения о сексуальных отношениях, контрацепции и репродуктивном здоровье',
    },
    unit: 'mixed',
    direction: 'higher-is-better',
    national:
      'UK: number of women (thousands) using sexual and reproductive health services, by main method of ' +
      'contraception, age and local authority (NHS Digital). Kazakhstan: header-only file (no data).',
    concept: 'reproductive-decision-making',
    conceptNote: 'The UK series is a count of service users, not the SDG proportion.',
    bpfa: ['C', 'I'],
    bpfaReason: 'Judgment: the UNSD catalogue lists SDG 5.6.1 (IV.6) without a BPFA objective.',
    clusters: [2],
    sdgTargets: ['5.6'],
    dimensions: [
      ...['region', 'local_authority', 'age', 'main_method_of_contraception', 'type_of_contraception'],
      ...['unit', 'unit_multiplier', 'geocode'],
    ],
    synonyms: ['reproductive health decisions', 'contraceptive use'],
  }),
  openSdg('5.6.2', {
    name: {
      en: 'Laws and regulations that guarantee full and equal access to sexual and reproductive health care, information and education',
      fr: 'Lois et réglementations garantissant un accès plein et égal aux soins, à l’information et à l’éducation en matière de santé sexuelle et procréative',
      ru: 'Законы и нормативные акты, гарантирующие полный и равный доступ к услугам, информации и просвещению в области сексуального и репродуктивного здоровья',
    },
    unit: 'percent',
    direction: 'higher-is-better',
    national:
      'Kazakhstan: one value for 2019 (Ministry of Healthcare). UK: non-statistical indicator (no data).',
    concept: 'srh-laws',
    bpfa: ['C', 'I'],
    clusters: [2],
    sdgTargets: ['5.6'],
    dimensions: ['unit'],
    synonyms: ['sexual and reproductive health laws'],
  }),
  openSdg('5.a.1', {
    name: {
      en: 'Ownership or secure rights over agricultural land, by sex',
      fr: 'Propriété ou droits garantis sur des terres agricoles, par sexe',
      ru: 'Право собственности или гарантированные права на сельскохозяйственные земли, по полу',
    },
    unit: 'percent',
    direction: 'parity',
    national:
      'Kazakhstan: proportion of women among those granted agricultural land in ownership, by region and ' +
      'urban/rural (land resources management data). UK: share of managers and proprietors in ' +
      'agriculture-related services, by sex (Annual Population Survey).',
    concept: 'agricultural-land-ownership',
    conceptNote: 'Both national series are proxies; the UK one concerns occupations, not land rights.',
    bpfa: ['A', 'F'],
    bpfaSource: 'judgment',
    bpfaObjectives: ['A.1', 'A.2'],
    clusters: [1],
    sdgTargets: ['5.a'],
    dimensions: [
      ...['sex', 'occupation_unit_group', 'country', 'region', 'ref_area', 'urbanisation'],
      ...['unit', 'geocode'],
    ],
    synonyms: ['agricultural land ownership', 'land ownership'],
  }),
  openSdg('5.a.2', {
    name: {
      en: 'Legal framework guaranteeing women’s equal rights to land ownership and/or control',
      fr: 'Cadre juridique garantissant aux femmes l’égalité des droits à la propriété ou au contrôle des terres',
      ru: 'Правовая база, гарантирующая женщинам равные права на владение землей и/или распоряжение ею',
    },
    unit: 'mixed',
    direction: 'higher-is-better',
    national: 'No data in either bundled platform (Kazakhstan header-only; UK non-statistical placeholder).',
    concept: 'land-rights-laws',
    bpfa: ['A', 'F', 'I'],
    clusters: [1],
    sdgTargets: ['5.a'],
    dimensions: [],
    synonyms: ['land rights'],
  }),
  openSdg('5.b.1', {
    name: {
      en: 'Individuals who own a mobile telephone, by sex',
      fr: 'Personnes possédant un téléphone portable, par sexe',
      ru: 'Лица, имеющие мобильный телефон, по полу',
    },
    unit: 'percent',
    direction: 'higher-is-better',
    national:
      'Kazakhstan: mobile phone users aged 6 and above, by sex, region and urban/rural (survey on ICT use ' +
      'by households). UK: individuals who use a mobile telephone, and owners who use a smartphone (Ofcom).',
    concept: 'mobile-phone-ownership',
    conceptNote: 'Both platforms measure use rather than ownership.',
    bpfa: ['F'],
    bpfaSource: 'judgment',
    bpfaObjectives: ['F.3'],
    clusters: [1],
    sdgTargets: ['5.b'],
    dimensions: [
      ...['series', 'sex', 'age', 'country', 'region', 'ref_area', 'urbanisation', 'urban_or_rural'],
      ...['deprivation_level', 'household_income', 'socio_economic_classification', 'working_status'],
      ...['unit', 'unit_multiplier', 'geocode'],
    ],
    synonyms: ['mobile phone ownership', 'mobile telephone'],
  }),
  openSdg('5.c.1', {
    name: {
      en: 'Systems to track and make public allocations for gender equality and women’s empowerment',
      fr: 'Systèmes permettant de suivre et de rendre publiques les allocations consacrées à l’égalité des sexes',
      ru: 'Системы отслеживания и обнародования ассигнований на гендерное равенство и расширение прав женщин',
    },
    unit: 'mixed',
    direction: 'higher-is-better',
    national: 'No data in either bundled platform (Kazakhstan header-only; UK non-statistical placeholder).',
    concept: 'gender-budgeting',
    bpfa: ['H'],
    clusters: [4],
    sdgTargets: ['5.c'],
    dimensions: [],
    synonyms: ['gender budgeting', 'gender-responsive budgeting'],
  }),
];
