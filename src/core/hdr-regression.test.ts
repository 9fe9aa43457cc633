/**
 * Published-data regression: every GII, HDI and GDI value and every GDI group in both bundled UNDP
 * HDR editions, recomputed from the published components in the same file (METHODS §1.5, §2, §6).
 */
// The core is pure; only this test reads the bundled CSVs.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { computeGdi, gdiGroup } from './gdi.ts';
import type { GdiInputs } from './gdi.ts';
import { computeGii } from './gii.ts';
import type { GiiInputs } from './gii.ts';
import { computeHdi, hdiCategory } from './hdi.ts';
import type { HdiCategory, HdiInputs } from './hdi.ts';

type Row = Record<string, string>;

function readHdr(edition: string): Row[] {
  const url = new URL(
    `../../data/undp-hdr/${edition}_Composite_indices_complete_time_series.csv`,
    import.meta.url,
  );
  return parse(new TextDecoder('windows-1252').decode(readFileSync(url)), { columns: true }) as Row[];
}

/** A cell as a number; `undefined` for an empty (missing) cell. */
function num(row: Row, column: string): number | undefined {
  const cell = row[column];
  return cell === undefined || cell === '' ? undefined : Number(cell);
}

/** Inputs read by column prefix; a missing cell stays `undefined`, as a caller would pass it. */
function inputs<K extends string>(
  row: Row,
  year: number,
  columns: Record<K, string>,
): Partial<Record<K, number>> {
  const entries = Object.entries(columns).map(([key, col]) => [key, num(row, `${col as string}_${year}`)]);
  return Object.fromEntries(entries) as Partial<Record<K, number>>;
}

const GII_COLUMNS: Record<keyof GiiInputs, string> = {
  mmr: 'mmr',
  abr: 'abr',
  prF: 'pr_f',
  prM: 'pr_m',
  seF: 'se_f',
  seM: 'se_m',
  lfprF: 'lfpr_f',
  lfprM: 'lfpr_m',
};
const HDI_COLUMNS: Record<keyof HdiInputs, string> = { le: 'le', eys: 'eys', mys: 'mys', gnipc: 'gnipc' };
const GDI_COLUMNS: Record<keyof GdiInputs, string> = {
  leF: 'le_f',
  leM: 'le_m',
  eysF: 'eys_f',
  eysM: 'eys_m',
  mysF: 'mys_f',
  mysM: 'mys_m',
  gnipcF: 'gni_pc_f',
  gnipcM: 'gni_pc_m',
};

const HDICODE: Readonly<Record<HdiCategory, string>> = {
  'very-high': 'Very High',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

/** Counts of published values, measured in the files and matching METHODS §6 where it states them. */
const EDITIONS = [
  {
    edition: 'HDR25',
    lastYear: 2023,
    gii: 4913,
    giiZeroSeatFailures: 80,
    giiAbrFailures: [
      'KOR 2019 ABR 0.925',
      'KOR 2020 ABR 0.799',
      'KOR 2021 ABR 0.539',
      'KOR 2022 ABR 0.651',
      'KOR 2023 ABR 0.537',
    ],
    hdi: 6314,
    // Inputs exist but UNDP publishes no HDI: LE below the 20-year goalpost (health index 0).
    hdiUnpublished: ['CAF 2009', 'CAF 2022'],
    gdi: 5243,
    gdiLastYear: 195,
    groups: 184,
  },
  {
    edition: 'HDR23-24',
    lastYear: 2022,
    gii: 4711,
    giiZeroSeatFailures: 51,
    giiAbrFailures: [],
    hdi: 6171,
    // Inputs exist (LE ≥ 20 except 1994) but UNDP publishes no HDI for Rwanda 1990–1994 in this edition.
    hdiUnpublished: ['RWA 1990', 'RWA 1991', 'RWA 1992', 'RWA 1993', 'RWA 1994'],
    gdi: 5014,
    gdiLastYear: 193,
    groups: 182,
  },
];

describe.each(EDITIONS)('published $edition', (expected) => {
  const rows = readHdr(expected.edition);
  const years = Array.from({ length: expected.lastYear - 1990 + 1 }, (_, i) => 1990 + i);
  const cells = rows.flatMap((row) => years.map((year) => ({ row, year, id: `${row.iso3} ${year}` })));

  it('has 206 rows (195 countries and territories, 11 ZZ aggregates) and every year column', () => {
    expect(rows).toHaveLength(206);
    expect(rows.filter((r) => r.iso3?.startsWith('ZZ'))).toHaveLength(11);
    expect(Object.keys(rows[0]!)).toContain(`gii_${expected.lastYear}`);
  });

  it(`reproduces all ${expected.gii} published GII values at 3 decimals`, () => {
    const published = cells.filter((c) => num(c.row, `gii_${c.year}`) !== undefined);
    const mismatches = published.flatMap(({ row, year, id }) => {
      const r = computeGii(inputs(row, year, GII_COLUMNS));
      return r.ok && r.rounded === num(row, `gii_${year}`) ? [] : [`${id}: ${JSON.stringify(r)}`];
    });
    expect(mismatches).toEqual([]);
    expect(published).toHaveLength(expected.gii);
  });

  it('has a GII exactly where all 8 inputs exist (computeGii is ok iff a value is published)', () => {
    const exceptions = cells.filter(
      ({ row, year }) =>
        computeGii(inputs(row, year, GII_COLUMNS)).ok !== (num(row, `gii_${year}`) !== undefined),
    );
    expect(exceptions.map((c) => c.id)).toEqual([]);
  });

  it(`breaks ${expected.giiZeroSeatFailures} zero-seat GII values with the technical notes' 0.1 % floor`, () => {
    // At 0.1 % the floor hits zero seat shares (stored as 0 or 0.01) and, as births per woman, any
    // ABR below 1 per 1,000: Korea's ABR 0.54–0.93 (HDR25) is used unfloored by UNDP.
    const failing = cells.filter(({ row, year }) => {
      const published = num(row, `gii_${year}`);
      const r = computeGii(inputs(row, year, GII_COLUMNS), { floorPercent: 0.1 });
      return published !== undefined && (!r.ok || r.rounded !== published);
    });
    const zeroSeats = failing.filter(({ row, year }) => num(row, `pr_f_${year}`)! <= 0.01);
    const others = failing.filter((c) => !zeroSeats.includes(c));
    expect(zeroSeats).toHaveLength(expected.giiZeroSeatFailures);
    expect(others.map(({ row, year }) => `${row.iso3} ${year} ABR ${num(row, `abr_${year}`)}`)).toEqual(
      expected.giiAbrFailures,
    );
  });

  it(`reproduces all ${expected.hdi} published HDI values at 3 decimals`, () => {
    const published = cells.filter((c) => num(c.row, `hdi_${c.year}`) !== undefined);
    const mismatches = published.flatMap(({ row, year, id }) => {
      const r = computeHdi(inputs(row, year, HDI_COLUMNS));
      return r.ok && r.rounded === num(row, `hdi_${year}`) ? [] : [`${id}: ${JSON.stringify(r)}`];
    });
    expect(mismatches).toEqual([]);
    expect(published).toHaveLength(expected.hdi);
  });

  it('has an HDI where all 4 inputs exist, except the listed unpublished cells', () => {
    const exceptions = cells.filter(
      ({ row, year }) =>
        computeHdi(inputs(row, year, HDI_COLUMNS)).ok !== (num(row, `hdi_${year}`) !== undefined),
    );
    expect(exceptions.map((c) => c.id)).toEqual(expected.hdiUnpublished);
  });

  it(`reproduces all ${expected.gdi} published GDI values (every year) at 3 decimals, and HDI_f, HDI_m`, () => {
    const published = cells.filter((c) => num(c.row, `gdi_${c.year}`) !== undefined);
    const mismatches = published.flatMap(({ row, year, id }) => {
      const r = computeGdi(inputs(row, year, GDI_COLUMNS));
      const ok =
        r.ok &&
        r.rounded === num(row, `gdi_${year}`) &&
        Math.abs(r.components.female.hdi - num(row, `hdi_f_${year}`)!) < 1e-8 &&
        Math.abs(r.components.male.hdi - num(row, `hdi_m_${year}`)!) < 1e-8;
      return ok ? [] : [`${id}: ${JSON.stringify(r)}`];
    });
    expect(mismatches).toEqual([]);
    expect(published).toHaveLength(expected.gdi);
    expect(published.filter((c) => c.year === expected.lastYear)).toHaveLength(expected.gdiLastYear);
  });

  it('has a GDI exactly where all 8 inputs exist', () => {
    const exceptions = cells.filter(
      ({ row, year }) =>
        computeGdi(inputs(row, year, GDI_COLUMNS)).ok !== (num(row, `gdi_${year}`) !== undefined),
    );
    expect(exceptions.map((c) => c.id)).toEqual([]);
  });

  it(`reproduces all ${expected.groups} published GDI groups from the published and the computed GDI`, () => {
    const y = expected.lastYear;
    const grouped = rows.filter((row) => num(row, `gdi_group_${y}`) !== undefined);
    const mismatches = grouped.flatMap((row) => {
      const group = num(row, `gdi_group_${y}`);
      const computed = computeGdi(inputs(row, y, GDI_COLUMNS));
      const fromPublished = gdiGroup(num(row, `gdi_${y}`)!)?.group;
      const fromComputed = computed.ok ? gdiGroup(computed.value)?.group : undefined;
      return fromPublished === group && fromComputed === group
        ? []
        : [`${row.iso3}: ${group} ${fromPublished}`];
    });
    expect(mismatches).toEqual([]);
    expect(grouped).toHaveLength(expected.groups);
  });

  it('assigns each country its published HDI group (hdicode) from its latest published HDI', () => {
    const coded = rows.filter((row) => Object.values(HDICODE).includes(row.hdicode ?? ''));
    const mismatches = coded.flatMap((row) => {
      const category = hdiCategory(num(row, `hdi_${expected.lastYear}`) ?? Number.NaN);
      return category !== undefined && HDICODE[category] === row.hdicode
        ? []
        : [`${row.iso3} ${row.hdicode}`];
    });
    expect(mismatches).toEqual([]);
    expect(coded.length).toBeGreaterThanOrEqual(190);
  });
});
