import { describe, expect, it } from 'vitest';
import type { AggregateYear, MemberCounts, MemberResult } from './progress-types.ts';
import {
  latestAggregate,
  meanSeries,
  memberProgressPath,
  membersByCategory,
  splitByCoverage,
} from './region-data.ts';

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

// Central Asia, women's seats in parliament, HDR25 (GET /api/progress/regions/central-asia on the
// bundled data): each member against SDG 5.5 (parity by 2030).
const member = (
  iso3: string,
  name: string,
  value: number,
  growthRatio: MemberResult['growthRatio'],
  sdsn: MemberResult['sdsn'],
  agreement: MemberResult['agreement'],
): MemberResult => ({
  iso3,
  name,
  latest: { year: 2023, value },
  growthRatio,
  sdsn,
  escapApi: 'accelerate',
  agreement,
});
const SEATS: MemberCounts = {
  withData: 5,
  growthRatio: { deterioration: 2, 'limited-progress': 1, 'acceleration-needed': 1, 'on-track': 1 },
  sdsn: { stagnating: 2, 'moderately-improving': 1, decreasing: 1, 'on-track': 1 },
  escapApi: { accelerate: 5 },
  agreement: { disagree: 3, agree: 2 },
  countries: [
    member('KAZ', 'Kazakhstan', 19.59459459, 'deterioration', 'stagnating', 'disagree'),
    member('KGZ', 'Kyrgyzstan', 20, 'limited-progress', 'stagnating', 'agree'),
    member('TJK', 'Tajikistan', 26.59574468, 'acceleration-needed', 'moderately-improving', 'agree'),
    member('TKM', 'Turkmenistan', 25.6, 'deterioration', 'decreasing', 'disagree'),
    member('UZB', 'Uzbekistan', 30, 'on-track', 'on-track', 'disagree'),
  ],
};

describe('membersByCategory', () => {
  it('lists the members of each growth-ratio category, best category first', () => {
    expect(
      membersByCategory('growthRatio', SEATS, 'en').map((c) => [
        c.category,
        c.count,
        c.members.map((m) => m.iso3),
      ]),
    ).toEqual([
      ['on-track', 1, ['UZB']],
      ['acceleration-needed', 1, ['TJK']],
      ['limited-progress', 1, ['KGZ']],
      ['deterioration', 2, ['KAZ', 'TKM']],
    ]);
  });

  it.each(['growthRatio', 'sdsn', 'escapApi'] as const)('lists as many members as %s counts', (method) => {
    for (const c of membersByCategory(method, SEATS, 'en')) expect(c.members).toHaveLength(c.count);
  });

  it('orders the members by name in the reader’s language', () => {
    const ru: MemberCounts = {
      ...SEATS,
      countries: [
        { ...SEATS.countries[1]!, name: 'Кыргызстан' },
        { ...SEATS.countries[3]!, name: 'Туркменистан' },
        { ...SEATS.countries[0]!, name: 'Казахстан' },
      ],
    };
    const sdsn = membersByCategory('sdsn', ru, 'ru');
    expect(sdsn.find((c) => c.category === 'stagnating')?.members.map((m) => m.name)).toEqual([
      'Казахстан',
      'Кыргызстан',
    ]);
  });
});

describe('memberProgressPath', () => {
  it.each([
    ['', 'en', '/progress/KAZ?lang=en'],
    [
      '?base=2010&targetYear=2035&indicator=hdr.pr&lang=fr',
      'fr',
      '/progress/KAZ?base=2010&targetYear=2035&lang=fr',
    ],
    ['indicator=hdr.gii', 'ru', '/progress/KAZ?lang=ru'],
  ])('from %j (%s) → %s', (search, lang, path) => {
    expect(memberProgressPath('KAZ', search, lang)).toBe(path);
  });
});
