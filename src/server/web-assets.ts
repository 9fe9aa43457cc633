import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Env, Hono } from 'hono';

/** Where `npm run build:web` writes the web app. */
export const WEB_DIST = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/**
 * Serves the built web app: hashed assets with a long cache life, and `index.html` for every other
 * path that is not the API (the app routes in the browser). Without a build, a page says how to make one.
 */
export function mountWebApp<E extends Env>(app: Hono<E>, dist = WEB_DIST): void {
  const index = `${dist}index.html`;
  const root = relative(process.cwd(), dist) || '.';
  app.use(
    '/assets/*',
    serveStatic({
      root,
      onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable'),
    }),
  );
  app.get('*', (c) => {
    if (c.req.path.startsWith('/api/')) return c.notFound();
    if (!existsSync(index)) {
      return c.html(
        '<!doctype html><html lang="en"><title>Parity</title><h1>Parity</h1><p>The web app has not been built. ' +
          'Run <code>npm run build:web</code> (it runs on <code>npm install</code>), then reload.</p>' +
          '<p>The API is at <a href="/api/docs">/api/docs</a>.</p></html>',
        503,
      );
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(readFileSync(index, 'utf8'));
  });
}
