import type { EndpointBench, LoadOptions, LoadResult } from './api-bench.ts';
import type { RenderBench, RenderRuns } from './render-bench.ts';
import { bestMedian, count, duration, table, verdict, verdictText } from './report.ts';
import type { Section } from './section.ts';
import { API_PATHS, type EngineWeb } from './web-benches.ts';
import type { Chunk, WebSize } from './web-size.ts';

/** Targets from the issue: milliseconds, and kilobytes of 1,000 bytes. */
export const WEB_TARGET = { profileP95Postgres: 50, initialJsKb: 300, renderMs: 1500 } as const;

export interface EngineSection {
  readonly name: 'PGlite' | 'PostgreSQL';
  readonly result: Section<EngineWeb>;
}

const LABEL: Readonly<Record<string, string>> = {
  [API_PATHS.profile]: 'country profile (KAZ)',
  [API_PATHS.observations]: 'observations (hdr.gii, unece)',
};

/** The API table, with a heading saying the load and how warm the servers were. */
export function apiReport(engines: readonly EngineSection[], load: LoadOptions): string {
  const heading = [
    `\nAPI under load: ${load.connections} connections for ${load.seconds} s per row (autocannon in this process,`,
    'server in a child); latency per request, percentiles nearest-rank over every response.',
    'Caches WARM as in production: warmUp awaited after seeding, each URL requested twice before timing',
    '(the response cache holds it), and an untimed 1 s run before each measured one. "memory" is the same',
    'server stack (Hono on @hono/node-server) answering the same bytes and headers from memory.',
  ];
  for (const e of engines) {
    if (!e.result.ok) continue;
    const { seed, warmUpMs } = e.result.value;
    const failed = seed.failed > 0 ? `, ${seed.failed} FAILED` : '';
    heading.push(
      `${e.name}: seeded ${seed.files} files${failed} in ${duration(seed.ms)}; warm-up ${duration(warmUpMs)}`,
    );
  }
  const rows: string[][] = [['request', 'server', 'p50 / p95 / p99', 'req/s', 'app vs memory', 'target']];
  for (const e of engines) {
    if (!e.result.ok) rows.push([`all, ${e.name}`, e.result.note, '', '', '', '']);
    else for (const b of e.result.value.endpoints) rows.push(...endpointRows(e.name, b));
  }
  return `${heading.join('\n')}\n${table(rows)}`;
}

function endpointRows(engine: EngineSection['name'], b: EndpointBench): string[][] {
  const judged = engine === 'PostgreSQL' && b.path === API_PATHS.profile;
  const target = `p95 ≤ ${WEB_TARGET.profileP95Postgres} ms`;
  const ratio = `p95 ×${(b.app.latency.p95 / b.memory.latency.p95).toFixed(1)}, req/s ÷${(b.memory.rps / b.app.rps).toFixed(1)}`;
  return [
    [
      `${LABEL[b.path] ?? b.path}, ${engine}`,
      'app',
      latency(b.app),
      throughput(b.app),
      ratio,
      judged ? verdictText(verdict(target, b.app.latency.p95 <= WEB_TARGET.profileP95Postgres)) : '',
    ],
    ['', 'memory', latency(b.memory), throughput(b.memory), '', ''],
  ];
}

function latency(r: LoadResult): string {
  const { p50, p95, p99 } = r.latency;
  return `${p50.toFixed(1)} / ${p95.toFixed(1)} / ${p99.toFixed(1)} ms`;
}

function throughput(r: LoadResult): string {
  const rps = `${count(Math.round(r.rps))}/s`;
  return r.failures > 0 ? `${rps} (${count(r.failures)} FAILED)` : rps;
}

/** The bundle table: the initial load against its target, then each lazily loaded page for information. */
export function webSizeReport(s: Section<WebSize>): string {
  const heading = '\nWeb app JavaScript, gzipped with node:zlib (level 6); kB = 1,000 bytes';
  if (!s.ok) return `${heading}\n  ${s.note}`;
  const w = s.value;
  const target = `≤ ${WEB_TARGET.initialJsKb} kB`;
  const rows: string[][] = [
    ['measurement', 'chunks', 'raw', 'gzip', 'largest chunk (gzip)', 'target'],
    [
      'initial load (index.html scripts + modulepreloads)',
      String(w.initial.length),
      kb(w.initial.reduce((n, c) => n + c.bytes, 0)),
      kb(w.initialGzip),
      largest(w.initial),
      verdictText(verdict(target, w.initialGzip <= WEB_TARGET.initialJsKb * 1000)),
    ],
  ];
  for (const p of w.pages) {
    const raw = p.chunks.reduce((n, c) => n + c.bytes, 0);
    rows.push([
      `lazy: ${p.page} (+ its static imports)`,
      String(p.chunks.length),
      kb(raw),
      kb(p.gzip),
      largest(p.chunks),
      '',
    ]);
  }
  const built = w.built ? 'built by this run (npm run build:web)' : 'dist/web newer than src/web, used as is';
  return `${heading}; ${built}\n${table(rows)}`;
}

function largest(chunks: readonly Chunk[]): string {
  const top = chunks.reduce<Chunk | undefined>((a, b) => (!a || b.gzip > a.gzip ? b : a), undefined);
  return top ? `${top.file.replace(/^assets\//, '')} ${kb(top.gzip)}` : '';
}

function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** The render table: cold and warm, goto-to-rendered and the page's own clock. */
export function renderReport(s: Section<RenderBench> | undefined, runs: number): string {
  const heading = [
    `\nCountry page /country/KAZ in headless Chromium against the PGlite app server (web app included),`,
    `best / median of ${runs}; "rendered" = GII headline value shown, every chart's SVG drawn (GII trend`,
    'included), nothing aria-busy. Server caches warm (one untimed load first).',
  ].join('\n');
  if (!s) return `${heading}\n  not run`;
  if (!s.ok) return `${heading}\n  ${s.note}`;
  const target = `≤ ${WEB_TARGET.renderMs / 1000} s`;
  const row = (label: string, r: RenderRuns) => [
    label,
    bestMedian(r.wall),
    duration(r.inPage.median),
    verdictText(verdict(target, r.wall.median <= WEB_TARGET.renderMs)),
  ];
  return `${heading}\n${table([
    ['measurement', 'goto → rendered, best / median', 'since navigation start (median)', 'target'],
    row('cold: fresh browser context per run', s.value.cold),
    row('warm: same context, cached assets + API', s.value.warm),
  ])}`;
}
