import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/connect.ts';
import { openTestStore } from '../store/test-store.ts';
import { countryProgress, type ProgressRow } from './progress.ts';
import { seedProgressData } from './progress-test-store.ts';

let store: Store;

beforeAll(async () => {
  store = await openTestStore();
  await seedProgressData(store.db);
}, 120_000);
afterAll(() => store?.close());

async function kaz(extra: Partial<Parameters<typeof countryProgress>[1]> = {}) {
  const r = await countryProgress(store.db, { area: 'KAZ', ...extra });
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

function rowOf(rows: readonly ProgressRow[], code: string, edition: string, concept?: string): ProgressRow {
  const row = rows.find(
    (r) =>
      r.indicator.code === code &&
      r.series.edition === edition &&
      (concept === undefined || r.indicator.concept === concept),
  );
  if (!row) throw new Error(`no row ${code} ${edition}`);
  return row;
}

describe(countryProgress, () => {
  it('assesses every source and edition of the progress concepts, in catalogue order', async () => {
    const p = await kaz();
    expect(p).toMatchObject({ area: { code: 'KAZ', name: 'Kazakhstan' }, baseYear: 2015, targetYear: 2030 });
    const seats = p.rows
      .filter((r) => r.indicator.concept === 'women-parliament-seats')
      .map((r) => `${r.indicator.code} ${r.series.source}`);
    expect(seats).toEqual([
      'hdr.pr HDR25',
      'hdr.pr HDR23-24',
      'unsd.parl_seats UNSD minimum set 2021-09-30',
      'wdi.SG.GEN.PARL.ZS WDI 2022-02-15',
      'sdg.5.5.1 national SDG platform 2024-10-24',
    ]);
    expect(p.rows[0]!.indicator).toEqual({
      code: 'hdr.gii',
      concept: 'gii',
      name: 'Gender Inequality Index (GII)',
      unit: 'index',
      direction: 'lower-is-better',
    });
  });

  it("judges Kazakhstan's women's seats (HDR25) against the SDG 5.5 parity target, where the methods disagree", async () => {
    const row = rowOf((await kaz()).rows, 'hdr.pr', 'HDR25');
    expect(row.series).toEqual({
      dataset: 'undp-hdr-composite',
      edition: 'HDR25',
      source: 'HDR25',
      kind: 'international',
      dims: { sex: 'F' },
      breakdown: 'preferred',
    });
    expect(row.target).toMatchObject({
      id: 'sdg-5.5-parliament-seats',
      value: 50,
      year: 2030,
      kind: 'sdg-target',
      yearAssumed: false,
    });
    expect(row.sdsn).toEqual({ code: 'sdg5_parl', edition: 'SDR2025' });
    const a = row.assessment;
    // 2015: 20.12987013 % → 2023: 19.59459459 % (a new Mazhilis); 50 % needs 6.25 % a year from 2015.
    if (!a.growthRatio.ok) throw new Error('growth ratio');
    expect(a.growthRatio.value.category).toBe('deterioration');
    expect(a.growthRatio.value.observedCagr).toBeCloseTo((19.59459459 / 20.12987013) ** (1 / 8) - 1, 12);
    expect(a.growthRatio.value.requiredCagr).toBeCloseTo((50 / 20.12987013) ** (1 / 15) - 1, 12);
    if (!a.sdsn.ok) throw new Error('sdsn');
    // SDR 2025 sdg5_parl: 100·(x − 1.2)/(50 − 1.2); red at or below 20.
    expect(a.sdsn.value.score).toBeCloseTo((100 * (19.59459459 - 1.2)) / 48.8, 9);
    expect(a.sdsn.value.colour).toBe('red');
    expect(a.sdsn.value.trend.trend).toBe('stagnating');
    if (!a.escapApi.ok) throw new Error('escap');
    expect(a.escapApi.value.category).toBe('accelerate');
    expect(a.agreement.verdicts.map((v) => v.verdict)).toEqual(['off-track', 'progressing', 'progressing']);
    expect(row.disagree).toBe(true);
  });

  it('finds the methods agreeing on the HDR23-24 seats series, which ends before the 2023 election', async () => {
    const row = rowOf((await kaz()).rows, 'hdr.pr', 'HDR23-24');
    expect(row.points.at(-1)).toEqual({ year: 2022, value: 24.67532468 });
    expect(row.assessment.agreement).toMatchObject({ agree: true, consensus: 'progressing' });
    expect(row.disagree).toBe(false);
  });

  it('reads local councils from SDG 5.5.1(b) against the local-government target, without SDSN bounds', async () => {
    const row = rowOf((await kaz()).rows, 'sdg.5.5.1', '2024-10-24', 'women-local-government-seats');
    expect(row.series).toMatchObject({
      kind: 'national',
      breakdown: 'extra',
      dims: { series: 'SG_GEN_LOCG', unit: 'PT' },
    });
    expect(row.target?.id).toBe('sdg-5.5-local-government-seats');
    expect(row.sdsn).toBeNull();
    expect(row.assessment.sdsn).toMatchObject({ ok: false, reason: 'not-applicable' });
  });

  it('derives SDSN’s female-to-male ratios from the sex breakdowns, against parity 100', async () => {
    const rows = (await kaz()).rows;
    const lfpr = rowOf(rows, 'hdr.lfpr', 'HDR25', 'labour-force-participation-ratio');
    expect(lfpr.series.breakdown).toBe('female-to-male-ratio');
    expect(lfpr.points.find((p) => p.year === 2022)?.value).toBeCloseTo((100 * 63.3) / 74.6, 10);
    expect(lfpr.target).toMatchObject({
      id: 'parity.sdg5_lfpr',
      value: 100,
      kind: 'parity',
      yearAssumed: true,
    });
    expect(lfpr.sdsn?.code).toBe('sdg5_lfpr');
    const mys = rowOf(rows, 'hdr.mys', 'HDR23-24', 'mean-years-of-schooling-ratio');
    expect(mys.points.find((p) => p.year === 2022)?.value).toBeCloseTo((100 * 12.45658094) / 12.40757382, 10);
    // SDR 2025 sdg5_edat: optimum 100, green from 98: a ratio above 100 scores 100 and is green.
    expect(mys.assessment.sdsn).toMatchObject({ ok: true, value: { score: 100, colour: 'green' } });
  });

  it('keeps the answer lean: no fitted points, no projected fit, no score series', async () => {
    const row = rowOf((await kaz()).rows, 'hdr.gii', 'HDR25');
    const linear = row.assessment.trend.linear;
    if (!linear.ok) throw new Error('linear');
    expect(linear.value).toEqual({
      slope: expect.any(Number),
      intercept: expect.any(Number),
      weighting: 'none',
      n: 9,
      fromYear: 2015,
      toYear: 2023,
    });
    const text = JSON.stringify(row.assessment);
    expect(text).not.toContain('"points"');
    expect(text).not.toContain('"weight"');
  });

  it('names the area in the language asked for', async () => {
    const p = await kaz({ lang: 'fr' });
    expect(p.area.name).toBe('Kazakhstan');
    expect(rowOf(p.rows, 'hdr.gii', 'HDR25').indicator.name).toMatch(/inégalité/i);
  });

  it.each([
    [{ area: 'XYZ' }, 'not-found', 'area', /unknown area "XYZ"/],
    [
      { area: 'KAZ', baseYear: 2030, targetYear: 2030 },
      'invalid',
      'base',
      /base year 2030 is not before the target year 2030/,
    ],
    [
      { area: 'KAZ', baseYear: 1980 },
      'invalid',
      'base',
      /base year 1980: expected an integer year from 1990 to 2100/,
    ],
    [{ area: 'KAZ', targetYear: 2101 }, 'invalid', 'targetYear', /target year 2101/],
    [
      { area: 'KAZ', params: { growthRatio: { c: Number.NaN } } },
      'invalid',
      'params.growthRatio.c',
      /finite number/,
    ],
  ] as const)('refuses %o', async (req, kind, param, message) => {
    const r = await countryProgress(store.db, req);
    expect(r).toMatchObject({ ok: false, kind, param, message: expect.stringMatching(message) });
  });
});
