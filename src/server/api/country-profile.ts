import { createRoute, z } from '@hono/zod-openapi';
import { countryProfile } from '../../services/country-profile.ts';
import { apiRouter, unwrap, type ApiDeps } from './api-router.ts';
import { Country } from './countries.ts';
import { Decomposition } from './gii-analysis.ts';
import * as p from './params.ts';
import { errors, json } from './responses.ts';

const Rank = z.object({ rank: z.number().int(), of: z.number().int() }).nullable();

const Headline = z.object({
  index: z.enum(['gii', 'gdi', 'hdi']),
  edition: z.string(),
  year: z.number().int(),
  value: z.number().openapi({ description: 'UNDP’s published value (computed when none was published).' }),
  rankUnece: Rank.openapi({
    description: 'Among the UNECE members with a value that year; ties share a rank.',
  }),
  rankWorld: Rank.openapi({ description: 'Among all countries with a value that year.' }),
  group: z
    .object({ code: z.string(), label: z.string() })
    .optional()
    .openapi({ description: 'GDI group 1–5 or HDI category (very-high, high, medium, low).' }),
});

const Series = z.object({
  indicator: z.string(),
  name: z.string(),
  dataset: z.string(),
  edition: z.string(),
  kind: z.enum(['national', 'international']),
  dims: z.record(z.string(), z.string()),
  unit: z.string(),
  definitionNote: z.string(),
  points: z.array(z.object({ year: z.number().int(), value: z.number() })),
});

const Source = z.object({
  dataset: z.string(),
  edition: z.string(),
  publisher: z.string(),
  title: z.string(),
  licence: z.string(),
  licenceUrl: z.string().nullable(),
  url: z.string().nullable(),
  citation: z.string(),
  redistribution: z.boolean(),
});

const Profile = z
  .object({
    country: Country,
    edition: z
      .string()
      .nullable()
      .openapi({ description: 'The HDR edition of headline, GII and comparisons.' }),
    headline: z.array(Headline),
    gii: z.object({
      series: z
        .array(z.record(z.string(), z.number().nullable()))
        .openapi({ description: 'Per year: year, value (published), computed, and the eight inputs.' }),
      decomposition: Decomposition.nullable().openapi({
        description: 'The latest year’s decomposition (as GET /api/indices/gii/decomposition), or null.',
      }),
    }),
    comparisons: z.array(
      z.object({ concept: z.string(), label: z.string(), conceptNote: z.string(), series: z.array(Series) }),
    ),
    editions: z.array(
      z.object({
        edition: z.string(),
        gii: z.array(z.object({ year: z.number().int(), value: z.number() })),
      }),
    ),
    sources: z.array(Source),
  })
  .openapi('CountryProfile');

const profile = createRoute({
  method: 'get',
  path: '/api/countries/{iso3}/profile',
  'x-example': '/api/countries/KAZ/profile?edition=HDR25',
  tags: ['Countries and region sets'],
  summary: 'Country profile',
  description:
    'Everything a country page needs in one request: headline GII, GDI and HDI with ranks (among UNECE members and worldwide, for the latest year of the edition), the GII series with its inputs and decomposition, national and international series of the same concepts side by side, the GII of each HDR edition, and the sources.',
  request: { params: z.object({ iso3: p.iso3 }), query: p.query({ lang: p.lang, edition: p.hdrEdition }) },
  responses: { 200: json(Profile, 'The profile.'), 400: errors[400], 404: errors[404] },
});

/** `GET /api/countries/{iso3}/profile`. */
export function countryProfileRoutes(deps: ApiDeps) {
  const app = apiRouter();
  app.openapi(profile, async (c) => {
    const { lang, edition } = c.req.valid('query');
    return c.json(unwrap(await countryProfile(deps.db, c.req.valid('param').iso3, lang, edition)), 200);
  });
  return app;
}
