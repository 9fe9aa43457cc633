import { createRoute, z } from '@hono/zod-openapi';
import { regionalAggregates } from '../../services/regional-aggregates.ts';
import { trend } from '../../services/trends.ts';
import { apiRouter, unwrap, type ApiDeps } from './api-router.ts';
import * as p from './params.ts';
import { defined, minShare, TAG } from './progress.ts';
import { TrendView } from './progress-schemas.ts';
import { RegionalAggregates } from './region-progress-schemas.ts';
import { errors, json } from './responses.ts';

const NUMBER_MESSAGE = 'expected a number such as 0.1 or 50';

const aggregates = createRoute({
  method: 'get',
  path: '/api/aggregates',
  'x-example': '/api/aggregates?set=unece&indicator=hdr.gii&year=2022',
  tags: [TAG],
  summary: 'Regional aggregates',
  description:
    'One indicator over a region set’s members, per year: simple mean and median of the members with data (the UNECE convention), the mean weighted by HDR `pop_total` (same edition, else the newest), and coverage (members with data / members). A year failing the coverage rule (at least `minShare` of the members and at least 3) has the reason instead of values. One source edition and one breakdown, never mixed.',
  request: {
    query: p.query({
      set: p.code(
        'a region set code',
        'unece',
        'Region set, e.g. unece, central-asia, eu-27, hdr-region-eca.',
      ),
      indicator: p.code('an indicator code', 'hdr.gii', 'Indicator code.'),
      source: p
        .name(
          'an edition or dataset',
          'HDR25',
          'Source edition (HDR25, 2022-02-15, …) or dataset (wdi); default: the one with the latest data.',
        )
        .optional(),
      year: p.year('Only this year (default: every year with a member’s value).', '2022'),
      minShare,
      lang: p.lang,
    }),
  },
  responses: { 200: json(RegionalAggregates, 'The aggregates.'), 400: errors[400], 404: errors[404] },
});

const trends = createRoute({
  method: 'get',
  path: '/api/trends',
  'x-example': '/api/trends?area=KAZ&indicator=hdr.gii&to=2022',
  tags: [TAG],
  summary: 'Trend of an indicator',
  description:
    'For one area and indicator, one series per source edition: change (absolute, relative) and compound annual growth over the window, the largest improvement and deterioration in it, ordinary and time-weighted linear fits with their projection to 2030, and years to the target (`target`, else the most specific SDG, national or parity target) at the linear and at the compound pace. A measure without enough data says what is missing.',
  request: {
    query: p.query({
      area: p.code(
        'an ISO3 code or aggregate code',
        'KAZ',
        'ISO3 country code (any case) or aggregate code.',
      ),
      indicator: p.code('an indicator code', 'hdr.gii', 'Indicator code.'),
      source: p
        .name('an edition or dataset', 'HDR25', 'Only this source edition or dataset (default: every one).')
        .optional(),
      from: p.year('First year of the window (default: the first with data).', '2000'),
      to: p.year('Last year of the window (default: the latest).', '2022'),
      target: z
        .string({ error: NUMBER_MESSAGE })
        .regex(/^-?\d+(\.\d+)?$/, { error: NUMBER_MESSAGE })
        .transform(Number)
        .optional()
        .openapi({
          param: { description: 'Target value for the years to target, in the indicator’s unit.' },
          example: '0.1',
        }),
      lang: p.lang,
    }),
  },
  responses: { 200: json(TrendView, 'The trend of each series.'), 400: errors[400], 404: errors[404] },
});

/** `GET /api/aggregates`, `GET /api/trends`. */
export function trendsAggregatesRoutes(deps: ApiDeps) {
  const app = apiRouter();
  app.openapi(aggregates, async (c) => {
    const { set, indicator, source, year, minShare: share, lang } = c.req.valid('query');
    const r = await regionalAggregates(deps.db, {
      regionSet: set,
      indicator,
      lang,
      ...defined({ source, year, minShare: share }),
    });
    return c.json(unwrap(r), 200);
  });
  app.openapi(trends, async (c) => {
    const { area, indicator, lang, ...rest } = c.req.valid('query');
    const r = await trend(deps.db, { area, indicator, lang, ...defined(rest) });
    return c.json(unwrap(r), 200);
  });
  return app;
}
