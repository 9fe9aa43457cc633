import { describe, expect, it } from 'vitest';
import { hdrComponents } from './hdr-components.ts';
import { parseHdr } from './hdr.ts';
import { fileBytes } from './read-csv.ts';
import type { ParsedObservation } from './types.ts';

const HDR25 = 'data/undp-hdr/HDR25_Composite_indices_complete_time_series.csv';

describe(hdrComponents, () => {
  it('gives the published KAZ 2022 inputs of GII, HDI and GDI from HDR25', async () => {
    const rows = hdrComponents(await parseHdr({ file: HDR25, bytes: fileBytes(HDR25) }));
    // Values as printed in the HDR25 file, row KAZ, columns *_2022 (gdi_group exists for 2023 only).
    expect(rows.find((r) => r.area === 'KAZ' && r.period === '2022')).toEqual({
      area: 'KAZ',
      period: '2022',
      gii: 0.168,
      mmr: 13.38363194,
      abr: 18.412,
      prF: 24.67532468,
      prM: 75.32467532,
      seF: 100,
      seM: 100,
      lfprF: 63.3,
      lfprM: 74.6,
      hdi: 0.831,
      le: 73.503,
      eys: 14.01886082,
      mys: 12.54717423,
      gnipc: 30149.2581,
      gdi: 1.004,
      hdiF: 0.830531022,
      hdiM: 0.827364326,
      leF: 77.752,
      leM: 68.986,
      eysF: 14.19697762,
      eysM: 13.84862709,
      mysF: 12.56896828,
      mysM: 12.52719642,
      gnipcF: 24121.45714,
      gnipcM: 36509.53982,
    });
    const kaz2023 = rows.find((r) => r.area === 'KAZ' && r.period === '2023');
    expect(kaz2023).toMatchObject({ gii: 0.182, gdiGroup: 1, gdi: 1.004 });
    // 206 areas; 1990–2023 is 34 years, but some areas have no value at all in early years.
    expect(new Set(rows.map((r) => r.area)).size).toBe(206);
    expect(rows.filter((r) => r.gii !== undefined)).toHaveLength(4913);
  });

  const obs = (
    indicator: string,
    area: string,
    period: string,
    value: number,
    dims = {},
  ): ParsedObservation => ({
    indicator,
    area,
    period,
    dims,
    value,
    line: 2,
  });

  it.each([
    ['an indicator that is not a component', obs('hdr.co2_prod', 'KAZ', '2022', 13.1)],
    ['a dimension other than sex', obs('hdr.gii', 'KAZ', '2022', 0.2, { age: 'Y_GE15' })],
    ['a sex on a total-only component', obs('hdr.gii', 'KAZ', '2022', 0.2, { sex: 'F' })],
  ])('ignores %s', (_, o) => {
    expect(hdrComponents({ observations: [o] })).toEqual([]);
  });

  it('sorts by area then period and leaves missing components undefined', () => {
    const rows = hdrComponents({
      observations: [
        obs('hdr.pr', 'ZZK.WORLD', '2023', 27.2, { sex: 'F' }),
        obs('hdr.mmr', 'KAZ', '2023', 13.4),
        obs('hdr.mmr', 'KAZ', '1990', 71),
      ],
    });
    expect(rows).toEqual([
      { area: 'KAZ', period: '1990', mmr: 71 },
      { area: 'KAZ', period: '2023', mmr: 13.4 },
      { area: 'ZZK.WORLD', period: '2023', prF: 27.2 },
    ]);
    expect(rows[0]?.gii).toBeUndefined();
  });
});
