import type { Indicator } from '../indicator.ts';
import { definer, PUBLISHERS } from './define.ts';
import { PARLIAMENT_SEATS_PHRASES } from './shared-phrases.ts';

const wdi = definer(PUBLISHERS.wdi);

/*
 * World Bank WDI series bundled in data/worldbank-wdi: `wdi.` + the file's Indicator Code.
 * Names and definitions from the Metadata_Indicator files (INDICATOR_NAME, SOURCE_NOTE).
 */
export const wdiIndicators: readonly Indicator[] = [
  wdi({
    code: 'wdi.SG.GEN.PARL.ZS',
    name: {
      en: 'Proportion of seats held by women in national parliaments (%)',
      fr: 'Proportion des sièges occupés par des femmes dans les parlements nationaux (%)',
      ru: 'Доля мест, занимаемых женщинами в национальных парламентах (%)',
    },
    unit: 'percent',
    direction: 'parity',
    parityValue: 50,
    definition:
      'Women in parliaments are the percentage of parliamentary seats in a single or lower chamber held by ' +
      'women. Source: Inter-Parliamentary Union (IPU).',
    concept: 'women-parliament-seats',
    conceptNote:
      'Single or lower chamber like SDG 5.5.1(a), but WDI dates each value at the end of its year (IPU status ' +
      'at end-December) while UNSD/SDG date it at 1 January or 1 February: WDI year Y ≈ SDG year Y+1 (KAZ: ' +
      'WDI 2007 = 15.89 = UNSD 2008). The 1998 value is as of 10 August 1998.',
    bpfa: ['G'],
    clusters: [4],
    sdgTargets: ['5.5'],
    dimensions: [],
    synonyms: [
      'women in parliament',
      'seats held by women in national parliaments',
      'proportion of seats held by women',
      'female lawmakers',
      'SG.GEN.PARL.ZS',
      ...PARLIAMENT_SEATS_PHRASES,
    ],
  }),
  wdi({
    code: 'wdi.SL.TLF.CACT.FE.ZS',
    name: {
      en: 'Labor force participation rate, female (% of female population ages 15+) (modeled ILO estimate)',
      fr: 'Taux d’activité, femmes (% de la population féminine de 15 ans et plus) (estimation modélisée OIT)',
      ru: 'Уровень участия в рабочей силе, женщины (% женского населения 15+) (модельная оценка МОТ)',
    },
    shortName: 'Female LFPR',
    unit: 'percent',
    direction: 'higher-is-better',
    definition:
      'Labor force participation rate is the proportion of the population ages 15 and older that is ' +
      'economically active: all people who supply labor for the production of goods and services during a ' +
      'specified period (female population). Source: ILO, ILOSTAT (retrieved 8 February 2022).',
    concept: 'labour-force-participation',
    conceptNote: 'Female rate only, ILO modelled estimates; the HDR and UNSD series carry it by sex.',
    bpfa: ['F'],
    clusters: [1],
    sdgTargets: ['5.4', '8.5'],
    dimensions: [],
    synonyms: [
      'female labour force participation',
      'female labor force participation',
      'female labor force participation rate',
      'women in the labour force',
      'SL.TLF.CACT.FE.ZS',
      "women's labour force participation",
      'female labour force participation rate',
      'labour force participation of women',
      'участие женщин в рабочей силе',
      'уровень участия женщин в рабочей силе',
    ],
  }),
];
