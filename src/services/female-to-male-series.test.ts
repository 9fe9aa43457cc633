import { describe, expect, it } from 'vitest';
import type { ObservationRead } from '../store/observation-reads.ts';
import { femaleToMaleSeries } from './female-to-male-series.ts';

function obs(
  sourceId: number,
  edition: string,
  year: number,
  dims: Record<string, string>,
  value: number | null,
  indicator = 'hdr.lfpr',
): ObservationRead {
  return {
    indicator,
    area: 'KAZ',
    period: String(year),
    periodStart: year,
    dims,
    value,
    text: null,
    status: null,
    footnote: null,
    dataset: sourceId === 3 ? 'unsd-minset' : 'undp-hdr-composite',
    edition,
    sourceId,
  };
}

// Kazakhstan's labour-force participation (data/undp-hdr): HDR25 2015 F 64.94 / M 75.75,
// 2022 F 63.3 / M 74.6; HDR23-24 2015 F 67.92 / M 76.41.
const rows = [
  obs(1, 'HDR25', 2015, { sex: 'F' }, 64.94),
  obs(1, 'HDR25', 2015, { sex: 'M' }, 75.75),
  obs(1, 'HDR25', 2022, { sex: 'F' }, 63.3),
  obs(1, 'HDR25', 2022, { sex: 'M' }, 74.6),
  obs(2, 'HDR23-24', 2015, { sex: 'F' }, 67.92),
  obs(2, 'HDR23-24', 2015, { sex: 'M' }, 76.41),
  obs(2, 'HDR23-24', 2016, { sex: 'F' }, 66),
  obs(2, 'HDR23-24', 2016, { sex: 'M' }, 0),
  obs(1, 'HDR25', 2015, {}, 70, 'hdr.mys'),
];

describe(femaleToMaleSeries, () => {
  it('divides women’s value by men’s × 100 per year, one series per edition, newest data first', () => {
    const list = femaleToMaleSeries(rows, 'hdr.lfpr');
    expect(list.map((s) => [s.edition, s.dims, s.points.map((p) => p.year)])).toEqual([
      ['HDR25', {}, [2015, 2022]],
      // 2016 has a male value of 0: no ratio.
      ['HDR23-24', {}, [2015]],
    ]);
    expect(list[0]!.points[1]!.value).toBeCloseTo((100 * 63.3) / 74.6, 12);
    expect(list[1]!.points[0]!.value).toBeCloseTo((100 * 67.92) / 76.41, 12);
  });

  it('keeps the breakdown with the most paired years, other dimensions kept', () => {
    const unsd = [
      obs(3, 'minset', 2008, { sex: 'F', age: 'Y_GE15' }, 66.68, 'unsd.lfpr'),
      obs(3, 'minset', 2008, { sex: 'M', age: 'Y_GE15' }, 76.1, 'unsd.lfpr'),
      obs(3, 'minset', 2002, { sex: 'F', age: 'Y_GE15' }, 65, 'unsd.lfpr'),
      obs(3, 'minset', 2002, { sex: 'M', age: 'Y_GE15' }, 75, 'unsd.lfpr'),
      obs(3, 'minset', 2008, { sex: 'F', age: 'Y15T24' }, 40, 'unsd.lfpr'),
      obs(3, 'minset', 2008, { sex: 'M', age: 'Y15T24' }, 50, 'unsd.lfpr'),
      obs(3, 'minset', 2009, { sex: 'F', age: 'Y15T24' }, 41, 'unsd.lfpr'),
    ];
    const [s] = femaleToMaleSeries(unsd, 'unsd.lfpr');
    expect(s?.dims).toEqual({ age: 'Y_GE15' });
    expect(s?.points.map((p) => p.year)).toEqual([2002, 2008]);
  });

  it('gives nothing without both sexes', () => {
    expect(femaleToMaleSeries(rows, 'hdr.mys')).toEqual([]);
  });
});
