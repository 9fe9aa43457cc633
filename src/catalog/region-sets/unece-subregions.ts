import type { RegionSet } from '../region-set.ts';

const UNECE_SCOPE = 'https://unece.org/geographical-scope';

function subregion(
  code: string,
  name: RegionSet['name'],
  members: string[],
  source: RegionSet['source'],
): RegionSet {
  return { code, version: '2025', kind: 'subregion', name, source, members: [...members].sort() };
}

/**
 * Groupings of UNECE member States used when the region is reviewed by parts. Each is a plain
 * list typed here for review; `source.note` says where the grouping comes from. Every member is
 * a UNECE member (tested). Version `2025` = composition as recorded in 2025.
 */
export const uneceSubregions: readonly RegionSet[] = [
  subregion(
    'central-asia',
    { en: 'Central Asia', fr: 'Asie centrale', ru: 'Центральная Азия' },
    ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'],
    {
      note: 'The five Central Asian States that UNECE names in its geographical scope.',
      url: UNECE_SCOPE,
    },
  ),
  subregion(
    'south-caucasus',
    { en: 'South Caucasus', fr: 'Caucase du Sud', ru: 'Южный Кавказ' },
    ['ARM', 'AZE', 'GEO'],
    {
      note:
        'Armenia, Azerbaijan and Georgia: the usual grouping in UNECE and UN Women Europe and Central Asia ' +
        'regional reports (no formal UN definition; not a UN M49 subregion, M49 puts them in Western Asia).',
    },
  ),
  subregion(
    'eastern-europe',
    { en: 'Eastern Europe', fr: 'Europe orientale', ru: 'Восточная Европа' },
    ['BLR', 'MDA', 'UKR'],
    {
      note:
        'Definition used: Belarus, Republic of Moldova and Ukraine, as UNECE groups its programme countries ' +
        'beside the South Caucasus, Central Asia and the Western Balkans in gender and SDG reporting. This is ' +
        'NOT the UN M49 "Eastern Europe" subregion (which also has BGR, CZE, HUN, POL, ROU, RUS, SVK).',
    },
  ),
  subregion(
    'western-balkans',
    { en: 'Western Balkans', fr: 'Balkans occidentaux', ru: 'Западные Балканы' },
    ['ALB', 'BIH', 'MKD', 'MNE', 'SRB'],
    {
      note:
        'Albania, Bosnia and Herzegovina, Montenegro, North Macedonia and Serbia, the EU enlargement grouping. ' +
        'EU usage also includes Kosovo (XKX, under UNSC resolution 1244); Kosovo is not a UNECE member, so it ' +
        'is not in this UNECE subgroup.',
    },
  ),
  subregion(
    'eu-27',
    { en: 'European Union (27)', fr: 'Union européenne (27)', ru: 'Европейский союз (27)' },
    [
      ...['AUT', 'BEL', 'BGR', 'HRV', 'CYP', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'DEU', 'GRC', 'HUN', 'IRL'],
      ...['ITA', 'LVA', 'LTU', 'LUX', 'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'ESP', 'SWE'],
    ],
    {
      note:
        'The 27 member States of the European Union since the United Kingdom left on 1 February 2020. ' +
        'Not valid for years before 2020 (EU-28) or before Croatia joined on 1 July 2013.',
      url: 'https://european-union.europa.eu/principles-countries-history/eu-countries_en',
    },
  ),
  subregion(
    'efta',
    {
      en: 'European Free Trade Association',
      fr: 'Association européenne de libre-échange',
      ru: 'Европейская ассоциация свободной торговли',
    },
    ['ISL', 'LIE', 'NOR', 'CHE'],
    {
      note: 'The four EFTA States: Iceland, Liechtenstein, Norway and Switzerland.',
      url: 'https://www.efta.int/about-efta/the-efta-states',
    },
  ),
  subregion(
    'north-america',
    { en: 'North America', fr: 'Amérique du Nord', ru: 'Северная Америка' },
    ['CAN', 'USA'],
    {
      note: 'Canada and the United States, the two UNECE members outside Europe, Central Asia and Israel.',
      url: UNECE_SCOPE,
    },
  ),
  subregion(
    'eecca',
    {
      en: 'Eastern Europe, Caucasus and Central Asia',
      fr: 'Europe orientale, Caucase et Asie centrale',
      ru: 'Восточная Европа, Кавказ и Центральная Азия',
    },
    ['ARM', 'AZE', 'BLR', 'GEO', 'KAZ', 'KGZ', 'MDA', 'RUS', 'TJK', 'TKM', 'UKR', 'UZB'],
    {
      note:
        'EECCA: the twelve former Soviet republics other than the Baltic States, the grouping used by the ' +
        'OECD and UNECE in the "Environment for Europe" process and environmental reporting.',
    },
  ),
  subregion(
    'nordic',
    { en: 'Nordic countries', fr: 'Pays nordiques', ru: 'Северные страны' },
    ['DNK', 'FIN', 'ISL', 'NOR', 'SWE'],
    {
      note:
        'The five Nordic States of the Nordic Council (Denmark, Finland, Iceland, Norway, Sweden); the ' +
        'autonomous Faroe Islands, Greenland and Åland are not UNECE members and are left out.',
      url: 'https://www.norden.org/en',
    },
  ),
];
