import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededApp, type SeededApp } from './test-app.ts';

// Indicators, observations, downloads, sources and import runs on the seeded bundled data.
let t: SeededApp;
beforeAll(async () => {
  t = await openSeededApp();
});
afterAll(() => t.store.close());

describe('GET /api/indicators', () => {
  it('lists the catalogue with the editions the store holds', async () => {
    const { body } = await t.get('/api/indicators?limit=1000');
    expect(body.total).toBe(58);
    const gii = body.items.find((i: { code: string }) => i.code === 'hdr.gii');
    expect(gii).toMatchObject({ unit: 'index', direction: 'lower-is-better', concept: 'gii' });
    expect(gii.editions.map((e: { edition: string }) => e.edition)).toEqual(['HDR25', 'HDR23-24']);
    expect(gii.editions[0]).toMatchObject({
      dataset: 'undp-hdr-composite',
      firstYear: 1990,
      lastYear: 2023,
      redistribution: true,
    });
  });

  it.each<[string, string[]]>([
    ['concept=women-parliament-seats', ['hdr.pr', 'wdi.SG.GEN.PARL.ZS', 'unsd.parl_seats', 'sdg.5.5.1']],
    ['dataset=wdi', ['wdi.SG.GEN.PARL.ZS', 'wdi.SL.TLF.CACT.FE.ZS']],
    ['q=GII', ['hdr.gii']],
    [
      'bpfa=g&dataset=unsd-minset',
      [
        'unsd.ministers',
        'unsd.local_seats',
        'unsd.managers',
        'unsd.parl_seats',
        'unsd.quota_legislated',
        'unsd.quota_party',
      ],
    ],
  ])('%s', async (query, codes) => {
    const { body } = await t.get(`/api/indicators?${query}`);
    expect(body.items.map((i: { code: string }) => i.code).sort()).toEqual([...codes].sort());
  });

  it('says which source may not be redistributed', async () => {
    const { body } = await t.get('/api/indicators/unsd.parl_seats');
    expect(body.editions).toEqual([
      expect.objectContaining({
        dataset: 'unsd-minset',
        edition: 'minset-2021-09-30',
        redistribution: false,
      }),
    ]);
  });

  it('gives an indicator with the dimension values in its data', async () => {
    const { body } = await t.get('/api/indicators/hdr.pr?lang=fr');
    expect(body.name).toBe('Part des sièges au parlement');
    expect(body.dims).toEqual({ sex: ['F', 'M'] });
  });

  it('404s for a dataset it does not have', async () => {
    const { res, body } = await t.get('/api/indicators?dataset=ipu');
    expect(res.status).toBe(404);
    expect(body.error.message).toBe(
      'no dataset "ipu" in the database: it has open-sdg-gbr, open-sdg-kaz, undp-hdr-composite, unsd-minset, wdi',
    );
  });
});

describe('GET /api/observations', () => {
  it.each<[string, string, number, number | null]>([
    // KAZ GII: HDR25 2022 = 0.168 and 2023 = 0.182; HDR23-24 2022 = 0.177.
    ['indicator=hdr.gii&country=KAZ&from=2022&to=2022&edition=HDR25', 'HDR25', 2022, 0.168],
    ['indicator=hdr.gii&country=KAZ&from=2023&edition=HDR25', 'HDR25', 2023, 0.182],
    ['indicator=hdr.gii&country=KAZ&from=2022&to=2022&edition=HDR23-24', 'HDR23-24', 2022, 0.177],
    ['indicator=unsd.parl_seats&country=KAZ&from=2021&to=2021', 'minset-2021-09-30', 2021, 27.1],
    ['indicator=wdi.SG.GEN.PARL.ZS&country=KAZ&from=2020&to=2020', '2022-02-15', 2020, 27.1028037383178],
  ])('%s', async (query, edition, year, value) => {
    const { body } = await t.get(`/api/observations?${query}`);
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({
      area: 'KAZ',
      areaName: 'Kazakhstan',
      year,
      period: String(year),
      value,
      edition,
    });
  });

  it('keeps editions side by side, ordered by indicator, area and year', async () => {
    const { body } = await t.get(
      '/api/observations?indicator=hdr.gii&country=KAZ&from=2022&dataset=undp-hdr-composite',
    );
    expect(
      body.items.map((o: { year: number; edition: string; value: number }) => [o.year, o.edition, o.value]),
    ).toEqual([
      [2022, 'HDR25', 0.168],
      [2022, 'HDR23-24', 0.177],
      [2023, 'HDR25', 0.182],
    ]);
  });

  it('paginates with a total', async () => {
    const all = (await t.get('/api/observations?indicator=hdr.gii&country=KAZ&edition=HDR25&limit=1000'))
      .body;
    expect(all.total).toBe(24);
    const page = (
      await t.get('/api/observations?indicator=hdr.gii&country=KAZ&edition=HDR25&limit=5&offset=20')
    ).body;
    expect(page).toMatchObject({ total: 24, limit: 5, offset: 20 });
    expect(page.items).toEqual(all.items.slice(20, 25));
    expect(page.items).toHaveLength(4);
  });

  it.each<[string, number]>([
    ['indicator=hdr.pr&country=KAZ&edition=HDR25&dims=sex:F', 34],
    ['indicator=hdr.pr&country=KAZ&edition=HDR25', 68],
    ['indicator=hdr.pr&country=KAZ&edition=HDR25&dims=total', 0],
    ['indicator=unsd.lfpr&country=KAZ&dims=sex:F,age:Y_GE15', 4],
    ['indicator=hdr.gii&regionSet=central-asia&edition=HDR25&from=2023', 4],
  ])('filters %s → %i rows', async (query, total) => {
    expect((await t.get(`/api/observations?${query}`)).body.total).toBe(total);
  });

  it('names areas in the language asked, aggregates included', async () => {
    const { body } = await t.get(
      '/api/observations?indicator=hdr.gii&country=ZZK.WORLD&from=2023&edition=HDR25&lang=ru',
    );
    expect(body.items[0]).toMatchObject({ area: 'ZZK.WORLD', year: 2023 });
    const kaz = (
      await t.get('/api/observations?indicator=hdr.gii&country=KAZ&from=2023&edition=HDR25&lang=ru')
    ).body;
    expect(kaz.items[0].areaName).toBe('Казахстан');
  });

  it('404s for an edition it does not have, listing those it has', async () => {
    const { res, body } = await t.get(
      '/api/observations?indicator=hdr.gii&dataset=undp-hdr-composite&edition=HDR99',
    );
    expect(res.status).toBe(404);
    expect(body.error.message).toBe(
      'no edition "HDR99" of undp-hdr-composite in the database: it has HDR23-24, HDR25',
    );
  });
});

describe('GET /api/observations/download', () => {
  it('zips data.csv with the rows and a README with citation and licence', async () => {
    const { res, body } = await t.get(
      '/api/observations/download?indicator=hdr.gii&country=KAZ&from=2022&format=csv',
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/zip');
    expect(res.headers.get('Content-Disposition')).toMatch(
      /^attachment; filename="parity-observations-hdr\.gii-\d{8}\.zip"$/,
    );
    const files = unzipSync(body as Uint8Array);
    const csv = strFromU8(files['data.csv']!).trim().split('\n');
    expect(csv[0]).toBe(
      'indicator,indicator_name,unit,area,area_name,period,year,dims,value,text,status,footnote,dataset,edition',
    );
    expect(csv.slice(1)).toEqual([
      'hdr.gii,Gender Inequality Index (GII),index,KAZ,Kazakhstan,2022,2022,,0.168,,,,undp-hdr-composite,HDR25',
      'hdr.gii,Gender Inequality Index (GII),index,KAZ,Kazakhstan,2022,2022,,0.177,,,,undp-hdr-composite,HDR23-24',
      'hdr.gii,Gender Inequality Index (GII),index,KAZ,Kazakhstan,2023,2023,,0.182,,,,undp-hdr-composite,HDR25',
    ]);
    const readme = strFromU8(files['README.md']!);
    for (const part of [
      '## How to cite',
      'Human Development Report HDR25',
      'CC BY 3.0 IGO',
      'indicator=hdr.gii',
      'HDR23-24',
    ])
      expect(readme).toContain(part);
  });

  it('gives one column per dimension in the CSV', async () => {
    const { body } = await t.get(
      '/api/observations/download?indicator=hdr.pr&country=KAZ&from=2023&edition=HDR25',
    );
    const csv = strFromU8(unzipSync(body as Uint8Array)['data.csv']!)
      .trim()
      .split('\n');
    expect(csv[0]).toContain(',dims,dim_sex,value,');
    expect(csv.slice(1).map((l) => l.split(',').slice(7, 10))).toEqual([
      ['sex=F', 'F', '19.59459459'],
      ['sex=M', 'M', '80.40540541'],
    ]);
  });

  it('gives JSON with a meta block', async () => {
    const { res, body } = await t.get(
      '/api/observations/download?indicator=wdi.SG.GEN.PARL.ZS&country=KAZ&from=2020&format=json',
    );
    expect(res.headers.get('Content-Disposition')).toMatch(
      /filename="parity-observations-wdi\.SG\.GEN\.PARL\.ZS-\d{8}\.json"/,
    );
    expect(body.data).toEqual([
      expect.objectContaining({ area: 'KAZ', year: 2020, value: 27.1028037383178 }),
    ]);
    expect(body.meta.query).toEqual({
      indicator: 'wdi.SG.GEN.PARL.ZS',
      country: 'KAZ',
      from: '2020',
      format: 'json',
    });
    expect(body.meta.sources).toEqual([expect.objectContaining({ dataset: 'wdi', licence: 'CC BY 4.0' })]);
    expect(body.meta.citation).toContain('World Bank, World Development Indicators');
    expect(Date.parse(body.meta.generatedAt)).not.toBeNaN();
  });

  it.each(['csv', 'json'])(
    'refuses (403) %s when a row comes from a source that may not be redistributed',
    async (format) => {
      const { res, body } = await t.get(
        `/api/observations/download?indicator=unsd.parl_seats,wdi.SG.GEN.PARL.ZS&country=KAZ&format=${format}`,
      );
      expect(res.status).toBe(403);
      expect(res.headers.get('Content-Disposition')).toBeNull();
      expect(body.error.message).toContain('unsd-minset minset-2021-09-30');
      expect(body.error.message).toContain('dataset=');
    },
  );

  it('allows the same query once the closed source is filtered out', async () => {
    const { res } = await t.get(
      '/api/observations/download?indicator=unsd.parl_seats,wdi.SG.GEN.PARL.ZS&country=KAZ&dataset=wdi',
    );
    expect(res.status).toBe(200);
  });
});

describe('GET /api/sources and /api/import-runs', () => {
  it('lists every source edition with licence, redistribution, files and counts', async () => {
    const { body } = await t.get('/api/sources');
    expect(body.total).toBe(6);
    const byKey = new Map(
      body.items.map((s: { dataset: string; edition: string }) => [`${s.dataset} ${s.edition}`, s]),
    );
    expect(byKey.get('undp-hdr-composite HDR25')).toMatchObject({
      observations: 200004,
      redistribution: true,
      licence: 'CC BY 3.0 IGO',
    });
    expect(byKey.get('undp-hdr-composite HDR23-24')).toMatchObject({ observations: 192615 });
    expect(byKey.get('unsd-minset minset-2021-09-30')).toMatchObject({ redistribution: false });
    const wdi = byKey.get('wdi 2022-02-15') as { files: { fileName: string; sha256: string }[] };
    expect(wdi.files.map((f) => f.fileName)).toContain('API_SG.GEN.PARL.ZS_DS2_en_csv_v2_3731396.csv');
    expect(wdi.files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('lists import runs newest first, paginated, with their rejected rows', async () => {
    const all = (await t.get('/api/import-runs?limit=1000')).body;
    expect(all.total).toBe(50);
    const ids = all.items.map((r: { id: number }) => r.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const page = (await t.get('/api/import-runs?limit=2&offset=48')).body;
    expect(page.items).toEqual(all.items.slice(48));
    const hdr2324 = all.items.find((r: { edition: string }) => r.edition === 'HDR23-24');
    expect(hdr2324).toMatchObject({
      dataset: 'undp-hdr-composite',
      importer: 'hdr',
      fileName: 'HDR23-24_Composite_indices_complete_time_series.csv',
      inserted: 192615,
      rejected: 1,
    });
    const rejections = (await t.get(`/api/import-runs/${hdr2324.id}/rejections`)).body;
    expect(rejections).toMatchObject({ total: 1, limit: 100, offset: 0 });
    expect(rejections.items[0]).toMatchObject({
      line: 147,
      field: 'diff_hdi_phdi_1994',
      message: 'expected a number, got "NaN"',
    });
  });
});
