import autocannon from 'autocannon';
import type { AppServer } from './app-server.ts';

/** Response-time percentiles in milliseconds. */
export interface Latency {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
}

export interface LoadResult {
  readonly latency: Latency;
  /** Responses per second over the run. */
  readonly rps: number;
  readonly responses: number;
  /** Connection errors and timeouts plus non-2xx answers: anything but 0 makes the numbers suspect. */
  readonly failures: number;
}

export interface LoadOptions {
  readonly connections: number;
  readonly seconds: number;
}

/** One endpoint against the real app and against the memory mirror of its answer. */
export interface EndpointBench {
  readonly path: string;
  readonly app: LoadResult;
  readonly memory: LoadResult;
}

/** An untimed run before each measured one, so both servers' code is compiled and their sockets open. */
const WARM_UP_SECONDS = 1;

/**
 * Loads `url` with `connections` keep-alive connections, each sending its next GET as soon as the
 * previous answer arrives, for `seconds`. Latency is each request's time from send to the end of
 * its answer, as autocannon measures it; percentiles are nearest-rank over every response.
 */
export async function loadTest(url: string, opts: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const options = { url, connections: opts.connections, duration: opts.seconds };
    const instance = autocannon(options, (err: unknown, r) => (err ? reject(err as Error) : resolve(r)));
    instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  });
  times.sort((a, b) => a - b);
  return {
    latency: { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) },
    rps: times.length / result.duration,
    responses: times.length,
    failures: result.errors + result.non2xx,
  };
}

/**
 * Each path against the server's real app and then its memory mirror, after an untimed one-second
 * run of each, one at a time so they never compete for the two cores.
 */
export async function benchEndpoints(
  server: AppServer,
  paths: readonly string[],
  opts: LoadOptions,
): Promise<EndpointBench[]> {
  const out: EndpointBench[] = [];
  for (const path of paths) {
    const run = async (base: string) => {
      await loadTest(base + path, { ...opts, seconds: WARM_UP_SECONDS });
      return loadTest(base + path, opts);
    };
    const app = await run(server.appUrl);
    const memory = await run(server.memoryUrl);
    out.push({ path, app, memory });
  }
  return out;
}

/** Nearest-rank percentile `p` (0–100) of ascending `sorted` values; NaN when there are none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}
