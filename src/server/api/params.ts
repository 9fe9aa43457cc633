import { z } from '@hono/zod-openapi';

/**
 * Query and path parameter schemas shared by the API's routes. Every schema carries the words of
 * what it expects; the validation hook adds what was received ("…, got \"20x\"").
 */

export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;

/** A parameter's description and example, for the OpenAPI document and the docs page. */
function doc<T extends z.ZodType>(schema: T, description: string, example?: string | number): T {
  return schema.openapi({ param: { description }, ...(example !== undefined ? { example } : {}) });
}

export const lang = doc(
  z.enum(['en', 'fr', 'ru'], { error: 'expected en, fr or ru' }).default('en'),
  'Language of names (countries, indicators, region sets): en, fr or ru. Default en.',
  'en',
);

export const limit = doc(
  z.coerce
    .number({ error: 'expected an integer from 1 to 1000' })
    .int({ error: 'expected an integer from 1 to 1000' })
    .min(1, { error: 'expected an integer from 1 to 1000' })
    .max(1000, { error: 'expected an integer from 1 to 1000' })
    .default(100),
  'Page size, 1–1000 (default 100).',
  100,
);

export const offset = doc(
  z.coerce
    .number({ error: 'expected an integer ≥ 0' })
    .int({ error: 'expected an integer ≥ 0' })
    .min(0, { error: 'expected an integer ≥ 0' })
    .default(0),
  'How many items to skip (default 0).',
  0,
);

export const page = { limit, offset };

const YEAR_MESSAGE = `expected a year between ${YEAR_MIN} and ${YEAR_MAX}`;

/** An optional four-digit year. */
export function year(description: string, example?: string) {
  return doc(
    z
      .string({ error: YEAR_MESSAGE })
      .regex(/^\d{4}$/, { error: YEAR_MESSAGE })
      .transform(Number)
      .pipe(z.number().min(YEAR_MIN, { error: YEAR_MESSAGE }).max(YEAR_MAX, { error: YEAR_MESSAGE }))
      .optional(),
    description,
    example,
  );
}

/** A comma-separated list of codes (letters, digits, `.`, `_`, `-`), trimmed; at most `max`. */
export function codeList(what: string, example: string, description: string, max = 300) {
  const message = `expected ${what}, comma-separated, such as ${example}`;
  return doc(
    z
      .string({ error: message })
      .regex(/^\s*[\w.-]+\s*(,\s*[\w.-]+\s*)*$/, { error: message })
      .transform((s) => [...new Set(s.split(',').map((x) => x.trim()))])
      .pipe(z.array(z.string()).max(max, { error: `expected at most ${max} codes` })),
    description,
    example,
  );
}

/** One code (letters, digits, `.`, `_`, `-`). */
export function code(what: string, example: string, description: string) {
  const message = `expected ${what} such as ${example}`;
  return doc(z.string({ error: message }).regex(/^[\w.-]{1,64}$/, { error: message }), description, example);
}

/** A free-text code such as an edition name (`HDR23-24`, `2022-02-15`, `minset-2021-09-30`). */
export function name(what: string, example: string, description: string) {
  const message = `expected ${what} such as ${example}`;
  return doc(
    z.string({ error: message }).regex(/^[\w .()/-]{1,80}$/, { error: message }),
    description,
    example,
  );
}

const DIMS_MESSAGE = 'expected "total" or key:value pairs separated by commas, such as sex:F,age:Y_GE15';

/** `dims=sex:F,age:Y_GE15` → `{ sex: 'F', age: 'Y_GE15' }`; `dims=total` → 'total' (no dimensions). */
export const dims = doc(
  z
    .string({ error: DIMS_MESSAGE })
    .regex(/^(total|[a-z][a-z0-9_]*:[^,:]+(,[a-z][a-z0-9_]*:[^,:]+)*)$/, { error: DIMS_MESSAGE })
    .transform((s): Record<string, string> | 'total' =>
      s === 'total'
        ? 'total'
        : Object.fromEntries(
            s.split(',').map((pair) => pair.split(':').map((x) => x.trim()) as [string, string]),
          ),
    )
    .optional(),
  'Breakdown: key:value pairs the observation’s dimensions must include (e.g. sex:F or sex:F,age:Y_GE15); "total" for observations without dimensions. Default: every breakdown.',
  'sex:F',
);

export const format = doc(
  z.enum(['csv', 'json'], { error: 'expected csv or json' }).default('csv'),
  'csv: a zip with data.csv and README.md (citation, licences, query); json: { meta, data }.',
  'csv',
);

export const iso3 = doc(
  z
    .string({ error: 'expected an ISO 3166-1 alpha-3 country code such as KAZ' })
    .regex(/^[A-Za-z]{3}$/, { error: 'expected an ISO 3166-1 alpha-3 country code such as KAZ' }),
  'ISO 3166-1 alpha-3 country code (any case).',
  'KAZ',
);

export const indexName = doc(
  z.enum(['gii', 'gdi', 'hdi'], { error: 'expected gii, gdi or hdi' }),
  'The index: gii (Gender Inequality Index), gdi (Gender Development Index) or hdi (Human Development Index).',
  'gii',
);

export const countryFilter = codeList(
  'ISO3 country codes or aggregate codes',
  'KAZ,KGZ',
  'Areas: ISO 3166-1 alpha-3 country codes, or aggregate codes such as ZZK.WORLD, comma-separated. Not with regionSet.',
).optional();

export const regionSetFilter = code(
  'a region set code',
  'central-asia',
  'Only the members of this region set (its newest version), e.g. unece, central-asia, eu-27, hdr-region-eca. Not with country.',
).optional();

export const hdrEdition = name(
  'an HDR edition',
  'HDR25',
  'HDR edition (e.g. HDR25, HDR23-24). Default: the newest in the database.',
).optional();

/**
 * The query schema of a route: exactly these parameters; any other is an error naming the
 * parameters the route takes.
 */
export function query<S extends z.ZodRawShape>(shape: S) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown parameter: this endpoint takes ${known.length > 0 ? known.join(', ') : 'no parameters'}`
        : undefined,
  });
}
