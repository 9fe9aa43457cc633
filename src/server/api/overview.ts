import { createRoute, z } from '@hono/zod-openapi';
import { availability } from '../../services/availability.ts';
import { overview } from '../../services/overview.ts';
import { apiRouter, unwrap, type ApiDeps } from './api-router.ts';
import * as p from './params.ts';
import { errors, json } from './responses.ts';

const YearValue = z.object({ year: z.number().int(), value: z.number() });

const Overview = z
  .object({
    indicator: z.string(),
    name: z.string(),
    unit: z.string(),
    direction: z.enum(['higher-is-better', 'lower-is-better', 'parity', 'neutral']),
    dataset: z.string().nullable(),
    edition: z.string().nullable(),
    dims: z.record(z.string(), z.string()).openapi({ description: 'The breakdown shown ({} = total).' }),
    regionSet: z.object({ code: z.string(), version: z.string(), name: z.string() }),
    years: z.array(z.number().int()).openapi({ description: 'Years with at least one member’s value.' }),
    year: z.number().int().nullable(),
    values: z.array(z.object({ iso3: z.string(), name: z.string(), value: z.number() })),
    trend: z.array(
      z.object({ year: z.number().int(), mean: z.number(), median: z.number(), n: z.number().int() }),
    ),
    movers: z.array(
      z.object({
        iso3: z.string(),
        name: z.string(),
        from: YearValue,
        to: YearValue,
        change: z.number(),
        progress: z.number().openapi({ description: 'Direction-aware: positive is progress.' }),
        kind: z.enum(['improved', 'worsened']),
      }),
    ),
    coverage: z.object({ members: z.number().int(), withValue: z.number().int() }),
  })
  .openapi('Overview');

const Availability = z
  .object({
    regionSet: z.object({ code: z.string(), version: z.string(), name: z.string() }),
    indicators: z.array(z.object({ code: z.string(), name: z.string() })),
    rows: z.array(
      z.object({
        iso3: z.string(),
        name: z.string(),
        latest: z
          .record(z.string(), z.number().int().nullable())
          .openapi({ description: 'Indicator code → latest year, or null.' }),
      }),
    ),
  })
  .openapi('Availability');

const regionSet = p
  .code('a region set code', 'unece', 'Region set (default unece), e.g. central-asia, eu-27.')
  .default('unece');

const overviewRoute = createRoute({
  method: 'get',
  path: '/api/overview',
  'x-example': '/api/overview?indicator=hdr.pr&dims=sex:F&regionSet=central-asia',
  tags: ['Regional overview'],
  summary: 'Regional overview of one indicator',
  description:
    'One indicator across a region set’s members: values in a year (latest by default), the members’ mean and median over time, the 5 biggest improvers and decliners over the 10 years to that year (direction-aware: for the GII a fall is progress), and coverage. One source edition and one breakdown, never mixed.',
  request: {
    query: p.query({
      indicator: p.code('an indicator code', 'hdr.gii', 'Indicator (default hdr.gii).').default('hdr.gii'),
      dims: z
        .string({ error: 'expected key:value pairs separated by commas, such as sex:F' })
        .regex(/^[a-z][a-z0-9_]*:[^,:]+(,[a-z][a-z0-9_]*:[^,:]+)*$/, {
          error: 'expected key:value pairs separated by commas, such as sex:F',
        })
        .transform((s) =>
          Object.fromEntries(s.split(',').map((x) => x.split(':').map((y) => y.trim()) as [string, string])),
        )
        .optional()
        .openapi({
          param: {
            description: 'The breakdown, exactly (e.g. sex:F for hdr.pr). Default: the total, else women.',
          },
          example: 'sex:F',
        }),
      regionSet,
      year: p.year('Year of the values and end of the movers’ window (default: the latest).', '2023'),
      edition: p
        .name('an edition', 'HDR25', 'Source edition (default: the one with the latest data).')
        .optional(),
      lang: p.lang,
    }),
  },
  responses: { 200: json(Overview, 'The overview.'), 400: errors[400], 404: errors[404] },
});

const availabilityRoute = createRoute({
  method: 'get',
  path: '/api/availability',
  'x-example': '/api/availability?regionSet=central-asia',
  tags: ['Regional overview'],
  summary: 'Data availability matrix',
  description:
    'For each member of a region set and each indicator with data: the latest year available (any source).',
  request: { query: p.query({ regionSet, lang: p.lang }) },
  responses: { 200: json(Availability, 'The matrix.'), 400: errors[400], 404: errors[404] },
});

/** `GET /api/overview`, `GET /api/availability`. */
export function overviewRoutes(deps: ApiDeps) {
  const app = apiRouter();
  app.openapi(overviewRoute, async (c) => {
    const { dims, year, edition, ...q } = c.req.valid('query');
    const req = {
      ...q,
      ...(dims !== undefined ? { dims } : {}),
      ...(year !== undefined ? { year } : {}),
      ...(edition !== undefined ? { edition } : {}),
    };
    return c.json(unwrap(await overview(deps.db, req)), 200);
  });
  app.openapi(availabilityRoute, async (c) =>
    c.json(unwrap(await availability(deps.db, c.req.valid('query'))), 200),
  );
  return app;
}
