import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/connect.ts';
import { openTestStore } from '../store/test-store.ts';
import { seedProgressData } from './progress-test-store.ts';
import { trend, type SeriesTrend, type TrendRequest } from './trends.ts';

let store: Store;

beforeAll(async () => {
  store = await openTestStore();
  await seedProgressData(store.db);
}, 120_000);
afterAll(() => store?.close());

async function view(req: TrendRequest) {
  const r = await trend(store.db, req);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

function edition(list: readonly SeriesTrend[], name: string): SeriesTrend {
  const s = list.find((x) => x.series.edition === name);
  if (!s) throw new Error(`no ${name}`);
  return s;
}

// Kazakhstan's GII (data/undp-hdr): HDR25 0.370 in 2000 → 0.168 in 2022 (→ 0.182 in 2023);
// HDR23-24 0.372 in 2000 → 0.177 in 2022.
describe(trend, () => {
  it('measures the GII fall 2000–2022 in each HDR edition: −54.6 % in HDR25, −52.4 % in HDR23-24', async () => {
    const v = await view({ area: 'KAZ', indicator: 'hdr.gii', to: 2022 });
    expect(v.series.map((s) => s.series.edition)).toEqual(['HDR25', 'HDR23-24']);
    const h25 = edition(v.series, 'HDR25');
    if (!h25.change.ok) throw new Error('change');
    expect(h25.change.change).toMatchObject({
      from: { year: 2000, value: 0.37 },
      to: { year: 2022, value: 0.168 },
    });
    expect(h25.change.change.absolute).toBeCloseTo(-0.202, 12);
    expect(h25.change.change.relative).toBeCloseTo(-0.5459459459, 9);
    expect(h25.cagr).toMatchObject({ ok: true, cagr: expect.closeTo((0.168 / 0.37) ** (1 / 22) - 1, 12) });
    const h23 = edition(v.series, 'HDR23-24');
    expect(h23.change).toMatchObject({
      ok: true,
      change: { relative: expect.closeTo((0.177 - 0.372) / 0.372, 12) },
    });
  });

  it('finds 2000→2022 the largest improvement and 2004→2005 the largest deterioration up to 2022', async () => {
    const s = edition((await view({ area: 'KAZ', indicator: 'hdr.gii', to: 2022 })).series, 'HDR25');
    if (!s.extremes.ok) throw new Error('extremes');
    expect(s.extremes.improvement).toMatchObject({
      from: { year: 2000 },
      to: { year: 2022 },
      progress: expect.closeTo(0.202, 12),
    });
    // 0.333 → 0.337: the biggest rise of any pair of years to 2022 (2002→2003 rose 0.003).
    expect(s.extremes.deterioration).toMatchObject({
      from: { year: 2004 },
      to: { year: 2005 },
      progress: expect.closeTo(-0.004, 12),
    });
    expect(s.extremes.windows).toBe((23 * 22) / 2);
  });

  it('fits ordinary and time-weighted lines and projects them to 2030', async () => {
    const s = edition((await view({ area: 'KAZ', indicator: 'hdr.gii', to: 2022 })).series, 'HDR25');
    // By hand (least squares over 2000–2022; weights year − 1999 for the time-weighted line).
    expect(s.fits.none).toMatchObject({
      ok: true,
      fit: { slope: expect.closeTo(-0.0096699604743083, 12), n: 23, fromYear: 2000, toYear: 2022 },
    });
    expect(s.fits.recency).toMatchObject({
      ok: true,
      fit: { slope: expect.closeTo(-0.009281264822134387, 12), weighting: 'recency' },
    });
    expect(s.projections.none).toMatchObject({
      ok: true,
      projection: { year: 2030, value: expect.closeTo(0.0806185770751, 9) },
    });
    expect(s.projections.recency).toMatchObject({
      ok: true,
      projection: { value: expect.closeTo(0.08657857707510175, 9) },
    });
  });

  it('gives the years to a requested target at the linear pace, and says when there is no target', async () => {
    const withTarget = await view({ area: 'KAZ', indicator: 'hdr.gii', to: 2022, target: 0.1 });
    const s = edition(withTarget.series, 'HDR25');
    expect(withTarget.target).toEqual({ value: 0.1, kind: 'requested', label: 'requested target 0.1' });
    if ('ok' in s.timeToTarget) throw new Error('expected a time to target');
    expect(s.timeToTarget.linear).toMatchObject({
      ok: true,
      time: { status: 'on-course', years: expect.closeTo((0.1 - 0.168) / -0.0096699604743083, 9) },
    });
    const none = edition((await view({ area: 'KAZ', indicator: 'hdr.gii' })).series, 'HDR25');
    expect(none.timeToTarget).toMatchObject({ ok: false, reason: 'not-applicable' });
  });

  it("uses the SDG 5.5 target for women's seats by default", async () => {
    const v = await view({ area: 'KAZ', indicator: 'hdr.pr', source: 'HDR25', from: 2015 });
    expect(v.target).toEqual({ value: 50, kind: 'sdg-target', label: 'SDG target 50 by 2030' });
    expect(v.series).toHaveLength(1);
    expect(v.series[0]!.points[0]).toEqual({ year: 2015, value: 20.12987013 });
  });

  it.each([
    // HDR23-24 ends in 2022: a window from 2023 holds nothing.
    [{ from: 2023, source: 'HDR23-24' }, 'fewer-than-two-points', /0 point/],
    // The GII starts in 2000 for Kazakhstan.
    [{ from: 1995, source: 'HDR25' }, 'missing-year', /no value for 1995/],
  ] as const)('says why there is no change for %o', async (extra, gap, detail) => {
    const [s] = (await view({ area: 'KAZ', indicator: 'hdr.gii', ...extra })).series;
    expect(s?.change).toMatchObject({
      ok: false,
      reason: 'not-enough-data',
      gap,
      detail: expect.stringMatching(detail),
    });
  });

  it.each([
    [{ area: 'KAZ', indicator: 'hdr.gii', from: 2010, to: 2010 }, 'invalid', 'to'],
    [{ area: 'KAZ', indicator: 'hdr.gii', from: 1800 }, 'invalid', 'from'],
    [{ area: 'KAZ', indicator: 'hdr.nope' }, 'not-found', 'indicator'],
    [{ area: 'QQQ', indicator: 'hdr.gii' }, 'not-found', 'area'],
    [{ area: 'KAZ', indicator: 'hdr.gii', source: 'wdi' }, 'not-found', 'source'],
  ] as const)('refuses %o', async (req, kind, param) => {
    expect(await trend(store.db, req)).toMatchObject({ ok: false, kind, param });
  });
});
