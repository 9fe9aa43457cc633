import { describe, expect, it } from 'vitest';
import type { ObservationRead } from '../store/observation-reads.ts';
import { buildComparisons, chooseBreakdown } from './profile-comparisons.ts';

function obs(
  indicator: string,
  dims: Record<string, string>,
  year: number,
  value: number,
  dataset: string,
  edition: string,
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
    dataset,
    edition,
    sourceId: dataset === 'undp-hdr-composite' ? (edition === 'HDR25' ? 1 : 2) : dataset.length,
  };
}

// Breakdowns as the bundled data has them: Kazakhstan's platform codes the national parliament
// SG_GEN_PARL and local councils SG_GEN_LOCG; the UK's names the House of Commons, with 1974's two
// elections as sub-periods a and b.
const KAZ_551 = [
  obs('sdg.5.5.1', { series: 'SG_GEN_LOCG', unit: 'PT' }, 2023, 18.4, 'open-sdg-kaz', '2024-10-24'),
  obs('sdg.5.5.1', { series: 'SG_GEN_PARL', unit: 'PT' }, 2023, 23, 'open-sdg-kaz', '2024-10-24'),
];
const GBR_551 = [
  obs(
    'sdg.5.5.1',
    { series: 'House of Lords', unit: 'Percentage (%)', unit_multiplier: 'Units' },
    2022,
    27.995110024449875,
    'open-sdg-gbr',
    '2025-09-24',
  ),
  obs(
    'sdg.5.5.1',
    { series: 'House of Commons', unit: 'Percentage (%)', unit_multiplier: 'Units' },
    2019,
    34,
    'open-sdg-gbr',
    '2025-09-24',
  ),
  obs(
    'sdg.5.5.1',
    { series: 'House of Commons', sub_period: 'a', unit: 'Percentage (%)', unit_multiplier: 'Units' },
    1974,
    3.6,
    'open-sdg-gbr',
    '2025-09-24',
  ),
];

describe(chooseBreakdown, () => {
  it.each<[string, ObservationRead[], Record<string, string>[], Record<string, string> | undefined]>([
    [
      'Kazakhstan: the national parliament',
      KAZ_551,
      [{ series: 'SG_GEN_PARL' }, { series: 'House of Commons' }],
      { series: 'SG_GEN_PARL', unit: 'PT' },
    ],
    [
      'UK: the Commons, without sub-periods',
      GBR_551,
      [{ series: 'SG_GEN_PARL' }, { series: 'House of Commons' }],
      { series: 'House of Commons', unit: 'Percentage (%)', unit_multiplier: 'Units' },
    ],
    [
      'women before men',
      [
        obs('hdr.pr', { sex: 'M' }, 2023, 80.4, 'undp-hdr-composite', 'HDR25'),
        obs('hdr.pr', { sex: 'F' }, 2023, 19.6, 'undp-hdr-composite', 'HDR25'),
      ],
      [{ sex: 'F' }],
      { sex: 'F' },
    ],
    [
      '{} takes the total first',
      [
        obs('unsd.lfpr', { age: 'Y_GE15', sex: 'F' }, 2008, 66.68, 'unsd-minset', 'm'),
        obs('unsd.lfpr', { age: 'Y_GE15' }, 2019, 70.08, 'unsd-minset', 'm'),
      ],
      [{}],
      { age: 'Y_GE15' },
    ],
    ['nothing matches', KAZ_551, [{ sex: 'F' }], undefined],
  ])('%s', (_name, list, prefer, expected) => {
    expect(chooseBreakdown(list, prefer)?.[0]?.dims).toEqual(expected);
  });
});

describe(buildComparisons, () => {
  const observations = [
    // HDR25 and HDR23-24 hold different back series; only the chosen edition is shown.
    obs('hdr.pr', { sex: 'F' }, 2023, 19.59459459, 'undp-hdr-composite', 'HDR25'),
    obs('hdr.pr', { sex: 'F' }, 2022, 24.67532468, 'undp-hdr-composite', 'HDR23-24'),
    obs('unsd.parl_seats', { sex: 'F' }, 2021, 27.1, 'unsd-minset', 'minset-2021-09-30'),
    obs('wdi.SG.GEN.PARL.ZS', {}, 2020, 27.1028037383178, 'wdi', '2022-02-15'),
    ...KAZ_551,
  ];
  const [seats, ...others] = buildComparisons(
    observations,
    { dataset: 'undp-hdr-composite', edition: 'HDR25' },
    'en',
  );

  it('sets the series of one concept side by side, national ones marked', () => {
    expect(seats!.concept).toBe('women-parliament-seats');
    expect(seats!.series.map((s) => [s.indicator, s.edition, s.kind, s.points])).toEqual([
      ['hdr.pr', 'HDR25', 'international', [{ year: 2023, value: 19.59459459 }]],
      ['unsd.parl_seats', 'minset-2021-09-30', 'international', [{ year: 2021, value: 27.1 }]],
      ['wdi.SG.GEN.PARL.ZS', '2022-02-15', 'international', [{ year: 2020, value: 27.1028037383178 }]],
      ['sdg.5.5.1', '2024-10-24', 'national', [{ year: 2023, value: 23 }]],
    ]);
  });

  it('explains the difference of definitions from the catalogue', () => {
    expect(seats!.conceptNote).toContain('BOTH chambers');
    expect(seats!.series.every((s) => s.definitionNote.length > 0)).toBe(true);
  });

  it('leaves out concepts without data', () => {
    expect(others).toEqual([]);
  });
});
