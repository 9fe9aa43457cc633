import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadParityTable } from '../../services/load-parity-tables.ts';
import { QUOTA_REASON_CODES } from '../../services/quota-reasons.ts';
import { BUNDLED_DATA_DIR } from '../../services/seed.ts';
import { openSeededApp, type SeededApp } from './test-app.ts';

// Targets, quotas and quota compliance on the seeded bundled data (data/parity and every source).
let t: SeededApp;
beforeAll(async () => {
  t = await openSeededApp();
});
afterAll(() => t.store.close());

describe('GET /api/targets', () => {
  it.each<[string, string[]]>([
    ['indicator=hdr.pr&area=KAZ', ['sdg-5.5-parliament-seats', 'parity.hdr.pr']],
    ['concept=child-marriage', ['sdg-5.3-child-marriage']],
    ['concept=gdi', ['parity.hdr.gdi']],
    ['indicator=hdr.gii', []],
  ])('%s', async (query, ids) => {
    const { res, body } = await t.get(`/api/targets?${query}`);
    expect(res.status).toBe(200);
    expect(body.items.map((x: { id: string }) => x.id)).toEqual(ids);
    expect(body.total).toBe(ids.length);
  });

  it('gives every bundled SDG target and every derived parity target, the SDG wording quoted', async () => {
    const { body } = await t.get('/api/targets?limit=1000');
    expect(body.total).toBe(8 + 9);
    expect(body.items.find((x: { id: string }) => x.id === 'sdg-3.1-maternal-mortality')).toEqual({
      id: 'sdg-3.1-maternal-mortality',
      concept: 'maternal-mortality-ratio',
      scope: 'global',
      kind: 'sdg-target',
      value: 70,
      year: 2030,
      label: 'SDG target 70 by 2030',
      source:
        'United Nations General Assembly, Transforming our world: the 2030 Agenda for Sustainable Development (A/RES/70/1), 25 September 2015',
      sourceUrl: 'https://undocs.org/A/RES/70/1',
      note: expect.stringContaining(
        '"By 2030, reduce the global maternal mortality ratio to less than 70 per 100,000 live births."',
      ),
    });
  });

  it.each<[string, number, string]>([
    ['area=XYZ', 404, 'unknown country "XYZ": expected an ISO 3166-1 alpha-3 code such as KAZ'],
    [
      'concept=seats',
      404,
      'unknown concept "seats": expected a concept key of the indicator catalogue such as women-parliament-seats',
    ],
    [
      'area=KZ',
      400,
      'invalid parameter area: expected an ISO 3166-1 alpha-3 country code such as KAZ, got "KZ"',
    ],
    [
      'contry=KAZ',
      400,
      'invalid parameter contry: unknown parameter: this endpoint takes concept, indicator, area, limit, offset',
    ],
  ])('%s → %i', async (query, status, message) => {
    const { res, body } = await t.get(`/api/targets?${query}`);
    expect(res.status).toBe(status);
    expect(body.error.message).toBe(message);
  });
});

describe('GET /api/quotas', () => {
  it('gives Kazakhstan’s quota as stated, with the statement as its only source', async () => {
    const { res, body } = await t.get('/api/quotas?country=kaz');
    expect(res.status).toBe(200);
    expect(body.items).toEqual([
      {
        id: 'kaz-mazhilis-party-lists',
        country: 'KAZ',
        body: 'lower-chamber',
        kind: 'legislated-candidate-quota',
        appliesTo: 'candidate-lists',
        threshold: 30,
        groups: ['women', 'youth', 'women-with-disabilities'],
        source:
          'Kazakhstan, statement at the Beijing+30 Regional Review Meeting for the UNECE region, Geneva, October 2024',
        sourceKind: 'statement',
        note: expect.stringContaining('could not be established'),
      },
    ]);
  });

  it('is empty for a country without quotas and 404 for an unknown one', async () => {
    expect((await t.get('/api/quotas?country=GBR')).body).toEqual({
      items: [],
      total: 0,
      limit: 100,
      offset: 0,
    });
    expect((await t.get('/api/quotas?country=XXX')).res.status).toBe(404);
  });
});

describe('GET /api/quotas/compliance', () => {
  it('sets the quota against the latest seat share of every source and edition, each with what it counts', async () => {
    const { res, body } = await t.get('/api/quotas/compliance?country=KAZ');
    expect(res.status).toBe(200);
    const [c] = body.items;
    expect(c.status).toBe('not-comparable');
    expect(c.reason).toContain('women, youth and women with disabilities jointly');
    expect(
      c.evidence.map(
        (e: { edition: string; year: number; value: number; gap: number; definitionText: string }) => [
          e.edition,
          e.year,
          Number(e.value.toFixed(1)),
          Number(e.gap.toFixed(1)),
          e.definitionText,
        ],
      ),
    ).toEqual([
      ['HDR25', 2023, 19.6, -10.4, 'both chambers combined'],
      ['2024-10-24', 2023, 23, -7, 'single or lower chamber'],
      ['HDR23-24', 2022, 24.7, -5.3, 'both chambers combined'],
      ['minset-2021-09-30', 2021, 27.1, -2.9, 'single or lower chamber'],
      ['2022-02-15', 2020, 27.1, -2.9, 'single or lower chamber'],
    ]);
    expect(c.summary).toContain(
      'Women held 19.6 % of seats in 2023 (HDR25, both chambers combined), 10.4 points below the 30 % threshold',
    );
    expect(c.evidence.every((e: { status: string }) => e.status === 'not-comparable')).toBe(true);
  });

  it('gives the reasons as codes with their parameters beside the English', async () => {
    const { body } = await t.get('/api/quotas/compliance?country=KAZ');
    const [c] = body.items;
    const own = [
      { code: 'joint-groups', params: { groups: ['women', 'youth', 'women-with-disabilities'] } },
      { code: 'candidate-lists', params: {} },
    ];
    expect(c.reasons).toEqual(own);
    // HDR25 counts both chambers; the quota is for the Mazhilis (lower chamber); the national series counts it.
    expect(c.evidence[0].reasons).toEqual([
      ...own,
      { code: 'chamber-differs', params: { definition: 'both-chambers', body: 'lower-chamber' } },
    ]);
    expect(c.evidence[1]).toMatchObject({ dataset: 'open-sdg-kaz', reasons: own });
  });

  it('answers with an ETag that changes when a quota file is loaded', async () => {
    const first = await t.get('/api/quotas?country=KAZ');
    const etag = first.res.headers.get('ETag');
    expect(etag).toBeTruthy();
    const again = await t.get('/api/quotas?country=KAZ', { headers: { 'If-None-Match': etag! } });
    expect(again.res.status).toBe(304);
    const dir = mkdtempSync(join(tmpdir(), 'parity-quotas-'));
    const file = join(dir, 'quotas.csv');
    writeFileSync(
      file,
      readFileSync(join(BUNDLED_DATA_DIR, 'parity/quotas.csv'), 'utf8').replace(',30,', ',33,'),
    );
    try {
      const loaded = await loadParityTable(t.store.db, 'quotas', file);
      expect(loaded.status).toBe('loaded');
      const after = await t.get('/api/quotas?country=KAZ', { headers: { 'If-None-Match': etag! } });
      expect(after.res.status).toBe(200);
      expect(after.body.items[0].threshold).toBe(33);
    } finally {
      await loadParityTable(t.store.db, 'quotas', join(BUNDLED_DATA_DIR, 'parity/quotas.csv'));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('OpenAPI', () => {
  it('documents the three endpoints', async () => {
    const { body } = await t.get('/api/openapi.json');
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/api/targets', '/api/quotas', '/api/quotas/compliance']),
    );
    expect(body.paths['/api/quotas/compliance'].get['x-example']).toBe('/api/quotas/compliance?country=KAZ');
    const codes = body.components.schemas.QuotaReason.oneOf.map(
      (r: { properties: { code: { const?: string; enum?: string[] } } }) =>
        r.properties.code.const ?? r.properties.code.enum?.[0],
    );
    expect(codes).toEqual([...QUOTA_REASON_CODES]);
    expect(body.components.schemas.SeatShareEvidence.required).toContain('reasons');
  });
});
