import type { Indicator } from '../indicator.ts';
import { definer, PUBLISHERS } from './define.ts';

const hdr = definer(PUBLISHERS.hdr);

/*
 * Inequality-adjusted HDI family (HDR files, years 2010 onwards). Definitions paraphrase the HDR
 * technical notes (IHDI: Atkinson inequality measure with ε = 1). Mappings are judgment: these
 * measure inequality across the whole population, not between women and men.
 */
export const hdrInequalityIndicators: readonly Indicator[] = [
  hdr({
    code: 'hdr.ihdi',
    name: {
      en: 'Inequality-adjusted Human Development Index (IHDI)',
      fr: 'Indice de développement humain ajusté aux inégalités (IDHI)',
      ru: 'Индекс человеческого развития с поправкой на неравенство (ИЧРН)',
    },
    shortName: 'IHDI',
    unit: 'index',
    direction: 'higher-is-better',
    definition:
      'HDI adjusted for inequalities in the distribution of achievements across the population: each ' +
      'dimension index is discounted by its Atkinson inequality measure. Equals the HDI when there is no ' +
      'inequality.',
    concept: 'ihdi',
    bpfa: ['A'],
    clusters: [1, 2],
    sdgTargets: ['10.1'],
    dimensions: [],
    synonyms: ['inequality-adjusted human development index', 'inequality adjusted HDI', 'IHDI'],
  }),
  hdr({
    code: 'hdr.coef_ineq',
    name: {
      en: 'Coefficient of human inequality',
      fr: 'Coefficient d’inégalité humaine',
      ru: 'Коэффициент человеческого неравенства',
    },
    unit: 'percent',
    direction: 'lower-is-better',
    definition: 'Unweighted average of the inequalities in health, education and income (per cent).',
    concept: 'coefficient-of-human-inequality',
    bpfa: ['A'],
    clusters: [1, 2],
    sdgTargets: ['10.1'],
    dimensions: [],
    synonyms: ['coefficient of human inequality'],
  }),
  hdr({
    code: 'hdr.loss',
    name: {
      en: 'Overall loss in HDI due to inequality',
      fr: 'Perte globale d’IDH due aux inégalités',
      ru: 'Общая потеря ИЧР из-за неравенства',
    },
    unit: 'percent',
    direction: 'lower-is-better',
    definition:
      'Percentage difference between the IHDI and the HDI: the loss in human development due to inequality.',
    concept: 'hdi-loss-inequality',
    bpfa: ['A'],
    clusters: [1, 2],
    sdgTargets: ['10.1'],
    dimensions: [],
    synonyms: ['loss due to inequality', 'overall loss'],
  }),
  hdr({
    code: 'hdr.ineq_le',
    name: {
      en: 'Inequality in life expectancy',
      fr: 'Inégalité d’espérance de vie',
      ru: 'Неравенство в ожидаемой продолжительности жизни',
    },
    unit: 'percent',
    direction: 'lower-is-better',
    definition:
      'Atkinson inequality measure of the distribution of the expected length of life, from life tables.',
    concept: 'inequality-life-expectancy',
    bpfa: ['C'],
    clusters: [2],
    sdgTargets: [],
    dimensions: [],
    synonyms: ['inequality in life expectancy'],
  }),
  hdr({
    code: 'hdr.ineq_edu',
    name: { en: 'Inequality in education', fr: 'Inégalité d’éducation', ru: 'Неравенство в образовании' },
    unit: 'percent',
    direction: 'lower-is-better',
    definition:
      'Atkinson inequality measure of the distribution of years of schooling, from household surveys.',
    concept: 'inequality-education',
    bpfa: ['B'],
    clusters: [2],
    sdgTargets: ['4.5'],
    dimensions: [],
    synonyms: ['inequality in education'],
  }),
  hdr({
    code: 'hdr.ineq_inc',
    name: { en: 'Inequality in income', fr: 'Inégalité de revenu', ru: 'Неравенство в доходах' },
    unit: 'percent',
    direction: 'lower-is-better',
    definition:
      'Atkinson inequality measure of the distribution of income or consumption, from household surveys.',
    concept: 'inequality-income',
    bpfa: ['A', 'F'],
    clusters: [1],
    sdgTargets: ['10.1'],
    dimensions: [],
    synonyms: ['inequality in income', 'income inequality'],
  }),
];
