import { createRoute, z } from '@hono/zod-openapi';
import { listRegionSets, regionSetDetail } from '../../services/region-set-views.ts';
import { apiRouter, unwrap } from './api-router.ts';
import * as p from './params.ts';
import { errors, json, Names, paged } from './responses.ts';

const RegionSet = z
  .object({
    code: z.string().openapi({ example: 'central-asia' }),
    version: z
      .string()
      .openapi({ description: 'HDR edition for HDR sets, else the year recorded.', example: '2025' }),
    kind: z.enum(['membership', 'subregion', 'hdr-region', 'hdi-group']),
    name: z.string(),
    names: Names,
    source: z.object({ note: z.string(), url: z.string().optional() }),
    memberCount: z.number().int(),
    aggregateArea: z
      .string()
      .optional()
      .openapi({ description: 'The publisher’s aggregate row, e.g. ZZG.ECA.' }),
  })
  .openapi('RegionSet');

const RegionSetDetail = RegionSet.extend({
  members: z.array(z.object({ iso3: z.string(), name: z.string() })),
}).openapi('RegionSetDetail');

const list = createRoute({
  method: 'get',
  path: '/api/region-sets',
  'x-example': '/api/region-sets?kind=subregion',
  tags: ['Countries and region sets'],
  summary: 'Region sets',
  description:
    'Every region set version: the UNECE membership, its subregions (Central Asia, EU-27, …), and the HDR regions and HDI groups of each HDR edition.',
  request: {
    query: p.query({
      lang: p.lang,
      kind: z
        .enum(['membership', 'subregion', 'hdr-region', 'hdi-group'], {
          error: 'expected membership, subregion, hdr-region or hdi-group',
        })
        .optional()
        .openapi({ param: { description: 'Only sets of this kind.' }, example: 'subregion' }),
      ...p.page,
    }),
  },
  responses: { 200: json(paged(RegionSet, 'RegionSetPage'), 'A page of region sets.'), 400: errors[400] },
});

const one = createRoute({
  method: 'get',
  path: '/api/region-sets/{code}',
  'x-example': '/api/region-sets/central-asia',
  tags: ['Countries and region sets'],
  summary: 'One region set',
  description: 'A region set with its members; the newest version unless `version` is given.',
  request: {
    params: z.object({ code: p.code('a region set code', 'central-asia', 'Region set code.') }),
    query: p.query({
      lang: p.lang,
      version: p.name('a version', 'HDR23-24', 'Which version (HDR sets: the HDR edition).').optional(),
    }),
  },
  responses: { 200: json(RegionSetDetail, 'The region set.'), 400: errors[400], 404: errors[404] },
});

/** `GET /api/region-sets`, `GET /api/region-sets/{code}`. */
export function regionSetsRoutes() {
  const app = apiRouter();
  app.openapi(list, (c) => {
    const q = c.req.valid('query');
    return c.json(
      listRegionSets({
        lang: q.lang,
        ...(q.kind ? { kind: q.kind } : {}),
        page: { limit: q.limit, offset: q.offset },
      }),
      200,
    );
  });
  app.openapi(one, (c) => {
    const q = c.req.valid('query');
    return c.json(unwrap(regionSetDetail(c.req.valid('param').code, q.lang, q.version)), 200);
  });
  return app;
}
