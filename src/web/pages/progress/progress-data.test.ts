import { describe, expect, it } from 'vitest';
import {
  editionSiblings,
  groupByConcept,
  latest,
  lineAt,
  rowKey,
  trendLine,
  yDomain,
} from './progress-data.ts';
import type { ProgressRow, SeriesHead } from './progress-types.ts';

/** A row with what these helpers read (indicator, series, points); the assessment is not used. */
function row(
  code: string,
  concept: string,
  series: Partial<SeriesHead>,
  points: [number, number][] = [],
): ProgressRow {
  return {
    indicator: { code, concept, name: code, unit: 'index', direction: 'lower-is-better' },
    series: {
      dataset: 'undp-hdr-composite',
      edition: 'HDR25',
      source: 'HDR25',
      kind: 'international',
      dims: {},
      breakdown: 'total',
      ...series,
    },
    points: points.map(([year, value]) => ({ year, value })),
  } as unknown as ProgressRow;
}

// KAZ, bundled data: GII in both HDR editions; SDG 5.5.1 from the national platform in two series.
const GII25 = row('hdr.gii', 'gii', {}, [
  [2021, 0.182],
  [2022, 0.168],
  [2023, 0.182],
]);
const GII24 = row('hdr.gii', 'gii', { edition: 'HDR23-24', source: 'HDR23-24' }, [
  [2021, 0.177],
  [2022, 0.177],
]);
const PARL = row('sdg.5.5.1', 'women-parliament-seats', {
  dataset: 'open-sdg-kaz',
  edition: '2024-10-24',
  dims: { unit: 'PT', series: 'SG_GEN_PARL' },
  breakdown: 'preferred',
});
const LOCAL = row('sdg.5.5.1', 'women-local-government-seats', {
  dataset: 'open-sdg-kaz',
  edition: '2024-10-24',
  dims: { series: 'SG_GEN_LOCG', unit: 'PT' },
  breakdown: 'extra',
});
const GDI = row('hdr.gdi', 'gdi', {});

describe('rowKey', () => {
  it('names indicator, source edition, breakdown and sorted dimensions', () => {
    expect(rowKey(GII25)).toBe('hdr.gii|undp-hdr-composite|HDR25|total|');
    expect(rowKey(PARL)).toBe('sdg.5.5.1|open-sdg-kaz|2024-10-24|preferred|series:SG_GEN_PARL;unit:PT');
    expect(rowKey(LOCAL)).toBe('sdg.5.5.1|open-sdg-kaz|2024-10-24|extra|series:SG_GEN_LOCG;unit:PT');
  });

  it('tells every row of the KAZ sample apart', () => {
    const keys = [GII25, GII24, PARL, LOCAL, GDI].map(rowKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('editionSiblings', () => {
  const rows = [GII25, GII24, GDI, PARL, LOCAL];
  it('puts the row first, then the same series of other editions', () => {
    expect(editionSiblings(rows, GII24)).toEqual([GII24, GII25]);
    expect(editionSiblings(rows, GII25)).toEqual([GII25, GII24]);
  });
  it('does not mix series of one code with other breakdowns', () => {
    expect(editionSiblings(rows, PARL)).toEqual([PARL]);
    expect(editionSiblings(rows, GDI)).toEqual([GDI]);
  });
});

describe('latest', () => {
  it.each([
    [GII25.points, { year: 2023, value: 0.182 }],
    [
      [
        { year: 2022, value: 0.168 },
        { year: 2000, value: 0.37 },
      ],
      { year: 2022, value: 0.168 },
    ],
    [[], undefined],
  ])('%j → %j', (points, expected) => {
    expect(latest(points)).toEqual(expected);
  });
});

describe('trendLine', () => {
  // KAZ GII, HDR25, ordinary least squares over 2015–2023 (GET /api/progress/countries/KAZ).
  const fit = {
    slope: -0.0052833333333333335,
    intercept: 10.85905,
    weighting: 'none',
    n: 9,
    fromYear: 2015,
    toYear: 2023,
  } as const;

  it('draws the fitted span and its projection to the target year', () => {
    const line = trendLine(fit, 2030);
    expect(line.fitted.map((p) => p.year)).toEqual([2015, 2023]);
    // The line passes through the mean (0.192 in 2019): 0.192 + 4 × 0.0052833 in 2015.
    expect(line.fitted[0]!.value).toBeCloseTo(0.21313, 5);
    expect(line.projected.map((p) => p.year)).toEqual([2023, 2030]);
    // The API's projection for 2030: 0.1338833.
    expect(line.projected[1]!.value).toBeCloseTo(0.1338833, 6);
    expect(lineAt(fit, 2030)).toBeCloseTo(0.1338833, 6);
  });

  it('draws no projection to a year inside the fitted span', () => {
    expect(trendLine(fit, 2020).projected).toEqual([]);
  });
});

describe('groupByConcept', () => {
  it('keeps the API order of concepts and rows', () => {
    const groups = groupByConcept([GII25, GII24, GDI, PARL, LOCAL]);
    expect(groups.map((g) => [g.concept, g.rows.length])).toEqual([
      ['gii', 2],
      ['gdi', 1],
      ['women-parliament-seats', 1],
      ['women-local-government-seats', 1],
    ]);
  });
});

describe('yDomain', () => {
  it.each([
    // KAZ GII, HDR25 2000–2023 and its trend: from zero.
    [
      [0.37, 0.168, 0.182, 0.134],
      [0, 0.37],
    ],
    // KAZ women's seats (national platform) against the parity target 50: from zero.
    [
      [22.2, 30.5, 23, 50],
      [0, 50],
    ],
    // KAZ GDI, HDR23-24 (0.997–1.000) and parity 1: its own range, with a margin.
    [
      [0.997, 0.998, 1],
      [0.9967, 1.0003],
    ],
    [
      [5, 5],
      [4.75, 5.25],
    ],
    [
      [-2, 3],
      [-2.5, 3.5],
    ],
    [[], [0, 1]],
  ] as const)('%j → %j', (values, [lo, hi]) => {
    const [a, b] = yDomain(values);
    expect(a).toBeCloseTo(lo, 6);
    expect(b).toBeCloseTo(hi, 6);
  });
});
