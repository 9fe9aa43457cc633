/**
 * Why a use case could not answer: the caller (HTTP or CLI) maps the kind to its own terms
 * (404, 400, 403, 409). `param` names the request parameter at fault, when one is. `conflict`: the
 * request was valid but the resource has moved on (a save based on a stale version, an event the
 * report's state does not allow); a conflict may carry what the caller needs to resolve it.
 */
export interface ServiceFailure {
  readonly ok: false;
  readonly kind: 'not-found' | 'invalid' | 'forbidden' | 'conflict';
  readonly message: string;
  readonly param?: string;
}

export type ServiceResult<T> = { readonly ok: true; readonly value: T } | ServiceFailure;

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function notFound(message: string, param?: string): ServiceFailure {
  return { ok: false, kind: 'not-found', message, ...(param ? { param } : {}) };
}

export function invalid(message: string, param?: string): ServiceFailure {
  return { ok: false, kind: 'invalid', message, ...(param ? { param } : {}) };
}

export function forbidden(message: string): ServiceFailure {
  return { ok: false, kind: 'forbidden', message };
}

export function conflict(message: string, param?: string): ServiceFailure {
  return { ok: false, kind: 'conflict', message, ...(param ? { param } : {}) };
}

/** A page of a list, as every list endpoint returns it. */
export interface Paged<T> {
  readonly items: T[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export interface PageRequest {
  readonly limit: number;
  readonly offset: number;
}

/** The page of an in-memory list. */
export function pageOf<T>(all: readonly T[], page: PageRequest): Paged<T> {
  return {
    items: all.slice(page.offset, page.offset + page.limit),
    total: all.length,
    limit: page.limit,
    offset: page.offset,
  };
}
