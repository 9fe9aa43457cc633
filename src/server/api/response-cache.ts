import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';

/** What read endpoints may be cached for by clients, in seconds. */
export const MAX_AGE = 300;

export interface ResponseCacheOptions {
  readonly maxEntries?: number;
  readonly maxBytes?: number;
  /**
   * Requests to pass through untouched, neither answered from nor kept in the cache: those of a
   * signed-in session (the app passes `signedIn`), whose answers may depend on who asks.
   */
  readonly bypass?: (c: Context) => boolean;
}

interface Entry {
  readonly version: string;
  readonly etag: string;
  readonly body: Uint8Array;
  readonly contentType: string;
}

/**
 * Conditional GETs and a server-side cache for the API's JSON and HTML answers.
 *
 * - Every 200 answer gets a strong ETag (SHA-1 of the body, so equal bodies share it) and
 *   `Cache-Control: public, max-age=300`; `If-None-Match` naming it (weak comparison, `*`
 *   matches: RFC 9110 §13.1.2) gets 304 Not Modified.
 * - Answers are kept by URL for as long as `dataVersion()` (the store's `readDataVersion`) is
 *   unchanged: every answer is a function of the data and the code, so a repeated request costs
 *   one tiny version query (shared by concurrent requests) instead of its queries and its JSON.
 *   This is what keeps the country profile fast under load. Least recently used entries go first
 *   beyond `maxEntries` (default 2,000) or `maxBytes` (default 64 MB).
 *
 * Errors, downloads (Content-Disposition), answers that set their own Cache-Control (health) and
 * requests that `bypass` names (a signed-in session's) are passed through untouched. Cached
 * answers say `Vary: Cookie`, so a browser that signs in does not reuse the public's answer.
 */
export function responseCache(
  dataVersion: () => Promise<string>,
  opts: ResponseCacheOptions = {},
): MiddlewareHandler {
  const maxEntries = opts.maxEntries ?? 2000;
  const maxBytes = opts.maxBytes ?? 64 * 1024 * 1024;
  const entries = new Map<string, Entry>();
  let bytes = 0;
  let inflight: Promise<string> | undefined;
  const version = () =>
    (inflight ??= dataVersion().finally(() => {
      inflight = undefined;
    }));
  const remove = (key: string) => {
    const e = entries.get(key);
    if (!e) return;
    bytes -= e.body.byteLength;
    entries.delete(key);
  };
  const keep = (key: string, e: Entry) => {
    if (e.body.byteLength > maxBytes / 8) return;
    entries.set(key, e);
    bytes += e.body.byteLength;
    for (const oldest of entries.keys()) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break;
      remove(oldest);
    }
  };
  // Misses being computed, by key: identical concurrent requests wait for the first one.
  const pending = new Map<string, Promise<Entry | undefined>>();
  return async function responseCache(c, next) {
    if (c.req.method !== 'GET' || opts.bypass?.(c)) return next();
    const key = c.req.url;
    const current = await version();
    const hit = entries.get(key);
    if (hit?.version === current) {
      entries.delete(key);
      entries.set(key, hit);
      return answer(c, hit);
    }
    // No await between looking for a pending miss and registering one: the check must be atomic.
    const waiting = pending.get(`${current}|${key}`);
    if (waiting) {
      const shared = await waiting;
      if (shared) return answer(c, shared);
    }
    remove(key);
    let settle: (e: Entry | undefined) => void = () => undefined;
    pending.set(`${current}|${key}`, new Promise((resolve) => (settle = resolve)));
    try {
      const entry = await compute(c, next, current);
      if (entry) keep(key, entry);
      settle(entry);
      if (entry) return answer(c, entry);
    } finally {
      settle(undefined);
      pending.delete(`${current}|${key}`);
    }
  };
}

/** Runs the handler; the entry to keep when its answer is a cacheable 200, else undefined (the answer stands). */
async function compute(c: Context, next: () => Promise<void>, version: string): Promise<Entry | undefined> {
  await next();
  const res = c.res;
  const contentType = res.headers.get('Content-Type') ?? '';
  if (res.status !== 200 || res.headers.has('Content-Disposition') || res.headers.has('Cache-Control'))
    return undefined;
  if (!contentType.startsWith('application/json') && !contentType.startsWith('text/html')) return undefined;
  const body = new Uint8Array(await res.arrayBuffer());
  c.res = undefined;
  return { version, etag: etagOf(body), body, contentType };
}

function answer(c: Context, e: Entry): Response {
  const headers = { ETag: e.etag, 'Cache-Control': `public, max-age=${MAX_AGE}`, Vary: 'Cookie' };
  if (matches(c.req.header('If-None-Match'), e.etag))
    return (c.res = new Response(null, { status: 304, headers }));
  return (c.res = new Response(e.body, {
    status: 200,
    headers: { ...headers, 'Content-Type': e.contentType },
  }));
}

/** The strong ETag of a body: its SHA-1, base64url, quoted. */
export function etagOf(body: Uint8Array): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

function matches(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === tag);
}
