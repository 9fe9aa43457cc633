import { createRoute, z } from '@hono/zod-openapi';
import { observationDownload } from '../../services/downloads.ts';
import { searchObservationPage, type ObservationRequest } from '../../services/observation-search.ts';
import { apiRouter, attachment, unwrap, type ApiDeps } from './api-router.ts';
import * as p from './params.ts';
import { downloadResponses, errors, json, paged } from './responses.ts';

const filters = {
  indicator: p.codeList(
    'one or more indicator codes',
    'hdr.gii',
    'Indicator codes, comma-separated (required), e.g. hdr.gii or unsd.parl_seats,wdi.SG.GEN.PARL.ZS.',
    100,
  ),
  country: p.countryFilter,
  regionSet: p.regionSetFilter,
  from: p.year('First year (inclusive; a span such as 2004/05 counts at its start year).', '2010'),
  to: p.year('Last year (inclusive).', '2023'),
  dataset: p
    .code(
      'a dataset code',
      'undp-hdr-composite',
      'Only this dataset (undp-hdr-composite, wdi, unsd-minset, open-sdg-kaz, open-sdg-gbr).',
    )
    .optional(),
  edition: p.name('an edition', 'HDR25', 'Only this edition (vintage), e.g. HDR25, HDR23-24.').optional(),
  dims: p.dims,
};

const Observation = z
  .object({
    indicator: z.string().openapi({ example: 'hdr.gii' }),
    area: z.string().openapi({ example: 'KAZ' }),
    areaName: z.string().openapi({ example: 'Kazakhstan' }),
    period: z
      .string()
      .openapi({ description: 'As the publisher writes it: 2022, or a span such as 2004/05.' }),
    year: z.number().int().openapi({ description: 'First calendar year of the period.' }),
    dims: z
      .record(z.string(), z.string())
      .openapi({ description: 'Breakdown; {} is the total.', example: {} }),
    value: z.number().nullable(),
    text: z
      .string()
      .nullable()
      .openapi({ description: 'Text value of categorical series (value is then null).' }),
    status: z.string().nullable(),
    footnote: z.string().nullable(),
    dataset: z.string().openapi({ example: 'undp-hdr-composite' }),
    edition: z.string().openapi({ example: 'HDR25' }),
  })
  .openapi('Observation');

const list = createRoute({
  method: 'get',
  path: '/api/observations',
  'x-example': '/api/observations?indicator=hdr.gii&country=KAZ&from=2020',
  tags: ['Indicators and observations'],
  summary: 'Observations',
  description:
    'Stored values with their source edition, ordered by indicator, area and year. Editions are never mixed silently: each row names its dataset and edition (filter with `dataset=` / `edition=`).',
  request: { query: p.query({ ...filters, lang: p.lang, ...p.page }) },
  responses: {
    200: json(paged(Observation, 'ObservationPage'), 'A page of observations.'),
    400: errors[400],
    404: errors[404],
  },
});

const download = createRoute({
  method: 'get',
  path: '/api/observations/download',
  'x-example': '/api/observations/download?indicator=hdr.gii&country=KAZ&format=csv',
  tags: ['Indicators and observations'],
  summary: 'Download observations',
  description:
    'The observations matching the filters (no pagination) as a file with citation and licence. Refused (403) when any row comes from a source whose terms forbid redistribution: filter it out with `dataset=`.',
  request: {
    query: p.query({
      ...filters,
      format: p.format,
      lang: p.lang,
    }),
  },
  responses: downloadResponses,
});

function requestOf(q: {
  indicator: string[];
  country?: string[] | undefined;
  regionSet?: string | undefined;
  from?: number | undefined;
  to?: number | undefined;
  dataset?: string | undefined;
  edition?: string | undefined;
  dims?: Record<string, string> | 'total' | undefined;
}): ObservationRequest {
  const { indicator, ...rest } = q;
  const defined = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  return { indicators: indicator, ...defined };
}

/** `GET /api/observations`, `GET /api/observations/download`. */
export function observationsRoutes(deps: ApiDeps) {
  const app = apiRouter();
  app.openapi(list, async (c) => {
    const { lang, limit, offset, ...q } = c.req.valid('query');
    return c.json(unwrap(await searchObservationPage(deps.db, requestOf(q), lang, { limit, offset })), 200);
  });
  app.openapi(download, async (c) => {
    const { lang, format, ...q } = c.req.valid('query');
    const file = await observationDownload(deps.db, requestOf(q), {
      format,
      lang,
      query: c.req.query(),
      path: c.req.path,
    });
    return attachment(unwrap(file));
  });
  return app;
}
