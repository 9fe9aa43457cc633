import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The one error type handlers throw; the app's error handler turns it into `{ error: { status, message } }`. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'HttpError';
  }
}
