import { z } from '@hono/zod-openapi';
import { TAG_CRITERIA } from '../../services/report-tags.ts';
import { SESSION_KINDS } from '../../services/meetings.ts';
import { ErrorSchema } from './responses.ts';

/**
 * Schemas of the regional review's routes (tracker, tags, synthesis, meeting record). Request
 * bodies are checked here for their shape; the services check the rest (codes, dates, offsets)
 * and name the field at fault.
 */

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
});

export const reviewErrors = {
  400: errorResponse('Invalid request: `issues` names each field and what was expected.'),
  401: errorResponse(
    'Not signed in, and the public may not see this (only published syntheses and meetings).',
  ),
  403: errorResponse(
    'Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong.',
  ),
  404: errorResponse('No such cycle, tag, meeting, statement or synthesis version: the message names it.'),
} as const;

export const CodeParam = z.object({
  code: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, { error: 'expected a cycle code such as beijing30-unece' })
    .openapi({ param: { description: 'Cycle code.' }, example: 'beijing30-unece' }),
});

export const IdParam = (what: string) =>
  z.object({
    id: z
      .string()
      .regex(/^[1-9]\d{0,15}$/, { error: `expected a ${what} id (a positive integer)` })
      .transform(Number)
      .openapi({ param: { description: `${what[0]!.toUpperCase()}${what.slice(1)} id.` }, example: '1' }),
  });

const States = z.enum([
  'not-started',
  'draft',
  'submitted',
  'under-review',
  'changes-requested',
  'resubmitted',
  'accepted',
  'published',
]);

export const TrackerSchema = z
  .object({
    cycle: z.object({
      code: z.string(),
      title: z.string(),
      regionSet: z.string(),
      submissionDeadline: z.string(),
    }),
    sections: z.array(z.object({ id: z.string(), title: z.string() })),
    summary: z.object({
      members: z.number().int(),
      started: z.number().int().openapi({ description: 'Members with a report in any state.' }),
      submitted: z
        .number()
        .int()
        .openapi({ description: 'Members whose report was submitted at least once.' }),
      late: z.number().int().openapi({ description: 'First submitted after the deadline’s day (UTC).' }),
      byState: z.record(z.string(), z.number().int()),
    }),
    rows: z.array(
      z.object({
        iso3: z.string(),
        name: z.string(),
        state: States,
        reportId: z.number().int().nullable(),
        currentVersion: z.number().int().nullable(),
        submittedAt: z.string().nullable().openapi({ description: 'First submission (ISO 8601).' }),
        lastSubmittedAt: z.string().nullable().openapi({ description: 'Latest submission or resubmission.' }),
        late: z.boolean().nullable(),
        emptySections: z.array(z.string()).openapi({ description: 'Template section ids with no text.' }),
        lastChange: z.string().nullable(),
      }),
    ),
    availability: z.object({
      indicators: z.array(z.object({ code: z.string(), name: z.string(), concept: z.string() })),
      rows: z.array(
        z.object({
          iso3: z.string(),
          name: z.string(),
          latest: z.record(z.string(), z.number().int().nullable()).openapi({
            description: 'Latest year with a value of each indicator (any edition); null when none.',
          }),
        }),
      ),
    }),
  })
  .openapi('SubmissionTracker');

export const NewTagBody = z
  .object({
    country: z.string().openapi({ example: 'KAZ', description: 'The report’s country (ISO3).' }),
    version: z.number().int().optional().openapi({ description: 'Report version; default the current one.' }),
    sectionId: z.string().openapi({ example: 'achievements' }),
    start: z.number().int().optional().openapi({
      description: 'Start offset in the section’s Markdown, UTF-16 code units (as JavaScript counts).',
    }),
    end: z.number().int().optional().openapi({ description: 'End offset (exclusive).' }),
    quote: z.string().optional().openapi({
      description:
        'The passage. With start/end it must equal the text there; alone, it must occur once in the section.',
    }),
    bpfa: z.array(z.string()).optional().openapi({ description: 'BPfA critical areas, letters A–L.' }),
    clusters: z
      .array(z.number().int())
      .optional()
      .openapi({ description: 'Review clusters 1–6 (UNCONFIRMED).' }),
    sdgTargets: z.array(z.string()).optional().openapi({ description: 'SDG targets, e.g. 5.5, 5.a.' }),
    criteria: z
      .array(z.string())
      .optional()
      .openapi({ description: TAG_CRITERIA.join(', ') }),
    note: z.string().optional(),
  })
  .strict()
  .openapi('NewReportTag', {
    example: {
      country: 'KAZ',
      sectionId: 'achievements',
      quote:
        'a 30 % quota for women and youth, including women with disabilities, on the party lists for the Mazhilis',
      bpfa: ['G'],
      clusters: [4],
      sdgTargets: ['5.5'],
      criteria: ['political-will'],
    },
  });

export const TagSchema = z
  .object({
    id: z.number().int(),
    reportId: z.number().int(),
    country: z.string(),
    countryName: z.string(),
    reportState: z.string(),
    version: z.number().int(),
    sectionId: z.string(),
    sectionTitle: z.string(),
    quote: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    bpfa: z.array(z.string()),
    clusters: z.array(z.number().int()),
    sdgTargets: z.array(z.string()),
    criteria: z.array(z.string()),
    note: z.string().nullable(),
    taggedBy: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
    taggedAt: z.string(),
  })
  .openapi('ReportTag');

export const SynthesisSchema = z
  .object({
    cycle: z.string(),
    cycleTitle: z.string(),
    version: z.number().int(),
    origin: z.enum(['generated', 'edited']),
    markdown: z.string(),
    html: z
      .string()
      .openapi({ description: 'The Markdown as sanitised HTML (the national reports’ renderer).' }),
    published: z.boolean(),
    lang: z.enum(['en', 'fr', 'ru']).openapi({
      description:
        'The language the version is written in: generated in it, or that of the version an edit was based on.',
    }),
    generatedAt: z.string(),
    editedAt: z.string(),
    editedBy: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
    latestVersion: z.number().int().optional().openapi({ description: 'Editors only.' }),
    publishedVersion: z.number().int().nullable().optional().openapi({ description: 'Editors only.' }),
  })
  .openapi('RegionalSynthesis');

export const SynthesisConflictSchema = z
  .object({
    error: z.object({
      status: z.literal(409),
      message: z.string(),
      baseVersion: z.number().int().nullable(),
      current: SynthesisSchema,
      yours: z.object({ markdown: z.string().nullable() }),
    }),
  })
  .openapi('SynthesisConflict');

const CoChair = z.object({
  name: z.string().optional(),
  title: z.string().optional(),
  country: z.string().optional(),
  countryName: z.string().optional(),
  organisation: z.string().optional(),
});

const Session = z.object({
  id: z.number().int(),
  kind: z.enum(SESSION_KINDS),
  title: z.string(),
  position: z.number().int(),
});

export const MeetingSchema = z
  .object({
    id: z.number().int(),
    cycle: z.string(),
    title: z.string(),
    place: z.string(),
    from: z.string(),
    to: z.string(),
    coChairs: z.array(CoChair),
    published: z.boolean(),
    sessions: z.array(Session),
    updatedAt: z.string(),
  })
  .openapi('Meeting');

export const SessionSchema = Session.openapi('MeetingSession');

const NewSession = z
  .object({
    kind: z.enum(SESSION_KINDS, { error: 'expected segment or thematic' }),
    title: z.string(),
    position: z.number().int().optional(),
  })
  .strict()
  .openapi('NewMeetingSession', { example: { kind: 'segment', title: 'General segment' } });

export const NewSessionBody = NewSession;

export const NewMeetingBody = z
  .object({
    title: z.string(),
    place: z.string(),
    from: z.string().openapi({ example: '2024-10-21' }),
    to: z.string().openapi({ example: '2024-10-22' }),
    coChairs: z
      .array(
        z
          .object({
            name: z.string().optional(),
            title: z.string().optional(),
            country: z.string().optional(),
            organisation: z.string().optional(),
          })
          .strict(),
      )
      .optional(),
    published: z.boolean().optional().openapi({ description: 'The public may read a published meeting.' }),
    sessions: z.array(NewSession).optional(),
  })
  .strict()
  .openapi('NewMeeting', {
    example: {
      title: 'Beijing+30 Regional Review Meeting',
      place: 'Geneva, Switzerland',
      from: '2024-10-21',
      to: '2024-10-22',
      coChairs: [{ country: 'KAZ' }, { country: 'ESP' }],
      sessions: [{ kind: 'segment', title: 'General segment' }],
    },
  });

export const MeetingPatchBody = NewMeetingBody.omit({ sessions: true })
  .partial()
  .strict()
  .openapi('MeetingPatch', { example: { published: true } });

const statementFields = {
  sessionId: z.number().int().nullable().optional(),
  speaker: z.string(),
  speakerTitle: z.string().optional(),
  country: z.string().optional().openapi({ description: 'ISO3; give the country or the organisation.' }),
  organisation: z.string().optional(),
  text: z.string().openapi({ description: 'Up to 20,000 characters; its claims are checked on every save.' }),
  source: z
    .string()
    .optional()
    .openapi({ description: 'Where the text comes from (a transcript, a press release).' }),
};

export const NewStatementBody = z
  .object(statementFields)
  .strict()
  .openapi('NewStatement', {
    example: {
      speaker: 'Yerlan Alimbayev',
      speakerTitle: 'Permanent Representative of Kazakhstan',
      country: 'KAZ',
      text: 'These include a 60% reduction in the gender inequality index.',
    },
  });

export const StatementBody = z
  .object({
    ...statementFields,
    baseVersion: z.number().int().openapi({ description: 'The version you edited.' }),
  })
  .strict()
  .openapi('StatementEdit');

export const StatementSchema = z
  .object({
    id: z.number().int(),
    meetingId: z.number().int(),
    sessionId: z.number().int().nullable(),
    sessionTitle: z.string().nullable(),
    speaker: z.string(),
    speakerTitle: z.string().nullable(),
    country: z.string().nullable(),
    countryName: z.string().nullable(),
    organisation: z.string().nullable(),
    text: z.string(),
    source: z.string().nullable(),
    // Documented by reference (schema ClaimCheck of POST /api/claims/check), not repeated here.
    claims: z.array(z.any()).readonly().openapi({
      description:
        'Each claim checked, as `POST /api/claims/check` answers (schema ClaimCheck), when the statement was saved.',
    }),
    tally: z.object({
      claims: z.number().int(),
      supported: z.number().int(),
      partlySupported: z.number().int(),
      notSupported: z.number().int(),
      notCheckable: z.number().int(),
    }),
    checkedAt: z.string(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .openapi('Statement');

export const StatementConflictSchema = z
  .object({
    error: z.object({ status: z.literal(409), message: z.string(), current: StatementSchema }),
  })
  .openapi('StatementConflict');
