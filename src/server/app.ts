import { Hono } from 'hono';
import type { Logger } from 'pino';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/database.ts';
import { HttpError } from './http-error.ts';
import { mountWebApp } from './web-assets.ts';

export interface AppDeps {
  readonly db: Kysely<Database>;
  readonly storeKind: 'pglite' | 'postgres';
  readonly logger: Logger;
  /** Serve the built web app too (the server does; API tests need not). */
  readonly web?: boolean;
}

/**
 * The HTTP application. This issue serves only `/api/health`; the API and web app come with the
 * next issue and mount here.
 */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.get('/api/health', async (c) => {
    const { rows } = await sql<{ observations: number; sources: number }>`
      SELECT (SELECT count(*)::int FROM observation) AS observations, (SELECT count(*)::int FROM source) AS sources`.execute(
      deps.db,
    );
    return c.json({ status: 'ok', database: deps.storeKind, ...rows[0] });
  });
  if (deps.web) mountWebApp(app);
  app.notFound((c) =>
    c.json({ error: { status: 404, message: `no route for ${c.req.method} ${c.req.path}` } }, 404),
  );
  app.onError((err, c) => {
    if (err instanceof HttpError)
      return c.json({ error: { status: err.status, message: err.message } }, err.status);
    deps.logger.error({ err, path: c.req.path }, 'unhandled error');
    return c.json({ error: { status: 500, message: 'internal error' } }, 500);
  });
  return app;
}
