import { createRoute, z } from '@hono/zod-openapi';
import {
  QUOTA_APPLIES_TO,
  QUOTA_BODIES,
  QUOTA_GROUPS,
  QUOTA_KINDS,
  QUOTA_SOURCE_KINDS,
} from '../../ingest/read-quotas.ts';
import { quotaCompliance } from '../../services/quota-compliance.ts';
import { listQuotas } from '../../services/quotas.ts';
import { pageOf } from '../../services/service-result.ts';
import { listTargets } from '../../services/targets.ts';
import { apiRouter, unwrap, type ApiDeps } from './api-router.ts';
import * as p from './params.ts';
import { errors, json, paged } from './responses.ts';

const TAG = 'Targets and quotas';

const Target = z
  .object({
    id: z.string().openapi({ example: 'sdg-3.1-maternal-mortality' }),
    concept: z.string().openapi({ example: 'maternal-mortality-ratio' }),
    indicator: z.string().optional().openapi({
      description:
        'Parity targets only: the indicator it belongs to. Others hold for every series of the concept.',
    }),
    scope: z
      .string()
      .openapi({ description: 'global, an ISO3 code (national target) or region:<region set code>.' }),
    kind: z.enum(['sdg-target', 'national-target', 'parity']),
    value: z.number().openapi({ description: 'In the unit of the concept’s series.', example: 70 }),
    year: z.number().int().optional().openapi({ description: 'The year the target is for.', example: 2030 }),
    label: z.string().openapi({ example: 'SDG target 70 by 2030' }),
    source: z.string(),
    sourceUrl: z.string().optional(),
    note: z
      .string()
      .optional()
      .openapi({ description: 'The target’s wording, quoted, and how it was read.' }),
  })
  .openapi('Target');

const Quota = z
  .object({
    id: z.string().openapi({ example: 'kaz-mazhilis-party-lists' }),
    country: z.string().openapi({ example: 'KAZ' }),
    body: z.enum(QUOTA_BODIES),
    kind: z.enum(QUOTA_KINDS),
    appliesTo: z.enum(QUOTA_APPLIES_TO),
    threshold: z.number().openapi({ description: 'Per cent, 0–100.', example: 30 }),
    groups: z
      .array(z.enum(QUOTA_GROUPS))
      .readonly()
      .openapi({ description: 'Who the threshold is for, together (women and youth counted jointly).' }),
    adopted: z
      .string()
      .optional()
      .openapi({ description: 'YYYY or YYYY-MM-DD; absent when not established.' }),
    source: z.string(),
    sourceKind: z.enum(QUOTA_SOURCE_KINDS).openapi({
      description: 'statement: the only source is what was said, so a check against it is not independent.',
    }),
    sourceUrl: z.string().optional(),
    note: z.string().optional(),
  })
  .openapi('Quota');

const Status = z.enum(['meets', 'below', 'not-comparable']);

const seatDefinition = z.enum([
  'single-or-lower-chamber',
  'both-chambers',
  'upper-chamber',
  'local-councils',
]);
const body = z.enum(QUOTA_BODIES);
const shareParams = {
  value: z.number().openapi({ description: 'Per cent of seats held by women.' }),
  gap: z.number().openapi({ description: 'value − threshold, in percentage points.' }),
  threshold: z.number(),
};

/** One reason per code, with what a reader needs to word it in its own language. */
const QuotaReason = z
  .discriminatedUnion('code', [
    z
      .object({
        code: z.literal('joint-groups'),
        params: z.object({ groups: z.array(z.enum(QUOTA_GROUPS)).readonly() }),
      })
      .openapi({ description: 'The quota counts several groups together: not women alone.' }),
    z
      .object({ code: z.literal('candidate-lists'), params: z.object({}) })
      .openapi({ description: 'The quota is on candidate lists; a seat share counts who was elected.' }),
    z
      .object({
        code: z.literal('chamber-differs'),
        params: z.object({ definition: seatDefinition, body }),
      })
      .openapi({ description: 'The series counts other seats (`definition`) than the quota’s `body`.' }),
    z
      .object({ code: z.literal('seat-share'), params: z.object(shareParams) })
      .openapi({ description: 'A comparable seat share against the threshold.' }),
    z
      .object({
        code: z.literal('latest-comparable'),
        params: z.object({
          ...shareParams,
          indicator: z.string(),
          dataset: z.string(),
          edition: z.string(),
          year: z.number().int(),
        }),
      })
      .openapi({ description: 'The quota’s status: its latest comparable seat share and where it is from.' }),
    z
      .object({ code: z.literal('no-matching-series'), params: z.object({ body }) })
      .openapi({ description: 'Seat shares exist, but no series counts the quota’s body.' }),
    z
      .object({ code: z.literal('no-data'), params: z.object({ country: z.string() }) })
      .openapi({ description: 'No women’s seat share for the country.' }),
  ])
  .openapi('QuotaReason', {
    description:
      'Why a status: a code (joint-groups, candidate-lists, chamber-differs, seat-share, latest-comparable, no-matching-series, no-data) and its parameters; `reason` says the same in English.',
  });

const reasons = z.array(QuotaReason).openapi({ description: 'The reasons as codes; `reason` words them.' });

const SeatShare = z
  .object({
    indicator: z.string().openapi({ example: 'hdr.pr' }),
    dataset: z.string().openapi({ example: 'undp-hdr-composite' }),
    edition: z.string().openapi({ example: 'HDR25' }),
    year: z.number().int(),
    period: z.string(),
    value: z.number().openapi({ description: 'Per cent of seats held by women.', example: 19.6 }),
    dims: z.record(z.string(), z.string()),
    definition: seatDefinition,
    definitionText: z.string().openapi({ example: 'both chambers combined' }),
    definitionNote: z
      .string()
      .openapi({ description: 'How this series’ definition differs from the others.' }),
    gap: z.number().openapi({ description: 'Seat share minus the threshold, in percentage points.' }),
    status: Status,
    reason: z.string().openapi({ description: '`reasons` in English, the quota’s own included.' }),
    reasons,
  })
  .openapi('SeatShareEvidence');

const Compliance = z
  .object({
    quota: Quota,
    concept: z.enum(['women-parliament-seats', 'women-local-government-seats']),
    status: Status,
    reason: z.string().openapi({ description: '`reasons` in English.' }),
    reasons,
    summary: z
      .string()
      .openapi({ description: 'The status and every source’s latest seat share with its gap.' }),
    evidence: z
      .array(SeatShare)
      .openapi({ description: 'The latest value of every source and edition, latest first.' }),
  })
  .openapi('QuotaCompliance');

const country = p.iso3.optional();

const targets = createRoute({
  method: 'get',
  path: '/api/targets',
  'x-example': '/api/targets?indicator=hdr.pr&area=KAZ',
  tags: [TAG],
  summary: 'Targets',
  description:
    'Numeric targets: SDG targets where the wording gives a number (data/parity/targets.csv, each quoted in `note`), national targets, and the parity each parity indicator implies (kind `parity`). With `area`, only those that apply to the country, most specific first (national, regional, SDG, parity).',
  request: {
    query: p.query({
      concept: p.code('a concept key', 'women-parliament-seats', 'Only targets of this concept.').optional(),
      indicator: p
        .code(
          'an indicator code',
          'hdr.pr',
          'The targets of this indicator’s concept and its own parity target.',
        )
        .optional(),
      area: p.iso3
        .optional()
        .openapi({ param: { description: 'ISO3: only targets that apply to this country.' } }),
      ...p.page,
    }),
  },
  responses: {
    200: json(paged(Target, 'TargetPage'), 'A page of targets.'),
    400: errors[400],
    404: errors[404],
  },
});

const quotas = createRoute({
  method: 'get',
  path: '/api/quotas',
  'x-example': '/api/quotas?country=KAZ',
  tags: [TAG],
  summary: 'Quotas',
  description:
    'Quotas for women (and other groups, jointly) in elected bodies: body, kind, threshold, groups, date adopted, and the source with its kind (legal act, dataset, or only a statement).',
  request: { query: p.query({ country, ...p.page }) },
  responses: {
    200: json(paged(Quota, 'QuotaPage'), 'A page of quotas.'),
    400: errors[400],
    404: errors[404],
  },
});

const compliance = createRoute({
  method: 'get',
  path: '/api/quotas/compliance',
  'x-example': '/api/quotas/compliance?country=KAZ',
  tags: [TAG],
  summary: 'Quota compliance',
  description:
    'Each quota against the latest women’s seat share of every source and edition, saying which seats each counts (single or lower chamber, both chambers, local councils). A seat share shows compliance only with a quota for women on seats of the same body; otherwise the status is `not-comparable`, with the reason and the gap.',
  request: { query: p.query({ country, ...p.page }) },
  responses: {
    200: json(paged(Compliance, 'QuotaCompliancePage'), 'A page of quotas with their evidence.'),
    400: errors[400],
    404: errors[404],
  },
});

/**
 * `GET /api/targets`, `GET /api/quotas`, `GET /api/quotas/compliance`. Cached like every GET: the
 * data version includes the hashes of the loaded target and quota files.
 */
export function targetsQuotasRoutes(deps: ApiDeps) {
  const app = apiRouter();
  app.openapi(targets, async (c) => {
    const { limit, offset, ...f } = c.req.valid('query');
    return c.json(pageOf(unwrap(await listTargets(deps.db, f)), { limit, offset }), 200);
  });
  app.openapi(quotas, async (c) => {
    const { limit, offset, ...f } = c.req.valid('query');
    return c.json(pageOf(unwrap(await listQuotas(deps.db, f)), { limit, offset }), 200);
  });
  app.openapi(compliance, async (c) => {
    const { limit, offset, ...f } = c.req.valid('query');
    return c.json(pageOf(unwrap(await quotaCompliance(deps.db, f)), { limit, offset }), 200);
  });
  return app;
}
