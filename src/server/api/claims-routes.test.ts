import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorByCode } from '../../catalog/index.ts';
import { importFile } from '../../services/import-file.ts';
import { importJobs } from '../../services/importers.ts';
import { loadParityTable } from '../../services/load-parity-tables.ts';
import { ensureReferenceData } from '../../services/reference-data.ts';
import type { Store } from '../../store/connect.ts';
import { openTestStore } from '../../store/test-store.ts';
import { createApp } from '../app.ts';

// The claims API over a small real store (the whole bundled set is not needed): Kazakhstan's rows of
// both HDR editions and the bundled quotas.
const DATA = new URL('../../../data/', import.meta.url).pathname;
let store: Store;
let app: ReturnType<typeof createApp>;

function kazRows(edition: 'HDR25' | 'HDR23-24'): string {
  const text = readFileSync(
    join(DATA, `undp-hdr/${edition}_Composite_indices_complete_time_series.csv`),
    'latin1',
  );
  const lines = text.split('\r\n');
  const path = join(mkdtempSync(join(tmpdir(), 'parity-claims-')), `${edition}_kaz.csv`);
  writeFileSync(path, [lines[0], ...lines.filter((l) => l.startsWith('KAZ,')), ''].join('\r\n'), 'latin1');
  return path;
}

beforeAll(async () => {
  store = await openTestStore();
  await ensureReferenceData(store.db);
  for (const edition of ['HDR25', 'HDR23-24'] as const)
    for (const job of await importJobs('hdr', kazRows(edition))) {
      const o = await importFile({ db: store.db, rules: indicatorByCode, runBy: 'test' }, job);
      if (o.status !== 'imported') throw new Error(JSON.stringify(o));
    }
  await loadParityTable(store.db, 'quotas', join(DATA, 'parity/quotas.csv'));
  app = createApp({ db: store.db, storeKind: store.kind, logger: pino({ level: 'silent' }) });
}, 120_000);
afterAll(() => store?.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const json = (res: Response): Promise<any> => res.json();

function post(body: unknown, contentType = 'application/json') {
  return app.request('/api/claims/check', {
    method: 'POST',
    headers: { 'Content-Type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const STATEMENT =
  'These include a 60% reduction in the gender inequality index; introduction of a 30% quota in Parliament ' +
  'for women and youth, including women with disabilities; and increased female leadership in state governance.';

describe('POST /api/claims/check', () => {
  it('checks each claim of the Kazakhstan statement, with its evidence, and is never cached', async () => {
    const res = await post({ text: STATEMENT, country: 'KAZ' });
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(res.headers.get('ETag')).toBeNull();
    const body = await json(res);
    expect(body.country).toBe('KAZ');
    expect(body.claims.map((c: { verdict: string }) => c.verdict)).toEqual([
      'not-supported',
      'partly-supported',
      'not-checkable',
    ]);
    // HDR25: 0.370 (2000) → 0.168 (2022), a 54.6 % fall, the largest in either edition.
    expect(body.claims[0].closest).toMatchObject({
      kind: 'series',
      series: { source: 'HDR25' },
      years: [2000, 2022],
      computation: '(0.168 − 0.370) / 0.370 = −54.6 %',
    });
    // Each claim carries the whole of each series weighed, for its chart: HDR25 2000–2023 and HDR23-24 2000–2022.
    const [hdr25, hdr2324] = body.claims[0].series;
    expect(body.claims[0].series).toHaveLength(2);
    expect(hdr25).toMatchObject({
      indicator: 'hdr.gii',
      dataset: 'undp-hdr-composite',
      edition: 'HDR25',
      dims: {},
      label: 'HDR25',
      unit: 'index',
    });
    expect(hdr25.points).toHaveLength(24);
    expect(hdr25.points).toEqual(
      expect.arrayContaining([
        { year: 2000, value: 0.37 },
        { year: 2022, value: 0.168 },
        { year: 2023, value: 0.182 },
      ]),
    );
    expect(hdr2324).toMatchObject({ edition: 'HDR23-24', label: 'HDR23-24' });
    expect(hdr2324.points.at(-1)).toEqual({ year: 2022, value: 0.177 });
    // Only HDR is in this store: the quota claim's seat shares are HDR's (women, sex=F), the quota has none.
    expect(body.claims[1].series.map((s: { label: string; dims: object }) => [s.label, s.dims])).toEqual([
      ['HDR25', { sex: 'F' }],
      ['HDR23-24', { sex: 'F' }],
    ]);
    const { span } = body.claims[0].claim;
    expect(STATEMENT.slice(span.start, span.end)).toBe(
      'These include a 60% reduction in the gender inequality index',
    );
  });

  it('answers the same request twice from the data, not from a cache', async () => {
    const a = await json(await post({ text: 'Kazakhstan ranked 50th in the GII in 2023.' }));
    const b = await json(await post({ text: 'Kazakhstan ranked 42nd in the GII in 2022.' }));
    expect([a.claims[0].verdict, b.claims[0].verdict]).toEqual(['supported', 'supported']);
  });

  it.each([
    ['an empty text', { text: '' }, 'text', /empty/],
    [
      'a text over 20,000 characters',
      { text: 'x'.repeat(20_001) },
      'text',
      /at most 20,000 characters, got 20,001/,
    ],
    ['no text', {}, 'text', /expected the statement as a string: required/],
    ['a text that is not a string', { text: 42 }, 'text', /expected the statement as a string/],
    [
      'a malformed country',
      { text: 'The GII fell.', country: 'KZ' },
      'country',
      /expected an ISO3 country code/,
    ],
    ['an unknown country', { text: 'The GII fell.', country: 'XYZ' }, 'country', /unknown country "XYZ"/],
    ['an unknown field', { text: 'The GII fell.', contry: 'KAZ' }, 'contry', /Unrecognized key/],
  ])('answers 400 for %s, naming the field', async (_label, body, param, message) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    const { error } = await json(res);
    expect(error.status).toBe(400);
    expect(error.issues).toEqual([{ param, message: expect.stringMatching(message) }]);
    // A long text is never quoted back.
    expect(JSON.stringify(error).length).toBeLessThan(500);
  });

  it('answers 400 for a body that is not JSON and 415 for one not sent as JSON', async () => {
    const malformed = await post('{"text": ');
    expect(malformed.status).toBe(400);
    expect((await json(malformed)).error.message).toMatch(/^invalid request body: Malformed JSON/);
    const plain = await post('The GII fell by 60%.', 'text/plain');
    expect(plain.status).toBe(415);
    expect((await json(plain)).error).toMatchObject({ status: 415, issues: [{ param: 'body' }] });
  });

  it('has no GET', async () => {
    expect((await app.request('/api/claims/check')).status).toBe(404);
  });

  it('is in the OpenAPI document with its request and answer schemas', async () => {
    const doc = await json(await app.request('/api/openapi.json'));
    const op = doc.paths['/api/claims/check'].post;
    expect(op.requestBody.content['application/json'].schema.$ref).toBe(
      '#/components/schemas/ClaimCheckRequest',
    );
    expect(op.responses['200'].content['application/json'].schema.$ref).toBe(
      '#/components/schemas/ClaimsCheck',
    );
    expect(Object.keys(op.responses).sort()).toEqual(['200', '400']);
    expect(doc.components.schemas.ClaimCheckRequest.properties.text.maxLength).toBe(20_000);
    expect(doc.components.schemas.ClaimCheck.required).toContain('series');
    expect(doc.components.schemas.ClaimCheck.properties.series.items.$ref).toBe(
      '#/components/schemas/ClaimSeriesPoints',
    );
    expect(doc.components.schemas.ClaimSeriesPoints.required.sort()).toEqual([
      'dataset',
      'dims',
      'edition',
      'indicator',
      'label',
      'points',
      'unit',
    ]);
    expect(doc.components.schemas.ClaimCheck.properties.verdict.enum).toEqual([
      'supported',
      'partly-supported',
      'not-supported',
      'not-checkable',
    ]);
  });
});
