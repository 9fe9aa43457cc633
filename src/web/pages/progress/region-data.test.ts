import { describe, expect, it } from 'vitest';
import type { AggregateYear } from './progress-types.ts';
import { latestAggregate, meanSeries, splitByCoverage } from './region-data.ts';

// Central Asia (5 members), GII, HDR25 (GET /api/progress/regions/central-asia on the bundled
// data): 1999 has one member with a value, below the coverage rule; 2000 and 2023 have four.
const below = (year: number): AggregateYear => ({
  year,
  ok: false,
  reason: 'insufficient-coverage',
  detail: '1 of 5 members have data (20 %); the rule needs at least half of the members and at least 3',
  n: 1,
  members: 5,
  coverage: 0.2,
});
const shown = (year: number, mean: number, median: number, weightedMean: number): AggregateYear => ({
  year,
  ok: true,
  mean,
  median,
  weightedMean,
  weightedN: 4,
  n: 4,
  members: 5,
  coverage: 0.8,
});
const CENTRAL_ASIA_GII: AggregateYear[] = [
  shown(2023, 0.26775, 0.2745, 0.26087922132976427),
  below(1999),
  shown(2000, 0.3955, 0.388, 0.37391867068666446),
  below(1998),
];

describe('splitByCoverage', () => {
  it('separates the years with an aggregate from those below the rule, each ascending', () => {
    const s = splitByCoverage(CENTRAL_ASIA_GII);
    expect(s.shown.map((a) => a.year)).toEqual([2000, 2023]);
    expect(s.below.map((a) => a.year)).toEqual([1998, 1999]);
  });
});

describe('meanSeries', () => {
  it('is the simple mean of the years passing the rule: what the methods assess', () => {
    expect(meanSeries(CENTRAL_ASIA_GII)).toEqual([
      { year: 2000, value: 0.3955 },
      { year: 2023, value: 0.26775 },
    ]);
  });
});

describe('latestAggregate', () => {
  it.each([
    [CENTRAL_ASIA_GII, 2023],
    [[below(2021), below(2022)], undefined],
    [[], undefined],
  ] as const)('%#', (aggregates, year) => {
    expect(latestAggregate(aggregates)?.year).toBe(year);
  });
});
