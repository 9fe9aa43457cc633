import { createRoute, z } from '@hono/zod-openapi';
import { indicatorDetail, listIndicators } from '../../services/indicator-views.ts';
import { apiRouter, unwrap, type ApiDeps } from './api-router.ts';
import * as p from './params.ts';
import { errors, json, Names, paged } from './responses.ts';

const Edition = z
  .object({
    dataset: z.string().openapi({ example: 'undp-hdr-composite' }),
    edition: z.string().openapi({ example: 'HDR25' }),
    firstYear: z.number().int(),
    lastYear: z.number().int(),
    areas: z.number().int().openapi({ description: 'Areas (countries and aggregates) with data.' }),
    observations: z.number().int(),
    redistribution: z.boolean().openapi({ description: 'False: the publisher’s terms forbid downloads.' }),
  })
  .openapi('IndicatorEdition');

const Indicator = z
  .object({
    code: z.string().openapi({ example: 'hdr.gii' }),
    name: z.string(),
    names: Names,
    shortName: z.string().optional(),
    unit: z.string().openapi({ example: 'index' }),
    direction: z.enum(['higher-is-better', 'lower-is-better', 'parity', 'neutral']),
    parityValue: z.number().optional().openapi({ description: 'For parity: 50 for a share, 1 for a ratio.' }),
    definition: z.string(),
    publisher: z.string(),
    concept: z.string().openapi({ description: 'Shared by series measuring the same thing.' }),
    conceptNote: z
      .string()
      .optional()
      .openapi({ description: 'How this series differs from the others of its concept.' }),
    bpfa: z.array(z.string()).openapi({ description: 'BPfA critical areas A–L.' }),
    clusters: z.array(z.number().int()),
    sdgTargets: z.array(z.string()),
    dimensions: z.array(z.string()),
    synonyms: z.array(z.string()),
    categorical: z.boolean(),
    editions: z.array(Edition).openapi({ description: 'What the database holds of it, per source edition.' }),
  })
  .openapi('Indicator');

const IndicatorDetail = Indicator.extend({
  dims: z.record(z.string(), z.array(z.string())).openapi({
    description: 'Each dimension key present in the data, with its values.',
    example: { sex: ['F', 'M'] },
  }),
}).openapi('IndicatorDetail');

const list = createRoute({
  method: 'get',
  path: '/api/indicators',
  'x-example': '/api/indicators?q=women%20in%20parliament',
  tags: ['Indicators and observations'],
  summary: 'Indicators',
  description:
    'The indicator catalogue with, for each, the source editions the database holds. Filters combine; `q` searches codes, names and synonyms (best matches first).',
  request: {
    query: p.query({
      lang: p.lang,
      concept: p
        .code('a concept key', 'women-parliament-seats', 'Only indicators of this concept.')
        .optional(),
      bpfa: z
        .string({ error: 'expected a BPfA critical area letter from A to L' })
        .regex(/^[A-La-l]$/, { error: 'expected a BPfA critical area letter from A to L' })
        .transform((s) => s.toUpperCase())
        .optional()
        .openapi({
          param: { description: 'Only indicators mapped to this BPfA critical area (A–L).' },
          example: 'G',
        }),
      dataset: p.code('a dataset code', 'wdi', 'Only indicators with data from this dataset.').optional(),
      q: z
        .string({ error: 'expected search text of 1 to 200 characters' })
        .min(1, { error: 'expected search text of 1 to 200 characters' })
        .max(200, { error: 'expected search text of 1 to 200 characters' })
        .optional()
        .openapi({
          param: { description: 'Search text (e.g. "women in parliament", "GII").' },
          example: 'women in parliament',
        }),
      ...p.page,
    }),
  },
  responses: {
    200: json(paged(Indicator, 'IndicatorPage'), 'A page of indicators.'),
    400: errors[400],
    404: errors[404],
  },
});

const one = createRoute({
  method: 'get',
  path: '/api/indicators/{code}',
  'x-example': '/api/indicators/hdr.pr',
  tags: ['Indicators and observations'],
  summary: 'One indicator',
  description: 'An indicator with its editions and the dimension values present in its data.',
  request: {
    params: z.object({ code: p.code('an indicator code', 'hdr.gii', 'Catalogue code, case-sensitive.') }),
    query: p.query({ lang: p.lang }),
  },
  responses: { 200: json(IndicatorDetail, 'The indicator.'), 400: errors[400], 404: errors[404] },
});

/** `GET /api/indicators`, `GET /api/indicators/{code}`. */
export function indicatorsRoutes(deps: ApiDeps) {
  const app = apiRouter();
  app.openapi(list, async (c) => {
    const { limit, offset, ...q } = c.req.valid('query');
    return c.json(unwrap(await listIndicators(deps.db, { ...q, page: { limit, offset } })), 200);
  });
  app.openapi(one, async (c) =>
    c.json(unwrap(await indicatorDetail(deps.db, c.req.valid('param').code, c.req.valid('query').lang)), 200),
  );
  return app;
}
