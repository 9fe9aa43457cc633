import type { Schema } from './schema.ts';

/** The one way the web app talks to the server: typed GETs (and POSTs) under /api with errors as values. */

/** The session's CSRF token, sent in `X-CSRF-Token` with every POST, PUT, PATCH and DELETE (set by the session). */
let csrfToken: string | null = null;

/** Sets (or clears, with null) the CSRF token of the signed-in session. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Every error answer: `{ error: { status, message, issues? } }`. */
export type ApiErrorBody = Schema<'Error'>;

export type ApiResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      status: number;
      message: string;
      /** Which request parameter was wrong (`text`, `country`, `body`), when the server says. */
      issues?: readonly { param: string; message: string }[];
      /** The whole error body, for answers that carry more than a message (a 409 with both versions). */
      body?: unknown;
    };

export type Query = Record<string, string | number | readonly string[] | undefined | null>;

/** `/api/<path>?<query>`; arrays become comma lists; empty values are left out. */
export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    params.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  const qs = params.toString();
  return `/api/${path.replace(/^\//, '')}${qs ? `?${qs}` : ''}`;
}

/**
 * `GET /api/<path>`. `cache: 'no-cache'` is for answers that depend on who is signed in: the
 * browser then revalidates instead of reusing a public answer it kept from before a sign-in.
 */
export async function getJson<T>(
  path: string,
  query: Query = {},
  signal?: AbortSignal,
  init: { cache?: RequestCache } = {},
): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(apiUrl(path, query), {
      signal: signal ?? null,
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
      ...(init.cache ? { cache: init.cache } : {}),
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    return { ok: false, status: 0, message: 'network' };
  }
  if (res.ok) return { ok: true, data: (await res.json()) as T };
  const body = (await res.json().catch(() => undefined)) as ApiErrorBody | undefined;
  return { ok: false, status: res.status, message: body?.error.message ?? res.statusText };
}

/**
 * `POST /api/<path>` with a JSON body (e.g. `claims/check`); the answer as `getJson`'s, with the
 * parameters the server named in a 400 (`issues`) so a form can show each error beside its field.
 */
export function postJson<T>(path: string, body: unknown, signal?: AbortSignal): Promise<ApiResult<T>> {
  return sendJson<T>('POST', path, body, signal);
}

/**
 * A state-changing request (`POST`, `PUT`, `PATCH`, `DELETE`) with an optional JSON body and the
 * session's CSRF token; errors as values, with the whole error body (`body`) for a 409's versions.
 */
export async function sendJson<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(apiUrl(path), {
      method,
      signal: signal ?? null,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    return { ok: false, status: 0, message: 'network' };
  }
  if (res.ok) return { ok: true, data: (await res.json()) as T };
  const raw = (await res.json().catch(() => undefined)) as ApiErrorBody | undefined;
  const error = raw?.error;
  return {
    ok: false,
    status: res.status,
    message: error?.message ?? res.statusText,
    ...(error?.issues ? { issues: error.issues } : {}),
    ...(raw !== undefined ? { body: raw } : {}),
  };
}
