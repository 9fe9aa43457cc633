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
      const port = Number(io.env.PORT ?? 3000);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new CliError(
          `PORT must be a port number (1–65535, or 0 for any free port), got ${JSON.stringify(io.env.PORT)}`,
        );
      }
      const logger = createLogger(io.env);
      const store = await openStore(storeOptionsFromEnv(io.env));
      const migrated = await migrateToLatest(store.db);
      if (migrated.error) throw new CliError(`migration failed: ${(migrated.error as Error).message}`);
      const seeded = await runSeed(io, store);
      if (seeded.failed > 0)
        logger.warn(`${seeded.failed} bundled files failed to import; serving what is there`);
      const app = createApp({ db: store.db, storeKind: store.kind, logger, web: true });
      const server = serve({ fetch: app.fetch, port }, (info) => {
        io.err(`Parity is serving on http://localhost:${info.port} (database: ${store.location})\n`);
      });
      const stop = () => {
        server.close();
        void store.close().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
