import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/connect.ts';
import { openTestStore } from '../store/test-store.ts';
import { seedProgressData } from './progress-test-store.ts';
import { regionalAggregates, type AggregatesRequest } from './regional-aggregates.ts';

let store: Store;

beforeAll(async () => {
  store = await openTestStore();
  await seedProgressData(store.db);
}, 120_000);
afterAll(() => store?.close());

async function table(req: AggregatesRequest) {
  const r = await regionalAggregates(store.db, req);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

// GII 2022, HDR25 (data/undp-hdr): KAZ 0.168, KGZ 0.340, TJK 0.262, UZB 0.297; Turkmenistan has none.
// Over the 56 UNECE members 50 have a value (not AND, LIE, MCO, SMR, TKM, UKR).
describe(regionalAggregates, () => {
  it('gives the UNECE mean, median and population-weighted mean of the GII with coverage 50/56', async () => {
    const t = await table({ regionSet: 'unece', indicator: 'hdr.gii', year: 2022 });
    expect(t.series).toEqual({ dataset: 'undp-hdr-composite', edition: 'HDR25', source: 'HDR25', dims: {} });
    expect(t.weights).toEqual({ indicator: 'hdr.pop_total', edition: 'HDR25' });
    expect(t.regionSet).toMatchObject({ code: 'unece', members: 56 });
    const [y] = t.years;
    if (!y?.ok) throw new Error('2022 should pass');
    expect(y).toMatchObject({ year: 2022, n: 50, members: 56, weightedN: 50 });
    expect(y.coverage).toBeCloseTo(50 / 56, 12);
    expect(y.mean).toBeCloseTo(0.11748, 12);
    expect(y.median).toBeCloseTo(0.0915, 12);
    expect(y.weightedMean).toBeCloseTo(0.1341753724721758, 12);
  });

  it.each([
    // 2022: 4 of 5 members; mean (0.168 + 0.340 + 0.262 + 0.297)/4, median (0.262 + 0.297)/2.
    [
      2022,
      undefined,
      { ok: true, n: 4, mean: expect.closeTo(0.26675, 12), median: expect.closeTo(0.2795, 12) },
    ],
    // 1995: Tajikistan alone (0.550).
    [
      1995,
      undefined,
      {
        ok: false,
        n: 1,
        detail: expect.stringMatching(/^1 of 5 members have data \(20 %\); the rule needs at least half/),
      },
    ],
    // Every member required: Turkmenistan's gap fails 2022.
    [
      2022,
      1,
      {
        ok: false,
        n: 4,
        detail: expect.stringMatching(/^4 of 5 members have data \(80 %\); the rule needs at least 100 %/),
      },
    ],
  ] as const)('Central Asia, %i, minShare %s: the coverage rule', async (year, minShare, expected) => {
    const t = await table({
      regionSet: 'central-asia',
      indicator: 'hdr.gii',
      year,
      ...(minShare ? { minShare } : {}),
    });
    const [y] = t.years;
    expect(y).toMatchObject({ year, members: 5, ...expected });
  });

  it('returns every year with data, failing years with the reason instead of values', async () => {
    const t = await table({ regionSet: 'central-asia', indicator: 'hdr.gii' });
    expect(t.years[0]).toMatchObject({ year: 1995, ok: false, reason: 'insufficient-coverage' });
    expect(t.years[0]).not.toHaveProperty('mean');
    expect(t.years.find((y) => y.year === 2000)).toMatchObject({ ok: true, n: 4 });
    expect(t.years.at(-1)?.year).toBe(2023);
  });

  it('reads another edition when asked, with its own population', async () => {
    const t = await table({
      regionSet: 'central-asia',
      indicator: 'hdr.gii',
      source: 'HDR23-24',
      year: 2022,
    });
    expect(t.series.edition).toBe('HDR23-24');
    expect(t.weights).toEqual({ indicator: 'hdr.pop_total', edition: 'HDR23-24' });
    // HDR23-24: KAZ 0.177, KGZ 0.345, TJK 0.269, UZB 0.242 (data/undp-hdr).
    expect(t.years[0]).toMatchObject({
      ok: true,
      n: 4,
      mean: expect.closeTo((0.177 + 0.345 + 0.269 + 0.242) / 4, 12),
    });
  });

  it('weights a non-HDR series with the newest HDR population and reads its headline breakdown', async () => {
    const t = await table({ regionSet: 'central-asia', indicator: 'unsd.parl_seats', year: 2020 });
    expect(t.series).toMatchObject({ dataset: 'unsd-minset', dims: { sex: 'F' } });
    expect(t.weights).toEqual({ indicator: 'hdr.pop_total', edition: 'HDR25' });
  });

  it.each([
    [{ regionSet: 'nowhere', indicator: 'hdr.gii' }, 'not-found', 'set'],
    [{ regionSet: 'unece', indicator: 'hdr.nope' }, 'not-found', 'indicator'],
    [{ regionSet: 'unece', indicator: 'hdr.gii', source: 'HDR99' }, 'not-found', 'source'],
    [{ regionSet: 'unece', indicator: 'hdr.gii', minShare: 1.5 }, 'invalid', 'minShare'],
    [{ regionSet: 'unece', indicator: 'unsd.ministers' }, 'not-found', 'indicator'],
  ] as const)('refuses %o', async (req, kind, param) => {
    expect(await regionalAggregates(store.db, req)).toMatchObject({ ok: false, kind, param });
  });
});
