import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import {
  exportSynthesis,
  generateSynthesis,
  getSynthesis,
  MAX_SYNTHESIS_CHARS,
  saveSynthesis,
  type SynthesisConflict,
  type SynthesisFormat,
} from '../../services/synthesis.ts';
import { actorOf } from '../auth.ts';
import { HttpError } from '../http-error.ts';
import type { ApiDeps } from './api-router.ts';
import * as p from './params.ts';
import { answer } from './report-answers.ts';
import { reportRouter, WRITE_NOTE } from './report-schemas.ts';
import { ErrorSchema, json } from './responses.ts';
import { CodeParam, reviewErrors as e, SynthesisConflictSchema, SynthesisSchema } from './review-schemas.ts';

const tags = ['Regional review'];
const READERS =
  'Its reviewers and administrators read the newest version (or `version`); anyone reads the newest published one.';
const EDITORS = `The cycle’s regional reviewers and administrators. ${WRITE_NOTE}`;

const versionQuery = z
  .string()
  .regex(/^[1-9]\d{0,8}$/, { error: 'expected a version number ≥ 1' })
  .transform(Number)
  .optional()
  .openapi({
    param: { description: 'A version (editors: any; the public: the published one).' },
    example: '1',
  });

const draftLang = z
  .enum(['en', 'fr', 'ru'], { error: 'expected en, fr or ru' })
  .default('en')
  .openapi({
    param: {
      description:
        'Language the draft is written in (headings, sentences, numbers, dates, names): en, fr or ru. Default en. ' +
        'Quoted passages stay as written; the claim checker’s summaries are in English only and marked so.',
    },
    example: 'fr',
  });

const pageLang = z
  .enum(['en', 'fr', 'ru'], { error: 'expected en, fr or ru' })
  .optional()
  .openapi({
    param: {
      description:
        'Language of the banner: en, fr or ru; by default the version’s. The text is the version’s own, in the language it was generated in (the view’s `lang`), and the page declares that language (`<html lang>`).',
    },
    example: 'en',
  });

const conflictResponse = json(
  SynthesisConflictSchema,
  'Stale: another version was saved since `baseVersion` (or none was sent while one exists). Nothing was saved; both texts are in the answer.',
);

const get = createRoute({
  method: 'get',
  path: '/api/cycles/{code}/synthesis',
  'x-example': '/api/cycles/beijing30-unece/synthesis',
  tags,
  summary: 'The regional synthesis',
  description: `Markdown and its sanitised HTML. ${READERS}`,
  request: { params: CodeParam, query: p.query({ version: versionQuery }) },
  responses: {
    200: json(SynthesisSchema, 'The synthesis.'),
    400: e[400],
    401: e[401],
    403: e[403],
    404: e[404],
  },
});

const generate = createRoute({
  method: 'post',
  path: '/api/cycles/{code}/synthesis/generate',
  tags,
  summary: 'Generate a synthesis draft',
  description:
    'A new version written from the current data: submission status, regional indicators (aggregates and the progress ' +
    'methods’ verdicts), tagged passages of submitted reports quoted with their country, the claims checked in the ' +
    'meeting statements (linked), gaps in the data, written in the language of `lang` (English, French or Russian). ' +
    'Never published by itself. Body: none, or JSON ' +
    `\`{ "baseVersion": n }\`: once a version exists, its number is required. ${EDITORS}`,
  // The body is optional (none, or `{ "baseVersion": n }`), so it is read by the handler, not the validator.
  request: { params: CodeParam, query: p.query({ lang: draftLang }) },
  responses: {
    200: json(SynthesisSchema, 'The new version.'),
    400: e[400],
    401: e[401],
    403: e[403],
    404: e[404],
    409: conflictResponse,
  },
});

const save = createRoute({
  method: 'put',
  path: '/api/cycles/{code}/synthesis',
  tags,
  summary: 'Save an edited synthesis',
  description:
    'A new version with this Markdown; `published: true` makes it the version the public reads (until another is ' +
    `published). \`baseVersion\` must be the newest version. ${EDITORS}`,
  request: {
    params: CodeParam,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({
              baseVersion: z.number().int(),
              markdown: z.string().openapi({ maxLength: MAX_SYNTHESIS_CHARS }),
              published: z.boolean().optional(),
            })
            .strict()
            .openapi('SynthesisSave', {
              example: { baseVersion: 1, markdown: '# Regional synthesis\n', published: false },
            }),
        },
      },
    },
  },
  responses: {
    200: json(SynthesisSchema, 'The new version.'),
    400: e[400],
    401: e[401],
    403: e[403],
    404: e[404],
    409: conflictResponse,
  },
});

const FORMATS: Readonly<Record<SynthesisFormat, { type: string; what: string }>> = {
  html: { type: 'text/html', what: 'a print-ready HTML page (sanitised; no script, no external resource)' },
  md: {
    type: 'text/markdown',
    what: 'Markdown, made inert for any renderer (raw HTML escaped, script links removed)',
  },
  pdf: {
    type: 'application/pdf',
    what: 'PDF printed by headless Chromium; 503 naming what is missing where Chromium is not installed',
  },
};

function exportRoute(format: SynthesisFormat) {
  return createRoute({
    method: 'get',
    path: `/api/cycles/{code}/synthesis.${format}`,
    'x-example': `/api/cycles/beijing30-unece/synthesis.${format}`,
    tags,
    summary: `The synthesis as ${format.toUpperCase()}`,
    description: `The synthesis as ${FORMATS[format].what}, with a banner saying draft or published. ${READERS}`,
    request: { params: CodeParam, query: p.query({ version: versionQuery, lang: pageLang }) },
    responses: {
      200: {
        description: 'The file.',
        content: {
          [FORMATS[format].type]: {
            schema: z.string().openapi({ format: format === 'pdf' ? 'binary' : 'text' }),
          },
        },
      },
      400: e[400],
      401: e[401],
      403: e[403],
      404: e[404],
      ...(format === 'pdf'
        ? {
            503: {
              description: 'No Chromium (or no playwright-core) here: the message says which.',
              content: { 'application/json': { schema: ErrorSchema } },
            },
          }
        : {}),
    },
  });
}

/** `/api/cycles/{code}/synthesis…`: read, generate, save, export. */
export function synthesisRoutes(deps: ApiDeps) {
  const app = reportRouter();
  app.openapi(get, async (c) => {
    const s = answer(
      c,
      await getSynthesis(deps.db, actorOf(c), c.req.valid('param').code, c.req.valid('query')),
    );
    return c.json(s, 200);
  });
  app.openapi(generate, async (c) => {
    const body = await optionalBody(c);
    const result = await generateSynthesis(deps.db, actorOf(c), c.req.valid('param').code, body, {
      lang: c.req.valid('query').lang,
    });
    if (isConflict(result)) return conflictAnswer(c, result);
    return c.json(answer(c, result), 200);
  });
  app.openapi(save, async (c) => {
    const result = await saveSynthesis(deps.db, actorOf(c), c.req.valid('param').code, c.req.valid('json'));
    if (isConflict(result)) return conflictAnswer(c, result);
    return c.json(answer(c, result), 200);
  });
  for (const format of ['html', 'md', 'pdf'] as const)
    app.openapi(exportRoute(format), async (c) => {
      const { version, lang } = c.req.valid('query');
      const result = await exportSynthesis(deps.db, actorOf(c), c.req.valid('param').code, format, {
        ...(version !== undefined ? { version } : {}),
        ...(lang !== undefined ? { lang } : {}),
      });
      if (!result.ok && result.kind === 'unavailable') throw new HttpError(503, result.message);
      const file = answer(c, result);
      return new Response(file.body, {
        status: 200,
        headers: {
          'Content-Type': file.contentType,
          'Content-Disposition': `${format === 'md' ? 'attachment' : 'inline'}; filename="${file.fileName}"`,
          'Cache-Control': 'no-store',
          // The page is sanitised; this says so again to the browser: no script, nothing loaded.
          'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
          'X-Content-Type-Options': 'nosniff',
        },
      }) as never;
    });
  return app;
}

/** The generate body is optional: none, or `{ baseVersion }`. */
async function optionalBody(c: Context): Promise<{ baseVersion?: number }> {
  const text = await c.req.text();
  if (text.trim() === '') return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'invalid request body: expected JSON { "baseVersion"?: number }', {
      issues: [{ param: 'body', message: 'expected JSON' }],
    });
  }
  const parsed = z
    .object({ baseVersion: z.number().int().min(0).optional() })
    .strict()
    .safeParse(body);
  if (!parsed.success)
    throw new HttpError(400, 'invalid request body: expected { "baseVersion"?: an integer ≥ 0 }', {
      issues: [{ param: 'baseVersion', message: 'expected an integer ≥ 0' }],
    });
  return parsed.data.baseVersion === undefined ? {} : { baseVersion: parsed.data.baseVersion };
}

function isConflict(r: { ok: boolean }): r is SynthesisConflict {
  return !r.ok && 'current' in r;
}

function conflictAnswer(c: Context, r: SynthesisConflict) {
  const { message, baseVersion, current, yours } = r;
  return c.json({ error: { status: 409 as const, message, baseVersion, current, yours } }, 409) as never;
}
