import { createRoute, z } from '@hono/zod-openapi';
import { giiDecomposition, giiWhatIfFor } from '../../services/gii-analysis.ts';
import { apiRouter, unwrap, type ApiDeps } from './api-router.ts';
import * as p from './params.ts';
import { errors, json } from './responses.ts';

const target = {
  country: p.code(
    'an ISO3 country code or an aggregate code',
    'KAZ',
    'The area (required): ISO3 country code, or an aggregate code such as ZZK.WORLD.',
  ),
  year: p.year('The year; default: the latest year with all eight inputs.', '2023'),
  edition: p.hdrEdition,
};

const GiiInputs = z
  .object({
    mmr: z.number(),
    abr: z.number(),
    prF: z.number(),
    prM: z.number(),
    seF: z.number(),
    seM: z.number(),
    lfprF: z.number(),
    lfprM: z.number(),
  })
  .openapi('GiiInputs', {
    description: 'The eight GII inputs in published units (MMR per 100,000; ABR per 1,000; shares in %).',
  });

export const Decomposition = z
  .object({
    area: z.string(),
    year: z.number().int(),
    edition: z.string(),
    gii: z.number().openapi({ description: 'The GII of the inputs, full precision.' }),
    rounded: z.number(),
    published: z.number().nullable(),
    byDimension: z.object({
      reproductiveHealth: z.number(),
      empowerment: z.number(),
      labourMarket: z.number(),
    }),
    byIndicator: z.object({
      mmr: z.number(),
      abr: z.number(),
      pr: z.number(),
      se: z.number(),
      lfpr: z.number(),
    }),
    inputs: GiiInputs,
    method: z.string(),
  })
  .openapi('GiiDecomposition');

const WhatIf = z
  .object({
    area: z.string(),
    year: z.number().int(),
    edition: z.string(),
    baseGii: z.number(),
    newGii: z.number(),
    change: z.number().openapi({ description: 'newGii − baseGii; negative is less inequality.' }),
    baseRounded: z.number(),
    newRounded: z.number(),
    changeRounded: z.number(),
    inputs: z.object({ base: GiiInputs, scenario: GiiInputs }),
  })
  .openapi('GiiWhatIf');

const decomposition = createRoute({
  method: 'get',
  path: '/api/indices/gii/decomposition',
  'x-example': '/api/indices/gii/decomposition?country=KAZ',
  tags: ['Indices'],
  summary: 'GII decomposition',
  description:
    'How much each GII indicator and dimension contributes to an area’s GII (Shapley values of closing each gap; they add up to the GII).',
  request: { query: p.query(target) },
  responses: { 200: json(Decomposition, 'The decomposition.'), 400: errors[400], 404: errors[404] },
});

function share(description: string, example: string) {
  const message = 'expected a percentage from 0 to 100';
  return z
    .string({ error: message })
    .regex(/^\d+(\.\d+)?$/, { error: message })
    .transform(Number)
    .pipe(z.number().max(100, { error: message }))
    .optional()
    .openapi({ param: { description }, example });
}

function rate(description: string, example: string) {
  const message = 'expected a number ≥ 0';
  return z
    .string({ error: message })
    .regex(/^\d+(\.\d+)?$/, { error: message })
    .transform(Number)
    .optional()
    .openapi({ param: { description }, example });
}

const whatIf = createRoute({
  method: 'get',
  path: '/api/indices/gii/what-if',
  'x-example': '/api/indices/gii/what-if?country=KAZ&prF=30',
  tags: ['Indices'],
  summary: 'GII what-if',
  description:
    'The GII recomputed with some inputs changed, e.g. "if women held 30 % of seats" (prF=30; prM becomes 70).',
  request: {
    query: p.query({
      ...target,
      mmr: rate('Maternal mortality ratio, deaths per 100,000 live births.', '10'),
      abr: rate('Adolescent birth rate, births per 1,000 women aged 15–19.', '20'),
      prF: share('Women’s share of parliamentary seats, %; men’s becomes 100 − prF.', '30'),
      seF: share('Women aged 25+ with some secondary education, %.', '99'),
      seM: share('Men aged 25+ with some secondary education, %.', '99'),
      lfprF: share('Female labour-force participation rate, %.', '70'),
      lfprM: share('Male labour-force participation rate, %.', '75'),
    }),
  },
  responses: { 200: json(WhatIf, 'Base and scenario.'), 400: errors[400], 404: errors[404] },
});

function definedOnly<T extends object>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as never;
}

/** `GET /api/indices/gii/decomposition`, `GET /api/indices/gii/what-if`. */
export function giiAnalysisRoutes(deps: ApiDeps) {
  const app = apiRouter();
  app.openapi(decomposition, async (c) => {
    const { country, year, edition } = c.req.valid('query');
    return c.json(
      unwrap(await giiDecomposition(deps.db, { country, ...definedOnly({ year, edition }) })),
      200,
    );
  });
  app.openapi(whatIf, async (c) => {
    const { country, year, edition, ...changes } = c.req.valid('query');
    const q = { country, ...definedOnly({ year, edition }), changes: definedOnly(changes) };
    return c.json(unwrap(await giiWhatIfFor(deps.db, q)), 200);
  });
  return app;
}
