import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededApp, type SeededApp } from './test-app.ts';

// Indices, GII decomposition and what-if, the country profile, the overview and availability on
// the seeded bundled data. KAZ GII (published): HDR25 2022 = 0.168, 2023 = 0.182; HDR23-24 2022 = 0.177.
let t: SeededApp;
beforeAll(async () => {
  t = await openSeededApp();
});
afterAll(() => t.store.close());

describe('GET /api/indices/{index}', () => {
  it.each<[string, number, string, number]>([
    ['gii?country=KAZ&from=2022&to=2022', 2022, 'HDR25', 0.168],
    ['gii?country=KAZ&from=2023', 2023, 'HDR25', 0.182],
    ['gii?country=kaz&from=2022&edition=HDR23-24', 2022, 'HDR23-24', 0.177],
  ])('%s: computed from the components = published', async (query, year, edition, value) => {
    const { body } = await t.get(`/api/indices/${query}`);
    expect(body.total).toBe(1);
    const row = body.items[0];
    expect(row).toMatchObject({
      area: 'KAZ',
      areaName: 'Kazakhstan',
      year,
      edition,
      computable: true,
      rounded: value,
      published: value,
    });
    expect(row.value).toBeCloseTo(value, 3);
    expect(Object.keys(row.components)).toEqual(['mmr', 'abr', 'prF', 'prM', 'seF', 'seM', 'lfprF', 'lfprM']);
  });

  it('says why a year is not computable', async () => {
    const { body } = await t.get('/api/indices/gii?country=KAZ&from=1990&to=1990');
    expect(body.items[0]).toMatchObject({
      computable: false,
      value: null,
      published: null,
      reason: 'not computable: missing lfprF, lfprM',
    });
  });

  it('computes GDI and HDI too, for a region set, paginated', async () => {
    const gdi = (await t.get('/api/indices/gdi?regionSet=central-asia&from=2023')).body;
    expect(gdi.items.map((r: { area: string }) => r.area)).toEqual(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
    for (const r of gdi.items) expect(r.rounded).toBe(r.published);
    const hdi = (await t.get('/api/indices/hdi?country=KAZ,KGZ&from=2013&to=2023&limit=5&offset=10')).body;
    expect(hdi).toMatchObject({ total: 22, limit: 5, offset: 10 });
    expect(hdi.items.map((r: { area: string; year: number }) => `${r.area} ${r.year}`)).toEqual([
      'KAZ 2023',
      'KGZ 2013',
      'KGZ 2014',
      'KGZ 2015',
      'KGZ 2016',
    ]);
  });

  it('404s for an edition it does not have, listing those it has', async () => {
    const { res, body } = await t.get('/api/indices/gii?edition=HDR99');
    expect(res.status).toBe(404);
    expect(body.error.message).toBe('no HDR edition HDR99: the database has HDR25, HDR23-24');
  });

  it('downloads the computed index with components flattened', async () => {
    const { res, body } = await t.get('/api/indices/gii/download?country=KAZ&from=2022');
    expect(res.headers.get('Content-Disposition')).toMatch(/filename="parity-gii-HDR25-KAZ-\d{8}\.zip"/);
    const csv = strFromU8(unzipSync(body as Uint8Array)['data.csv']!)
      .trim()
      .split('\n');
    expect(csv[0]).toBe(
      'index,area,area_name,year,edition,computable,value,rounded,published,reason,mmr,abr,prF,prM,seF,seM,lfprF,lfprM',
    );
    expect(
      csv.slice(1).map((l) =>
        l
          .split(',')
          .slice(3, 9)
          .filter((_, i) => i !== 3)
          .join(' '),
      ),
    ).toEqual(['2022 HDR25 true 0.168 0.168', '2023 HDR25 true 0.182 0.182']);
  });
});

describe('GII decomposition and what-if', () => {
  it('decomposes the latest GII into contributions that add up to it', async () => {
    const { body } = await t.get('/api/indices/gii/decomposition?country=KAZ');
    expect(body).toMatchObject({
      area: 'KAZ',
      year: 2023,
      edition: 'HDR25',
      rounded: 0.182,
      published: 0.182,
    });
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect(sum(body.byIndicator)).toBeCloseTo(body.gii, 12);
    expect(sum(body.byDimension)).toBeCloseTo(body.gii, 12);
    // Kazakhstan's women and men both have 100 % secondary education: no gap, no contribution.
    expect(body.byIndicator.se).toBe(0);
    expect(body.method).toContain('Shapley');
  });

  it('takes a year and an edition', async () => {
    const { body } = await t.get('/api/indices/gii/decomposition?country=KAZ&year=2022&edition=HDR23-24');
    expect(body).toMatchObject({ year: 2022, edition: 'HDR23-24', rounded: 0.177, published: 0.177 });
  });

  it('404s for a year without all eight inputs, saying which years have them', async () => {
    const { res, body } = await t.get('/api/indices/gii/decomposition?country=KAZ&year=1995');
    expect(res.status).toBe(404);
    expect(body.error.message).toMatch(
      /^no complete GII inputs for KAZ in 1995 in HDR25 \(not computable: missing lfprF, lfprM\): years with all eight are \d{4}–2023$/,
    );
  });

  it('recomputes with women holding 30 % of seats (men 70 %)', async () => {
    const { body } = await t.get('/api/indices/gii/what-if?country=KAZ&prF=30');
    expect(body).toMatchObject({ area: 'KAZ', year: 2023, edition: 'HDR25', baseRounded: 0.182 });
    expect(body.inputs.scenario).toMatchObject({ prF: 30, prM: 70 });
    expect(body.inputs.base.prF).toBeCloseTo(19.59459459, 8);
    expect(body.newGii).toBeLessThan(body.baseGii);
    expect(body.change).toBeCloseTo(body.newGii - body.baseGii, 15);
  });

  it('gives the base GII when nothing changes', async () => {
    const { body } = await t.get('/api/indices/gii/what-if?country=KAZ&year=2022');
    expect(body).toMatchObject({ baseRounded: 0.168, newRounded: 0.168, change: 0 });
  });
});

describe('GET /api/countries/{iso3}/profile', () => {
  let profile: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  beforeAll(async () => {
    profile = (await t.get('/api/countries/KAZ/profile')).body;
  });

  it('gives the headline indices of the newest edition with ranks', async () => {
    expect(profile.edition).toBe('HDR25');
    expect(
      profile.headline.map((h: { index: string; year: number; value: number }) => [h.index, h.year, h.value]),
    ).toEqual([
      ['gii', 2023, 0.182],
      ['gdi', 2023, 1.004],
      ['hdi', 2023, 0.837],
    ]);
    expect(profile.headline[1].group).toEqual({ code: '1', label: 'high equality' });
    expect(profile.headline[2].group).toEqual({ code: 'very-high', label: 'Very high human development' });
  });

  it('ranks the GII among UNECE members as the overview’s values do (lower is better, ties shared)', async () => {
    const overview = (await t.get('/api/overview?indicator=hdr.gii&year=2023')).body;
    const kaz = overview.values.find((v: { iso3: string }) => v.iso3 === 'KAZ').value;
    const better = overview.values.filter((v: { value: number }) => v.value < kaz).length;
    expect(profile.headline[0].rankUnece).toEqual({ rank: better + 1, of: overview.coverage.withValue });
    expect(profile.headline[0].rankWorld.of).toBeGreaterThan(overview.coverage.withValue);
  });

  it('has the GII series with its inputs and decomposition', async () => {
    const y2022 = profile.gii.series.find((p: { year: number }) => p.year === 2022);
    expect(y2022).toMatchObject({ value: 0.168, computed: 0.168 });
    expect(y2022.prF).toBeCloseTo(24.67532468, 8);
    expect(profile.gii.decomposition).toMatchObject({ year: 2023, rounded: 0.182 });
  });

  it('sets national and international series of the same concept side by side', async () => {
    const seats = profile.comparisons.find(
      (c: { concept: string }) => c.concept === 'women-parliament-seats',
    );
    expect(seats.conceptNote).toContain('BOTH chambers');
    const last = (indicator: string) =>
      seats.series.find((s: { indicator: string }) => s.indicator === indicator).points.at(-1);
    expect(last('unsd.parl_seats')).toEqual({ year: 2021, value: 27.1 });
    expect(last('wdi.SG.GEN.PARL.ZS')).toEqual({ year: 2020, value: 27.1028037383178 });
    expect(last('hdr.pr').value).toBeCloseTo(19.59459459, 8);
    const national = seats.series.find((s: { indicator: string }) => s.indicator === 'sdg.5.5.1');
    expect(national).toMatchObject({
      kind: 'national',
      dataset: 'open-sdg-kaz',
      dims: { series: 'SG_GEN_PARL', unit: 'PT' },
    });
  });

  it('gives the GII of each edition separately, and the sources used', async () => {
    const byEdition = Object.fromEntries(
      profile.editions.map((e: { edition: string; gii: { year: number; value: number }[] }) => [
        e.edition,
        Object.fromEntries(e.gii.map((p) => [p.year, p.value])),
      ]),
    );
    expect([byEdition.HDR25[2022], byEdition.HDR25[2023], byEdition['HDR23-24'][2022]]).toEqual([
      0.168, 0.182, 0.177,
    ]);
    expect(profile.sources.map((s: { dataset: string }) => s.dataset).sort()).toEqual([
      'open-sdg-kaz',
      'undp-hdr-composite',
      'undp-hdr-composite',
      'unsd-minset',
      'wdi',
    ]);
  });

  it('switches edition', async () => {
    const { body } = await t.get('/api/countries/KAZ/profile?edition=HDR23-24&lang=ru');
    expect(body.country.name).toBe('Казахстан');
    expect(body.headline[0]).toMatchObject({ index: 'gii', edition: 'HDR23-24', year: 2022, value: 0.177 });
    const hdrSeats = body.comparisons[0].series.find((s: { indicator: string }) => s.indicator === 'hdr.pr');
    expect(hdrSeats.edition).toBe('HDR23-24');
  });

  it('shows only international series for a country without a national platform', async () => {
    const { body } = await t.get('/api/countries/KGZ/profile');
    const kinds = body.comparisons.flatMap((c: { series: { kind: string }[] }) =>
      c.series.map((s) => s.kind),
    );
    expect(new Set(kinds)).toEqual(new Set(['international']));
  });

  it('404s for an unknown edition, naming the editions', async () => {
    const { res, body } = await t.get('/api/countries/KAZ/profile?edition=HDR99');
    expect(res.status).toBe(404);
    expect(body.error.message).toBe('no HDR edition HDR99: the database has HDR25, HDR23-24');
  });
});

describe('GET /api/overview', () => {
  it('gives the GII of UNECE members by default, with coverage, trend and movers', async () => {
    const { body } = await t.get('/api/overview');
    expect(body).toMatchObject({
      indicator: 'hdr.gii',
      edition: 'HDR25',
      year: 2023,
      regionSet: { code: 'unece' },
    });
    expect(body.coverage.members).toBe(56);
    expect(body.coverage.withValue).toBe(body.values.length);
    expect(body.values.find((v: { iso3: string }) => v.iso3 === 'KAZ')).toEqual({
      iso3: 'KAZ',
      name: 'Kazakhstan',
      value: 0.182,
    });
    expect(body.years.at(-1)).toBe(2023);
    const kinds = body.movers.map((m: { kind: string }) => m.kind);
    expect(kinds.filter((k: string) => k === 'improved')).toHaveLength(5);
    expect(kinds.filter((k: string) => k === 'worsened').length).toBeLessThanOrEqual(5);
    // GII: lower is better, so improvers fell.
    for (const m of body.movers.filter((x: { kind: string }) => x.kind === 'improved'))
      expect(m.change).toBeLessThan(0);
  });

  it('summarises Central Asia: mean and median of the members with a value', async () => {
    const { body } = await t.get('/api/overview?regionSet=central-asia&year=2023');
    // KAZ 0.182, KGZ 0.34, TJK 0.258, UZB 0.291; Turkmenistan has no GII.
    expect(body.coverage).toEqual({ members: 5, withValue: 4 });
    const y2023 = body.trend.find((p: { year: number }) => p.year === 2023);
    expect(y2023.n).toBe(4);
    expect(y2023.mean).toBeCloseTo(0.26775, 12);
    expect(y2023.median).toBeCloseTo(0.2745, 12);
    const movers = body.movers.map((m: { iso3: string; kind: string; from: { year: number } }) => [
      m.iso3,
      m.kind,
      m.from.year,
    ]);
    expect(movers).toEqual([
      ['TJK', 'improved', 2013],
      ['KAZ', 'improved', 2013],
      ['KGZ', 'improved', 2013],
      ['UZB', 'worsened', 2013],
    ]);
  });

  it('takes a breakdown and a language', async () => {
    const { body } = await t.get('/api/overview?indicator=hdr.pr&dims=sex:F&regionSet=central-asia&lang=fr');
    expect(body).toMatchObject({
      name: 'Part des sièges au parlement',
      dims: { sex: 'F' },
      coverage: { members: 5, withValue: 5 },
    });
    expect(body.values.find((v: { iso3: string }) => v.iso3 === 'KGZ').name).toBe('Kirghizistan');
  });

  it.each([
    ['indicator=hdr.pr&dims=sex:X', 'no breakdown "sex:X" of hdr.pr in HDR25: it has sex:F; sex:M'],
    ['year=1985', 'no value of hdr.gii for unece members in 1985 (HDR25): years with values are 1990–2023'],
    ['edition=HDR99', 'no edition "HDR99" of hdr.gii in the database: it has HDR25, HDR23-24'],
  ])('%s → 404', async (query, message) => {
    const { res, body } = await t.get(`/api/overview?${query}`);
    expect(res.status).toBe(404);
    expect(body.error.message).toBe(message);
  });
});

describe('GET /api/availability', () => {
  it('gives the latest year of each indicator for each member', async () => {
    const { body } = await t.get('/api/availability?regionSet=central-asia');
    expect(body.rows.map((r: { iso3: string }) => r.iso3)).toEqual(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
    const row = (iso3: string) => body.rows.find((r: { iso3: string }) => r.iso3 === iso3).latest;
    expect(row('KAZ')).toMatchObject({
      'hdr.gii': 2023,
      'unsd.parl_seats': 2021,
      'wdi.SG.GEN.PARL.ZS': 2020,
      'sdg.5.5.1': 2023,
    });
    expect(row('TKM')).toMatchObject({ 'hdr.gii': null, 'unsd.parl_seats': 2021, 'sdg.5.5.1': null });
    expect(body.indicators[0]).toEqual({ code: 'hdr.hdi', name: 'Human Development Index (HDI)' });
  });
});
