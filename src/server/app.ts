import { OpenAPIHono } from '@hono/zod-openapi';
import type { Logger } from 'pino';
import type { Kysely } from 'kysely';
import type { Database } from '../store/database.ts';
import { readDataVersion } from '../store/data-version-reads.ts';
import { warmUp } from '../services/warm-up.ts';
import { authentication, signedIn } from './auth.ts';
import { HttpError } from './http-error.ts';
import { authRoutes } from './api/auth.ts';
import { claimsRoutes } from './api/claims.ts';
import { countriesRoutes } from './api/countries.ts';
import { countryProfileRoutes } from './api/country-profile.ts';
import { cyclesRoutes } from './api/cycles.ts';
import { giiAnalysisRoutes } from './api/gii-analysis.ts';
import { healthRoutes } from './api/health.ts';
import { indicatorsRoutes } from './api/indicators.ts';
import { indicesRoutes } from './api/indices.ts';
import { observationsRoutes } from './api/observations.ts';
import { mountOpenApi } from './api/openapi.ts';
import { overviewRoutes } from './api/overview.ts';
import { progressRoutes } from './api/progress.ts';
import { regionSetsRoutes } from './api/region-sets.ts';
import { reportsRoutes } from './api/reports.ts';
import { reviewRoutes } from './api/review.ts';
import { responseCache } from './api/response-cache.ts';
import { sourcesRoutes } from './api/sources.ts';
import { targetsQuotasRoutes } from './api/targets-quotas.ts';
import { trendsAggregatesRoutes } from './api/trends-aggregates.ts';
import { usersRoutes } from './api/users.ts';
import { validationHook } from './api/validation-hook.ts';
import { vocabulariesRoutes } from './api/vocabularies.ts';
import { mountWebApp } from './web-assets.ts';

export interface AppDeps {
  readonly db: Kysely<Database>;
  readonly storeKind: 'pglite' | 'postgres';
  readonly logger: Logger;
  /** Serve the built web app too (the server does; API tests need not). */
  readonly web?: boolean;
  /**
   * Compute the whole-store summaries (coverage, index tables, ranks) in the background at once,
   * so the first requests do not wait for them. Default: `web` (what `parity serve` sets).
   */
  readonly warm?: boolean;
}

/**
 * The HTTP application: the API under `/api` (one router per resource in `./api`, its OpenAPI
 * document at `/api/openapi.json` and a readable page at `/api/docs`), and the built web app when
 * `web` is set. Errors are `{ error: { status, message, issues? } }`; anything that is not an
 * `HttpError` is logged and answered as an opaque 500.
 */
export function createApp(deps: AppDeps): OpenAPIHono {
  const app = new OpenAPIHono({ defaultHook: validationHook });
  // The actor first: the cache answers only requests without a session.
  app.use('/api/*', authentication({ db: deps.db }));
  app.use(
    '/api/*',
    responseCache(() => readDataVersion(deps.db), { bypass: signedIn }),
  );
  const api = { db: deps.db, storeKind: deps.storeKind };
  app.route('/', healthRoutes(api));
  app.route('/', countriesRoutes());
  app.route('/', countryProfileRoutes(api));
  app.route('/', regionSetsRoutes());
  app.route('/', indicatorsRoutes(api));
  app.route('/', observationsRoutes(api));
  // The fixed GII paths before `/api/indices/{index}/…`, so they are never taken for an index.
  app.route('/', giiAnalysisRoutes(api));
  app.route('/', indicesRoutes(api));
  app.route('/', overviewRoutes(api));
  app.route('/', sourcesRoutes(api));
  app.route('/', claimsRoutes(api));
  app.route('/', targetsQuotasRoutes(api));
  app.route('/', progressRoutes(api));
  app.route('/', trendsAggregatesRoutes(api));
  app.route('/', authRoutes(api));
  app.route('/', usersRoutes(api));
  app.route('/', cyclesRoutes(api));
  app.route('/', reportsRoutes(api));
  app.route('/', reviewRoutes(api));
  app.route('/', vocabulariesRoutes());
  mountOpenApi(app);
  if (deps.web) mountWebApp(app);
  if (deps.warm ?? deps.web) {
    const started = Date.now();
    warmUp(deps.db).then(
      () => deps.logger.debug({ ms: Date.now() - started }, 'API caches warm'),
      (err: unknown) => deps.logger.warn({ err }, 'API cache warm-up failed; requests compute on demand'),
    );
  }
  app.notFound((c) =>
    c.json({ error: { status: 404, message: `no route for ${c.req.method} ${c.req.path}` } }, 404),
  );
  app.onError((err, c) => {
    if (err instanceof HttpError) {
      const issues = err.issues ? { issues: err.issues } : {};
      return c.json({ error: { status: err.status, message: err.message, ...issues } }, err.status);
    }
    deps.logger.error({ err, path: c.req.path }, 'unhandled error');
    return c.json({ error: { status: 500, message: 'internal error' } }, 500);
  });
  return app;
}
