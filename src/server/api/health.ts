import { createRoute, z } from '@hono/zod-openapi';
import { readHealthCounts } from '../../store/health-reads.ts';
import { apiRouter, type ApiDeps } from './api-router.ts';
import { json } from './responses.ts';

const Health = z
  .object({
    status: z.literal('ok'),
    database: z.enum(['pglite', 'postgres']),
    observations: z.number().int(),
    sources: z.number().int(),
  })
  .openapi('Health');

const health = createRoute({
  method: 'get',
  path: '/api/health',
  'x-example': '/api/health',
  tags: ['Service'],
  summary: 'Health',
  description: 'Whether the service and its database answer, which database it is, and how much it holds.',
  responses: { 200: json(Health, 'Healthy.') },
});

/** `GET /api/health`. */
export function healthRoutes(deps: ApiDeps) {
  const app = apiRouter();
  app.openapi(health, async (c) => {
    const counts = await readHealthCounts(deps.db);
    // A probe must see the current state, never a cached one.
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ok' as const, database: deps.storeKind, ...counts }, 200);
  });
  return app;
}
