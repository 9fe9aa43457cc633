import { createRoute, z } from '@hono/zod-openapi';
import {
  addStatement,
  editStatement,
  getStatement,
  listStatements,
} from '../../services/meeting-statements.ts';
import {
  addSession,
  createMeeting,
  getMeeting,
  listMeetings,
  patchMeeting,
} from '../../services/meetings.ts';
import { pageOf } from '../../services/service-result.ts';
import { actorOf } from '../auth.ts';
import type { ApiDeps } from './api-router.ts';
import * as p from './params.ts';
import { answer } from './report-answers.ts';
import { reportRouter, WRITE_NOTE } from './report-schemas.ts';
import { json, paged } from './responses.ts';
import {
  CodeParam,
  IdParam,
  MeetingPatchBody,
  MeetingSchema,
  NewMeetingBody,
  NewSessionBody,
  NewStatementBody,
  reviewErrors as e,
  SessionSchema,
  StatementBody,
  StatementConflictSchema,
  StatementSchema,
} from './review-schemas.ts';

const tags = ['Meeting record'];
const READERS = 'The cycle’s reviewers and administrators; anyone once the meeting is published.';
const MANAGERS = `The cycle’s regional reviewers and administrators. ${WRITE_NOTE}`;
const MeetingId = IdParam('meeting');

const list = createRoute({
  method: 'get',
  path: '/api/cycles/{code}/meetings',
  'x-example': '/api/cycles/beijing30-unece/meetings',
  tags,
  summary: 'Meetings of a cycle',
  description: `With their segments and thematic sessions. The public sees published meetings. ${READERS}`,
  request: { params: CodeParam, query: p.query({ lang: p.lang, ...p.page }) },
  responses: {
    200: json(paged(MeetingSchema, 'MeetingPage'), 'A page of meetings.'),
    400: e[400],
    404: e[404],
  },
});

const create = createRoute({
  method: 'post',
  path: '/api/cycles/{code}/meetings',
  tags,
  summary: 'Record a meeting',
  description: `Place, dates, co-chairs (a person, a country or an organisation), sessions; unpublished unless \`published\`. ${MANAGERS}`,
  request: {
    params: CodeParam,
    query: p.query({ lang: p.lang }),
    body: { required: true, content: { 'application/json': { schema: NewMeetingBody } } },
  },
  responses: { 201: json(MeetingSchema, 'The meeting.'), 400: e[400], 401: e[401], 403: e[403], 404: e[404] },
});

const one = createRoute({
  method: 'get',
  path: '/api/meetings/{id}',
  'x-example': '/api/meetings/1',
  tags,
  summary: 'A meeting',
  description: READERS,
  request: { params: MeetingId, query: p.query({ lang: p.lang }) },
  responses: { 200: json(MeetingSchema, 'The meeting.'), 400: e[400], 401: e[401], 403: e[403], 404: e[404] },
});

const patch = createRoute({
  method: 'patch',
  path: '/api/meetings/{id}',
  tags,
  summary: 'Change or publish a meeting',
  description: `Any of its fields; \`published\` shows it (with its statements) to the public. ${MANAGERS}`,
  request: {
    params: MeetingId,
    query: p.query({ lang: p.lang }),
    body: { required: true, content: { 'application/json': { schema: MeetingPatchBody } } },
  },
  responses: { 200: json(MeetingSchema, 'The meeting.'), 400: e[400], 401: e[401], 403: e[403], 404: e[404] },
});

const sessions = createRoute({
  method: 'get',
  path: '/api/meetings/{id}/sessions',
  'x-example': '/api/meetings/1/sessions',
  tags,
  summary: 'Sessions of a meeting',
  description: `Segments and thematic sessions, in order. ${READERS}`,
  request: { params: MeetingId },
  responses: {
    200: json(z.array(SessionSchema), 'The sessions.'),
    400: e[400],
    401: e[401],
    403: e[403],
    404: e[404],
  },
});

const session = createRoute({
  method: 'post',
  path: '/api/meetings/{id}/sessions',
  tags,
  summary: 'Add a segment or thematic session',
  description: MANAGERS,
  request: {
    params: MeetingId,
    body: { required: true, content: { 'application/json': { schema: NewSessionBody } } },
  },
  responses: { 201: json(SessionSchema, 'The session.'), 400: e[400], 401: e[401], 403: e[403], 404: e[404] },
});

const statements = createRoute({
  method: 'get',
  path: '/api/meetings/{id}/statements',
  'x-example': '/api/meetings/1/statements',
  tags,
  summary: 'Statements of a meeting',
  description: `Each with its claims as checked when it was saved, and a tally of the verdicts. ${READERS}`,
  request: { params: MeetingId, query: p.query({ lang: p.lang, ...p.page }) },
  responses: {
    200: json(paged(StatementSchema, 'StatementPage'), 'A page of statements.'),
    400: e[400],
    401: e[401],
    403: e[403],
    404: e[404],
  },
});

const addOne = createRoute({
  method: 'post',
  path: '/api/meetings/{id}/statements',
  tags,
  summary: 'Record a statement',
  description:
    'Speaker, title, country or organisation, session, text (its source). Its claims are checked at once with the claim ' +
    `checker (the country: the statement’s) and stored with the time of the check. ${MANAGERS}`,
  request: {
    params: MeetingId,
    query: p.query({ lang: p.lang }),
    body: { required: true, content: { 'application/json': { schema: NewStatementBody } } },
  },
  responses: {
    201: json(StatementSchema, 'The statement.'),
    400: e[400],
    401: e[401],
    403: e[403],
    404: e[404],
  },
});

const statement = createRoute({
  method: 'get',
  path: '/api/statements/{id}',
  'x-example': '/api/statements/1',
  tags,
  summary: 'A statement',
  description: `With its claims as checked when it was saved. ${READERS}`,
  request: { params: IdParam('statement'), query: p.query({ lang: p.lang }) },
  responses: {
    200: json(StatementSchema, 'The statement.'),
    400: e[400],
    401: e[401],
    403: e[403],
    404: e[404],
  },
});

const edit = createRoute({
  method: 'put',
  path: '/api/statements/{id}',
  tags,
  summary: 'Change a statement',
  description: `Every field, with the version edited; its claims are checked again. ${MANAGERS}`,
  request: {
    params: IdParam('statement'),
    query: p.query({ lang: p.lang }),
    body: { required: true, content: { 'application/json': { schema: StatementBody } } },
  },
  responses: {
    200: json(StatementSchema, 'The statement.'),
    400: e[400],
    401: e[401],
    403: e[403],
    404: e[404],
    409: json(
      StatementConflictSchema,
      'Stale: the statement changed since `baseVersion`; the stored one is in the answer.',
    ),
  },
});

/** The meeting record: meetings, sessions, statements with their claims checked. */
export function meetingsRoutes(deps: ApiDeps) {
  const app = reportRouter();
  app.openapi(list, async (c) => {
    const { lang, ...page } = c.req.valid('query');
    const meetings = answer(c, await listMeetings(deps.db, actorOf(c), c.req.valid('param').code, lang));
    return c.json(pageOf(meetings, page), 200);
  });
  app.openapi(create, async (c) => {
    const m = await createMeeting(deps.db, actorOf(c), c.req.valid('param').code, c.req.valid('json'), {
      lang: c.req.valid('query').lang,
    });
    return c.json(answer(c, m), 201);
  });
  app.openapi(one, async (c) => {
    const m = answer(
      c,
      await getMeeting(deps.db, actorOf(c), c.req.valid('param').id, c.req.valid('query').lang),
    );
    return c.json(m, 200);
  });
  app.openapi(patch, async (c) => {
    const m = await patchMeeting(deps.db, actorOf(c), c.req.valid('param').id, c.req.valid('json'), {
      lang: c.req.valid('query').lang,
    });
    return c.json(answer(c, m), 200);
  });
  app.openapi(sessions, async (c) => {
    const m = answer(c, await getMeeting(deps.db, actorOf(c), c.req.valid('param').id));
    return c.json(m.sessions, 200);
  });
  app.openapi(session, async (c) => {
    return c.json(
      answer(c, await addSession(deps.db, actorOf(c), c.req.valid('param').id, c.req.valid('json'))),
      201,
    );
  });
  app.openapi(statements, async (c) => {
    const { lang, ...page } = c.req.valid('query');
    const s = answer(c, await listStatements(deps.db, actorOf(c), c.req.valid('param').id, lang));
    return c.json(pageOf(s, page), 200);
  });
  app.openapi(addOne, async (c) => {
    const s = await addStatement(deps.db, actorOf(c), c.req.valid('param').id, c.req.valid('json'), {
      lang: c.req.valid('query').lang,
    });
    return c.json(answer(c, s), 201);
  });
  app.openapi(statement, async (c) => {
    const st = answer(
      c,
      await getStatement(deps.db, actorOf(c), c.req.valid('param').id, c.req.valid('query').lang),
    );
    return c.json(st, 200);
  });
  app.openapi(edit, async (c) => {
    const result = await editStatement(deps.db, actorOf(c), c.req.valid('param').id, c.req.valid('json'), {
      lang: c.req.valid('query').lang,
    });
    if (!result.ok && 'current' in result)
      return c.json(
        { error: { status: 409 as const, message: result.message, current: result.current } },
        409,
      );
    return c.json(answer(c, result), 200);
  });
  return app;
}
