import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededApp, type SeededApp } from './test-app.ts';

let s: SeededApp;

beforeAll(async () => {
  s = await openSeededApp();
}, 180_000);
afterAll(() => s?.store.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

describe('GET /api/progress/methods', () => {
  it('lists every method with its parameters, unconfirmed ones marked, and the common verdict scale', async () => {
    const { res, body } = await s.get('/api/progress/methods');
    expect(res.status).toBe(200);
    expect(body.methods.map((m: Json) => m.id)).toEqual(
      expect.arrayContaining([
        'trend',
        'growth-ratio',
        'sdsn',
        'escap-csi',
        'escap-api',
        'regional-aggregate',
      ]),
    );
    const escap = body.methods.find((m: Json) => m.id === 'escap-api');
    expect(escap.parameters).toContainEqual(
      expect.objectContaining({ name: 'weights', status: 'unconfirmed' }),
    );
    expect(body.verdicts.growthRatio).toMatchObject({
      deterioration: 'off-track',
      'limited-progress': 'progressing',
    });
  });
});

describe('GET /api/progress/countries/{iso3}', () => {
  it("assesses Kazakhstan's series; HDR25 women's seats against SDG 5.5, where the methods disagree", async () => {
    const { res, body } = await s.get('/api/progress/countries/kaz');
    expect(res.status).toBe(200);
    expect(res.headers.get('ETag')).toBeTruthy();
    expect(body).toMatchObject({ area: { code: 'KAZ' }, baseYear: 2015, targetYear: 2030 });
    const seats = body.rows.find((r: Json) => r.indicator.code === 'hdr.pr' && r.series.edition === 'HDR25');
    expect(seats.target).toMatchObject({ id: 'sdg-5.5-parliament-seats', value: 50, year: 2030 });
    expect(seats.assessment.growthRatio.value.category).toBe('deterioration');
    expect(seats.disagree).toBe(true);
    expect(JSON.stringify(body)).not.toContain('"weight"');
  });

  it('takes the base and target years', async () => {
    const { res, body } = await s.get('/api/progress/countries/KAZ?base=2010&targetYear=2035&lang=ru');
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ baseYear: 2010, targetYear: 2035, area: { name: 'Казахстан' } });
  });

  it.each([
    ['?base=2030&targetYear=2030', 'base', /base year 2030 is not before the target year 2030/],
    ['?base=1980', 'base', /expected a year between 1990 and 2100/],
    ['?targetYear=20x', 'targetYear', /expected a year between 1990 and 2100/],
    ['?lang=de', 'lang', /expected en, fr or ru/],
  ])('answers 400 naming the parameter for %s', async (query, param, message) => {
    const { res, body } = await s.get(`/api/progress/countries/KAZ${query}`);
    expect(res.status).toBe(400);
    expect(body.error.issues).toContainEqual({ param, message: expect.stringMatching(message) });
  });

  it('answers 404 for an unknown area', async () => {
    const { res, body } = await s.get('/api/progress/countries/XYZ');
    expect(res.status).toBe(404);
    expect(body.error.message).toMatch(/unknown area "XYZ"/);
  });
});

describe('GET /api/progress/regions/{set}', () => {
  it('gives Central Asia’s aggregates, its assessment and member counts', async () => {
    const { res, body } = await s.get('/api/progress/regions/central-asia');
    expect(res.status).toBe(200);
    const gii = body.rows.find((r: Json) => r.indicator.code === 'hdr.gii');
    // HDR25 2022: KAZ 0.168, KGZ 0.340, TJK 0.262, UZB 0.297; Turkmenistan has no GII.
    expect(gii.aggregates.find((a: Json) => a.year === 2022)).toMatchObject({
      ok: true,
      n: 4,
      members: 5,
      mean: expect.closeTo(0.26675, 12),
    });
    expect(gii.members.withData).toBe(4);
    expect(gii.members.growthRatio['no-data']).toBe(1);
    expect(gii.members.countries.find((m: Json) => m.iso3 === 'TKM')).toEqual({
      iso3: 'TKM',
      name: 'Turkmenistan',
      latest: null,
      growthRatio: 'no-data',
      sdsn: 'no-data',
      escapApi: 'no-data',
      agreement: 'no-data',
    });
  });

  it('lists the UNECE members behind every GII count, lean and in the requested language', async () => {
    const { res, body } = await s.get('/api/progress/regions/unece?lang=fr');
    expect(res.status).toBe(200);
    const { members } = body.rows.find((r: Json) => r.indicator.code === 'hdr.gii');
    expect(members.countries).toHaveLength(56);
    for (const method of ['growthRatio', 'sdsn', 'escapApi', 'agreement']) {
      const tally: Record<string, number> = {};
      for (const m of members.countries) tally[m[method]] = (tally[m[method]] ?? 0) + 1;
      expect(members[method], method).toEqual(tally);
    }
    // HDR25: Kazakhstan's GII 0.182 in 2023, falling faster than 1.5 % a year since 2015.
    expect(members.countries.find((m: Json) => m.iso3 === 'KAZ')).toMatchObject({
      name: 'Kazakhstan',
      latest: { year: 2023, value: 0.182 },
      growthRatio: 'on-track',
    });
    expect(members.countries.find((m: Json) => m.iso3 === 'DEU').name).toBe('Allemagne');
    expect(Object.keys(members.countries[0]).sort()).toEqual(
      ['agreement', 'escapApi', 'growthRatio', 'iso3', 'latest', 'name', 'sdsn'].sort(),
    );
  });

  it.each([
    ['/api/progress/regions/central-asia?minShare=2', 400, 'minShare'],
    ['/api/progress/regions/central-asia?base=2040', 400, 'base'],
  ])('answers %s with %i naming %s', async (path, status, param) => {
    const { res, body } = await s.get(path);
    expect(res.status).toBe(status);
    expect(body.error.issues.map((i: Json) => i.param)).toEqual([param]);
  });

  it('answers 404 for an unknown region set, listing the sets', async () => {
    const { res, body } = await s.get('/api/progress/regions/atlantis');
    expect(res.status).toBe(404);
    expect(body.error.message).toMatch(
      /unknown region set "atlantis": the region sets are unece, central-asia/,
    );
  });
});

describe('GET /api/aggregates', () => {
  it('gives the UNECE GII in 2022: 50 of 56 members, mean and median as computed by hand from HDR25', async () => {
    const { res, body } = await s.get('/api/aggregates?set=unece&indicator=hdr.gii&year=2022');
    expect(res.status).toBe(200);
    expect(body.series).toMatchObject({ edition: 'HDR25', dims: {} });
    expect(body.years).toEqual([
      expect.objectContaining({
        year: 2022,
        ok: true,
        n: 50,
        members: 56,
        mean: expect.closeTo(0.11748, 12),
        median: expect.closeTo(0.0915, 12),
        weightedMean: expect.closeTo(0.1341753724721758, 9),
      }),
    ]);
  });

  it('returns a failing year with its reason', async () => {
    const { body } = await s.get('/api/aggregates?set=central-asia&indicator=hdr.gii&year=1995');
    expect(body.years).toEqual([
      expect.objectContaining({ ok: false, reason: 'insufficient-coverage', n: 1, members: 5 }),
    ]);
  });

  it.each([
    ['/api/aggregates?indicator=hdr.gii', 400, 'set'],
    ['/api/aggregates?set=unece&indicator=hdr.gii&minShare=half', 400, 'minShare'],
    ['/api/aggregates?set=unece&indicator=hdr.gii&year=22', 400, 'year'],
  ])('answers %s with %i naming %s', async (path, status, param) => {
    const { res, body } = await s.get(path);
    expect(res.status).toBe(status);
    expect(body.error.issues.map((i: Json) => i.param)).toEqual([param]);
  });

  it('answers 404 for an unknown source, listing the editions', async () => {
    const { res, body } = await s.get('/api/aggregates?set=unece&indicator=hdr.gii&source=HDR99');
    expect(res.status).toBe(404);
    expect(body.error.message).toMatch(
      /no source "HDR99" of hdr\.gii in the database: its editions are HDR25/,
    );
  });
});

describe('GET /api/trends', () => {
  it("measures Kazakhstan's GII fall 2000–2022 in each HDR edition", async () => {
    const { res, body } = await s.get('/api/trends?area=KAZ&indicator=hdr.gii&to=2022');
    expect(res.status).toBe(200);
    const h25 = body.series.find((x: Json) => x.series.edition === 'HDR25');
    expect(h25.change.change).toMatchObject({
      from: { year: 2000, value: 0.37 },
      to: { year: 2022, value: 0.168 },
      relative: expect.closeTo(-0.5459459459, 9),
    });
    expect(h25.extremes.improvement).toMatchObject({ from: { year: 2000 }, to: { year: 2022 } });
    expect(body.series.map((x: Json) => x.series.edition)).toEqual(['HDR25', 'HDR23-24']);
  });

  it('gives the years to a requested target', async () => {
    const { body } = await s.get('/api/trends?area=KAZ&indicator=hdr.gii&source=HDR25&to=2022&target=0.1');
    expect(body.target).toMatchObject({ value: 0.1, kind: 'requested' });
    expect(body.series[0].timeToTarget.linear.time.status).toBe('on-course');
  });

  it.each([
    ['/api/trends?area=KAZ&indicator=hdr.gii&from=2010&to=2005', 400, 'to'],
    ['/api/trends?area=KAZ&indicator=hdr.gii&target=a lot', 400, 'target'],
    ['/api/trends?area=KAZ', 400, 'indicator'],
  ])('answers %s with %i naming %s', async (path, status, param) => {
    const { res, body } = await s.get(path);
    expect(res.status).toBe(status);
    expect(body.error.issues.map((i: Json) => i.param)).toEqual([param]);
  });
});

describe('OpenAPI document', () => {
  it('documents the progress routes', async () => {
    const { body } = await s.get('/api/openapi.json');
    for (const path of [
      '/api/progress/methods',
      '/api/progress/countries/{iso3}',
      '/api/progress/regions/{set}',
      '/api/aggregates',
      '/api/trends',
    ])
      expect(body.paths).toHaveProperty([path]);
  });

  it("documents a region member's categories, no-verdict ones included", async () => {
    const { body } = await s.get('/api/openapi.json');
    const member = body.components.schemas.RegionMemberResult;
    expect(member.properties.growthRatio.enum).toEqual(
      expect.arrayContaining(['deterioration', 'no-data', 'insufficient-data', 'not-applicable']),
    );
    expect(member.properties.sdsn.enum).toContain('stagnating');
    expect(member.properties.escapApi.enum).toEqual([
      'maintain',
      'accelerate',
      'reverse',
      'no-data',
      'insufficient-data',
      'not-applicable',
    ]);
  });
});
