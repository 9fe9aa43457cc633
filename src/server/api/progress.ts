import { createRoute, z } from '@hono/zod-openapi';
import { PROGRESS_METHODS } from '../../core/progress/methods.ts';
import { ESCAP_API_VERDICT, GROWTH_RATIO_VERDICT, SDSN_VERDICT } from '../../core/progress/verdict.ts';
import { countryProgress } from '../../services/progress.ts';
import { PROGRESS_YEAR_MAX, PROGRESS_YEAR_MIN } from '../../services/progress-view.ts';
import { regionProgress } from '../../services/region-progress.ts';
import { apiRouter, unwrap, type ApiDeps } from './api-router.ts';
import * as p from './params.ts';
import { CountryProgress, ProgressMethods } from './progress-schemas.ts';
import { RegionProgress } from './region-progress-schemas.ts';
import { errors, json } from './responses.ts';

export const TAG = 'Progress';

const YEAR_MESSAGE = `expected a year between ${PROGRESS_YEAR_MIN} and ${PROGRESS_YEAR_MAX}`;

/** A year of a progress view (1990–2100); the service checks that base < targetYear. */
function progressYear(description: string, example: string) {
  return z
    .string({ error: YEAR_MESSAGE })
    .regex(/^\d{4}$/, { error: YEAR_MESSAGE })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(PROGRESS_YEAR_MIN, { error: YEAR_MESSAGE })
        .max(PROGRESS_YEAR_MAX, { error: YEAR_MESSAGE }),
    )
    .optional()
    .openapi({ param: { description }, example });
}

const SHARE_MESSAGE = 'expected a share from 0 to 1, such as 0.5';

/** `minShare`: the coverage rule's fewest members with data, as a share. */
export const minShare = z
  .string({ error: SHARE_MESSAGE })
  .regex(/^(0(\.\d+)?|1(\.0+)?|\.\d+)$/, { error: SHARE_MESSAGE })
  .transform(Number)
  .optional()
  .openapi({
    param: {
      description:
        'Coverage rule: fewest members with data, as a share (default 0.5); at least 3 members in any case.',
    },
    example: '0.5',
  });

const years = {
  base: progressYear(
    'Base year of the assessment (default 2015; the first later year with data when it has none).',
    '2015',
  ),
  targetYear: progressYear('Year of the projection, and of a target that names none (default 2030).', '2030'),
};

const methods = createRoute({
  method: 'get',
  path: '/api/progress/methods',
  'x-example': '/api/progress/methods',
  tags: [TAG],
  summary: 'Progress methods',
  description:
    'The progress methods (trend, growth ratio, SDSN, ESCAP/UNECE CSI and API, GGGI, regional aggregate): publisher, METHODS.md section, a plain-language explanation and every parameter with its default, marked `unconfirmed` where the publisher’s value could not be read; and how each method’s categories map onto the common verdict used to say whether methods agree.',
  responses: { 200: json(ProgressMethods, 'The methods.') },
});

const country = createRoute({
  method: 'get',
  path: '/api/progress/countries/{iso3}',
  'x-example': '/api/progress/countries/KAZ',
  tags: [TAG],
  summary: 'Progress of a country',
  description:
    'Every progress indicator (GII and its inputs, GDI, HDI, women’s seats in parliament and local government, LFPR, managers, ministers, child marriage, violence, and SDSN’s female-to-male ratios) in every source and edition with data, each assessed by every method against the most specific target (national, regional, SDG, else parity), with `disagree` where the methods’ verdicts differ.',
  request: {
    params: z.object({
      iso3: p.code(
        'an ISO3 code or aggregate code',
        'KAZ',
        'ISO3 country code (any case) or an aggregate code such as ZZK.WORLD.',
      ),
    }),
    query: p.query({ ...years, lang: p.lang }),
  },
  responses: {
    200: json(CountryProgress, 'Every series with every method.'),
    400: errors[400],
    404: errors[404],
  },
});

const region = createRoute({
  method: 'get',
  path: '/api/progress/regions/{set}',
  'x-example': '/api/progress/regions/central-asia',
  tags: [TAG],
  summary: 'Progress of a region set',
  description:
    'For each progress indicator with an international series: the regional aggregates of its preferred source (newest edition) per year — simple mean and median (the UNECE convention), population-weighted mean, coverage, or why a year fails the coverage rule — every method on the simple mean, and how many member countries each method puts in each category.',
  request: {
    params: z.object({
      set: p.code('a region set code', 'central-asia', 'Region set code, e.g. unece, central-asia, eu-27.'),
    }),
    query: p.query({ ...years, minShare, lang: p.lang }),
  },
  responses: { 200: json(RegionProgress, 'The regional view.'), 400: errors[400], 404: errors[404] },
});

/** The entries that are set: optional service fields must be absent, not undefined. */
export function defined<T extends Record<string, unknown>>(
  o: T,
): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

/** `GET /api/progress/methods`, `/api/progress/countries/{iso3}`, `/api/progress/regions/{set}`. */
export function progressRoutes(deps: ApiDeps) {
  const app = apiRouter();
  app.openapi(methods, (c) =>
    c.json(
      {
        methods: PROGRESS_METHODS,
        verdicts: { growthRatio: GROWTH_RATIO_VERDICT, sdsn: SDSN_VERDICT, escapApi: ESCAP_API_VERDICT },
      },
      200,
    ),
  );
  app.openapi(country, async (c) => {
    const { base, targetYear, lang } = c.req.valid('query');
    const r = await countryProgress(deps.db, {
      area: c.req.valid('param').iso3,
      ...defined({ baseYear: base, targetYear }),
      lang,
    });
    return c.json(unwrap(r), 200);
  });
  app.openapi(region, async (c) => {
    const { base, targetYear, minShare: share, lang } = c.req.valid('query');
    const r = await regionProgress(deps.db, {
      regionSet: c.req.valid('param').set,
      ...defined({ baseYear: base, targetYear, minShare: share }),
      lang,
    });
    return c.json(unwrap(r), 200);
  });
  return app;
}
