import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** One invalid request parameter and what was expected of it. */
export interface ParamIssue {
  readonly param: string;
  readonly message: string;
}

/**
 * The one error type handlers throw; the app's error handler turns it into
 * `{ error: { status, message, issues? } }` (`issues` only for validation errors).
 */
export class HttpError extends Error {
  readonly issues: readonly ParamIssue[] | undefined;

  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    options?: { cause?: unknown; issues?: readonly ParamIssue[] },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'HttpError';
    this.issues = options?.issues;
  }
}
