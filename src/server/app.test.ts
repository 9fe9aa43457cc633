import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createApp } from './app.ts';
import { openTestStore } from '../store/test-store.ts';
import type { Store } from '../store/connect.ts';

// An empty store: catalogue endpoints, validation, caching and the OpenAPI document need no data.
// The seeded endpoints are tested in api/data-routes.test.ts and api/index-routes.test.ts.
let store: Store;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  store = await openTestStore();
  app = createApp({ db: store.db, storeKind: store.kind, logger: pino({ level: 'silent' }) });
});
afterAll(() => store.close());

async function get(path: string, init?: RequestInit) {
  const res = await app.request(path, init);
  const text = await res.text();
  return { res, body: text ? (JSON.parse(text) as Record<string, any>) : undefined }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe(createApp, () => {
  it('answers /api/health with the database kind and counts, never cached', async () => {
    const { res, body } = await get('/api/health');
    expect(res.status).toBe(200);
    expect(body).toEqual({ status: 'ok', database: store.kind, observations: 0, sources: 0 });
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(res.headers.get('ETag')).toBeNull();
  });

  it('warms its caches in the background when asked', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'debug' }, { write: (line: string) => lines.push(line) });
    createApp({ db: store.db, storeKind: store.kind, logger, warm: true });
    await expect.poll(() => lines.join(''), { timeout: 30_000 }).toContain('API caches warm');
  });

  it('answers an unknown route with a JSON 404', async () => {
    const { res, body } = await get('/api/nope');
    expect(res.status).toBe(404);
    expect(body).toEqual({ error: { status: 404, message: 'no route for GET /api/nope' } });
  });
});

describe('catalogue endpoints', () => {
  it('lists countries, paginated', async () => {
    const { body } = await get('/api/countries?limit=2&offset=1');
    expect(body).toMatchObject({ total: 250, limit: 2, offset: 1 });
    expect(body!.items.map((c: { iso3: string }) => c.iso3)).toEqual(['AFG', 'AGO']);
  });

  it('filters countries by region set, names in the language asked', async () => {
    const { body } = await get('/api/countries?regionSet=central-asia&lang=ru');
    expect(body!.total).toBe(5);
    expect(body!.items[0]).toEqual({
      iso3: 'KAZ',
      iso2: 'KZ',
      m49: '398',
      name: 'Казахстан',
      names: { en: 'Kazakhstan', fr: 'Kazakhstan', ru: 'Казахстан' },
    });
  });

  it('gives a country with the region sets it belongs to (any case)', async () => {
    const { body } = await get('/api/countries/kaz?lang=fr');
    expect(body!.name).toBe('Kazakhstan');
    expect(body!.regionSets.map((s: { code: string }) => s.code)).toEqual(
      expect.arrayContaining(['unece', 'central-asia', 'eecca', 'hdr-region-eca']),
    );
  });

  it.each([
    ['/api/region-sets?kind=subregion', 9],
    ['/api/region-sets?kind=membership', 1],
    ['/api/region-sets?kind=hdi-group', 9],
  ])('%s lists %i sets', async (path, total) => {
    expect((await get(path)).body!.total).toBe(total);
  });

  it('gives a region set with its members, any version', async () => {
    const unece = (await get('/api/region-sets/unece')).body!;
    expect([unece.memberCount, unece.members.length]).toEqual([56, 56]);
    const eca = (await get('/api/region-sets/hdr-region-eca?version=HDR23-24')).body!;
    expect(eca).toMatchObject({
      version: 'HDR23-24',
      kind: 'hdr-region',
      memberCount: 17,
      aggregateArea: 'ZZG.ECA',
    });
  });

  it.each([
    ['/api/countries/XYZ', 'unknown country "XYZ": expected an ISO 3166-1 alpha-3 code such as KAZ'],
    [
      '/api/countries?regionSet=atlantis',
      'unknown region set "atlantis": the region sets are unece, central-asia',
    ],
    [
      '/api/region-sets/central-asia?version=1999',
      'region set "central-asia" has no version "1999": its versions are 2025',
    ],
    ['/api/indicators/hdr.gi', 'unknown indicator "hdr.gi": the catalogue has 58 codes'],
    ['/api/indicators/HDR.GII', 'unknown indicator "HDR.GII": did you mean hdr.gii?'],
    ['/api/observations?indicator=hdr.gii&country=KAZ,XXX', 'unknown area "XXX"'],
    ['/api/indices/gii', 'no HDR edition in the database'],
    ['/api/import-runs/7/rejections', 'no import run 7'],
  ])('%s → 404 naming what is unknown', async (path, message) => {
    const { res, body } = await get(path);
    expect(res.status).toBe(404);
    expect(body!.error.status).toBe(404);
    expect(body!.error.message).toContain(message);
  });
});

describe('validation', () => {
  it.each<[string, string, string]>([
    ['/api/countries?limit=0', 'limit', 'expected an integer from 1 to 1000, got "0"'],
    ['/api/countries?offset=-3', 'offset', 'expected an integer ≥ 0, got "-3"'],
    ['/api/countries?lang=de', 'lang', 'expected en, fr or ru, got "de"'],
    [
      '/api/countries?contry=KAZ',
      'contry',
      'unknown parameter: this endpoint takes lang, regionSet, limit, offset',
    ],
    [
      '/api/countries/KAZAKHSTAN',
      'iso3',
      'expected an ISO 3166-1 alpha-3 country code such as KAZ, got "KAZAKHSTAN"',
    ],
    [
      '/api/countries/KAZ/profile?edition=HDR%2525',
      'edition',
      'expected an HDR edition such as HDR25, got "HDR%25"',
    ],
    [
      '/api/region-sets?kind=club',
      'kind',
      'expected membership, subregion, hdr-region or hdi-group, got "club"',
    ],
    ['/api/indicators?bpfa=Z', 'bpfa', 'expected a BPfA critical area letter from A to L, got "Z"'],
    [
      '/api/observations',
      'indicator',
      'expected one or more indicator codes, comma-separated, such as hdr.gii: required',
    ],
    [
      '/api/observations?indicator=hdr.gii&from=20x',
      'from',
      'expected a year between 1900 and 2100, got "20x"',
    ],
    [
      '/api/observations?indicator=hdr.gii&to=3000',
      'to',
      'expected a year between 1900 and 2100, got "3000"',
    ],
    ['/api/observations?indicator=hdr.gii&dims=sex', 'dims', 'expected "total" or key:value pairs'],
    [
      '/api/observations?indicator=hdr.gii&country=KAZ&regionSet=unece',
      'regionSet',
      'give either country or regionSet, not both',
    ],
    ['/api/observations?indicator=hdr.gii&from=2023&to=2020', 'to', 'from (2023) is after to (2020)'],
    [
      '/api/observations/download?indicator=hdr.gii&format=xlsx',
      'format',
      'expected csv or json, got "xlsx"',
    ],
    ['/api/indices/gni', 'index', 'expected gii, gdi or hdi, got "gni"'],
    ['/api/indices/gii/download?format=pdf', 'format', 'expected csv or json, got "pdf"'],
    ['/api/indices/gii/decomposition', 'country', 'required'],
    ['/api/indices/gii/what-if?country=KAZ&prF=130', 'prF', 'expected a percentage from 0 to 100, got "130"'],
    ['/api/indices/gii/what-if?country=KAZ&mmr=-5', 'mmr', 'expected a number ≥ 0, got "-5"'],
    ['/api/overview?year=99', 'year', 'expected a year between 1900 and 2100, got "99"'],
    [
      '/api/overview?dims=total',
      'dims',
      'expected key:value pairs separated by commas, such as sex:F, got "total"',
    ],
    [
      '/api/availability?regionSet=un%20ece',
      'regionSet',
      'expected a region set code such as unece, got "un ece"',
    ],
    ['/api/sources?limit=5000', 'limit', 'expected an integer from 1 to 1000, got "5000"'],
    ['/api/import-runs?offset=x', 'offset', 'expected an integer ≥ 0, got "x"'],
    ['/api/import-runs/abc/rejections', 'id', 'expected an import run id (a positive integer), got "abc"'],
  ])('%s → 400 naming %s', async (path, param, message) => {
    const { res, body } = await get(path);
    expect(res.status).toBe(400);
    expect(body!.error.status).toBe(400);
    const issue = body!.error.issues.find((i: { param: string }) => i.param === param);
    expect(issue.message).toContain(message);
    expect(body!.error.message).toContain(param);
  });

  it('reports every invalid parameter at once', async () => {
    const { body } = await get('/api/observations?indicator=hdr.gii&from=20x&limit=0&lang=xx');
    expect(body!.error.issues.map((i: { param: string }) => i.param).sort()).toEqual([
      'from',
      'lang',
      'limit',
    ]);
  });
});

describe('conditional GET', () => {
  it('sends a strong ETag and public caching, and 304 for If-None-Match', async () => {
    const first = await app.request('/api/countries/KAZ');
    const tag = first.headers.get('ETag')!;
    expect(tag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('Cache-Control')).toBe('public, max-age=300');
    const again = await app.request('/api/countries/KAZ', { headers: { 'If-None-Match': tag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('ETag')).toBe(tag);
    expect(await again.text()).toBe('');
    const other = await app.request('/api/countries/KGZ', { headers: { 'If-None-Match': tag } });
    expect(other.status).toBe(200);
  });

  it('differs by language', async () => {
    const en = (await app.request('/api/countries/KAZ?lang=en')).headers.get('ETag');
    const ru = (await app.request('/api/countries/KAZ?lang=ru')).headers.get('ETag');
    expect(en).not.toBe(ru);
  });
});

describe('OpenAPI document and docs page', () => {
  type Doc = {
    openapi: string;
    info: Record<string, string>;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    paths: Record<string, Record<string, any>>;
    components: { schemas: Record<string, unknown> };
  };
  let doc: Doc;
  beforeAll(async () => {
    const res = await app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    doc = JSON.parse(await res.text()) as Doc;
  });

  it('is OpenAPI 3.1 with title, version and description', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info.title).toBe('Parity API');
    expect(doc.info.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(doc.info.description!.length).toBeGreaterThan(100);
    expect(doc.components.schemas.Error).toBeDefined();
  });

  it('has every API route the app serves', () => {
    const served = app.routes
      .filter(
        (r) => ['GET', 'POST'].includes(r.method) && r.path.startsWith('/api/') && !r.path.includes('*'),
      )
      .map((r) => ({
        method: r.method.toLowerCase() as 'get' | 'post',
        path: r.path.replace(/:(\w+)/g, '{$1}'),
      }));
    expect(served.length).toBeGreaterThanOrEqual(21);
    for (const { method, path } of served)
      expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    expect(Object.keys(doc.paths).sort()).toEqual([...new Set(served.map((s) => s.path))].sort());
  });

  it('describes every parameter with an example, and each route’s 200 answer', () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      const op = item.get ?? item.post;
      expect(op.responses['200'], path).toBeDefined();
      for (const p of op.parameters ?? []) {
        expect(p.description, `${path} ${p.name}`).toBeTruthy();
        expect(p.schema.example ?? p.example, `${path} ${p.name}`).toBeDefined();
      }
    }
  });

  it('is rendered as a readable page listing every endpoint', async () => {
    const res = await app.request('/api/docs');
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/);
    const html = await res.text();
    for (const [path, item] of Object.entries(doc.paths))
      expect(html).toContain(`<code>${item.get ? 'GET' : 'POST'} ${path}</code>`);
    expect(html).toContain('curl -X POST http://localhost:3000/api/claims/check');
    expect(html).toContain('<a href="/api/countries/KAZ/profile?edition=HDR25">');
  });
});
