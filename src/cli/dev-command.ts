import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import type { CliIo } from './io.ts';
import { portFrom, startServing } from './serve-command.ts';

const VITE_CONFIG = fileURLToPath(new URL('../web/vite.config.ts', import.meta.url));

export function devCommand(io: CliIo): Command {
  return new Command('dev')
    .description(
      'development: the API on PORT (default 3000) and the web app with hot reload on WEB_PORT (default 5173), ' +
        'which forwards /api to the API',
    )
    .action(async () => {
      const apiPort = await startServing(io, { port: portFrom(io), web: false });
      // Vite is a development dependency: loaded only here.
      const { createServer } = await import('vite');
      const vite = await createServer({
        configFile: VITE_CONFIG,
        server: {
          port: Number(io.env.WEB_PORT ?? 5173),
          proxy: { '/api': `http://localhost:${apiPort}` },
        },
      });
      await vite.listen();
      io.err(`Web app with hot reload on ${vite.resolvedUrls?.local[0] ?? 'http://localhost:5173/'}\n`);
    });
}
