import { createRoute, z } from '@hono/zod-openapi';
import { listImportRuns, listRejections, listSources } from '../../services/source-views.ts';
import { apiRouter, unwrap, type ApiDeps } from './api-router.ts';
import * as p from './params.ts';
import { errors, json, paged } from './responses.ts';

const Source = z
  .object({
    dataset: z.string().openapi({ example: 'undp-hdr-composite' }),
    edition: z.string().openapi({ example: 'HDR25' }),
    publisher: z.string(),
    title: z.string(),
    licence: z.string(),
    licenceUrl: z.string().nullable(),
    redistribution: z.boolean().openapi({ description: 'False: shown, but not offered for download.' }),
    url: z.string().nullable(),
    citation: z.string(),
    observations: z.number().int(),
    files: z.array(
      z.object({
        fileName: z.string(),
        sha256: z.string(),
        bytes: z.number().int(),
        retrievedAt: z.string(),
      }),
    ),
  })
  .openapi('Source');

const ImportRun = z
  .object({
    id: z.number().int(),
    dataset: z.string(),
    edition: z.string(),
    importer: z.string(),
    fileName: z.string(),
    sha256: z.string(),
    startedAt: z.string(),
    finishedAt: z.string(),
    runBy: z.string(),
    status: z.string(),
    linesRead: z.number().int(),
    inserted: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.number().int(),
    notes: z.array(z.string()),
  })
  .openapi('ImportRun');

const Rejection = z
  .object({
    line: z.number().int(),
    column: z.number().int().nullable(),
    field: z.string().nullable(),
    message: z.string(),
  })
  .openapi('Rejection');

const sources = createRoute({
  method: 'get',
  path: '/api/sources',
  'x-example': '/api/sources',
  tags: ['Sources and imports'],
  summary: 'Sources',
  description:
    'Every dataset edition: publisher, licence, whether it may be redistributed, citation, files (SHA-256, retrieval date), observation count.',
  request: { query: p.query({ ...p.page }) },
  responses: { 200: json(paged(Source, 'SourcePage'), 'A page of sources.'), 400: errors[400] },
});

const runs = createRoute({
  method: 'get',
  path: '/api/import-runs',
  'x-example': '/api/import-runs?limit=10',
  tags: ['Sources and imports'],
  summary: 'Import runs',
  description:
    'Every import, newest first: file, hash, who and when, counts of rows inserted, updated, unchanged and rejected.',
  request: { query: p.query({ ...p.page }) },
  responses: { 200: json(paged(ImportRun, 'ImportRunPage'), 'A page of import runs.'), 400: errors[400] },
});

const rejections = createRoute({
  method: 'get',
  path: '/api/import-runs/{id}/rejections',
  'x-example': '/api/import-runs/2/rejections',
  tags: ['Sources and imports'],
  summary: 'Rejected rows of an import run',
  description: 'Each rejected row: line, column, field and why.',
  request: {
    params: z.object({
      id: z
        .string({ error: 'expected an import run id (a positive integer)' })
        .regex(/^[1-9]\d{0,8}$/, { error: 'expected an import run id (a positive integer)' })
        .transform(Number)
        .openapi({ param: { description: 'Import run id.' }, example: '2' }),
    }),
    query: p.query({ ...p.page }),
  },
  responses: {
    200: json(paged(Rejection, 'RejectionPage'), 'A page of rejected rows.'),
    400: errors[400],
    404: errors[404],
  },
});

/** `GET /api/sources`, `GET /api/import-runs`, `GET /api/import-runs/{id}/rejections`. */
export function sourcesRoutes(deps: ApiDeps) {
  const app = apiRouter();
  app.openapi(sources, async (c) => c.json(await listSources(deps.db, c.req.valid('query')), 200));
  app.openapi(runs, async (c) => c.json(await listImportRuns(deps.db, c.req.valid('query')), 200));
  app.openapi(rejections, async (c) =>
    c.json(unwrap(await listRejections(deps.db, c.req.valid('param').id, c.req.valid('query'))), 200),
  );
  return app;
}
