import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoreOptions } from '../src/store/connect.ts';
import { benchEndpoints, type EndpointBench, type LoadOptions } from './api-bench.ts';
import { startAppServer, type AppServer } from './app-server.ts';
import { withFreshDatabase } from './pg-databases.ts';
import { benchRender, type RenderBench } from './render-bench.ts';
import { progress, section, type Section } from './section.ts';

/** The endpoints the API bench loads, in the order printed. */
export const API_PATHS = {
  profile: '/api/countries/KAZ/profile',
  observations: '/api/observations?indicator=hdr.gii&regionSet=unece',
} as const;

export type WebEngine =
  { readonly kind: 'pglite' } | { readonly kind: 'postgres'; readonly adminUrl: string };

export interface EngineWeb {
  /** Bundled files seeded, how many failed, and how long seeding took (ms, not part of any timing). */
  readonly seed: { readonly files: number; readonly failed: number; readonly ms: number };
  /** How long the awaited `warmUp` took after seeding, in ms. */
  readonly warmUpMs: number;
  readonly endpoints: readonly EndpointBench[];
  /** Only on PGlite, when asked for. */
  readonly render?: Section<RenderBench>;
}

export interface WebBenchOptions {
  readonly load: LoadOptions;
  /** Render-bench runs per mode (cold, warm); 0 skips it. */
  readonly renderRuns: number;
}

/**
 * Seeds a fresh store on the engine (a temporary PGlite directory, or a new database on the server,
 * removed afterwards), serves the real app and its memory mirror from a child process, loads both
 * endpoints on both, and, when `renderRuns` > 0, times the country page in Chromium against the app.
 */
export async function benchEngineWeb(engine: WebEngine, opts: WebBenchOptions): Promise<EngineWeb> {
  const name = engine.kind === 'pglite' ? 'PGlite' : 'PostgreSQL';
  return withServer(engine, async (server) => {
    const { seed, warmUpMs } = server.ready;
    progress(`${name}: seeded ${seed.files} files in ${(seed.ms / 1000).toFixed(1)} s; loading the API`);
    const endpoints = await benchEndpoints(server, Object.values(API_PATHS), opts.load);
    if (opts.renderRuns <= 0) return { seed, warmUpMs, endpoints };
    progress(`${name}: rendering the country page in Chromium`);
    const render = await section(() => benchRender(server.appUrl, opts.renderRuns));
    return { seed, warmUpMs, endpoints, render };
  });
}

async function withServer<T>(engine: WebEngine, fn: (server: AppServer) => Promise<T>): Promise<T> {
  const run = async (opts: StoreOptions) => {
    const server = await startAppServer(opts, Object.values(API_PATHS));
    try {
      return await fn(server);
    } finally {
      await server.stop();
    }
  };
  if (engine.kind === 'postgres')
    return withFreshDatabase(engine.adminUrl, (url) => run({ databaseUrl: url }));
  const dataDir = await mkdtemp(join(tmpdir(), 'parity-bench-'));
  try {
    return await run({ dataDir });
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
