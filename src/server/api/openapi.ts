import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { renderDocsPage, type ApiDocument } from './docs-page.ts';
import { ErrorSchema } from './responses.ts';

export const API_INFO = {
  title: 'Parity API',
  version: '0.1.0',
  description:
    'Gender-equality evidence and UNDP’s GII, GDI and HDI computed from their components, with every value’s source, edition and licence. Reading is GET and open to the public (published content only); `POST /api/claims/check` is open too; every other write (accounts, reports, reviews) needs a session from `POST /api/auth/login` (an httpOnly cookie) and the session’s CSRF token in the `X-CSRF-Token` header. All answer JSON (downloads: zip or JSON attachments); errors are `{ "error": { "status", "message", "issues"? } }`.\n\n' +
    'Lists take `limit` (1–1000, default 100) and `offset` and answer `{ items, total, limit, offset }`. Names come in English, French or Russian (`lang=en|fr|ru`). Read endpoints send a strong ETag and `Cache-Control: public, max-age=300`, and answer `If-None-Match` with 304. Unknown query parameters are errors (400), so a misspelt filter never widens a query silently.',
};

const openapiRoute = createRoute({
  method: 'get',
  path: '/api/openapi.json',
  'x-example': '/api/openapi.json',
  tags: ['Service'],
  summary: 'This API as an OpenAPI 3.1 document',
  description: 'Generated from the same zod schemas that validate the requests.',
  responses: {
    200: {
      description: 'The document.',
      content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
    },
  },
});

const docsRoute = createRoute({
  method: 'get',
  path: '/api/docs',
  'x-example': '/api/docs',
  tags: ['Service'],
  summary: 'This API as a web page',
  description: 'Every endpoint with its parameters and an example link, generated from the OpenAPI document.',
  responses: { 200: { description: 'An HTML page.', content: { 'text/html': { schema: z.string() } } } },
});

/**
 * Serves `/api/openapi.json` and `/api/docs` from the app's own route registry. Call it after
 * every other route is mounted; the document (and page) are built on first request and kept.
 */
export function mountOpenApi(app: OpenAPIHono): void {
  app.openAPIRegistry.register('Error', ErrorSchema);
  let doc: ApiDocument | undefined;
  let page: string | undefined;
  const document = (): ApiDocument =>
    (doc ??= app.getOpenAPI31Document({ openapi: '3.1.0', info: API_INFO }) as unknown as ApiDocument);
  app.openapi(openapiRoute, (c) => c.json(document() as unknown as Record<string, unknown>, 200));
  app.openapi(docsRoute, (c) => c.html((page ??= renderDocsPage(document())), 200));
}
