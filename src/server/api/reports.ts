import { createRoute, z } from '@hono/zod-openapi';
import {
  addComment,
  GENERAL_SECTION,
  listComments,
  MAX_COMMENT_CHARS,
} from '../../services/report-comments.ts';
import { previewSection } from '../../services/report-preview.ts';
import { diffVersions, getVersion, listVersions } from '../../services/report-versions.ts';
import { applyEvent, MAX_NOTE_CHARS } from '../../services/report-workflow.ts';
import { getReport, saveDraft } from '../../services/reports.ts';
import { actorOf } from '../auth.ts';
import type { ApiDeps } from './api-router.ts';
import * as p from './params.ts';
import { answer } from './report-answers.ts';
import {
  CommentSchema,
  DiffSchema,
  DraftSchema,
  HistorySchema,
  PreviewRequestSchema,
  reportErrors,
  ReportEventSchema,
  ReportIdParam,
  reportRouter,
  ReportSchema,
  ReportStateSchema,
  SaveConflictSchema,
  SavedSchema,
  SectionPreviewSchema,
  versionNumber,
  WRITE_NOTE,
} from './report-schemas.ts';
import { json } from './responses.ts';

const tags = ['National reports'];
const PARTICIPANTS = 'Its country’s focal points and contributors, its reviewers and administrators only.';
const e = reportErrors;

const get = createRoute({
  method: 'get',
  path: '/api/reports/{id}',
  tags,
  summary: 'A national report (current version)',
  description:
    'Each section as sanitised HTML with its evidence filled in (live for a draft, pinned for a submitted version), ' +
    'its Markdown source for the country’s writers, measures, attachment metadata, and what you may do now ' +
    '(`canEdit`, `events`). The public may read published reports only.',
  request: { params: ReportIdParam, query: p.query({ lang: p.lang }) },
  responses: { 200: json(ReportSchema, 'The report.'), 400: e[400], 401: e[401], 403: e[403], 404: e[404] },
});

const save = createRoute({
  method: 'put',
  path: '/api/reports/{id}',
  tags,
  summary: 'Save a draft',
  description:
    `The country’s focal point or contributor, while the report is draft or changes-requested. ${WRITE_NOTE} ` +
    'Every save adds a version (versions are never changed). `baseVersion` must be the current version: if someone ' +
    'saved since, nothing is saved and the answer (409) holds both the stored version and yours, to merge.',
  request: {
    params: ReportIdParam,
    query: p.query({ lang: p.lang }),
    body: { required: true, content: { 'application/json': { schema: DraftSchema } } },
  },
  responses: {
    200: json(SavedSchema, 'The new version.'),
    400: e[400],
    401: e[401],
    403: e[403],
    404: e[404],
    409: json(SaveConflictSchema, 'A stale save: nothing was saved; both versions are in the answer.'),
  },
});

const preview = createRoute({
  method: 'post',
  path: '/api/reports/{id}/preview',
  tags,
  summary: 'Preview a section’s unsaved text',
  description:
    'Renders Markdown exactly as a saved section is rendered (the same sanitiser; evidence blocks resolved ' +
    'against the data now) and answers `{ html, evidence }` in the shape of `sections[].html` and ' +
    '`evidence.values` of the report. **Nothing is written**: no version, no audit row; it is a POST only ' +
    `because the text can be long. Who may save the report may preview it (its country’s focal point or ` +
    `contributor, while the report is draft or changes-requested). ${WRITE_NOTE} Never cached.`,
  request: {
    params: ReportIdParam,
    query: p.query({ lang: p.lang }),
    body: { required: true, content: { 'application/json': { schema: PreviewRequestSchema } } },
  },
  responses: {
    200: json(SectionPreviewSchema, 'The text as it would read once saved.'),
    400: e[400],
    401: e[401],
    403: e[403],
    404: e[404],
    409: e[409],
  },
});

const Transition = z
  .object({
    event: z
      .string({ error: 'expected an event' })
      .openapi({ example: 'submit', description: 'One of the ReportEvent values.' }),
    note: z.string().max(MAX_NOTE_CHARS).optional(),
    baseVersion: z.number().int().min(1).optional().openapi({
      description: 'When given, the event applies only if the report is still at this version.',
    }),
  })
  .strict()
  .openapi('ReportTransitionRequest');

const transition = createRoute({
  method: 'post',
  path: '/api/reports/{id}/transitions',
  tags,
  summary: 'Move a report through the workflow',
  description:
    `draft →submit→ submitted →start-review→ under-review →request-changes→ changes-requested →submit→ resubmitted →start-review→ under-review →accept→ accepted →publish→ published. ${WRITE_NOTE} ` +
    'Submit: the focal point (freezes the content as a submitted version with its evidence pinned); start-review, request-changes, accept, publish: the region’s reviewers ' +
    '(administrators all but publish). An event the state does not allow is 409 naming the allowed events.',
  request: {
    params: ReportIdParam,
    body: { required: true, content: { 'application/json': { schema: Transition } } },
  },
  responses: {
    200: json(
      z
        .object({
          id: z.number().int(),
          event: ReportEventSchema,
          from: ReportStateSchema,
          to: ReportStateSchema,
          version: z.number().int(),
          pinned: z.object({ blocks: z.number().int(), dataVersion: z.string() }).optional(),
        })
        .openapi('ReportTransition'),
      'The transition made.',
    ),
    400: e[400],
    401: e[401],
    403: e[403],
    404: e[404],
    409: e[409],
  },
});

const comments = createRoute({
  method: 'get',
  path: '/api/reports/{id}/comments',
  tags,
  summary: 'Comments on a report',
  description: `Per version and section, oldest first, with sanitised HTML. ${PARTICIPANTS}`,
  request: { params: ReportIdParam, query: p.query({ lang: p.lang }) },
  responses: {
    200: json(z.array(CommentSchema).readonly(), 'The comments.'),
    400: e[400],
    401: e[401],
    403: e[403],
    404: e[404],
  },
});

const NewComment = z
  .object({
    sectionId: z.string().openapi({
      example: 'priorities',
      description: `A section id of the template, or \`${GENERAL_SECTION}\`.`,
    }),
    body: z.string().max(MAX_COMMENT_CHARS).openapi({ description: 'Markdown.' }),
    version: z.number().int().min(1).optional().openapi({ description: 'Default: the current version.' }),
  })
  .strict()
  .openapi('NewReportComment');

const comment = createRoute({
  method: 'post',
  path: '/api/reports/{id}/comments',
  tags,
  summary: 'Comment on a section',
  description: `The region’s reviewers and administrators; the country’s focal point (to reply). ${WRITE_NOTE}`,
  request: {
    params: ReportIdParam,
    body: { required: true, content: { 'application/json': { schema: NewComment } } },
  },
  responses: { 201: json(CommentSchema, 'The comment.'), 400: e[400], 401: e[401], 403: e[403], 404: e[404] },
});

const versions = createRoute({
  method: 'get',
  path: '/api/reports/{id}/versions',
  tags,
  summary: 'The history of a report',
  description: `Every version (oldest first) and every workflow event. ${PARTICIPANTS}`,
  request: { params: ReportIdParam },
  responses: { 200: json(HistorySchema, 'The history.'), 400: e[400], 401: e[401], 403: e[403], 404: e[404] },
});

const version = createRoute({
  method: 'get',
  path: '/api/reports/{id}/versions/{v}',
  tags,
  summary: 'One version of a report',
  description: `As it was: a submitted version with its pinned evidence. ${PARTICIPANTS}`,
  request: {
    params: ReportIdParam.extend({ v: versionNumber('Version number.') }),
    query: p.query({ lang: p.lang }),
  },
  responses: { 200: json(ReportSchema, 'The version.'), 400: e[400], 401: e[401], 403: e[403], 404: e[404] },
});

const diff = createRoute({
  method: 'get',
  path: '/api/reports/{id}/diff',
  tags,
  summary: 'What changed between two versions',
  description: `Word by word per section, and which measures, attachments and evidence blocks were added, removed or changed. ${PARTICIPANTS}`,
  request: {
    params: ReportIdParam,
    query: p.query({
      from: versionNumber('The earlier version.'),
      to: versionNumber('The later version.'),
      lang: p.lang,
    }),
  },
  responses: {
    200: json(DiffSchema, 'The differences.'),
    400: e[400],
    401: e[401],
    403: e[403],
    404: e[404],
  },
});

/** A national report: read, save, preview, transitions, comments, versions, diff. */
export function reportsRoutes(deps: ApiDeps) {
  const app = reportRouter();
  app.openapi(get, async (c) => {
    const r = answer(
      c,
      await getReport(deps.db, actorOf(c), c.req.valid('param').id, c.req.valid('query').lang),
    );
    return c.json(r, 200);
  });
  app.openapi(save, async (c) => {
    const result = await saveDraft(deps.db, actorOf(c), c.req.valid('param').id, c.req.valid('json'), {
      lang: c.req.valid('query').lang,
    });
    if (!result.ok && 'current' in result) {
      const { message, baseVersion, current, yours } = result;
      return c.json({ error: { status: 409 as const, message, baseVersion, current, yours } }, 409);
    }
    return c.json(answer(c, result), 200);
  });
  app.openapi(preview, async (c) => {
    const r = answer(
      c,
      await previewSection(
        deps.db,
        actorOf(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        c.req.valid('query').lang,
      ),
    );
    return c.json(r, 200);
  });
  app.openapi(transition, async (c) => {
    return c.json(
      answer(c, await applyEvent(deps.db, actorOf(c), c.req.valid('param').id, c.req.valid('json'))),
      200,
    );
  });
  app.openapi(comments, async (c) => {
    const r = answer(
      c,
      await listComments(deps.db, actorOf(c), c.req.valid('param').id, c.req.valid('query').lang),
    );
    return c.json(r, 200);
  });
  app.openapi(comment, async (c) => {
    return c.json(
      answer(c, await addComment(deps.db, actorOf(c), c.req.valid('param').id, c.req.valid('json'))),
      201,
    );
  });
  app.openapi(versions, async (c) => {
    const r = answer(c, await listVersions(deps.db, actorOf(c), c.req.valid('param').id));
    return c.json(r, 200);
  });
  app.openapi(version, async (c) => {
    const { id, v } = c.req.valid('param');
    const r = answer(c, await getVersion(deps.db, actorOf(c), id, v, c.req.valid('query').lang));
    return c.json(r, 200);
  });
  app.openapi(diff, async (c) => {
    const { from, to, lang } = c.req.valid('query');
    const r = answer(c, await diffVersions(deps.db, actorOf(c), c.req.valid('param').id, { from, to, lang }));
    return c.json(r, 200);
  });
  return app;
}
