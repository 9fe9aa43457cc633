import { OpenAPIHono, z } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { REPORT_EVENTS, REPORT_STATES } from '../../core/reports/workflow.ts';
import {
  AttachmentSchema,
  EvidenceBlockSchema,
  MAX_SECTION_CHARS,
  MeasureSchema,
} from '../../services/report-content.ts';
import { HttpError, type ParamIssue } from '../http-error.ts';
import { CSRF_HEADER } from '../auth.ts';
import { ErrorSchema } from './responses.ts';
import { validationHook } from './validation-hook.ts';

/**
 * Schemas and the router of the cycle and report routes. The content schemas (measures,
 * attachments, evidence blocks) are the services' own, so the API documents exactly what the
 * services accept.
 */

/**
 * A router whose body errors name the field by its whole path (`measures.0.url`) and quote only
 * that field's value, not the whole body; query and path errors as everywhere else.
 */
export function reportRouter(): OpenAPIHono {
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (result.success || result.target !== 'json') return validationHook(result, c);
      const body: unknown = (result as { data?: unknown }).data;
      const issues: ParamIssue[] = result.error.issues.map((issue) => {
        const param = issue.path.map(String).join('.') || 'body';
        const got = valueAt(body, issue.path);
        const quoted = got === undefined ? ': required' : isShort(got) ? `, got ${JSON.stringify(got)}` : '';
        return { param, message: `${issue.message}${quoted}` };
      });
      const message = issues.map((i) => `${i.param}: ${i.message}`).join('; ');
      throw new HttpError(400, `invalid request body: ${message}`, { issues });
    },
  });
  app.onError((err) => {
    if (err instanceof HTTPException && (err.status === 400 || err.status === 415))
      throw new HttpError(
        err.status,
        `invalid request body: ${err.message}; expected Content-Type application/json`,
        {
          issues: [{ param: 'body', message: err.message }],
        },
      );
    throw err;
  });
  return app;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let v = value;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function isShort(v: unknown): boolean {
  return v === null || ['number', 'boolean'].includes(typeof v) || (typeof v === 'string' && v.length <= 80);
}

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
});

export const WRITE_NOTE = `Needs a signed-in session and the ${CSRF_HEADER} header.`;

/** The error responses of cycle and report routes. */
export const reportErrors = {
  400: errorResponse(
    'Invalid request: `issues` names each field (e.g. `measures.0.url`) and what was expected.',
  ),
  401: errorResponse(
    'Not signed in, and the public may not do this (e.g. read a report that is not published).',
  ),
  403: errorResponse(
    'Forbidden: the message names the role and scope required and yours (or the report state that forbids it); or CSRF token missing or wrong.',
  ),
  404: errorResponse('No such cycle, report, version, country or template: the message names it.'),
  409: errorResponse(
    'Conflict with the report’s current state: an event the state does not allow (the message names the allowed events), a report that already exists, or a stale save.',
  ),
} as const;

export const ReportStateSchema = z.enum(REPORT_STATES as [string, ...string[]]).openapi('ReportState');
export const ReportEventSchema = z.enum(REPORT_EVENTS as [string, ...string[]]).openapi('ReportEvent');

export const CycleSchema = z
  .object({
    code: z.string().openapi({ example: 'beijing30-unece' }),
    title: z.string(),
    regionSet: z.object({ code: z.string(), name: z.string(), members: z.number().int() }),
    templateId: z.string().openapi({ example: 'beijing30-v1' }),
    opensOn: z.string().openapi({ example: '2024-01-15' }),
    submissionDeadline: z.string(),
    meeting: z.object({ from: z.string(), to: z.string() }).nullable(),
    createdAt: z.string(),
  })
  .openapi('ReviewCycle');

export const ReportSummarySchema = z
  .object({
    id: z.number().int(),
    cycle: z.string(),
    country: z.string(),
    countryName: z.string(),
    state: ReportStateSchema,
    currentVersion: z.number().int(),
    updatedAt: z.string(),
  })
  .openapi('ReportSummary');

const SourceRef = z.object({ dataset: z.string(), edition: z.string(), label: z.string() });
const seriesPart = {
  key: z.string(),
  status: z.literal('resolved'),
  area: z.string(),
  indicator: z.string(),
  unit: z.string(),
  source: SourceRef,
  breakdown: z.string(),
};

export const ResolvedEvidenceSchema = z
  .union([
    z.object({ ...seriesPart, kind: z.literal('value'), year: z.number().int(), value: z.number() }),
    z.object({
      ...seriesPart,
      kind: z.literal('indicator-chart'),
      points: z.array(z.object({ year: z.number().int(), value: z.number() })).readonly(),
    }),
    z.object({
      key: z.string(),
      status: z.literal('resolved'),
      kind: z.literal('index'),
      area: z.string(),
      index: z.enum(['gii', 'gdi', 'hdi']),
      year: z.number().int(),
      value: z.number(),
      published: z.number().nullable(),
      source: SourceRef,
    }),
    z.object({
      key: z.string(),
      status: z.literal('unresolved'),
      kind: z.enum(['indicator-chart', 'value', 'index']),
      message: z.string(),
    }),
  ])
  .openapi('ResolvedEvidence', {
    description:
      'An evidence block resolved: `key` is its canonical name, as in `data-evidence` of the HTML.',
  });

const VersionMetaSchema = z
  .object({
    version: z.number().int(),
    submitted: z.boolean(),
    stateAtSave: ReportStateSchema,
    savedAt: z.string(),
    savedBy: z.string().nullable(),
  })
  .openapi('ReportVersionMeta');

/** A block as a version stores it (src/core/reports/evidence.ts `EvidenceSpec`): what `{{evidence:…}}` names. */
const EvidenceSpecSchema = z
  .union([
    z.object({
      kind: z.literal('indicator-chart'),
      area: z.string(),
      indicator: z.string(),
      source: z.string().optional(),
    }),
    z.object({
      kind: z.literal('value'),
      area: z.string(),
      indicator: z.string(),
      year: z.number().int().optional(),
      source: z.string().optional(),
    }),
    z.object({
      kind: z.literal('index'),
      index: z.enum(['gii', 'gdi', 'hdi']),
      area: z.string(),
      edition: z.string().optional(),
    }),
  ])
  .openapi('EvidenceSpec', {
    description:
      'An evidence block: `source` (a source edition) or `edition` (an HDR edition) absent means the newest; `year` absent, the latest.',
  });

const ListedBlockSchema = z.object({ sectionId: z.string(), spec: EvidenceSpecSchema });

export const ReportSchema = z
  .object({
    id: z.number().int(),
    cycle: z.string(),
    country: z.string(),
    countryName: z.string(),
    state: ReportStateSchema,
    currentVersion: z.number().int(),
    version: VersionMetaSchema,
    template: z.object({
      id: z.string(),
      title: z.string(),
      status: z.enum(['confirmed', 'unconfirmed']),
      note: z.string(),
    }),
    sections: z
      .array(
        z.object({
          id: z.string(),
          part: z.number().int(),
          title: z.string(),
          guidance: z.string(),
          html: z.string().openapi({ description: 'Sanitised HTML, evidence filled in.' }),
          markdown: z
            .string()
            .optional()
            .openapi({ description: 'The source, for the country’s writers only.' }),
          empty: z.boolean(),
          blocks: z.array(z.string()).readonly(),
        }),
      )
      .readonly(),
    evidence: z.object({
      mode: z.enum(['live', 'pinned']),
      pinnedAt: z.string().optional(),
      dataVersion: z.string().optional(),
      values: z.array(ResolvedEvidenceSchema).readonly(),
    }),
    listedEvidence: z.array(ListedBlockSchema).readonly(),
    measures: z.array(MeasureSchema).readonly(),
    attachments: z.array(AttachmentSchema).readonly(),
    canEdit: z.boolean(),
    events: z.array(ReportEventSchema).readonly(),
  })
  .openapi('Report');

export const DraftSchema = z
  .object({
    baseVersion: z.number({ error: 'expected the version the edit started from' }).int().min(1).openapi({
      description: 'The version the edit started from; a save is refused (409) when the report has moved on.',
    }),
    sections: z.record(z.string(), z.string()).openapi({
      description:
        'Markdown per template section id; `{{evidence:value:area=KAZ,indicator=hdr.gii}}` embeds evidence.',
    }),
    evidence: z.array(EvidenceBlockSchema).max(200).optional(),
    measures: z.array(MeasureSchema).max(500).optional(),
    attachments: z.array(AttachmentSchema).max(200).optional(),
  })
  .strict()
  .openapi('ReportDraft', {
    example: {
      baseVersion: 1,
      sections: { achievements: 'The GII fell to {{evidence:value:area=KAZ,indicator=hdr.gii}}.' },
      measures: [
        {
          title: 'Spotlight Initiative',
          kind: 'programme',
          date: '2021',
          criticalAreas: ['D'],
          clusters: [3],
          source: 'UN-EU Spotlight Initiative, Central Asia regional programme',
          url: 'https://www.spotlightinitiative.org/',
        },
      ],
    },
  });

export const PreviewRequestSchema = z
  .object({
    sectionId: z
      .string({ error: 'expected a section id of the report’s template' })
      .optional()
      .openapi({ example: 'priorities', description: 'The section the text is for (checked when given).' }),
    markdown: z
      .string({ error: 'expected the section’s Markdown as a string' })
      .max(MAX_SECTION_CHARS, { error: `at most ${MAX_SECTION_CHARS} characters` })
      .openapi({
        description: `The unsaved Markdown of a section, at most ${MAX_SECTION_CHARS} characters (as a saved section).`,
      }),
  })
  .strict()
  .openapi('ReportSectionPreviewRequest', {
    example: {
      sectionId: 'priorities',
      markdown: 'The GII is {{evidence:index:area=KAZ,index=gii}}.',
    },
  });

export const SectionPreviewSchema = z
  .object({
    html: z.string().openapi({ description: 'Sanitised HTML, evidence filled in: as `sections[].html`.' }),
    evidence: z.array(ResolvedEvidenceSchema).readonly().openapi({
      description: 'The blocks embedded in the text, resolved against the data now: as `evidence.values`.',
    }),
  })
  .openapi('ReportSectionPreview');

export const SavedSchema = z
  .object({ id: z.number().int(), version: VersionMetaSchema, state: ReportStateSchema })
  .openapi('ReportSaved');

export const SaveConflictSchema = z
  .object({
    error: z.object({
      status: z.literal(409),
      message: z.string(),
      baseVersion: z.number().int(),
      current: ReportSchema,
      yours: z.object({
        sections: z.record(z.string(), z.string()),
        evidence: z.array(ListedBlockSchema).readonly(),
        measures: z.array(MeasureSchema).readonly(),
        attachments: z.array(AttachmentSchema).readonly(),
      }),
    }),
  })
  .openapi('ReportSaveConflict', {
    description:
      'Nothing was saved: `current` is the report as stored now, `yours` what was sent; merge and save with the current version.',
  });

export const CommentSchema = z
  .object({
    id: z.number().int(),
    version: z.number().int(),
    sectionId: z.string(),
    sectionTitle: z.string(),
    author: z.string(),
    body: z.string(),
    html: z.string(),
    createdAt: z.string(),
  })
  .openapi('ReportComment');

const ListDiffSchema = z.object({
  added: z.array(z.string()).readonly(),
  removed: z.array(z.string()).readonly(),
  changed: z.array(z.string()).readonly(),
});

export const DiffSchema = z
  .object({
    id: z.number().int(),
    from: VersionMetaSchema,
    to: VersionMetaSchema,
    sections: z
      .array(
        z.object({
          sectionId: z.string(),
          title: z.string(),
          change: z.enum(['unchanged', 'added', 'removed', 'changed']),
          parts: z
            .array(z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() }))
            .readonly(),
          wordsAdded: z.number().int(),
          wordsRemoved: z.number().int(),
        }),
      )
      .readonly(),
    measures: ListDiffSchema,
    attachments: ListDiffSchema,
    evidence: ListDiffSchema,
  })
  .openapi('ReportDiff');

export const HistorySchema = z
  .object({
    versions: z.array(VersionMetaSchema).readonly(),
    events: z
      .array(
        z.object({
          event: z.string(),
          from: ReportStateSchema,
          to: ReportStateSchema,
          version: z.number().int(),
          by: z.string().nullable(),
          at: z.string(),
          note: z.string().nullable(),
        }),
      )
      .readonly(),
  })
  .openapi('ReportHistory');

export const ReportIdParam = z.object({
  id: z.coerce
    .number({ error: 'expected a report id (a positive integer)' })
    .int({ error: 'expected a report id (a positive integer)' })
    .min(1, { error: 'expected a report id (a positive integer)' })
    .openapi({ param: { description: 'Report id.' }, example: 1 }),
});

export const versionNumber = (description: string) =>
  z.coerce
    .number({ error: 'expected a version number (a positive integer)' })
    .int({ error: 'expected a version number (a positive integer)' })
    .min(1, { error: 'expected a version number (a positive integer)' })
    .openapi({ param: { description }, example: 1 });
