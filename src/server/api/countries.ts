import { createRoute, z } from '@hono/zod-openapi';
import { countryDetail, listCountries } from '../../services/country-views.ts';
import { apiRouter, unwrap } from './api-router.ts';
import * as p from './params.ts';
import { errors, json, Names, paged } from './responses.ts';

export const Country = z
  .object({
    iso3: z.string().openapi({ example: 'KAZ' }),
    iso2: z.string().openapi({ example: 'KZ' }),
    m49: z
      .string()
      .openapi({ description: 'UN M49 numeric code (also the world-atlas map id).', example: '398' }),
    name: z.string().openapi({ description: 'Name in the requested language.', example: 'Kazakhstan' }),
    names: Names,
  })
  .openapi('Country');

const CountryDetail = Country.extend({
  regionSets: z.array(
    z.object({ code: z.string(), version: z.string(), kind: z.string(), name: z.string() }),
  ),
}).openapi('CountryDetail');

const list = createRoute({
  method: 'get',
  path: '/api/countries',
  'x-example': '/api/countries?regionSet=central-asia&lang=ru',
  tags: ['Countries and region sets'],
  summary: 'Countries',
  description:
    'Every ISO 3166-1 country (never an aggregate), by ISO3 code, with names in English, French and Russian; optionally only the members of a region set.',
  request: {
    query: p.query({
      lang: p.lang,
      regionSet: p
        .code('a region set code', 'unece', 'Only the members of this region set (its newest version).')
        .optional(),
      ...p.page,
    }),
  },
  responses: {
    200: json(paged(Country, 'CountryPage'), 'A page of countries.'),
    400: errors[400],
    404: errors[404],
  },
});

const one = createRoute({
  method: 'get',
  path: '/api/countries/{iso3}',
  'x-example': '/api/countries/KAZ',
  tags: ['Countries and region sets'],
  summary: 'One country',
  description: 'A country with every region set (and version) it belongs to.',
  request: { params: z.object({ iso3: p.iso3 }), query: p.query({ lang: p.lang }) },
  responses: { 200: json(CountryDetail, 'The country.'), 400: errors[400], 404: errors[404] },
});

/** `GET /api/countries`, `GET /api/countries/{iso3}`. */
export function countriesRoutes() {
  const app = apiRouter();
  app.openapi(list, (c) => {
    const q = c.req.valid('query');
    const page = { limit: q.limit, offset: q.offset };
    return c.json(
      unwrap(listCountries({ lang: q.lang, ...(q.regionSet ? { regionSet: q.regionSet } : {}), page })),
      200,
    );
  });
  app.openapi(one, (c) =>
    c.json(unwrap(countryDetail(c.req.valid('param').iso3, c.req.valid('query').lang)), 200),
  );
  return app;
}
