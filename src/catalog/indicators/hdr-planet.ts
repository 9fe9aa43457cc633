import type { Indicator } from '../indicator.ts';
import { definer, PUBLISHERS } from './define.ts';

const hdr = definer(PUBLISHERS.hdr);

/*
 * Planetary pressures-adjusted HDI family and population (HDR files). Definitions paraphrase the
 * HDR technical notes; mappings to area K (women and the environment) and cluster 6 are judgment.
 */
export const hdrPlanetIndicators: readonly Indicator[] = [
  hdr({
    code: 'hdr.phdi',
    name: {
      en: 'Planetary pressures-adjusted Human Development Index (PHDI)',
      fr: 'Indice de développement humain ajusté aux pressions planétaires (IDHP)',
      ru: 'Индекс человеческого развития с поправкой на нагрузку на планету (ИЧРП)',
    },
    shortName: 'PHDI',
    unit: 'index',
    direction: 'higher-is-better',
    definition:
      'HDI adjusted by carbon dioxide emissions per capita (production) and material footprint per capita, ' +
      'to account for excessive human pressure on the planet. Equals the HDI when there is no such pressure.',
    concept: 'phdi',
    bpfa: ['K'],
    clusters: [6],
    sdgTargets: [],
    dimensions: [],
    synonyms: [
      'planetary pressures-adjusted HDI',
      'planetary pressures adjusted human development index',
      'PHDI',
    ],
  }),
  hdr({
    code: 'hdr.diff_hdi_phdi',
    name: {
      en: 'Difference between HDI and PHDI values',
      fr: 'Écart entre les valeurs de l’IDH et de l’IDHP',
      ru: 'Разница между значениями ИЧР и ИЧРП',
    },
    unit: 'percent',
    direction: 'lower-is-better',
    definition:
      'Percentage difference between the PHDI and the HDI values: the loss due to planetary pressures.',
    concept: 'hdi-phdi-difference',
    bpfa: ['K'],
    clusters: [6],
    sdgTargets: [],
    dimensions: [],
    synonyms: ['difference from HDI value'],
  }),
  hdr({
    code: 'hdr.rankdiff_hdi_phdi',
    name: {
      en: 'Difference between HDI and PHDI ranks',
      fr: 'Écart entre les rangs selon l’IDH et l’IDHP',
      ru: 'Разница между местами по ИЧР и ИЧРП',
    },
    unit: 'rank-difference',
    direction: 'neutral',
    definition:
      'HDI rank minus PHDI rank, latest year only: positive when the country ranks higher on the PHDI than ' +
      'on the HDI.',
    concept: 'hdi-phdi-rank-difference',
    bpfa: ['K'],
    clusters: [6],
    sdgTargets: [],
    dimensions: [],
    valid: { min: -250, max: 250 },
    synonyms: ['difference from HDI rank'],
  }),
  hdr({
    code: 'hdr.co2_prod',
    name: {
      en: 'Carbon dioxide emissions per capita (production)',
      fr: 'Émissions de dioxyde de carbone par habitant (production)',
      ru: 'Выбросы диоксида углерода на душу населения (производство)',
    },
    unit: 'tonnes-per-capita',
    direction: 'lower-is-better',
    definition:
      'Carbon dioxide emitted within the territory from burning fossil fuels, gas flaring and cement ' +
      'production, in tonnes per person.',
    concept: 'co2-emissions-per-capita',
    bpfa: ['K'],
    clusters: [6],
    sdgTargets: ['13.2'],
    dimensions: [],
    synonyms: ['CO2 emissions per capita', 'carbon dioxide emissions per capita'],
  }),
  hdr({
    code: 'hdr.mf',
    name: {
      en: 'Material footprint per capita',
      fr: 'Empreinte matérielle par habitant',
      ru: 'Материальный след на душу населения',
    },
    unit: 'tonnes-per-capita',
    direction: 'lower-is-better',
    definition:
      'Global extraction of biomass, fossil fuels, metal ores and non-metal ores attributed to the final ' +
      'demand of the country, in tonnes per person.',
    concept: 'material-footprint-per-capita',
    bpfa: ['K'],
    clusters: [6],
    sdgTargets: ['8.4', '12.2'],
    dimensions: [],
    synonyms: ['material footprint', 'material footprint per capita'],
  }),
  hdr({
    code: 'hdr.pop_total',
    name: { en: 'Total population', fr: 'Population totale', ru: 'Общая численность населения' },
    unit: 'millions',
    direction: 'neutral',
    definition:
      'Total mid-year population, in millions (UN DESA World Population Prospects, as used by UNDP).',
    concept: 'population',
    bpfa: [],
    bpfaReason: 'Context series (denominator and weight for aggregates), not a measure of gender equality.',
    clusters: [],
    sdgTargets: [],
    dimensions: [],
    synonyms: ['total population', 'population total'],
  }),
];
