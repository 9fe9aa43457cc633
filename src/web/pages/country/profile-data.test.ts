import { describe, expect, it } from 'vitest';
import {
  decompositionRows,
  editionDifference,
  firstAndLast,
  giiInputsOf,
  giiOf,
  hasAllInputs,
  hasNationalSeries,
  latestRow,
  missingParts,
  normaliseIso3,
  parseSeatShare,
  sourceKind,
} from './profile-data.ts';
import type { CountryProfile, GiiSeriesRow } from './profile-types.ts';

// Kazakhstan, HDR25 (data/undp-hdr/HDR25_Composite_indices_complete_time_series.csv), as the
// profile's `gii.series` gives each year: the published and computed GII and the eight inputs.
const NO_INPUTS = {
  mmr: null,
  abr: null,
  prF: null,
  prM: null,
  seF: null,
  seM: null,
  lfprF: null,
  lfprM: null,
};
const KAZ_2022: GiiSeriesRow = {
  year: 2022,
  value: 0.168,
  computed: 0.168,
  mmr: 13.38363194,
  abr: 18.412,
  prF: 24.67532468,
  prM: 75.32467532,
  seF: 100,
  seM: 100,
  lfprF: 63.3,
  lfprM: 74.6,
};
const KAZ_2023: GiiSeriesRow = {
  year: 2023,
  value: 0.182,
  computed: 0.182,
  mmr: 13.38363194,
  abr: 18.235,
  prF: 19.59459459,
  prM: 80.40540541,
  seF: 100,
  seM: 100,
  lfprF: 63.3,
  lfprM: 74.6,
};
const KAZ_2024_EMPTY: GiiSeriesRow = { year: 2024, value: null, computed: null, ...NO_INPUTS, prF: 30 };

describe('giiInputsOf', () => {
  it.each([
    ['2022', KAZ_2022, 'abr', 18.412],
    ['2023', KAZ_2023, 'prF', 19.59459459],
    ['missing', KAZ_2024_EMPTY, 'mmr', null],
  ] as const)('reads %s inputs', (_label, row, name, expected) => {
    expect(giiInputsOf(row)[name]).toBe(expected);
  });
});

describe('latestRow', () => {
  const series = [KAZ_2022, KAZ_2023, KAZ_2024_EMPTY];
  it.each([
    [undefined, 2023],
    ['prF', 2024],
    ['mmr', 2023],
  ] as const)('latest with %s is %i', (input, year) => {
    expect(latestRow(series, input)?.year).toBe(year);
  });
  it('is undefined for an empty series', () => {
    expect(latestRow([])).toBeUndefined();
  });
});

describe('firstAndLast', () => {
  it.each([
    [
      [
        { year: 2023, value: 0.182 },
        { year: 1990, value: null },
        { year: 2000, value: 0.364 },
      ],
      2000,
      2023,
    ],
    [[{ year: 2022, value: 0.177 }], 2022, 2022],
  ])('spans %j', (points, from, to) => {
    const r = firstAndLast(points);
    expect([r?.first.year, r?.last.year]).toEqual([from, to]);
  });
  it('is null without values', () => {
    expect(firstAndLast([{ year: 2000, value: null }])).toBeNull();
  });
});

describe('decompositionRows', () => {
  // decomposeGii(KAZ 2023, HDR25) from src/core/gii-decomposition.ts: contributions add up to the GII.
  const rows = decompositionRows({
    byIndicator: {
      mmr: 0.011222767637208149,
      abr: 0.12606161261928128,
      pr: 0.03928097723743076,
      se: 0,
      lfpr: 0.0057126130782394775,
    },
  });
  it.each([
    ['mmr', 'reproductiveHealth', 6.157],
    ['abr', 'reproductiveHealth', 69.16],
    ['pr', 'empowerment', 21.55],
    ['se', 'empowerment', 0],
    ['lfpr', 'labourMarket', 3.134],
  ] as const)('%s belongs to %s and has %f % of the total', (indicator, dimension, share) => {
    const row = rows.find((r) => r.indicator === indicator);
    expect(row?.dimension).toBe(dimension);
    expect(row?.share).toBeCloseTo(share, 1);
  });
  it('has null shares when every contribution is 0', () => {
    const zero = decompositionRows({ byIndicator: { mmr: 0, abr: 0, pr: 0, se: 0, lfpr: 0 } });
    expect(zero.map((r) => r.share)).toEqual([null, null, null, null, null]);
  });
});

describe('sourceKind', () => {
  it.each([
    ['open-sdg-kaz', 'national'],
    ['open-sdg-gbr', 'national'],
    ['unsd-minset', 'unsd'],
    ['wdi', 'wdi'],
    ['undp-hdr-composite', 'hdr'],
    ['ipu', 'other'],
  ])('%s is %s', (dataset, kind) => {
    expect(sourceKind(dataset)).toBe(kind);
  });
});

describe('hasNationalSeries', () => {
  // The dataset alone marks a national platform, whatever `kind` says.
  const series = (dataset: string) => ({ dataset, kind: 'international' as const });
  it.each([
    [['open-sdg-kaz', 'unsd-minset'], true],
    [['unsd-minset', 'wdi', 'undp-hdr-composite'], false],
  ])('%j → %s', (datasets, expected) => {
    expect(hasNationalSeries({ series: datasets.map(series) })).toBe(expected);
  });
});

describe('missingParts', () => {
  // A headline index the store cannot give is absent (here the GDI and HDI).
  const base: CountryProfile = {
    country: {
      iso3: 'KAZ',
      iso2: 'KZ',
      m49: '398',
      name: 'Kazakhstan',
      names: { en: 'Kazakhstan', fr: 'Kazakhstan', ru: 'Казахстан' },
    },
    edition: 'HDR25',
    headline: [
      {
        index: 'gii',
        edition: 'HDR25',
        year: 2023,
        value: 0.182,
        rankUnece: null,
        rankWorld: null,
      },
    ],
    gii: { series: [KAZ_2023], decomposition: null },
    comparisons: [],
    editions: [{ edition: 'HDR25', gii: [{ year: 2023, value: 0.182 }] }],
    sources: [],
  };
  it('names the missing headline indices and sections', () => {
    expect(missingParts(base)).toEqual(['gdi', 'hdi', 'comparisons']);
  });
  it('names everything for an empty profile', () => {
    const empty = { ...base, headline: [], gii: { series: [], decomposition: null }, editions: [] };
    expect(missingParts(empty)).toEqual(['gii', 'gdi', 'hdi', 'giiSeries', 'comparisons', 'editions']);
  });
});

describe('normaliseIso3', () => {
  it.each([
    ['KAZ', 'KAZ'],
    ['kgz', 'KGZ'],
    [' uzb ', 'UZB'],
    ['KZ', null],
    ['KAZA', null],
    ['K1Z', null],
    [undefined, null],
  ])('%s → %s', (raw, expected) => {
    expect(normaliseIso3(raw)).toBe(expected);
  });
});

describe('parseSeatShare', () => {
  it.each([
    ['19.6', 19.6],
    ['27,1', 27.1],
    ['50', 50],
    ['0', 0],
    ['100', 100],
    ['100.1', null],
    ['-5', null],
    ['', null],
    ['abc', null],
    ['1e2', null],
  ])('%s → %s', (raw, expected) => {
    expect(parseSeatShare(raw)).toBe(expected);
  });
});

describe('editionDifference', () => {
  // KAZ GII as published: HDR25 2022 = 0.168, 2023 = 0.182; HDR23-24 2022 = 0.177.
  const hdr25 = {
    edition: 'HDR25',
    gii: [
      { year: 2022, value: 0.168 },
      { year: 2023, value: 0.182 },
    ],
  };
  const hdr2324 = { edition: 'HDR23-24', gii: [{ year: 2022, value: 0.177 }] };
  it.each([
    [[hdr25, hdr2324], 2022, [0.168, 0.177]],
    [[hdr25, { edition: 'HDR23-24', gii: [{ year: 2022, value: 0.168 }] }], null, null],
    [[hdr25], null, null],
  ])('%#', (editions, year, values) => {
    const d = editionDifference(editions);
    expect(d?.year ?? null).toBe(year);
    expect(d ? d.values.map((v) => v.value) : null).toEqual(values);
  });
});

describe('giiOf and hasAllInputs', () => {
  // HDR25 KAZ 2023: published 0.182; a year with only the published value has no inputs to recompute.
  it.each([
    [KAZ_2023, 0.182, true],
    [{ year: 2023, value: null, computed: 0.182, ...NO_INPUTS }, 0.182, false],
    [{ ...KAZ_2023, value: null }, 0.182, true],
    [KAZ_2024_EMPTY, null, false],
    [KAZ_2022, 0.168, true],
  ])('%#', (row, gii, all) => {
    expect(giiOf(row)).toBe(gii);
    expect(hasAllInputs(row)).toBe(all);
  });
});
