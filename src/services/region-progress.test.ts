import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/connect.ts';
import { openTestStore } from '../store/test-store.ts';
import { seedProgressData } from './progress-test-store.ts';
import { regionProgress, type RegionProgress, type RegionProgressRow } from './region-progress.ts';

let store: Store;
let centralAsia: RegionProgress;
let unece: RegionProgress;

beforeAll(async () => {
  store = await openTestStore();
  await seedProgressData(store.db);
  const r = await regionProgress(store.db, { regionSet: 'central-asia' });
  if (!r.ok) throw new Error(r.message);
  centralAsia = r.value;
  const u = await regionProgress(store.db, { regionSet: 'unece' });
  if (!u.ok) throw new Error(u.message);
  unece = u.value;
}, 120_000);
afterAll(() => store?.close());

function rowOf(p: RegionProgress, code: string): RegionProgressRow {
  const row = p.rows.find((r) => r.indicator.code === code);
  if (!row) throw new Error(`no row ${code}`);
  return row;
}

describe(regionProgress, () => {
  it('reads one preferred source per concept, newest edition, international only', () => {
    expect(centralAsia.regionSet).toEqual({
      code: 'central-asia',
      version: '2025',
      name: 'Central Asia',
      members: 5,
    });
    expect(centralAsia.rule).toEqual({ minShare: 0.5, minCount: 3 });
    expect(centralAsia.rows.map((r) => `${r.indicator.code} ${r.series.source}`)).toEqual([
      'hdr.gii HDR25',
      'hdr.gdi HDR25',
      'hdr.hdi HDR25',
      'hdr.mmr HDR25',
      'hdr.abr HDR25',
      'hdr.pr HDR25',
      'unsd.local_seats UNSD minimum set 2021-09-30',
      'hdr.lfpr HDR25',
      'hdr.se HDR25',
    ]);
  });

  it('aggregates the GII over the 4 members with data and assesses the simple mean', () => {
    const gii = rowOf(centralAsia, 'hdr.gii');
    expect(gii.aggregates.find((a) => a.year === 1995)).toMatchObject({ ok: false, n: 1 });
    // 2022: (0.168 + 0.340 + 0.262 + 0.297)/4; 2015: KAZ 0.217, KGZ 0.383, TJK 0.335, UZB 0.276
    // (HDR25; Turkmenistan has no GII).
    expect(gii.aggregates.find((a) => a.year === 2022)).toMatchObject({
      ok: true,
      n: 4,
      mean: expect.closeTo(0.26675, 12),
    });
    const change = gii.assessment.trend.change;
    if (!change.ok) throw new Error('change');
    expect(change.value.from).toEqual({
      year: 2015,
      value: expect.closeTo((0.217 + 0.383 + 0.335 + 0.276) / 4, 12),
    });
    expect(gii.target).toBeNull();
    expect(gii.members).toMatchObject({
      withData: 4,
      growthRatio: { 'no-data': 1 },
      escapApi: { 'not-applicable': 4, 'no-data': 1 },
    });
  });

  it("counts the members in each method's category for women's seats, each against SDG 5.5", () => {
    const seats = rowOf(centralAsia, 'hdr.pr');
    expect(seats.target?.id).toBe('sdg-5.5-parliament-seats');
    expect(seats.weights).toEqual({ indicator: 'hdr.pop_total', edition: 'HDR25' });
    // Kazakhstan 20.13 → 19.59 and Turkmenistan 25.81 → 25.60 (2015 → 2023) fell.
    expect(seats.members).toMatchObject({
      withData: 5,
      growthRatio: { deterioration: 2, 'limited-progress': 1, 'acceleration-needed': 1, 'on-track': 1 },
      sdsn: { stagnating: 2, 'moderately-improving': 1, decreasing: 1, 'on-track': 1 },
      escapApi: { accelerate: 5 },
      agreement: { disagree: 3, agree: 2 },
    });
  });

  it("names each member's own categories and latest value for women's seats (HDR25, 2023)", () => {
    const seats = rowOf(centralAsia, 'hdr.pr');
    expect(seats.members.countries[0]).toEqual({
      iso3: 'KAZ',
      name: 'Kazakhstan',
      latest: { year: 2023, value: 19.59459459 },
      growthRatio: 'deterioration',
      sdsn: 'stagnating',
      escapApi: 'accelerate',
      agreement: 'disagree',
    });
    expect(
      seats.members.countries.map((m) => [
        m.iso3,
        m.latest?.value.toFixed(2),
        m.growthRatio,
        m.sdsn,
        m.escapApi,
        m.agreement,
      ]),
    ).toEqual([
      ['KAZ', '19.59', 'deterioration', 'stagnating', 'accelerate', 'disagree'],
      ['KGZ', '20.00', 'limited-progress', 'stagnating', 'accelerate', 'agree'],
      ['TJK', '26.60', 'acceleration-needed', 'moderately-improving', 'accelerate', 'agree'],
      ['TKM', '25.60', 'deterioration', 'decreasing', 'accelerate', 'disagree'],
      ['UZB', '30.00', 'on-track', 'on-track', 'accelerate', 'disagree'],
    ]);
  });

  it('gives a member without data no latest value and no-data in every method', () => {
    const gii = rowOf(centralAsia, 'hdr.gii');
    expect(gii.members.countries.find((m) => m.iso3 === 'TKM')).toEqual({
      iso3: 'TKM',
      name: 'Turkmenistan',
      latest: null,
      growthRatio: 'no-data',
      sdsn: 'no-data',
      escapApi: 'no-data',
      agreement: 'no-data',
    });
  });

  it('gives no assessment where no year passes the coverage rule', () => {
    const local = rowOf(centralAsia, 'unsd.local_seats');
    expect(local.aggregates.every((a) => !a.ok)).toBe(true);
    expect(local.assessment.growthRatio).toMatchObject({ ok: false, reason: 'not-enough-data' });
    expect(local.members.growthRatio).toEqual({ 'no-data': 3, 'insufficient-data': 2 });
  });

  it('covers the 56 UNECE members', async () => {
    const r = await regionProgress(store.db, { regionSet: 'unece', lang: 'ru' });
    if (!r.ok) throw new Error(r.message);
    const gii = rowOf(r.value, 'hdr.gii');
    expect(gii.aggregates.find((a) => a.year === 2022)).toMatchObject({
      n: 50,
      members: 56,
      mean: expect.closeTo(0.11748, 12),
    });
    const total = Object.values(gii.members.growthRatio).reduce((a, b) => a + b, 0);
    expect(total).toBe(56);
    expect(r.value.regionSet.name).toBe('Государства — члены ЕЭК ООН');
    expect(gii.members.countries).toHaveLength(56);
    expect(gii.members.countries.find((m) => m.iso3 === 'KAZ')?.name).toBe('Казахстан');
  });

  it.each(['growthRatio', 'sdsn', 'escapApi', 'agreement'] as const)(
    'counts exactly the UNECE members listed in each %s category of the GII',
    (method) => {
      const { members } = rowOf(unece, 'hdr.gii');
      const tally: Record<string, number> = {};
      for (const m of members.countries) tally[m[method]] = (tally[m[method]] ?? 0) + 1;
      expect(members[method]).toEqual(tally);
      // Andorra, Liechtenstein, Monaco, San Marino, Turkmenistan and Ukraine have no GII in HDR25.
      expect(members.countries.filter((m) => m.latest === null).map((m) => m.iso3)).toEqual([
        'AND',
        'LIE',
        'MCO',
        'SMR',
        'TKM',
        'UKR',
      ]);
      expect(members.withData).toBe(50);
    },
  );

  it.each([
    [{ regionSet: 'atlantis' }, 'not-found', 'set'],
    [{ regionSet: 'unece', minShare: 2 }, 'invalid', 'minShare'],
    [{ regionSet: 'unece', baseYear: 2031 }, 'invalid', 'base'],
  ] as const)('refuses %o', async (req, kind, param) => {
    expect(await regionProgress(store.db, req)).toMatchObject({ ok: false, kind, param });
  });
});
