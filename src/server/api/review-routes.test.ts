import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Membership } from '../../core/auth/access.ts';
import { activeHtml } from '../../services/inert-html.ts';
import { openSeededApp, type SeededApp } from './test-app.ts';
import { signInAs, type TestSession } from './test-session.ts';

// The whole bundled seed, the demonstration cycle included, as a first start loads it.
let s: SeededApp;
const as: Record<string, TestSession> = {};
const m = {
  admin: { role: 'administrator', scope: { kind: 'instance' } },
  reviewer: { role: 'regional-reviewer', scope: { kind: 'region-set', code: 'unece' } },
  centralAsia: { role: 'regional-reviewer', scope: { kind: 'region-set', code: 'central-asia' } },
  kaz: { role: 'focal-point', scope: { kind: 'country', iso3: 'KAZ' } },
  kazStat: { role: 'contributor', scope: { kind: 'country', iso3: 'KAZ' } },
} satisfies Record<string, Membership>;
type Who = keyof typeof m | 'public';
const CYCLE = '/api/cycles/beijing30-unece';

beforeAll(async () => {
  s = await openSeededApp();
  for (const [who, membership] of Object.entries(m))
    as[who] = await signInAs(s.app, s.store.db, `${who.toLowerCase()}@example.org`, [membership]);
}, 240_000);
afterAll(() => s.store.close());

async function call(
  who: Who,
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) {
  const res = await s.app.request(path, {
    method,
    headers: who === 'public' ? { 'Content-Type': 'application/json' } : as[who]!.headers(headers),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const type = res.headers.get('Content-Type') ?? '';
  const bytes = new Uint8Array(await res.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  return {
    res,
    status: res.status,
    bytes,
    text,
    body: type.startsWith('application/json') ? JSON.parse(text) : text,
  };
}

describe('the demonstration cycle after a first start', () => {
  it('tracks the 56 UNECE members: Kazakhstan’s example draft, nobody has submitted', async () => {
    const r = await call('reviewer', 'GET', `${CYCLE}/tracker`);
    expect(r.status).toBe(200);
    expect(r.res.headers.get('Cache-Control')).toMatch(/no-store/);
    expect(r.body.summary).toMatchObject({ members: 56, started: 1, submitted: 0, late: 0 });
    expect(r.body.summary.byState).toMatchObject({ 'not-started': 55, draft: 1 });
    expect(r.body.rows.find((x: { iso3: string }) => x.iso3 === 'KAZ')).toMatchObject({
      state: 'draft',
      emptySections: [],
      submittedAt: null,
    });
    // The matrix: every UNECE member × the progress indicators held, with the latest year.
    const gii = r.body.availability.rows.find((x: { iso3: string }) => x.iso3 === 'KAZ').latest['hdr.gii'];
    expect(gii).toBe(2023);
  });

  it('shows the public the published meeting record with Kazakhstan’s checked claims', async () => {
    const meetings = await call('public', 'GET', `${CYCLE}/meetings`);
    expect(meetings.status).toBe(200);
    expect(meetings.body.items).toHaveLength(1);
    const meeting = meetings.body.items[0];
    expect(meeting).toMatchObject({ place: 'Geneva, Switzerland', from: '2024-10-21', to: '2024-10-22' });
    const statements = await call('public', 'GET', `/api/meetings/${meeting.id}/statements`);
    expect(statements.status).toBe(200);
    expect(statements.body.items[0]).toMatchObject({
      speaker: 'Yerlan Alimbayev',
      country: 'KAZ',
      sessionTitle: 'General segment',
      tally: { claims: 3, notSupported: 1, partlySupported: 1, notCheckable: 1 },
    });
  });

  it('keeps the example report from the public', async () => {
    const reports = await call('public', 'GET', `${CYCLE}/reports`);
    expect(reports.status).toBe(200);
    expect(JSON.stringify(reports.body)).not.toContain('KAZ');
  });
});

describe('who may do what', () => {
  const NEW_TAG = {
    country: 'KAZ',
    sectionId: 'cluster-4',
    quote: 'Participation, accountability and gender-responsive institutions',
    clusters: [4],
  };
  it.each([
    [
      'GET',
      `${CYCLE}/tracker`,
      undefined,
      { admin: 200, reviewer: 200, centralAsia: 403, kaz: 403, kazStat: 403, public: 401 },
    ],
    [
      'GET',
      `${CYCLE}/tags`,
      undefined,
      { admin: 200, reviewer: 200, centralAsia: 200, kaz: 403, kazStat: 403, public: 401 },
    ],
    [
      'GET',
      `${CYCLE}/tags/search?area=G&criterion=political-will`,
      undefined,
      { admin: 200, reviewer: 200, centralAsia: 200, kaz: 403, kazStat: 403, public: 401 },
    ],
    [
      'POST',
      `${CYCLE}/tags`,
      NEW_TAG,
      { kaz: 403, kazStat: 403, public: 401, centralAsia: 201, reviewer: 201 },
    ],
    [
      'POST',
      `${CYCLE}/synthesis/generate`,
      undefined,
      { kaz: 403, kazStat: 403, centralAsia: 403, public: 401, reviewer: 200 },
    ],
    [
      'GET',
      `${CYCLE}/synthesis`,
      undefined,
      { kaz: 403, public: 401, centralAsia: 403, reviewer: 200, admin: 200 },
    ],
    [
      'POST',
      `${CYCLE}/meetings`,
      { title: 'Side event', place: 'Geneva', from: '2024-10-21', to: '2024-10-21' },
      { kaz: 403, kazStat: 403, centralAsia: 403, public: 401, admin: 201 },
    ],
  ] as const)('%s %s', async (method, path, body, expected) => {
    for (const [who, status] of Object.entries(expected)) {
      const r = await call(who as Who, method, path, body);
      expect([who, r.status]).toEqual([who, status]);
      if (status === 403 && who !== 'public')
        expect(r.body.error.message).toMatch(/required; you are|you may tag none/);
    }
  });

  it('reads one tag, statement and the sessions of a meeting, as each may', async () => {
    const tags = await call('reviewer', 'GET', `${CYCLE}/tags/search?country=KAZ&criterion=political-will`);
    const tagId = tags.body.items[0].id;
    expect((await call('reviewer', 'GET', `/api/tags/${tagId}`)).body).toMatchObject({
      country: 'KAZ',
      bpfa: ['G'],
    });
    expect((await call('kaz', 'GET', `/api/tags/${tagId}`)).status).toBe(403);
    expect((await call('public', 'GET', `/api/tags/${tagId}`)).status).toBe(401);
    const meeting = (await call('public', 'GET', `${CYCLE}/meetings`)).body.items[0];
    expect((await call('public', 'GET', `/api/meetings/${meeting.id}/sessions`)).body).toEqual([
      { id: expect.any(Number), kind: 'segment', title: 'General segment', position: 1 },
    ]);
    const statementId = (await call('public', 'GET', `/api/meetings/${meeting.id}/statements`)).body.items[0]
      .id;
    expect((await call('public', 'GET', `/api/statements/${statementId}`)).body).toMatchObject({
      speaker: 'Yerlan Alimbayev',
    });
    expect((await call('public', 'GET', '/api/statements/999999')).status).toBe(404);
  });

  it('refuses a write without the CSRF token', async () => {
    const r = await call('reviewer', 'POST', `${CYCLE}/tags`, NEW_TAG, { 'X-CSRF-Token': '' });
    expect(r.status).toBe(403);
    expect(r.body.error.message).toMatch(/^CSRF token missing or wrong/);
  });

  it('names the field of a bad tag', async () => {
    const r = await call('reviewer', 'POST', `${CYCLE}/tags`, { ...NEW_TAG, sdgTargets: ['5.9'] });
    expect(r.status).toBe(400);
    expect(r.body.error.issues).toEqual([
      { param: 'sdgTargets.0', message: expect.stringMatching(/no such SDG 5 target/) },
    ]);
  });
});

describe('the synthesis over HTTP', () => {
  let version: number;

  beforeAll(async () => {
    const latest = await call('reviewer', 'GET', `${CYCLE}/synthesis`);
    const g = await call('reviewer', 'POST', `${CYCLE}/synthesis/generate`, {
      baseVersion: latest.body.version,
    });
    expect(g.status).toBe(200);
    version = g.body.version;
    expect(g.body.markdown).toContain('| Gender Inequality Index (GII) (`hdr.gii`) | HDR25 | 2023 |');
    expect(g.body.markdown).toMatch(
      /\| “[^|]*60% reduction in the gender inequality index” \| not supported \|/,
    );
  });

  it('refuses a stale save with 409 and both texts', async () => {
    const ok = await call('reviewer', 'PUT', `${CYCLE}/synthesis`, {
      baseVersion: version,
      markdown: '# Ours\n',
    });
    expect(ok.status).toBe(200);
    const stale = await call('admin', 'PUT', `${CYCLE}/synthesis`, {
      baseVersion: version,
      markdown: '# Theirs\n',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      status: 409,
      baseVersion: version,
      current: { version: version + 1, markdown: '# Ours\n' },
      yours: { markdown: '# Theirs\n' },
    });
    version += 1;
  });

  it('publishes: the public then reads it, and its exports', async () => {
    expect((await call('public', 'GET', `${CYCLE}/synthesis.md`)).status).toBe(401);
    const text = '# Regional synthesis\n\n<script>alert(1)</script> [x](javascript:alert(1))\n';
    const pub = await call('reviewer', 'PUT', `${CYCLE}/synthesis`, {
      baseVersion: version,
      markdown: text,
      published: true,
    });
    expect(pub.status).toBe(200);
    const got = await call('public', 'GET', `${CYCLE}/synthesis`);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ published: true, markdown: text });
    expect(got.body.latestVersion).toBeUndefined();
    expect(got.res.headers.get('Cache-Control')).toBe('no-store');

    const html = await call('public', 'GET', `${CYCLE}/synthesis.html`);
    expect(html.status).toBe(200);
    expect(html.res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(html.res.headers.get('Content-Security-Policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'",
    );
    expect(activeHtml(html.text.slice(html.text.indexOf('<body>')))).toEqual([]);
    expect(html.text).toContain('Published regional synthesis');

    const md = await call('public', 'GET', `${CYCLE}/synthesis.md`);
    expect(md.res.headers.get('Content-Disposition')).toMatch(
      /^attachment; filename="beijing30-unece-synthesis-v\d+\.md"$/,
    );
    expect(md.text).toContain('&lt;script>alert(1)&lt;/script> [x]()');

    const pdf = await call('public', 'GET', `${CYCLE}/synthesis.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.res.headers.get('Content-Type')).toBe('application/pdf');
    expect(new TextDecoder('latin1').decode(pdf.bytes.subarray(0, 5))).toBe('%PDF-');
  });
});

describe('the synthesis in another language over HTTP', () => {
  it('writes the draft in the language of `lang`; the export page declares its own', async () => {
    const latest = await call('reviewer', 'GET', `${CYCLE}/synthesis`);
    const g = await call('reviewer', 'POST', `${CYCLE}/synthesis/generate?lang=fr`, {
      baseVersion: latest.body.version,
    });
    expect(g.status).toBe(200);
    expect(g.body.markdown).toContain('## 1. État des soumissions');
    expect(g.body.markdown).not.toContain('Submission status');
    expect(g.body.html).toMatch(/<em>\(en anglais\)<\/em> <span lang="en">Not supported: /);
    const html = await call('reviewer', 'GET', `${CYCLE}/synthesis.html?lang=fr&version=${g.body.version}`);
    expect(html.text).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(html.text).toContain(`PROJET\u00a0: version ${g.body.version} de la synthèse régionale`);
    const bad = await call('reviewer', 'POST', `${CYCLE}/synthesis/generate?lang=de`, {
      baseVersion: g.body.version,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues).toMatchObject([{ param: 'lang' }]);
  });
});

describe('statements over HTTP', () => {
  it('records a statement with its claims checked, refuses a stale edit with 409', async () => {
    const meetings = await call('reviewer', 'GET', `${CYCLE}/meetings`);
    const id = meetings.body.items[0].id;
    const added = await call('reviewer', 'POST', `/api/meetings/${id}/statements`, {
      speaker: 'A delegate',
      country: 'KAZ',
      text: 'Women hold 27% of seats in parliament.',
    });
    expect(added.status).toBe(201);
    expect(added.body.claims).toHaveLength(1);
    const body = { speaker: 'A delegate', country: 'KAZ', text: 'Women hold 28% of seats in parliament.' };
    expect(
      (await call('reviewer', 'PUT', `/api/statements/${added.body.id}`, { ...body, baseVersion: 1 })).status,
    ).toBe(200);
    const stale = await call('admin', 'PUT', `/api/statements/${added.body.id}`, { ...body, baseVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ version: 2, text: body.text });
    expect(
      (await call('kaz', 'PUT', `/api/statements/${added.body.id}`, { ...body, baseVersion: 2 })).status,
    ).toBe(403);
  });
});

describe('the OpenAPI document', () => {
  it('documents every route of the regional review', async () => {
    const r = await call('public', 'GET', '/api/openapi.json');
    const paths = Object.keys(r.body.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/cycles/{code}/tracker',
        '/api/cycles/{code}/tags',
        '/api/cycles/{code}/tags/search',
        '/api/tags/{id}',
        '/api/cycles/{code}/synthesis',
        '/api/cycles/{code}/synthesis/generate',
        '/api/cycles/{code}/synthesis.html',
        '/api/cycles/{code}/synthesis.md',
        '/api/cycles/{code}/synthesis.pdf',
        '/api/cycles/{code}/meetings',
        '/api/meetings/{id}',
        '/api/meetings/{id}/sessions',
        '/api/tags/{id}',
        '/api/meetings/{id}/statements',
        '/api/statements/{id}',
      ]),
    );
  });
});
