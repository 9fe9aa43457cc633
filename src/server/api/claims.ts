import { createRoute, z } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { checkClaims, MAX_CLAIM_TEXT } from '../../services/check-claims.ts';
import { HttpError } from '../http-error.ts';
import { apiRouter, unwrap, type ApiDeps } from './api-router.ts';
import { errors, json } from './responses.ts';

const KAZ_STATEMENT =
  'These include a 60% reduction in the gender inequality index; introduction of a 30% quota in Parliament ' +
  'for women and youth, including women with disabilities; and increased female leadership in state governance.';

// The text's length is checked by the service, not here: the validation hook quotes what it got,
// and a 20,000-character text quoted back is no use to anyone.
const CheckRequest = z
  .object({
    text: z.string({ error: 'expected the statement as a string' }).openapi({
      description: `The statement, English or Russian, 1–${MAX_CLAIM_TEXT} characters.`,
      maxLength: MAX_CLAIM_TEXT,
    }),
    country: z
      .string({ error: 'expected an ISO3 country code such as KAZ' })
      .regex(/^[A-Za-z]{3}$/, { error: 'expected an ISO3 country code such as KAZ' })
      .optional()
      .openapi({
        description: 'The speaker’s country (ISO3): the country of claims whose sentence names none.',
      }),
  })
  .strict()
  .openapi('ClaimCheckRequest', { example: { text: KAZ_STATEMENT, country: 'KAZ' } });

const Span = z.object({ start: z.number().int(), end: z.number().int() });
const groups = z
  .array(z.enum(['women', 'youth', 'women-with-disabilities', 'persons-with-disabilities']))
  .readonly();
const body = z.enum(['parliament', 'lower-chamber', 'upper-chamber', 'local-councils']);
const appliesTo = z.enum(['candidate-lists', 'seats']);

const Assertion = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('change'),
      direction: z.enum(['decrease', 'increase', 'unspecified']),
      amount: z.number(),
      unit: z.enum(['percent', 'points', 'times']),
    }),
    z.object({
      kind: z.literal('level'),
      value: z.number(),
      unit: z.enum(['percent', 'number']),
      comparator: z.enum(['about', 'at-least', 'more-than', 'at-most', 'less-than']),
    }),
    z.object({ kind: z.literal('rank'), rank: z.number().int(), outOf: z.number().int().optional() }),
    z.object({
      kind: z.literal('quota'),
      threshold: z.number(),
      body: body.optional(),
      appliesTo: appliesTo.optional(),
      groups,
    }),
    z.object({ kind: z.literal('trend'), direction: z.enum(['decrease', 'increase']) }),
  ])
  .openapi('ClaimAssertion', { description: 'What the claim asserts, by `kind`.' });

const ParsedClaim = z
  .object({
    span: Span.openapi({ description: 'Where the claim is in the text: [start, end) in UTF-16 code units.' }),
    text: z.string(),
    language: z.enum(['en', 'ru']),
    assertion: Assertion,
    subject: z.object({ phrase: z.string(), span: Span }).optional(),
    indicatorCodes: z.array(z.string()).readonly(),
    country: z.string().optional(),
    years: z.object({ from: z.number().int().optional(), to: z.number().int().optional() }),
  })
  .openapi('ParsedClaim');

const SeriesMeta = z
  .object({
    indicator: z.string(),
    name: z.string(),
    concept: z.string(),
    unit: z.string(),
    orientation: z.object({
      direction: z.enum(['higher-is-better', 'lower-is-better', 'parity', 'neutral']),
      parityValue: z.number().optional(),
    }),
    dataset: z.string(),
    edition: z.string(),
    source: z.string().openapi({ example: 'HDR25' }),
    kind: z.enum(['national', 'international']),
    dims: z.record(z.string(), z.string()),
    dimsLabel: z.string().openapi({ example: 'sex=F' }),
    definitionNote: z.string(),
  })
  .openapi('ClaimSeries');

const Quota = z
  .object({
    id: z.string(),
    country: z.string(),
    body,
    kind: z.enum(['legislated-candidate-quota', 'reserved-seats', 'party-quota']),
    appliesTo,
    threshold: z.number(),
    groups,
    adopted: z.string().optional(),
    source: z.string(),
    sourceKind: z.enum(['legal-act', 'dataset', 'statement']),
    sourceUrl: z.string().optional(),
    note: z.string().optional(),
  })
  .openapi('ClaimQuota');

const findingFields = {
  role: z.enum(['claimed', 'other-window', 'quota', 'context']),
  years: z.array(z.number().int()).readonly(),
  values: z.array(z.number()).readonly(),
  computed: z.number(),
  computedText: z.string().openapi({ example: '−54.6 %' }),
  computation: z.string().openapi({ example: '(0.168 − 0.370) / 0.370 = −54.6 %' }),
  matches: z.boolean(),
};

const Finding = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('series'), series: SeriesMeta, ...findingFields }),
    z.object({ kind: z.literal('quota'), quota: Quota, ...findingFields }),
  ])
  .openapi('ClaimFinding', {
    description:
      'One piece of evidence: the years and values used, the figure computed and how, and whether it bears the claim out.',
  });

const SeriesPoints = z
  .object({
    indicator: z.string().openapi({ example: 'hdr.gii' }),
    dataset: z.string().openapi({ example: 'undp-hdr-composite' }),
    edition: z.string().openapi({ example: 'HDR25' }),
    dims: z.record(z.string(), z.string()).openapi({
      description: 'The breakdown, exactly as the findings’ `series.dims` ({} = the total).',
    }),
    label: z.string().openapi({ description: 'The source edition, as `series.source`.', example: 'HDR25' }),
    unit: z.string().openapi({ example: 'index' }),
    points: z
      .array(z.object({ year: z.number().int(), value: z.number() }))
      .readonly()
      .openapi({ description: 'Every value of the series, years ascending.' }),
  })
  .openapi('ClaimSeriesPoints', {
    description:
      'A series the claim was weighed against, with all its points (not only those the findings used).',
  });

const ClaimCheck = z
  .object({
    claim: ParsedClaim,
    verdict: z.enum(['supported', 'partly-supported', 'not-supported', 'not-checkable']),
    summary: z.string(),
    reason: z
      .enum([
        'indicator-not-in-data',
        'no-country',
        'no-data-for-country',
        'no-quantity',
        'ambiguous',
        'no-years',
      ])
      .optional(),
    findings: z.array(Finding).readonly(),
    closest: Finding.optional(),
    qualifiers: z.array(z.string()).readonly(),
    series: z.array(SeriesPoints).readonly().openapi({
      description: 'Each series named by the findings (context and `closest` included) once, in their order.',
    }),
  })
  .openapi('ClaimCheck');

const ClaimsCheck = z
  .object({ text: z.string(), country: z.string().optional(), claims: z.array(ClaimCheck) })
  .openapi('ClaimsCheck');

const check = createRoute({
  method: 'post',
  path: '/api/claims/check',
  tags: ['Claims'],
  summary: 'Check the claims in a statement',
  description:
    `POST JSON \`{ "text": "…", "country": "KAZ" }\` (text up to ${MAX_CLAIM_TEXT.toLocaleString('en')} characters). ` +
    'Finds the quantitative claims (changes in % or points, levels, ranks, quotas, directions) and checks each ' +
    'against every source and edition holding the indicator for the country: `supported`, `partly-supported` ' +
    '(the qualifiers name the source, edition or window), `not-supported` (with the closest the data come) or ' +
    '`not-checkable` (with the reason). Each verdict carries its evidence: years, values, editions, the computation, ' +
    'and every point of each series weighed (`series`), enough to chart it. ' +
    'Never cached.',
  request: {
    body: { required: true, content: { 'application/json': { schema: CheckRequest } } },
  },
  responses: {
    200: json(ClaimsCheck, 'Each claim found, with its verdict and evidence.'),
    400: errors[400],
  },
});

/** `POST /api/claims/check`. */
export function claimsRoutes(deps: ApiDeps) {
  const app = apiRouter();
  // A body that is not JSON (400) or not sent as JSON (415) is the client's error, in the API's error shape.
  app.onError((err) => {
    if (err instanceof HTTPException && (err.status === 400 || err.status === 415))
      throw new HttpError(
        err.status,
        `invalid request body: ${err.message}; expected Content-Type application/json and { "text": "…", "country"?: "ISO3" }`,
        { issues: [{ param: 'body', message: err.message }] },
      );
    throw err;
  });
  app.openapi(check, async (c) => {
    const body = c.req.valid('json');
    const result = unwrap(
      await checkClaims(deps.db, { text: body.text, ...(body.country ? { country: body.country } : {}) }),
    );
    c.header('Cache-Control', 'no-store');
    return c.json(result, 200);
  });
  return app;
}
