import { describe, expect, it } from 'vitest';
import { regionSetByCode } from '../catalog/index.ts';
import type { YearValue } from '../core/stats.ts';
import { indicatorHead } from './progress-rows.ts';
import { memberResults, withCounts, type MemberResult } from './region-members.ts';

// HDR25 GII of Central Asia: Kazakhstan 0.217 (2015) → 0.182 (2023), −2.2 % a year; Kyrgyzstan
// 0.383 → 0.340, −1.5 % a year (just short of the growth ratio's 1.5 % without a target);
// Tajikistan cut to its 2023 value; Turkmenistan and Uzbekistan left without data.
const series = (values: Record<number, number>): YearValue[] =>
  Object.entries(values).map(([year, value]) => ({ year: Number(year), value }));
const byMember = new Map([
  ['KAZ', series({ 2015: 0.217, 2019: 0.192, 2022: 0.168, 2023: 0.182 })],
  ['KGZ', series({ 2015: 0.383, 2019: 0.362, 2022: 0.34, 2023: 0.34 })],
  ['TJK', series({ 2023: 0.258 })],
]);
const set = regionSetByCode('central-asia')!;
const opts = { baseYear: 2015, targetYear: 2030 };

describe(memberResults, () => {
  const results = memberResults(
    { set, byMember },
    indicatorHead('hdr.gii', 'gii', 'fr'),
    new Map(),
    opts,
    'fr',
  );

  it.each<[string, Partial<MemberResult>]>([
    [
      'KAZ',
      {
        name: 'Kazakhstan',
        latest: { year: 2023, value: 0.182 },
        growthRatio: 'on-track',
        sdsn: 'not-applicable',
        escapApi: 'not-applicable',
        agreement: 'one-verdict',
      },
    ],
    [
      'KGZ',
      { name: 'Kirghizistan', latest: { year: 2023, value: 0.34 }, growthRatio: 'acceleration-needed' },
    ],
    ['TJK', { latest: { year: 2023, value: 0.258 }, growthRatio: 'insufficient-data' }],
    [
      'TKM',
      { latest: null, growthRatio: 'no-data', sdsn: 'no-data', escapApi: 'no-data', agreement: 'no-data' },
    ],
  ])('%s', (iso3, expected) => {
    expect(results.find((m) => m.iso3 === iso3)).toMatchObject(expected);
  });

  it("keeps the set's member order", () => {
    expect(results.map((m) => m.iso3)).toEqual(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
  });
});

describe(withCounts, () => {
  it('tallies each method from the member results, most first, ties in member order', () => {
    const results = memberResults(
      { set, byMember },
      indicatorHead('hdr.gii', 'gii', 'en'),
      new Map(),
      opts,
      'en',
    );
    expect(withCounts(results)).toEqual({
      withData: 3,
      growthRatio: { 'no-data': 2, 'on-track': 1, 'acceleration-needed': 1, 'insufficient-data': 1 },
      sdsn: { 'not-applicable': 3, 'no-data': 2 },
      escapApi: { 'not-applicable': 3, 'no-data': 2 },
      agreement: { 'one-verdict': 3, 'no-data': 2 },
      countries: results,
    });
  });
});
