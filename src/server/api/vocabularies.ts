import { createRoute, z } from '@hono/zod-openapi';
import { BPFA_LETTERS } from '../../catalog/index.ts';
import { MEASURE_KINDS } from '../../services/report-content.ts';
import { TAG_CRITERIA } from '../../services/report-tags.ts';
import { reviewVocabularies } from '../../services/review-vocabularies.ts';
import { apiRouter } from './api-router.ts';
import * as p from './params.ts';
import { errors, json } from './responses.ts';

const Letter = z.enum(BPFA_LETTERS as [string, ...string[]]).openapi({ example: 'D' });

const VocabulariesSchema = z
  .object({
    lang: z.enum(['en', 'fr', 'ru']),
    criticalAreas: z
      .array(z.object({ letter: Letter, title: z.string().openapi({ example: 'Violence against women' }) }))
      .readonly()
      .openapi({
        description: 'The twelve critical areas of concern of the Beijing Platform for Action, A–L.',
      }),
    clusters: z
      .array(
        z.object({
          code: z.number().int().min(1).max(6),
          title: z.string(),
          areas: z.array(Letter).readonly(),
          confirmed: z.boolean().openapi({
            description: 'False while titles and areas are unchecked against the guidance note.',
          }),
        }),
      )
      .readonly()
      .openapi({
        description: 'The six thematic clusters of the national review guidance, with their BPfA areas.',
      }),
    tagCriteria: z
      .array(z.object({ code: z.enum(TAG_CRITERIA), label: z.string() }))
      .readonly()
      .openapi({
        description: 'What reviewers tag a passage as: `criteria` of `POST /api/cycles/{code}/tags`.',
      }),
    measureKinds: z
      .array(z.object({ code: z.enum(MEASURE_KINDS), label: z.string() }))
      .readonly()
      .openapi({ description: 'What a measure of a national report is: `measures[].kind` of a draft.' }),
    sdg5Targets: z
      .array(
        z.object({
          code: z.string().openapi({ example: '5.2' }),
          title: z.string(),
          titleLang: z.literal('en'),
        }),
      )
      .readonly()
      .openapi({
        description: 'The SDG 5 targets, with their official English wording (the only one kept).',
      }),
  })
  .openapi('ReviewVocabularies');

const vocabularies = createRoute({
  method: 'get',
  path: '/api/vocabularies',
  'x-example': '/api/vocabularies?lang=fr',
  tags: ['National reports'],
  summary: 'The codes of reports and reviews, named',
  description:
    'What the report and review forms offer, each code with its name in `lang`: BPfA critical areas, review clusters ' +
    '(with their areas), tag criteria, measure kinds and SDG 5 targets, from the catalogue. The codes are those the ' +
    'report and tag writes accept.',
  request: { query: p.query({ lang: p.lang }) },
  responses: { 200: json(VocabulariesSchema, 'The vocabularies.'), 400: errors[400] },
});

/** `GET /api/vocabularies`: public and cached, as every catalogue read. */
export function vocabulariesRoutes() {
  const app = apiRouter();
  app.openapi(vocabularies, (c) => c.json(reviewVocabularies(c.req.valid('query').lang), 200));
  return app;
}
