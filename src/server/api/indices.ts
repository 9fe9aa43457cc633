import { createRoute, z } from '@hono/zod-openapi';
import { indexDownload } from '../../services/downloads.ts';
import { listIndexRows, type IndexListRequest } from '../../services/index-table.ts';
import { apiRouter, attachment, unwrap, type ApiDeps } from './api-router.ts';
import * as p from './params.ts';
import { downloadResponses, errors, json, paged } from './responses.ts';

const filters = {
  country: p.countryFilter,
  regionSet: p.regionSetFilter,
  edition: p.hdrEdition,
  from: p.year('First year (inclusive).', '2013'),
  to: p.year('Last year (inclusive).', '2023'),
};

const IndexRow = z
  .object({
    area: z.string().openapi({ example: 'KAZ' }),
    areaName: z.string(),
    year: z.number().int(),
    period: z.string(),
    edition: z.string().openapi({ example: 'HDR25' }),
    computable: z.boolean().openapi({ description: 'True when every input is present and valid.' }),
    value: z
      .number()
      .nullable()
      .openapi({ description: 'Computed from the stored components, full precision.' }),
    rounded: z
      .number()
      .nullable()
      .openapi({ description: 'value at 3 decimals (half away from zero), as UNDP publishes.' }),
    published: z.number().nullable().openapi({ description: 'UNDP’s published value, for comparison.' }),
    reason: z
      .string()
      .optional()
      .openapi({ description: 'Why it is not computable, e.g. "not computable: missing mmr".' }),
    components: z
      .record(z.string(), z.number().nullable())
      .openapi({ description: 'The inputs as published (GII: mmr, abr, prF, prM, seF, seM, lfprF, lfprM).' }),
  })
  .openapi('IndexRow');

const list = createRoute({
  method: 'get',
  path: '/api/indices/{index}',
  'x-example': '/api/indices/gii?country=KAZ,KGZ&from=2019',
  tags: ['Indices'],
  summary: 'GII, GDI or HDI computed from stored components',
  description:
    'The index for each area-year of an HDR edition, computed by Parity’s core from the components stored for that edition (aggregates included unless `country` or `regionSet` narrows it), beside UNDP’s published value.',
  request: {
    params: z.object({ index: p.indexName }),
    query: p.query({ ...filters, lang: p.lang, ...p.page }),
  },
  responses: {
    200: json(paged(IndexRow, 'IndexRowPage'), 'A page of rows.'),
    400: errors[400],
    404: errors[404],
  },
});

const download = createRoute({
  method: 'get',
  path: '/api/indices/{index}/download',
  'x-example': '/api/indices/gii/download?regionSet=central-asia&format=json',
  tags: ['Indices'],
  summary: 'Download a computed index',
  description:
    'As `GET /api/indices/{index}` without pagination, as a file (components flattened into CSV columns).',
  request: {
    params: z.object({ index: p.indexName }),
    query: p.query({ ...filters, format: p.format, lang: p.lang }),
  },
  responses: downloadResponses,
});

function requestOf(
  index: IndexListRequest['index'],
  q: Omit<IndexListRequest, 'index' | 'yearFrom' | 'yearTo'> & {
    from?: number | undefined;
    to?: number | undefined;
  },
): IndexListRequest {
  const { from, to, country, regionSet, edition, lang } = q;
  return {
    index,
    lang,
    ...(country !== undefined ? { country } : {}),
    ...(regionSet !== undefined ? { regionSet } : {}),
    ...(edition !== undefined ? { edition } : {}),
    ...(from !== undefined ? { yearFrom: from } : {}),
    ...(to !== undefined ? { yearTo: to } : {}),
  };
}

/** `GET /api/indices/{index}`, `GET /api/indices/{index}/download`. */
export function indicesRoutes(deps: ApiDeps) {
  const app = apiRouter();
  app.openapi(list, async (c) => {
    const { limit, offset, ...q } = c.req.valid('query');
    const req = requestOf(c.req.valid('param').index, q);
    return c.json(unwrap(await listIndexRows(deps.db, req, { limit, offset })), 200);
  });
  app.openapi(download, async (c) => {
    const { format, ...q } = c.req.valid('query');
    const req = requestOf(c.req.valid('param').index, q);
    const file = await indexDownload(deps.db, req, {
      format,
      lang: q.lang,
      query: c.req.query(),
      path: c.req.path,
    });
    return attachment(unwrap(file));
  });
  return app;
}
