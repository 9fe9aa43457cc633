import type { Indicator } from '../indicator.ts';
import { openSdg } from './open-sdg-define.ts';

/*
 * Open SDG national series for targets 5.1–5.3 (data/open-sdg-kazstat, data/open-sdg-ons-uk).
 * National descriptions: UK from meta/5-*.md (national_indicator_description); Kazakhstan from
 * the platform's titles in kazstat/sdg-data-kazstat translations/{en,ru}/national_indicators.yml
 * (upstream; not in the bundled extract). French and Russian names of the SDG indicators are my
 * translations close to the UN wording, not copied from the official lists.
 * BPfA: the UNSD catalogue's mapping of the same SDG indicator where it has one, else judgment.
 */
export const openSdgTargets1to3: readonly Indicator[] = [
  openSdg('5.1.1', {
    name: {
      en: 'Legal frameworks that promote, enforce and monitor equality and non-discrimination on the basis of sex',
      fr: 'Cadres juridiques visant à promouvoir, faire respecter et suivre l’égalité et la non-discrimination fondées sur le sexe',
      ru: 'Правовая база для поощрения, обеспечения и контроля равенства и недискриминации по признаку пола',
    },
    unit: 'percent',
    direction: 'higher-is-better',
    national:
      'UK: percentage of achievement in each of the four areas of law (dims.series). Kazakhstan: header-only ' +
      'file (no data).',
    concept: 'legal-frameworks-gender-equality',
    conceptNote: 'Areas of law are told apart by dims.series here, by dims.area in unsd.legal_frameworks.',
    bpfa: ['H', 'I'],
    bpfaReason: 'Judgment: the UNSD catalogue gives no BPFA objective for SDG 5.1.1.',
    clusters: [1, 3, 4],
    sdgTargets: ['5.1'],
    dimensions: ['series', 'unit', 'unit_multiplier'],
    synonyms: ['legal frameworks', 'gender equality laws'],
  }),
  openSdg('5.2.1', {
    name: {
      en: 'Ever-partnered women and girls subjected to intimate partner violence in the previous 12 months',
      fr: 'Femmes et filles ayant déjà eu un partenaire victimes de violences de sa part au cours des 12 derniers mois',
      ru: 'Женщины и девочки, когда-либо имевшие партнера, подвергшиеся насилию с его стороны за последние 12 месяцев',
    },
    unit: 'percent',
    direction: 'lower-is-better',
    national:
      'Kazakhstan: prevalence of physical and sexual intimate-partner violence over the lifetime and in the ' +
      'last 12 months among women aged 18–75 and 18–49 (2015 survey on violence against women). UK: partner ' +
      'abuse in the last 12 months among women aged 16 and over (Crime Survey for England and Wales; older ' +
      'series cap the age at 59 or 74).',
    concept: 'intimate-partner-violence',
    conceptNote:
      'National age ranges (18–75, 16+) and reference periods differ from the SDG definition (15+, last 12 ' +
      'months) and from unsd.ipv; UK counts non-physical abuse and stalking too.',
    bpfa: ['D'],
    clusters: [3],
    sdgTargets: ['5.2'],
    dimensions: [
      ...['series', 'unit', 'unit_multiplier', 'age', 'composite_breakdown'],
      ...['type_of_partner_abuse', 'abuse_sub_category', 'ethnicity', 'ethnic_group', 'disability_status'],
      ...['country_of_birth', 'region', 'urban_or_rural', 'sexual_orientation', 'gender_identity'],
      ...['highest_qualification', 'household_income', 'geocode'],
    ],
    synonyms: ['intimate partner violence', 'domestic violence', 'partner abuse', 'domestic abuse'],
  }),
  openSdg('5.2.1.1', {
    title: 'Reductions in reported incidents of violence against women (Kazakhstan)',
    name: {
      en: 'Reductions in reported incidents of violence against women',
      fr: 'Baisse des cas signalés de violence à l’égard des femmes',
      ru: 'Снижение зарегистрированных фактов насилия в отношении женщин',
    },
    unit: 'percent-change',
    direction: 'lower-is-better',
    national:
      'Kazakhstan national add-on under 5.2.1 (Ministry of Internal Affairs; Committee on Legal Statistics). ' +
      'Values are negative per-cent changes (−20.9 in 2017 to −56.0 in 2022).',
    concept: 'reported-violence-against-women',
    conceptNote:
      'The base of the change (previous year or a fixed year) is not stated in the bundled metadata. ' +
      'Reported incidents depend on reporting as well as on prevalence.',
    bpfa: ['D'],
    clusters: [3],
    sdgTargets: ['5.2'],
    dimensions: ['unit'],
    synonyms: ['reported violence against women', 'снижение насилия в отношении женщин'],
  }),
  openSdg('5.2.1.2', {
    title: 'Reductions in reported incidents of violence against children (Kazakhstan)',
    name: {
      en: 'Reductions in reported incidents of violence against children',
      fr: 'Baisse des cas signalés de violence à l’égard des enfants',
      ru: 'Снижение зарегистрированных фактов насилия в отношении детей',
    },
    unit: 'percent-change',
    direction: 'lower-is-better',
    national:
      'Kazakhstan national add-on under 5.2.1 (Ministry of Internal Affairs; Committee on Legal Statistics). ' +
      'Values are negative per-cent changes (−22.7 in 2017, −7.0 in 2023).',
    concept: 'reported-violence-against-children',
    conceptNote: 'Children of both sexes; the base of the change is not stated in the bundled metadata.',
    bpfa: ['D', 'L'],
    clusters: [3],
    sdgTargets: ['5.2'],
    dimensions: ['unit'],
    synonyms: ['reported violence against children', 'снижение насилия в отношении детей'],
  }),
  openSdg('5.2.2', {
    name: {
      en: 'Women and girls subjected to sexual violence by non-partners in the previous 12 months',
      fr: 'Femmes et filles victimes de violences sexuelles infligées par une personne autre qu’un partenaire au cours des 12 derniers mois',
      ru: 'Женщины и девочки, подвергшиеся сексуальному насилию со стороны лиц, не являющихся партнерами, за последние 12 месяцев',
    },
    unit: 'percent',
    direction: 'lower-is-better',
    national:
      'Kazakhstan: women aged 18–75 (18–49) sexually abused by anyone other than an intimate partner in the ' +
      'last 12 months (2015 survey). UK: women aged 16 and over subjected to sexual violence by a family ' +
      'member in the last 12 months.',
    concept: 'non-partner-sexual-violence',
    conceptNote: 'The UK series covers abuse by family members only; age ranges differ from the SDG 15+.',
    bpfa: ['D'],
    clusters: [3],
    sdgTargets: ['5.2'],
    dimensions: [
      ...['unit', 'unit_multiplier', 'age', 'composite_breakdown'],
      ...['type_of_non_partner_abuse', 'abuse_sub_type', 'relationship_to_perpetrator'],
    ],
    synonyms: ['non-partner sexual violence', 'sexual violence'],
  }),
  openSdg('5.3.1', {
    name: {
      en: 'Women aged 20–24 married or in a union before age 15 and before age 18',
      fr: 'Femmes de 20 à 24 ans mariées ou en couple avant l’âge de 15 ans ou de 18 ans',
      ru: 'Женщины в возрасте 20–24 лет, вступившие в брак или союз до 15 и до 18 лет',
    },
    unit: 'mixed',
    direction: 'lower-is-better',
    national:
      'Kazakhstan: per cent married before 15 and before 18 (SERIES SP_DYN_MRBF15 / SP_DYN_MRBF18; MICS). ' +
      'UK: women aged 20 to 24 per 1,000 women ever married by their 17th and by their 18th birthday.',
    concept: 'child-marriage',
    conceptNote:
      'Units differ by platform (Kazakhstan per cent, UK rate per 1,000) and are carried in dims.unit.',
    bpfa: ['L'],
    clusters: [3],
    sdgTargets: ['5.3'],
    dimensions: ['series', 'unit', 'unit_multiplier'],
    synonyms: ['child marriage', 'early marriage'],
  }),
  openSdg('5.3.2', {
    name: {
      en: 'Girls and women aged 15–49 who have undergone female genital mutilation/cutting',
      fr: 'Filles et femmes de 15 à 49 ans ayant subi une mutilation génitale ou une excision',
      ru: 'Девочки и женщины в возрасте 15–49 лет, подвергшиеся калечащим операциям на половых органах',
    },
    unit: 'mixed',
    direction: 'lower-is-better',
    national:
      'UK: proportion of girls and women who have undergone FGM/C, and numbers of individuals, from the FGM ' +
      'Enhanced Dataset (NHS Digital). Kazakhstan: header-only file (no data).',
    concept: 'female-genital-mutilation',
    conceptNote: 'The UK file mixes percentages and counts of individuals (dims.series / dims.unit).',
    bpfa: ['D', 'I', 'L'],
    clusters: [3],
    sdgTargets: ['5.3'],
    dimensions: [
      ...['series', 'unit', 'unit_multiplier', 'age_at_which_fgm_took_place'],
      ...['country_of_birth', 'fgm_type', 'region', 'geocode'],
    ],
    synonyms: ['female genital mutilation', 'FGM'],
  }),
];
