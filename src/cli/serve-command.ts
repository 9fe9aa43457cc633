import { Command } from 'commander';
import { serve } from '@hono/node-server';
import { createApp } from '../server/app.ts';
import { createLogger } from '../server/logger.ts';
import { CliError, type CliIo } from './io.ts';
import { openStore, storeOptionsFromEnv } from '../store/connect.ts';
import { migrateToLatest } from '../store/migrate.ts';
import { runSeed } from './run-seed.ts';

export function serveCommand(io: CliIo): Command {
  return new Command('serve')
    .description(
      'migrate and seed the database on first run, then serve the API and web app (PORT, default 3000)',
    )
    .action(async () => {
      await startServing(io, { port: portFrom(io), web: true });
    });
}

/** PORT from the environment (default 3000; 0 = any free port). */
export function portFrom(io: CliIo): number {
  const port = Number(io.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new CliError(
      `PORT must be a port number (1–65535, or 0 for any free port), got ${JSON.stringify(io.env.PORT)}`,
    );
  }
  return port;
}

/**
 * Migrates, seeds what is missing, then serves; resolves with the port once listening. With
 * `web: false` only the API is served (the dev command puts Vite in front of it).
 */
export async function startServing(io: CliIo, opts: { port: number; web: boolean }): Promise<number> {
  const logger = createLogger(io.env);
  const store = await openStore(storeOptionsFromEnv(io.env));
  const migrated = await migrateToLatest(store.db);
  if (migrated.error) throw new CliError(`migration failed: ${(migrated.error as Error).message}`);
  const seeded = await runSeed(io, store);
  if (seeded.failed > 0)
    logger.warn(`${seeded.failed} bundled files failed to import; serving what is there`);
  const app = createApp({ db: store.db, storeKind: store.kind, logger, web: opts.web, warm: true });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: opts.port }, (info) => {
      const what = opts.web ? 'Parity is serving' : 'The Parity API is serving';
      io.err(`${what} on http://localhost:${info.port} (database: ${store.location})\n`);
      resolve(info.port);
    });
    const stop = () => {
      server.close();
      void store.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
