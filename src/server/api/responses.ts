import { z } from '@hono/zod-openapi';

/** The one error shape of the API. */
export const ErrorSchema = z
  .object({
    error: z.object({
      status: z.number().int(),
      message: z.string(),
      issues: z
        .array(z.object({ param: z.string(), message: z.string() }))
        .optional()
        .openapi({
          description: 'For validation errors (400): each invalid parameter and what was expected.',
        }),
    }),
  })
  .openapi('Error', {
    example: {
      error: {
        status: 400,
        message: 'invalid parameter from: expected a year between 1900 and 2100, got "20x"',
        issues: [{ param: 'from', message: 'expected a year between 1900 and 2100, got "20x"' }],
      },
    },
  });

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
});

/** Error responses a route may give, by status. */
export const errors = {
  400: errorResponse('Invalid parameters: `issues` names each one and what was expected.'),
  403: errorResponse('Forbidden: a source of the rows does not allow redistribution; the message names it.'),
  404: errorResponse(
    'Unknown code (country, indicator, region set, edition, …): the message names it and what exists.',
  ),
} as const;

/** A JSON 200 response with its schema. */
export function json<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

/** The paginated list shape `{ items, total, limit, offset }` of an item schema. */
export function paged<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      items: z.array(item),
      total: z.number().int().openapi({ description: 'How many items match, over all pages.' }),
      limit: z.number().int(),
      offset: z.number().int(),
    })
    .openapi(name);
}

export const Names = z.object({ en: z.string(), fr: z.string(), ru: z.string() }).openapi('Names');

/** A download: a zip (CSV) or JSON attachment. */
export const downloadResponses = {
  200: {
    description:
      'An attachment (`Content-Disposition: attachment; filename="parity-…"`): format=csv gives a zip with data.csv and README.md (citation of each source, licence and URL, editions used, the query, the time); format=json gives `{ meta: { citation, sources, query, generatedAt }, data }`.',
    content: {
      'application/zip': { schema: z.string().openapi({ format: 'binary' }) },
      'application/json': {
        schema: z
          .object({
            meta: z.object({
              title: z.string(),
              citation: z.string(),
              sources: z.array(z.record(z.string(), z.unknown())),
              query: z.record(z.string(), z.string()),
              rows: z.number().int(),
              generatedAt: z.string(),
            }),
            data: z.array(z.record(z.string(), z.unknown())),
          })
          .openapi('Download'),
      },
    },
  },
  ...errors,
};
