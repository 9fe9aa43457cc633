import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { StoreOptions } from '../src/store/connect.ts';

/** A path the memory server answers, with what the app answered for it. */
export interface Mirrored {
  readonly path: string;
  readonly status: number;
  readonly bytes: number;
}

/** What the child reports once it serves; see app-server-child.ts. */
export type ChildMessage =
  | {
      readonly type: 'ready';
      readonly appPort: number;
      readonly memoryPort: number;
      readonly seed: { readonly files: number; readonly failed: number; readonly ms: number };
      /** How long awaiting `warmUp` took after seeding (the app's caches are warm after it). */
      readonly warmUpMs: number;
      readonly mirrored: readonly Mirrored[];
    }
  | { readonly type: 'error'; readonly message: string };

export interface AppServer {
  /** The real app, e.g. `http://127.0.0.1:40123` (no trailing slash). */
  readonly appUrl: string;
  /** The minimal server answering the app's bytes for the mirrored paths from memory. */
  readonly memoryUrl: string;
  readonly ready: Extract<ChildMessage, { type: 'ready' }>;
  /** Stops the child and resolves once it has exited (its database connections closed). */
  stop(): Promise<void>;
}

const CHILD = fileURLToPath(new URL('./app-server-child.ts', import.meta.url));
/** Seeding takes 20–40 s on an idle machine; allow for a loaded one. */
const READY_TIMEOUT_MS = 10 * 60_000;

/**
 * Forks a child process that seeds the store `opts` names (a fresh PGlite data directory or an
 * empty PostgreSQL database) with the bundled data, awaits the app's cache warm-up, and serves the
 * real app and a memory mirror of it for `paths` on ephemeral loopback ports. A child keeps the
 * load generator (in this process) off the server's event loop. Rejects if the child fails or is
 * not ready within ten minutes.
 */
export function startAppServer(opts: StoreOptions, paths: readonly string[]): Promise<AppServer> {
  const child = fork(CHILD, [JSON.stringify(opts), JSON.stringify(paths)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise<AppServer>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error('app server not ready in time')), READY_TIMEOUT_MS);
    const fail = (e: Error) => {
      clearTimeout(timer);
      void stop().then(() => reject(e));
    };
    const early = (code: number | null) => fail(new Error(`app server exited with status ${code}`));
    child.once('exit', early);
    child.once('message', (m: ChildMessage) => {
      if (m.type === 'error') return fail(new Error(`app server failed: ${m.message}`));
      clearTimeout(timer);
      child.off('exit', early);
      const url = (port: number) => `http://127.0.0.1:${port}`;
      resolve({ appUrl: url(m.appPort), memoryUrl: url(m.memoryPort), ready: m, stop });
    });
  });
}
