import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { RegionSet } from '../region-set.ts';

/** HDR editions bundled in data/undp-hdr, newest first. */
export const HDR_EDITIONS = ['HDR25', 'HDR23-24'] as const;
export type HdrEdition = (typeof HDR_EDITIONS)[number];

const HDR_URL = 'https://hdr.undp.org/data-center/documentation-and-downloads';

/** The bundled composite-indices CSV of an edition. */
export function hdrCsvUrl(edition: HdrEdition): URL {
  return new URL(
    `../../../data/undp-hdr/${edition}_Composite_indices_complete_time_series.csv`,
    import.meta.url,
  );
}

interface Grouping {
  readonly value: string;
  readonly slug: string;
  readonly name: RegionSet['name'];
  readonly aggregateArea?: string;
}

/** Values of the `region` column; UNDP gives one only to developing countries. */
export const HDR_REGIONS: readonly Grouping[] = [
  {
    value: 'AS',
    slug: 'as',
    name: { en: 'Arab States', fr: 'États arabes', ru: 'Арабские государства' },
    aggregateArea: 'ZZE.AS',
  },
  {
    value: 'EAP',
    slug: 'eap',
    name: {
      en: 'East Asia and the Pacific',
      fr: 'Asie de l’Est et Pacifique',
      ru: 'Восточная Азия и Тихий океан',
    },
    aggregateArea: 'ZZF.EAP',
  },
  {
    value: 'ECA',
    slug: 'eca',
    name: { en: 'Europe and Central Asia', fr: 'Europe et Asie centrale', ru: 'Европа и Центральная Азия' },
    aggregateArea: 'ZZG.ECA',
  },
  {
    value: 'LAC',
    slug: 'lac',
    name: {
      en: 'Latin America and the Caribbean',
      fr: 'Amérique latine et Caraïbes',
      ru: 'Латинская Америка и Карибский бассейн',
    },
    aggregateArea: 'ZZH.LAC',
  },
  {
    value: 'SA',
    slug: 'sa',
    name: { en: 'South Asia', fr: 'Asie du Sud', ru: 'Южная Азия' },
    aggregateArea: 'ZZI.SA',
  },
  {
    value: 'SSA',
    slug: 'ssa',
    name: { en: 'Sub-Saharan Africa', fr: 'Afrique subsaharienne', ru: 'Африка к югу от Сахары' },
    aggregateArea: 'ZZJ.SSA',
  },
];

/** Values of the `hdicode` column. HDR25 also marks PRK and MCO 'Other Countries or Territories'. */
export const HDI_GROUPS: readonly Grouping[] = [
  {
    value: 'Very High',
    slug: 'very-high',
    name: {
      en: 'Very high human development',
      fr: 'Développement humain très élevé',
      ru: 'Очень высокий уровень человеческого развития',
    },
    aggregateArea: 'ZZA.VHHD',
  },
  {
    value: 'High',
    slug: 'high',
    name: {
      en: 'High human development',
      fr: 'Développement humain élevé',
      ru: 'Высокий уровень человеческого развития',
    },
    aggregateArea: 'ZZB.HHD',
  },
  {
    value: 'Medium',
    slug: 'medium',
    name: {
      en: 'Medium human development',
      fr: 'Développement humain moyen',
      ru: 'Средний уровень человеческого развития',
    },
    aggregateArea: 'ZZC.MHD',
  },
  {
    value: 'Low',
    slug: 'low',
    name: {
      en: 'Low human development',
      fr: 'Développement humain faible',
      ru: 'Низкий уровень человеческого развития',
    },
    aggregateArea: 'ZZD.LHD',
  },
  {
    value: 'Other Countries or Territories',
    slug: 'other',
    name: {
      en: 'Other countries or territories (no HDI group)',
      fr: 'Autres pays ou territoires (sans groupe IDH)',
      ru: 'Другие страны или территории (без группы ИЧР)',
    },
  },
];

/** One classification row of an HDR file (countries only; `ZZ*` aggregates are left out). */
export interface HdrClassification {
  readonly iso3: string;
  readonly hdicode: string;
  readonly region: string;
}

/**
 * Reads the `iso3`, `hdicode` and `region` columns of an HDR composite-indices CSV
 * (windows-1252, as UNDP publishes it). Rows whose iso3 starts with `ZZ` are aggregates and are
 * skipped. Throws when a column is missing.
 */
export function readHdrClassifications(bytes: Uint8Array): HdrClassification[] {
  const text = new TextDecoder('windows-1252').decode(bytes);
  const rows = parse(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const first = rows[0] ?? {};
  for (const column of ['iso3', 'hdicode', 'region'])
    if (!(column in first)) throw new Error(`HDR file: missing column "${column}"`);
  return rows
    .filter((r) => !r['iso3']!.startsWith('ZZ'))
    .map((r) => ({ iso3: r['iso3']!, hdicode: r['hdicode']!, region: r['region']! }));
}

/**
 * Builds the HDR region and HDI-group sets of an edition from its classification rows. Groups
 * with no member (e.g. 'Other' in HDR23-24) are left out. Throws on a region or hdicode value
 * that is not known, so a new UNDP label is noticed rather than dropped.
 */
export function hdrSetsFromClassifications(edition: string, rows: readonly HdrClassification[]): RegionSet[] {
  for (const r of rows) {
    if (r.region && !HDR_REGIONS.some((g) => g.value === r.region))
      throw new Error(`${edition}: ${r.iso3}: unknown region "${r.region}"`);
    if (r.hdicode && !HDI_GROUPS.some((g) => g.value === r.hdicode))
      throw new Error(`${edition}: ${r.iso3}: unknown hdicode "${r.hdicode}"`);
  }
  const regions = HDR_REGIONS.map((g) =>
    toSet(
      edition,
      'hdr-region',
      g,
      rows.filter((r) => r.region === g.value).map((r) => r.iso3),
    ),
  );
  const groups = HDI_GROUPS.map((g) =>
    toSet(
      edition,
      'hdi-group',
      g,
      rows.filter((r) => r.hdicode === g.value).map((r) => r.iso3),
    ),
  );
  return [...regions, ...groups].filter((s) => s.members.length > 0);
}

function toSet(edition: string, kind: 'hdr-region' | 'hdi-group', g: Grouping, members: string[]): RegionSet {
  const column = kind === 'hdr-region' ? 'region' : 'hdicode';
  return {
    code: `${kind}-${g.slug}`,
    version: edition,
    kind,
    name: g.name,
    source: {
      note:
        `UNDP Human Development Report Office, ${edition} composite indices time series: the countries whose ` +
        `"${column}" column is "${g.value}" (data/undp-hdr). Membership changes between editions.`,
      url: HDR_URL,
    },
    members: [...members].sort(),
    ...(g.aggregateArea ? { aggregateArea: g.aggregateArea } : {}),
  };
}

const cache = new Map<HdrEdition, RegionSet[]>();

/** The HDR region and HDI-group sets of a bundled edition; reads the CSV on first use, then caches. */
export function hdrRegionSets(edition: HdrEdition): RegionSet[] {
  let sets = cache.get(edition);
  if (!sets) {
    sets = hdrSetsFromClassifications(edition, readHdrClassifications(readFileSync(hdrCsvUrl(edition))));
    cache.set(edition, sets);
  }
  return sets;
}
