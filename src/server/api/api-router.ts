import { OpenAPIHono } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import type { ServiceResult } from '../../services/service-result.ts';
import type { DownloadFile } from '../../services/download-file.ts';
import type { Database } from '../../store/database.ts';
import { HttpError } from '../http-error.ts';
import { validationHook } from './validation-hook.ts';

/** What route modules need. */
export interface ApiDeps {
  readonly db: Kysely<Database>;
  readonly storeKind: 'pglite' | 'postgres';
}

/** A router for one resource: OpenAPI routes validated by the API's validation hook. */
export function apiRouter(): OpenAPIHono {
  return new OpenAPIHono({ defaultHook: validationHook });
}

const STATUS = { 'not-found': 404, invalid: 400, forbidden: 403, conflict: 409 } as const;

/** The value of a service result, or the `HttpError` its failure means (404, 400 naming the parameter, 403, 409). */
export function unwrap<T>(result: ServiceResult<T>): T {
  if (result.ok) return result.value;
  const issues =
    result.kind === 'invalid' && result.param
      ? [{ param: result.param, message: result.message }]
      : undefined;
  throw new HttpError(STATUS[result.kind], result.message, issues ? { issues } : undefined);
}

/** The HTTP response of a download: the file as an attachment, never cached. */
export function attachment(file: DownloadFile): Response {
  return new Response(file.body, {
    status: 200,
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'Cache-Control': 'no-store',
    },
  });
}
