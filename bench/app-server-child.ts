/**
 * The child process `startAppServer` forks: opens the store named in argv[2] (JSON `StoreOptions`),
 * migrates and seeds it with the bundled data, serves the real app (`createApp`, web app included,
 * as `parity serve` does) and, on a second port, a minimal Hono app answering the app's own bytes
 * and headers for each path in argv[3] (a JSON array) from memory. Reports `ChildReady` over IPC,
 * and closes everything when the parent disconnects or sends SIGTERM.
 */
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { pino } from 'pino';
import { createApp } from '../src/server/app.ts';
import { seedBundledData } from '../src/services/seed.ts';
import { warmUp } from '../src/services/warm-up.ts';
import { openStore, type StoreOptions } from '../src/store/connect.ts';
import { migrateToLatest } from '../src/store/migrate.ts';
import type { ChildMessage, Mirrored } from './app-server.ts';
import { timed } from './timing.ts';

// Headers the HTTP layer writes per response; everything else is copied as the app sent it.
const PER_RESPONSE = new Set(['content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding']);

interface Cached {
  readonly status: number;
  readonly headers: [string, string][];
  readonly body: Uint8Array;
}

async function main(): Promise<void> {
  const opts = JSON.parse(process.argv[2] ?? '{}') as StoreOptions;
  const paths = JSON.parse(process.argv[3] ?? '[]') as string[];
  const store = await openStore(opts);
  const servers: ServerType[] = [];
  const stop = () => void shutdown(servers, store.close);
  process.once('disconnect', stop);
  process.once('SIGTERM', stop);

  const migrated = await migrateToLatest(store.db);
  if (migrated.error) throw migrated.error;
  const seed = await timed(() => seedBundledData(store.db));
  const failed = seed.value.outcomes.filter((o) => o.status === 'failed').length;
  const app = createApp({
    db: store.db,
    storeKind: store.kind,
    logger: pino({ level: 'silent' }),
    web: true,
  });
  // createApp starts the same warm-up in the background; both share the store snapshot's memo.
  const warm = await timed(() => warmUp(store.db));
  const appPort = await listen(servers, app.fetch);

  const cache = new Map<string, Cached>();
  for (const path of paths) cache.set(path, await fetchTwice(`http://127.0.0.1:${appPort}${path}`));
  const memory = new Hono();
  memory.get('*', (c) => {
    const url = new URL(c.req.url);
    const hit = cache.get(url.pathname + url.search);
    return hit ? new Response(hit.body, { status: hit.status, headers: hit.headers }) : c.notFound();
  });
  const memoryPort = await listen(servers, memory.fetch);

  const mirrored: Mirrored[] = [...cache].map(([path, e]) => ({
    path,
    status: e.status,
    bytes: e.body.length,
  }));
  send({
    type: 'ready',
    appPort,
    memoryPort,
    seed: { files: seed.value.outcomes.length, failed, ms: seed.ms },
    warmUpMs: warm.ms,
    mirrored,
  });
}

// The first request fills the app's response cache; the second is what a warm server answers.
async function fetchTwice(url: string): Promise<Cached> {
  await (await fetch(url)).arrayBuffer();
  const res = await fetch(url);
  const body = new Uint8Array(await res.arrayBuffer());
  const headers = [...res.headers].filter(([name]) => !PER_RESPONSE.has(name.toLowerCase()));
  return { status: res.status, headers, body };
}

function listen(
  servers: ServerType[],
  fetch: (req: Request) => Response | Promise<Response>,
): Promise<number> {
  return new Promise((resolve) => {
    servers.push(serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port)));
  });
}

async function shutdown(servers: readonly ServerType[], closeStore: () => Promise<void>): Promise<void> {
  for (const s of servers) {
    if ('closeAllConnections' in s) s.closeAllConnections();
    s.close();
  }
  await closeStore().catch(() => undefined);
  process.exit(0);
}

function send(message: ChildMessage): void {
  process.send?.(message);
}

main().catch((e: unknown) => {
  send({ type: 'error', message: (e as Error).stack ?? String(e) });
  process.exit(1);
});
