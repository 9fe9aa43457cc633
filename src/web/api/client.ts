/** The one way the web app talks to the server: typed GETs (and POSTs) under /api with errors as values. */

export interface ApiErrorBody {
  readonly error: {
    readonly status: number;
    readonly message: string;
    readonly issues?: { param: string; message: string }[];
  };
}

export type ApiResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      status: number;
      message: string;
      /** Which request parameter was wrong (`text`, `country`, `body`), when the server says. */
      issues?: readonly { param: string; message: string }[];
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

export async function getJson<T>(
  path: string,
  query: Query = {},
  signal?: AbortSignal,
): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(apiUrl(path, query), {
      signal: signal ?? null,
      headers: { accept: 'application/json' },
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
export async function postJson<T>(path: string, body: unknown, signal?: AbortSignal): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(apiUrl(path), {
      method: 'POST',
      signal: signal ?? null,
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    return { ok: false, status: 0, message: 'network' };
  }
  if (res.ok) return { ok: true, data: (await res.json()) as T };
  const error = ((await res.json().catch(() => undefined)) as ApiErrorBody | undefined)?.error;
  return {
    ok: false,
    status: res.status,
    message: error?.message ?? res.statusText,
    ...(error?.issues ? { issues: error.issues } : {}),
  };
}
