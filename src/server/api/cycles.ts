import { createRoute, z } from '@hono/zod-openapi';
import type { Lang } from '../../catalog/index.ts';
import { templateById, type ReportTemplate } from '../../catalog/report-templates/index.ts';
import { createCycle, getCycle, listCycles, NewCycleSchema } from '../../services/cycles.ts';
import { createReport, getReportOf, listCycleReports } from '../../services/reports.ts';
import { notFound, pageOf } from '../../services/service-result.ts';
import { actorOf } from '../auth.ts';
import type { ApiDeps } from './api-router.ts';
import * as p from './params.ts';
import { answer, noStore } from './report-answers.ts';
import {
  CycleSchema,
  reportErrors,
  reportRouter,
  ReportSchema,
  ReportSummarySchema,
  WRITE_NOTE,
} from './report-schemas.ts';
import { json, paged } from './responses.ts';

const Code = z.object({
  code: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, { error: 'expected a cycle code such as beijing30-unece' })
    .openapi({ param: { description: 'Cycle code.' }, example: 'beijing30-unece' }),
});

const CodeIso3 = Code.extend({
  iso3: z
    .string()
    .regex(/^[A-Za-z]{3}$/, { error: 'expected an ISO3 country code such as KAZ' })
    .openapi({ param: { description: 'Country (ISO3).' }, example: 'KAZ' }),
});

// A copy made here: a schema built before @hono/zod-openapi loaded has no `.openapi`.
const NewCycleBody = z.strictObject(NewCycleSchema.shape).openapi('NewReviewCycle', {
  example: {
    code: 'beijing30-unece',
    title: 'Beijing+30 regional review, UNECE',
    regionSet: 'unece',
    templateId: 'beijing30-v1',
    opensOn: '2024-01-15',
    submissionDeadline: '2024-06-30',
    meetingFrom: '2024-10-21',
    meetingTo: '2024-10-22',
  },
});

const TemplateSchema = z
  .object({
    id: z.string(),
    version: z.number().int(),
    title: z.string(),
    status: z.enum(['confirmed', 'unconfirmed']),
    note: z.string(),
    parts: z.array(z.object({ number: z.number().int(), title: z.string() })),
    sections: z.array(
      z.object({
        id: z.string(),
        part: z.number().int(),
        title: z.string(),
        guidance: z.string(),
        bpfa: z.array(z.string()),
        clusters: z.array(z.number().int()),
      }),
    ),
  })
  .openapi('ReportTemplate');

const tags = ['Review cycles'];

const list = createRoute({
  method: 'get',
  path: '/api/cycles',
  tags,
  summary: 'Review cycles',
  description: 'Every review cycle, latest submission deadline first. Public.',
  request: { query: p.query({ lang: p.lang, ...p.page }) },
  responses: { 200: json(paged(CycleSchema, 'ReviewCycles'), 'The cycles.'), 400: reportErrors[400] },
});

const create = createRoute({
  method: 'post',
  path: '/api/cycles',
  tags,
  summary: 'Create a review cycle',
  description: `Administrators only. ${WRITE_NOTE} The region set must exist; dates are YYYY-MM-DD; the template defaults to beijing30-v1.`,
  request: { body: { required: true, content: { 'application/json': { schema: NewCycleBody } } } },
  responses: {
    201: json(CycleSchema, 'The cycle created.'),
    400: reportErrors[400],
    401: reportErrors[401],
    403: reportErrors[403],
    404: reportErrors[404],
  },
});

const one = createRoute({
  method: 'get',
  path: '/api/cycles/{code}',
  tags,
  summary: 'A review cycle',
  request: { params: Code, query: p.query({ lang: p.lang }) },
  responses: { 200: json(CycleSchema, 'The cycle.'), 400: reportErrors[400], 404: reportErrors[404] },
});

const reports = createRoute({
  method: 'get',
  path: '/api/cycles/{code}/reports',
  tags,
  summary: 'The reports of a cycle you may read',
  description:
    'The public sees published reports; a country’s focal points and contributors also their own; reviewers every report of their region set; administrators all.',
  request: { params: Code, query: p.query({ lang: p.lang, ...p.page }) },
  responses: {
    200: json(paged(ReportSummarySchema, 'ReportSummaries'), 'The reports.'),
    400: reportErrors[400],
    404: reportErrors[404],
  },
});

const getOne = createRoute({
  method: 'get',
  path: '/api/cycles/{code}/reports/{iso3}',
  tags,
  summary: 'A country’s report in a cycle',
  description:
    'The report at its current version, as `GET /api/reports/{id}` gives it (the public: published reports only).',
  request: { params: CodeIso3, query: p.query({ lang: p.lang }) },
  responses: {
    200: json(ReportSchema, 'The report.'),
    400: reportErrors[400],
    401: reportErrors[401],
    403: reportErrors[403],
    404: reportErrors[404],
  },
});

const createOne = createRoute({
  method: 'post',
  path: '/api/cycles/{code}/reports/{iso3}',
  tags,
  summary: 'Create a country’s report in a cycle',
  description: `The country’s focal point or contributor. ${WRITE_NOTE} One report per cycle and country (409 if it exists); it starts as an empty draft at version 1.`,
  request: { params: CodeIso3 },
  responses: {
    201: json(ReportSummarySchema, 'The report created.'),
    400: reportErrors[400],
    401: reportErrors[401],
    403: reportErrors[403],
    404: reportErrors[404],
    409: reportErrors[409],
  },
});

const template = createRoute({
  method: 'get',
  path: '/api/templates/{id}',
  tags,
  summary: 'A report template',
  description:
    'The sections of a national report with guidance, BPfA areas and review clusters. `status: unconfirmed` while the structure is not checked against the guidance note.',
  request: {
    params: z.object({
      id: z.string().openapi({ param: { description: 'Template id.' }, example: 'beijing30-v1' }),
    }),
    query: p.query({ lang: p.lang }),
  },
  responses: { 200: json(TemplateSchema, 'The template.'), 400: reportErrors[400], 404: reportErrors[404] },
});

/** Review cycles, their reports and report templates. */
export function cyclesRoutes(deps: ApiDeps) {
  const app = reportRouter();
  app.openapi(list, async (c) => {
    const { lang, limit, offset } = c.req.valid('query');
    noStore(c);
    return c.json(pageOf(await listCycles(deps.db, lang), { limit, offset }), 200);
  });
  app.openapi(create, async (c) => {
    const cycle = answer(c, await createCycle(deps.db, actorOf(c), c.req.valid('json')));
    return c.json(cycle, 201);
  });
  app.openapi(one, async (c) => {
    return c.json(
      answer(c, await getCycle(deps.db, c.req.valid('param').code, c.req.valid('query').lang)),
      200,
    );
  });
  app.openapi(reports, async (c) => {
    const { lang, limit, offset } = c.req.valid('query');
    const all = answer(c, await listCycleReports(deps.db, actorOf(c), c.req.valid('param').code, lang));
    return c.json(pageOf(all, { limit, offset }), 200);
  });
  app.openapi(getOne, async (c) => {
    const { code, iso3 } = c.req.valid('param');
    const r = answer(
      c,
      await getReportOf(deps.db, actorOf(c), { cycle: code, country: iso3 }, c.req.valid('query').lang),
    );
    return c.json(r, 200);
  });
  app.openapi(createOne, async (c) => {
    const { code, iso3 } = c.req.valid('param');
    return c.json(answer(c, await createReport(deps.db, actorOf(c), { cycle: code, country: iso3 })), 201);
  });
  app.openapi(template, (c) => {
    const t = templateById(c.req.valid('param').id);
    if (!t) answer(c, notFound(`no report template ${c.req.valid('param').id}`, 'id'));
    return c.json(templateView(t!, c.req.valid('query').lang), 200);
  });
  return app;
}

function templateView(t: ReportTemplate, lang: Lang) {
  return {
    id: t.id,
    version: t.version,
    title: t.title[lang],
    status: t.status,
    note: t.note,
    parts: t.parts.map((x) => ({ number: x.number, title: x.title[lang] })),
    sections: t.sections.map((s) => ({
      id: s.id,
      part: s.part,
      title: s.title[lang],
      guidance: s.guidance[lang] ?? s.guidance.en,
      bpfa: [...s.bpfa],
      clusters: [...s.clusters],
    })),
  };
}
