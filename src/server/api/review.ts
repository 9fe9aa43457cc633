import { createRoute, z } from '@hono/zod-openapi';
import { createTag, getTag, removeTag, searchTags } from '../../services/report-tags.ts';
import { pageOf } from '../../services/service-result.ts';
import { getTracker } from '../../services/tracker.ts';
import { actorOf } from '../auth.ts';
import type { ApiDeps } from './api-router.ts';
import { meetingsRoutes } from './meetings.ts';
import * as p from './params.ts';
import { answer } from './report-answers.ts';
import { reportRouter, WRITE_NOTE } from './report-schemas.ts';
import { json, paged } from './responses.ts';
import {
  CodeParam,
  IdParam,
  NewTagBody,
  reviewErrors as e,
  TagSchema,
  TrackerSchema,
} from './review-schemas.ts';
import { synthesisRoutes } from './synthesis.ts';

const REVIEWERS = 'The cycle’s regional reviewers and administrators.';
const TAGGERS =
  'Shown to those who may tag the reports (the reviewers of the cycle’s region set or of a subregion, for its members; administrators).';

const tracker = createRoute({
  method: 'get',
  path: '/api/cycles/{code}/tracker',
  'x-example': '/api/cycles/beijing30-unece/tracker',
  tags: ['Regional review'],
  summary: 'Submission tracker',
  description:
    'For every member of the cycle’s region set: its report’s state (or `not-started`), first and latest submission, ' +
    'whether late, the template sections still empty, the last change; and the data availability matrix (member × progress ' +
    `indicator: latest year with data). ${REVIEWERS}`,
  request: { params: CodeParam, query: p.query({ lang: p.lang }) },
  responses: { 200: json(TrackerSchema, 'The tracker.'), 400: e[400], 401: e[401], 403: e[403], 404: e[404] },
});

const tagQuery = {
  area: z
    .string()
    .regex(/^[A-La-l]$/, { error: 'expected a BPfA critical area letter A–L' })
    .optional()
    .openapi({ param: { description: 'BPfA critical area (A–L).' }, example: 'G' }),
  cluster: z
    .string()
    .regex(/^[1-6]$/, { error: 'expected a review cluster 1–6' })
    .transform(Number)
    .optional()
    .openapi({ param: { description: 'Review cluster 1–6.' }, example: '4' }),
  target: z
    .string()
    .regex(/^\d{1,2}\.(\d{1,2}|[a-z])$/, { error: 'expected an SDG target such as 5.5' })
    .optional()
    .openapi({ param: { description: 'SDG target.' }, example: '5.5' }),
  criterion: z
    .enum(['good-practice', 'partnerships', 'political-will', 'use-of-data'], {
      error: 'expected good-practice, partnerships, political-will or use-of-data',
    })
    .optional()
    .openapi({ param: { description: 'Criterion.' }, example: 'political-will' }),
  text: z
    .string()
    .min(1)
    .max(200, { error: 'expected at most 200 characters' })
    .optional()
    .openapi({ param: { description: 'Words in the quote or the note (any case).' }, example: 'quota' }),
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/, { error: 'expected an ISO3 country code such as KAZ' })
    .optional()
    .openapi({ param: { description: 'The report’s country.' }, example: 'KAZ' }),
};

const listTags = createRoute({
  method: 'get',
  path: '/api/cycles/{code}/tags',
  'x-example': '/api/cycles/beijing30-unece/tags',
  tags: ['Regional review'],
  summary: 'Tagged passages of a cycle’s reports',
  description: `Every tag, by country, report, section and position. ${TAGGERS}`,
  request: { params: CodeParam, query: p.query({ lang: p.lang, ...p.page }) },
  responses: {
    200: json(paged(TagSchema, 'ReportTagPage'), 'A page of tags.'),
    400: e[400],
    401: e[401],
    403: e[403],
    404: e[404],
  },
});

const search = createRoute({
  method: 'get',
  path: '/api/cycles/{code}/tags/search',
  'x-example': '/api/cycles/beijing30-unece/tags/search?area=G&criterion=political-will',
  tags: ['Regional review'],
  summary: 'Search tags across the reports of a cycle',
  description: `Tags matching every parameter given: BPfA area, cluster, SDG target, criterion, country, words. ${TAGGERS}`,
  request: { params: CodeParam, query: p.query({ ...tagQuery, lang: p.lang, ...p.page }) },
  responses: {
    200: json(paged(TagSchema, 'ReportTagPage'), 'A page of tags.'),
    400: e[400],
    401: e[401],
    403: e[403],
    404: e[404],
  },
});

const create = createRoute({
  method: 'post',
  path: '/api/cycles/{code}/tags',
  tags: ['Regional review'],
  summary: 'Tag a passage of a report',
  description:
    'Codes a passage of one version of a section by BPfA area, cluster, SDG target and criterion (at least one). ' +
    `Those who may tag the report: its reviewers, administrators. ${WRITE_NOTE}`,
  request: {
    params: CodeParam,
    query: p.query({ lang: p.lang }),
    body: { required: true, content: { 'application/json': { schema: NewTagBody } } },
  },
  responses: { 201: json(TagSchema, 'The tag.'), 400: e[400], 401: e[401], 403: e[403], 404: e[404] },
});

const one = createRoute({
  method: 'get',
  path: '/api/tags/{id}',
  'x-example': '/api/tags/1',
  tags: ['Regional review'],
  summary: 'A tag',
  description: TAGGERS,
  request: { params: IdParam('tag'), query: p.query({ lang: p.lang }) },
  responses: { 200: json(TagSchema, 'The tag.'), 400: e[400], 401: e[401], 403: e[403], 404: e[404] },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/tags/{id}',
  tags: ['Regional review'],
  summary: 'Remove a tag',
  description: `Those who may tag the report. ${WRITE_NOTE}`,
  request: { params: IdParam('tag') },
  responses: {
    200: json(z.object({ id: z.number().int() }), 'The tag removed.'),
    400: e[400],
    401: e[401],
    403: e[403],
    404: e[404],
  },
});

/**
 * The regional review: the tracker and the tags here, the synthesis (synthesis.ts) and the meeting
 * record (meetings.ts) mounted with them. Every answer depends on who asks: none is cached.
 */
export function reviewRoutes(deps: ApiDeps) {
  const app = reportRouter();
  app.openapi(tracker, async (c) => {
    const t = answer(
      c,
      await getTracker(deps.db, actorOf(c), c.req.valid('param').code, c.req.valid('query').lang),
    );
    return c.json(t, 200);
  });
  app.openapi(listTags, async (c) => {
    const { lang, ...page } = c.req.valid('query');
    const tags = answer(c, await searchTags(deps.db, actorOf(c), c.req.valid('param').code, {}, lang));
    return c.json(pageOf(tags, page), 200);
  });
  app.openapi(search, async (c) => {
    const { lang, limit, offset, area, target, ...filter } = c.req.valid('query');
    const tags = answer(
      c,
      await searchTags(
        deps.db,
        actorOf(c),
        c.req.valid('param').code,
        { ...filter, ...(area ? { bpfa: area } : {}), ...(target ? { sdgTarget: target } : {}) },
        lang,
      ),
    );
    return c.json(pageOf(tags, { limit, offset }), 200);
  });
  app.openapi(create, async (c) => {
    const tag = answer(
      c,
      await createTag(deps.db, actorOf(c), c.req.valid('param').code, c.req.valid('json'), {
        lang: c.req.valid('query').lang,
      }),
    );
    return c.json(tag, 201);
  });
  app.openapi(one, async (c) => {
    const tag = answer(
      c,
      await getTag(deps.db, actorOf(c), c.req.valid('param').id, c.req.valid('query').lang),
    );
    return c.json(tag, 200);
  });
  app.openapi(remove, async (c) => {
    return c.json(answer(c, await removeTag(deps.db, actorOf(c), c.req.valid('param').id)), 200);
  });
  app.route('/', synthesisRoutes(deps));
  app.route('/', meetingsRoutes(deps));
  return app;
}
