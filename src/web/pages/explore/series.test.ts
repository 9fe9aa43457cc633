import { describe, expect, it } from 'vitest';
import type { Observation } from '../../components/api-types.ts';
import { shownYear, toSeries } from './series.ts';

function obs(
  area: string,
  year: number,
  value: number | null,
  extra: Partial<Observation> = {},
): Observation {
  return {
    indicator: 'hdr.gii',
    area,
    areaName: area,
    period: String(year),
    year,
    dims: {},
    value,
    text: null,
    status: null,
    footnote: null,
    dataset: 'undp-hdr-composite',
    edition: 'HDR25',
    ...extra,
  };
}

describe('toSeries', () => {
  it('keeps numeric values, one per country and year (KAZ GII HDR25: 0.168 in 2022, 0.182 in 2023)', () => {
    const s = toSeries([
      obs('UZB', 2023, 0.2),
      obs('KAZ', 2023, 0.182),
      obs('KAZ', 2022, 0.168),
      obs('TKM', 2023, null),
    ]);
    expect(s.points.map((p) => [p.iso3, p.year, p.value])).toEqual([
      ['KAZ', 2022, 0.168],
      ['KAZ', 2023, 0.182],
      ['UZB', 2023, 0.2],
    ]);
    expect(s.years).toEqual([2022, 2023]);
    expect(s.mixed).toBe(false);
  });

  it('flags several breakdowns for one place and keeps the first', () => {
    const s = toSeries([
      obs('KAZ', 2021, 27.1, { dims: { sex: 'F' } }),
      obs('KAZ', 2021, 72.9, { dims: { sex: 'M' } }),
    ]);
    expect(s.mixed).toBe(true);
    expect(s.points.map((p) => p.value)).toEqual([27.1]);
  });

  it('does not flag an exact duplicate row', () => {
    expect(toSeries([obs('KAZ', 2021, 1), obs('KAZ', 2021, 1)]).mixed).toBe(false);
  });
});

describe('shownYear', () => {
  it.each([
    [[2021, 2022, 2023], 2022, 2022],
    [[2021, 2022, 2023], 2019, 2023],
    [[2021, 2022, 2023], null, 2023],
    [[], 2020, null],
  ])('%j, %s → %s', (years, chosen, expected) => {
    expect(shownYear(years, chosen)).toBe(expected);
  });
});
