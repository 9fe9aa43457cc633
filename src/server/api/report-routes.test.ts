import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Membership } from '../../core/auth/access.ts';
import { activeHtml } from '../../services/inert-html.ts';
import { BEIJING30_UNECE, seedReportData } from '../../services/report-test-store.ts';
import type { Store } from '../../store/connect.ts';
import { openTestStore } from '../../store/test-store.ts';
import { createApp } from '../app.ts';
import { signInAs, type TestSession } from './test-session.ts';

let store: Store;
let app: ReturnType<typeof createApp>;
const as: Record<string, TestSession> = {};
const m = {
  admin: { role: 'administrator', scope: { kind: 'instance' } },
  reviewer: { role: 'regional-reviewer', scope: { kind: 'region-set', code: 'unece' } },
  kaz: { role: 'focal-point', scope: { kind: 'country', iso3: 'KAZ' } },
  kazStat: { role: 'contributor', scope: { kind: 'country', iso3: 'KAZ' } },
  uzb: { role: 'focal-point', scope: { kind: 'country', iso3: 'UZB' } },
} satisfies Record<string, Membership>;
type Who = keyof typeof m | 'public';
let id: number;

beforeAll(async () => {
  store = await openTestStore();
  await seedReportData(store.db);
  app = createApp({ db: store.db, storeKind: store.kind, logger: pino({ level: 'silent' }) });
  for (const [who, membership] of Object.entries(m))
    as[who] = await signInAs(app, store.db, `${who.toLowerCase()}@example.org`, [membership]);
}, 120_000);
afterAll(() => store.close());

async function call(
  who: Who,
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) {
  const res = await app.request(path, {
    method,
    headers: who === 'public' ? { 'Content-Type': 'application/json' } : as[who]!.headers(headers),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return {
    res,
    status: res.status,
    body: text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text,
  };
}

describe('CSRF and sign-in on report writes', () => {
  it.each([
    ['no token', { 'X-CSRF-Token': '' }],
    ['a wrong token', { 'X-CSRF-Token': 'x'.repeat(43) }],
  ])('refuses a write with %s (403)', async (_name, headers) => {
    const r = await call('admin', 'POST', '/api/cycles', BEIJING30_UNECE, headers);
    expect(r.status).toBe(403);
    expect(r.body.error.message).toMatch(/^CSRF token missing or wrong/);
  });

  it.each([
    ['public', 401, 'cycle.manage needs administrator; sign in (POST /api/auth/login)'],
    ['reviewer', 403, 'administrator required; you are regional reviewer of unece'],
    ['admin', 201, undefined],
  ] as const)('POST /api/cycles as %s → %i', async (who, status, message) => {
    const r = await call(who, 'POST', '/api/cycles', BEIJING30_UNECE);
    expect(r.status).toBe(status);
    if (message) expect(r.body.error.message).toBe(message);
    else expect(r.body).toMatchObject({ code: 'beijing30-unece', regionSet: { code: 'unece', members: 56 } });
  });

  it('names the field of a bad body', async () => {
    const r = await call('admin', 'POST', '/api/cycles', {
      ...BEIJING30_UNECE,
      code: 'other',
      opensOn: '15/01/2024',
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues).toEqual([
      { param: 'opensOn', message: 'expected a date YYYY-MM-DD, got "15/01/2024"' },
    ]);
  });
});

describe('a report through the API', () => {
  it.each([
    ['uzb', 'KAZ', 403],
    ['public', 'KAZ', 401],
    ['kaz', 'KAZ', 201],
    ['kazStat', 'KAZ', 409],
    ['kaz', 'BRA', 400],
  ] as const)('%s creating %s → %i', async (who, iso3, status) => {
    const r = await call(who, 'POST', `/api/cycles/beijing30-unece/reports/${iso3}`);
    expect(r.status).toBe(status);
    if (status === 201) id = r.body.id;
  });

  it('saves drafts; a stale save is 409 with both versions', async () => {
    const first = await call('kaz', 'PUT', `/api/reports/${id}`, {
      baseVersion: 1,
      sections: {
        priorities: 'The GII: {{evidence:value:area=KAZ,indicator=hdr.gii}}. <script>alert(1)</script>',
      },
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ id, version: { version: 2, submitted: false }, state: 'draft' });
    const stale = await call('kazStat', 'PUT', `/api/reports/${id}`, {
      baseVersion: 1,
      sections: { priorities: 'Mine.' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toMatch(
      /has changed since version 1: version 2 was saved by kaz@example.org/,
    );
    expect(stale.body.error.current.version.version).toBe(2);
    expect(stale.body.error.current.sections[0].markdown).toMatch(/^The GII/);
    expect(stale.body.error.yours.sections).toEqual({ priorities: 'Mine.' });
  });

  it('names the field of invalid content', async () => {
    const r = await call('kaz', 'PUT', `/api/reports/${id}`, {
      baseVersion: 2,
      sections: {},
      measures: [{ title: 'x', kind: 'law', date: '2024', source: 's', url: 'javascript:alert(1)' }],
    });
    expect(r.status).toBe(400);
    expect(r.body.error.issues).toEqual([
      { param: 'measures.0.url', message: 'expected an http or https URL, got "javascript:alert(1)"' },
    ]);
  });

  it('shows the draft to the country and reviewers, not to others; HTML inert; never cached', async () => {
    const own = await call('kazStat', 'GET', `/api/reports/${id}`);
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ state: 'draft', canEdit: true, events: [] });
    expect(activeHtml(own.body.sections[0].html)).toEqual([]);
    expect(own.body.sections[0].html).toContain(
      '0.177 (Gender Inequality Index (GII), Kazakhstan, 2022; HDR23-24)',
    );
    expect((await call('kaz', 'GET', `/api/reports/${id}`)).body.events).toEqual(['submit']);
    expect((await call('reviewer', 'GET', `/api/reports/${id}`)).body).toMatchObject({
      canEdit: false,
      events: [],
    });
    expect((await call('uzb', 'GET', `/api/reports/${id}`)).status).toBe(403);
    const byCountry = await call('kaz', 'GET', '/api/cycles/beijing30-unece/reports/kaz');
    expect(byCountry.body).toMatchObject({ id, country: 'KAZ', state: 'draft' });
    expect((await call('kaz', 'GET', '/api/cycles/beijing30-unece/reports/UZB')).status).toBe(404);
    const anon = await call('public', 'GET', `/api/reports/${id}`);
    expect(anon.status).toBe(401);
    expect(anon.body.error.message).toMatch(
      /the public may read published content only; this report is draft/,
    );
  });

  describe('preview of unsaved text', () => {
    const preview = (who: Who, body: unknown, headers?: Record<string, string>) =>
      call(who, 'POST', `/api/reports/${id}/preview?lang=fr`, body, headers);

    it('renders like a saved section, with the blocks in it resolved, and writes nothing', async () => {
      const before = (await call('kaz', 'GET', `/api/reports/${id}`)).body.currentVersion;
      const r = await preview('kazStat', {
        sectionId: 'priorities',
        markdown: '## Priorités\n\nLe IIG : {{evidence:value:area=KAZ,indicator=hdr.gii}}, **en baisse**.',
      });
      expect(r.status).toBe(200);
      expect(r.res.headers.get('Cache-Control')).toMatch(/\bno-store\b/);
      expect(r.body.html).toContain('<h4>Priorités</h4>');
      expect(r.body.html).toContain('<strong>en baisse</strong>');
      expect(r.body.html).toMatch(
        /<span class="evidence evidence-value" data-evidence="value:area=KAZ,indicator=hdr.gii"/,
      );
      expect(r.body.evidence).toEqual([
        expect.objectContaining({ key: 'value:area=KAZ,indicator=hdr.gii', status: 'resolved', year: 2022 }),
      ]);
      expect((await call('kaz', 'GET', `/api/reports/${id}`)).body.currentVersion).toBe(before);
    });

    it('sanitises: a script is text, a javascript: link is no link', async () => {
      const r = await preview('kaz', {
        markdown:
          '<script>alert(1)</script> [click](javascript:alert(1)) <a href="javascript:alert(2)">x</a> [ok](https://example.org)',
      });
      expect(r.status).toBe(200);
      expect(activeHtml(r.body.html)).toEqual([]);
      expect(r.body.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(r.body.html).not.toMatch(/<a [^>]*href="javascript/i);
      expect(r.body.html).toContain(
        '<a href="https://example.org" rel="nofollow noopener noreferrer">ok</a>',
      );
      expect(r.body.evidence).toEqual([]);
    });

    it.each([
      ['uzb', 403, 'focal point or contributor of KAZ required; you are focal point of UZB'],
      ['reviewer', 403, 'focal point or contributor of KAZ required; you are regional reviewer of unece'],
      ['admin', 403, 'focal point or contributor of KAZ required; you are administrator'],
      ['public', 401, /POST \/api\/auth\/login/],
    ] as const)('refuses %s (%i)', async (who, status, message) => {
      const r = await preview(who, { markdown: 'Hello' });
      expect(r.status).toBe(status);
      expect(r.body.error.message).toMatch(message);
    });

    it('refuses a request without the CSRF token (403)', async () => {
      const r = await preview('kaz', { markdown: 'Hello' }, { 'X-CSRF-Token': '' });
      expect(r.status).toBe(403);
      expect(r.body.error.message).toMatch(/^CSRF token missing or wrong/);
    });

    it.each([
      ['too long a text', { markdown: 'x'.repeat(50_001) }, 'markdown', 'at most 50000 characters'],
      [
        'no text',
        { sectionId: 'priorities' },
        'markdown',
        'expected the section’s Markdown as a string: required',
      ],
      ['an unknown field', { markdown: 'x', baseVersion: 2 }, 'body', expect.stringMatching(/baseVersion/)],
    ] as const)('400 naming the field for %s', async (_name, body, param, message) => {
      const r = await preview('kaz', body);
      expect(r.status).toBe(400);
      expect(r.body.error.issues).toEqual([{ param, message }]);
    });

    it('400 naming sectionId for a section not in the template; 404 for no report', async () => {
      const r = await preview('kaz', { sectionId: 'nope', markdown: 'x' });
      expect(r.status).toBe(400);
      expect(r.body.error.issues).toEqual([
        {
          param: 'sectionId',
          message: expect.stringMatching(/^sectionId: not a section of template beijing30-v1: "nope"/),
        },
      ]);
      expect((await call('kaz', 'POST', '/api/reports/9999/preview', { markdown: 'x' })).status).toBe(404);
    });
  });

  it.each([
    ['kazStat', 'submit', 403],
    ['public', 'submit', 401],
    ['kaz', 'accept', 409],
    ['kaz', 'hurry', 400],
    ['kaz', 'submit', 200],
    ['reviewer', 'start-review', 200],
    ['reviewer', 'request-changes', 200],
  ] as const)('%s → %s: %i', async (who, event, status) => {
    const r = await call(who, 'POST', `/api/reports/${id}/transitions`, { event, note: 'ok' });
    expect(r.status).toBe(status);
  });

  it('takes comments from reviewers and the focal point, shows them to participants', async () => {
    expect(
      (
        await call('reviewer', 'POST', `/api/reports/${id}/comments`, {
          sectionId: 'priorities',
          body: 'Source?',
        })
      ).status,
    ).toBe(201);
    expect(
      (await call('kaz', 'POST', `/api/reports/${id}/comments`, { sectionId: 'priorities', body: 'HDR.' }))
        .status,
    ).toBe(201);
    expect(
      (await call('kazStat', 'POST', `/api/reports/${id}/comments`, { sectionId: 'priorities', body: 'x' }))
        .status,
    ).toBe(403);
    const list = await call('kazStat', 'GET', `/api/reports/${id}/comments`);
    expect(list.body.map((c: { author: string; body: string }) => `${c.author}: ${c.body}`)).toEqual([
      'reviewer@example.org: Source?',
      'kaz@example.org: HDR.',
    ]);
    expect((await call('uzb', 'GET', `/api/reports/${id}/comments`)).status).toBe(403);
  });

  it('resubmits, and the reviewer accepts and publishes; then the public reads it', async () => {
    const save = await call('kazStat', 'PUT', `/api/reports/${id}`, {
      baseVersion: 3,
      sections: { priorities: 'The GII: {{evidence:value:area=KAZ,indicator=hdr.gii}}, with the source.' },
    });
    expect(save.body.version.version).toBe(4);
    const before = await call('public', 'GET', '/api/cycles/beijing30-unece/reports');
    expect(before.body).toMatchObject({ items: [], total: 0 });
    for (const [who, event] of [
      ['kaz', 'submit'],
      ['reviewer', 'start-review'],
      ['reviewer', 'accept'],
      ['reviewer', 'publish'],
    ] as const)
      expect((await call(who, 'POST', `/api/reports/${id}/transitions`, { event })).status).toBe(200);
    const pub = await call('public', 'GET', `/api/reports/${id}`);
    expect(pub.status).toBe(200);
    expect(pub.body).toMatchObject({
      state: 'published',
      version: { version: 5, submitted: true },
      evidence: { mode: 'pinned' },
    });
    expect(pub.body.sections[0].markdown).toBeUndefined();
    expect(pub.res.headers.get('Cache-Control')).toBe('no-store');
    const after = await call('public', 'GET', '/api/cycles/beijing30-unece/reports');
    expect(after.body.items.map((r: { country: string }) => r.country)).toEqual(['KAZ']);
    expect((await call('public', 'GET', `/api/reports/${id}/versions`)).status).toBe(401);
  });

  it('gives the history, any version and a diff to participants', async () => {
    const h = await call('reviewer', 'GET', `/api/reports/${id}/versions`);
    expect(h.body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2, 3, 4, 5]);
    const v2 = await call('kaz', 'GET', `/api/reports/${id}/versions/2`);
    expect(v2.body).toMatchObject({ version: { version: 2, submitted: false }, evidence: { mode: 'live' } });
    const d = await call('reviewer', 'GET', `/api/reports/${id}/diff?from=3&to=5`);
    expect(d.status).toBe(200);
    expect(d.body.sections[0]).toMatchObject({ sectionId: 'priorities', change: 'changed', wordsAdded: 4 });
    const bad = await call('reviewer', 'GET', `/api/reports/${id}/diff?from=3`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].param).toBe('to');
    expect((await call('reviewer', 'GET', `/api/reports/${id}/versions/9`)).status).toBe(404);
  });
});

describe('preview once the country no longer holds the pen', () => {
  it('refuses the focal point of a published report (403, naming the state)', async () => {
    const r = await call('kaz', 'POST', `/api/reports/${id}/preview`, { markdown: 'Late.' });
    expect(r.status).toBe(403);
    expect(r.body.error.message).toBe(
      'report.edit is possible only while the report is draft or changes-requested; it is published',
    );
  });
});

describe('templates and the OpenAPI document', () => {
  it('serves a template in a language, 404 for an unknown one', async () => {
    const t = await call('public', 'GET', '/api/templates/beijing30-v1?lang=ru');
    expect(t.status).toBe(200);
    expect(t.body).toMatchObject({ id: 'beijing30-v1', status: 'unconfirmed', parts: expect.any(Array) });
    expect(t.body.sections[0]).toEqual(expect.objectContaining({ id: 'priorities', title: 'Приоритеты' }));
    expect((await call('public', 'GET', '/api/templates/beijing35-v1')).status).toBe(404);
  });

  it('documents every report route', async () => {
    const doc = (await call('public', 'GET', '/api/openapi.json')).body;
    expect(
      Object.keys(doc.paths)
        // The review routes under /api/cycles/{code}/ (tracker, tags, synthesis, meetings) have their own test.
        .filter((p) => /^\/api\/(cycles(\/\{code\}(\/reports.*)?)?|reports.*|templates.*)$/.test(p))
        .sort(),
    ).toEqual([
      '/api/cycles',
      '/api/cycles/{code}',
      '/api/cycles/{code}/reports',
      '/api/cycles/{code}/reports/{iso3}',
      '/api/reports/{id}',
      '/api/reports/{id}/comments',
      '/api/reports/{id}/diff',
      '/api/reports/{id}/preview',
      '/api/reports/{id}/transitions',
      '/api/reports/{id}/versions',
      '/api/reports/{id}/versions/{v}',
      '/api/templates/{id}',
    ]);
  });
});
