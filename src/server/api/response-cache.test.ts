import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { etagOf, MAX_AGE, responseCache } from './response-cache.ts';

/** An app whose routes count their calls, behind the cache, with a version the test controls. */
function setup(opts?: { maxEntries?: number }) {
  let version = 'v1';
  const calls: Record<string, number> = {};
  const count = (name: string) => (calls[name] = (calls[name] ?? 0) + 1);
  const app = new Hono();
  app.use(
    '*',
    responseCache(async () => version, opts),
  );
  app.get('/json/:id', (c) => c.json({ id: c.req.param('id'), call: count(c.req.param('id')) }));
  app.get('/missing', (c) => c.json({ call: count('missing') }, 404));
  app.get('/file', (c) => {
    count('file');
    return c.body('a,b\n', 200, { 'Content-Disposition': 'attachment; filename="x.csv"' });
  });
  app.get('/probe', (c) => {
    count('probe');
    c.header('Cache-Control', 'no-store');
    return c.json({ ok: true });
  });
  return { app, calls, setVersion: (v: string) => (version = v) };
}

describe(responseCache, () => {
  it('answers a repeated GET from the cache with a strong ETag and public caching', async () => {
    const { app, calls } = setup();
    const first = await app.request('/json/a');
    const second = await app.request('/json/a');
    expect(calls.a).toBe(1);
    expect(await second.json()).toEqual({ id: 'a', call: 1 });
    const tag = first.headers.get('ETag');
    expect(tag).toMatch(/^"[\w-]{27}"$/);
    expect(second.headers.get('ETag')).toBe(tag);
    expect(second.headers.get('Cache-Control')).toBe(`public, max-age=${MAX_AGE}`);
    expect(second.headers.get('Content-Type')).toMatch(/^application\/json/);
  });

  it.each<[string, (tag: string) => string, number]>([
    ['the same tag', (t) => t, 304],
    ['the tag among others', (t) => `"x", ${t}`, 304],
    ['the weak form of the tag', (t) => `W/${t}`, 304],
    ['*', () => '*', 304],
    ['another tag', () => '"other"', 200],
  ])('If-None-Match with %s → %i', async (_name, header, status) => {
    const { app } = setup();
    const tag = (await app.request('/json/a')).headers.get('ETag')!;
    const res = await app.request('/json/a', { headers: { 'If-None-Match': header(tag) } });
    expect(res.status).toBe(status);
    expect(res.headers.get('ETag')).toBe(tag);
    if (status === 304) expect(await res.text()).toBe('');
  });

  it('computes the ETag from the body', async () => {
    const { app } = setup();
    const res = await app.request('/json/a');
    const body = new Uint8Array(await res.arrayBuffer());
    expect(res.headers.get('ETag')).toBe(etagOf(body));
  });

  it('recomputes when the data version changes', async () => {
    const { app, calls, setVersion } = setup();
    await app.request('/json/a');
    setVersion('v2');
    expect(await (await app.request('/json/a')).json()).toEqual({ id: 'a', call: 2 });
    expect(calls.a).toBe(2);
  });

  it.each([
    ['errors', '/missing', 'missing'],
    ['downloads', '/file', 'file'],
    ['answers with their own Cache-Control', '/probe', 'probe'],
  ])('does not keep %s', async (_name, path, name) => {
    const { app, calls } = setup();
    const first = await app.request(path);
    await app.request(path);
    expect(calls[name]).toBe(2);
    expect(first.headers.get('ETag')).toBeNull();
  });

  it('computes a miss once for identical concurrent requests', async () => {
    const { app, calls } = setup();
    const answers = await Promise.all(Array.from({ length: 5 }, () => app.request('/json/a')));
    expect(calls.a).toBe(1);
    expect(new Set(await Promise.all(answers.map((r) => r.text())))).toEqual(
      new Set(['{"id":"a","call":1}']),
    );
  });

  it('lets concurrent requests for an error each be answered', async () => {
    const { app, calls } = setup();
    const answers = await Promise.all(Array.from({ length: 3 }, () => app.request('/missing')));
    expect(answers.map((r) => r.status)).toEqual([404, 404, 404]);
    expect(calls.missing).toBeGreaterThanOrEqual(1);
  });

  it('never answers one user with another’s answer: requests it is told to bypass are passed through', async () => {
    const app = new Hono();
    const session = (c: { req: { header(name: string): string | undefined } }) =>
      c.req.header('Cookie') ?? '';
    app.use(
      '*',
      responseCache(async () => 'v1', { bypass: (c) => session(c) !== '' }),
    );
    app.get('/me', (c) => c.json({ me: session(c) || 'public' }));
    const seen = [];
    for (const cookie of ['', 'parity_session=alice', 'parity_session=bob', ''])
      seen.push(await (await app.request('/me', { headers: cookie ? { Cookie: cookie } : {} })).json());
    expect(seen).toEqual([
      { me: 'public' },
      { me: 'parity_session=alice' },
      { me: 'parity_session=bob' },
      { me: 'public' },
    ]);
    const bob = await app.request('/me', { headers: { Cookie: 'parity_session=bob' } });
    expect(bob.headers.get('ETag')).toBeNull();
    const anon = await app.request('/me');
    expect(anon.headers.get('Vary')).toBe('Cookie');
  });

  it('evicts the least recently used entry beyond maxEntries', async () => {
    const { app, calls } = setup({ maxEntries: 2 });
    await app.request('/json/a');
    await app.request('/json/b');
    await app.request('/json/a');
    await app.request('/json/c');
    await app.request('/json/a');
    await app.request('/json/b');
    expect(calls).toEqual({ a: 1, b: 2, c: 1 });
  });
});
