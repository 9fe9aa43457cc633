/**
 * `npm run bench`: HDR25 import on PGlite and PostgreSQL against a plain COPY, GII/GDI/HDI
 * computation over both HDR editions, API latency and throughput on both engines, the web app's
 * initial JavaScript, and the country page's render time, each next to its target. Informational:
 * a missed target never fails the process (a crash does). See bench/README.md.
 */
import { cpus, loadavg } from 'node:os';
import type { ObservationRow } from '../src/store/observation-writes.ts';
import { benchCopy } from './copy-baseline.ts';
import { benchCompute, loadComponents, type ComputeBench } from './compute-bench.ts';
import { HDR25, observationRows, parseHdrFile } from './hdr-files.ts';
import { benchImport, type ImportBench } from './import-bench.ts';
import { DEFAULT_ADMIN_URL, probeServer, redactUrl } from './pg-databases.ts';
import { bestMedian, count, duration, rate, table, verdict, verdictText } from './report.ts';
import { progress, section, type Section } from './section.ts';
import { repeat, timed, type Timing } from './timing.ts';
import { benchEngineWeb, type WebBenchOptions } from './web-benches.ts';
import { apiReport, renderReport, webSizeReport, type EngineSection } from './web-report.ts';
import { measureWebSize } from './web-size.ts';

/** Targets from the issue, in milliseconds (the import/COPY one is a ratio). */
const TARGET = { postgres: 3000, pglite: 10_000, copyRatio: 3, compute: 200 } as const;

interface Target {
  readonly text: string;
  readonly met: (t: Timing) => boolean;
}

interface Parsed {
  readonly timing: Timing;
  readonly rows: ObservationRow[];
}

async function main(): Promise<void> {
  const repeats = Math.max(1, Math.floor(Number(process.env.BENCH_REPEATS ?? 3)) || 3);
  const adminUrl = process.env.BENCH_DATABASE_URL ?? DEFAULT_ADMIN_URL;
  const server = await probeServer(adminUrl);
  const unreachable = (): Section<never> => ({ ok: false, note: 'not run: PostgreSQL unreachable' });
  if (!server.ok) progress(`PostgreSQL not reachable via ${redactUrl(adminUrl)}: ${server.error}`);

  progress('parsing and validating HDR25');
  const parse = await section(() => parseRows(repeats));
  progress('importing HDR25 into PGlite (on disk)');
  const pglite = await section(() => benchImport({ kind: 'pglite' }, HDR25, repeats));
  const postgres = server.ok
    ? await section(() => {
        progress('importing HDR25 into PostgreSQL');
        return benchImport({ kind: 'postgres', adminUrl }, HDR25, repeats);
      })
    : unreachable();
  const copy = !server.ok
    ? unreachable()
    : parse.ok
      ? await section(() => {
          progress('COPY of the same rows into PostgreSQL');
          return benchCopy(adminUrl, parse.value.rows, repeats);
        })
      : { ok: false as const, note: 'not run: no parsed rows' };
  progress('computing GII, GDI and HDI');
  const compute = await section(async () => benchCompute(await loadComponents(), repeats));
  progress('measuring the web app bundle (building it if stale)');
  const webSize = await section(() => measureWebSize());
  const web = webOptions();
  const engines: EngineSection[] = [];
  progress('API and render benches on PGlite (seeding first)');
  const onPglite = await section(() => benchEngineWeb({ kind: 'pglite' }, web));
  engines.push({ name: 'PGlite', result: onPglite });
  engines.push({
    name: 'PostgreSQL',
    result: server.ok
      ? await section(() => {
          progress('API bench on PostgreSQL (seeding first)');
          return benchEngineWeb({ kind: 'postgres', adminUrl }, { ...web, renderRuns: 0 });
        })
      : unreachable(),
  });

  console.log(`\nParity benchmarks: best / median of ${repeats} run(s); targets judged on the median`);
  console.log(`Node ${process.version}, ${process.platform} ${process.arch}, ${cpus().length} CPU(s)`);
  const load = loadavg().map((l) => l.toFixed(2));
  console.log(
    `Load average at the end: ${load.join(', ')} (1, 5, 15 min; above ${cpus().length} = contended)`,
  );
  console.log(
    server.ok
      ? `PostgreSQL ${server.version} via ${redactUrl(adminUrl)}`
      : `PostgreSQL not reachable via ${redactUrl(adminUrl)} (${server.error}): PostgreSQL parts skipped`,
  );
  const n = parse.ok ? parse.value.rows.length : pglite.ok ? pglite.value.rows : 0;
  console.log(
    `\nHDR25 import (${count(n)} long-format observations; importFile: hash, parse, validate, write, commit)`,
  );
  console.log(importTable(n, parse, pglite, postgres, copy));
  console.log('\nGII, GDI and HDI for every area-year of HDR25 and HDR23-24 (parsed beforehand, not timed)');
  console.log(computeTable(compute));
  console.log(apiReport(engines, web.load));
  console.log(webSizeReport(webSize));
  console.log(renderReport(onPglite.ok ? onPglite.value.render : undefined, web.renderRuns));
}

function webOptions(): WebBenchOptions {
  const seconds = Number(process.env.BENCH_API_SECONDS ?? 10);
  return {
    load: { connections: 50, seconds: Number.isFinite(seconds) && seconds > 0 ? seconds : 10 },
    renderRuns: 5,
  };
}

// Parsing and validating alone, for context: the part of the import that is not the database's.
async function parseRows(repeats: number): Promise<Parsed> {
  let rows: ObservationRow[] = [];
  const timing = await repeat(repeats, async () => {
    const { ms, value } = await timed(async () => observationRows(HDR25, await parseHdrFile(HDR25)));
    rows = value;
    return ms;
  });
  return { timing, rows };
}

function importTable(
  n: number,
  parse: Section<Parsed>,
  pglite: Section<ImportBench>,
  postgres: Section<ImportBench>,
  copy: Section<Timing>,
): string {
  const timingOf = (s: Section<{ timing: Timing }>): Section<Timing> =>
    s.ok ? { ok: true, value: s.value.timing } : s;
  const ratio = { text: `≤ ${TARGET.copyRatio}×`, met: (t: Timing) => t.median <= TARGET.copyRatio };
  const ratioRow = postgres.ok && copy.ok ? ratioOf(postgres.value.timing, copy.value) : undefined;
  return table([
    ['measurement', 'best / median', 'rows/s (median)', 'target'],
    timingRow('parse + validate only (context)', timingOf(parse), n),
    timingRow('import, PGlite on disk', timingOf(pglite), n, {
      text: `≤ ${TARGET.pglite / 1000} s`,
      met: (t) => t.median <= TARGET.pglite,
    }),
    timingRow('import, PostgreSQL', timingOf(postgres), n, {
      text: `≤ ${TARGET.postgres / 1000} s`,
      met: (t) => t.median <= TARGET.postgres,
    }),
    timingRow('plain COPY, PostgreSQL', copy, n),
    ratioRow
      ? [
          'import / COPY, PostgreSQL',
          `${ratioRow.best.toFixed(2)}× / ${ratioRow.median.toFixed(2)}×`,
          '',
          verdictText(verdict(ratio.text, ratio.met(ratioRow))),
        ]
      : [
          'import / COPY, PostgreSQL',
          'needs both measurements',
          '',
          verdictText(verdict(ratio.text, undefined)),
        ],
  ]);
}

// Best over best and median over median: each pair measured in this run, on this machine.
function ratioOf(a: Timing, b: Timing): Timing {
  return { runs: [], best: a.best / b.best, median: a.median / b.median };
}

function timingRow(label: string, s: Section<Timing>, n: number, target?: Target): string[] {
  if (!s.ok) return [label, s.note, '', target ? verdictText(verdict(target.text, undefined)) : ''];
  const judged = target ? verdictText(verdict(target.text, target.met(s.value))) : '';
  return [label, bestMedian(s.value), rate(n, s.value.median), judged];
}

function computeTable(s: Section<ComputeBench>): string {
  if (!s.ok) return `  ${s.note}`;
  const c = s.value;
  return table([
    ['measurement', 'count', 'best / median', 'values/s (median)', 'target'],
    [
      'computeIndexFor × GII, GDI, HDI',
      `${count(c.computations)} (${count(c.areaYears)} area-years; ${count(c.values)} computable)`,
      `${duration(c.timing.best)} / ${duration(c.timing.median)}`,
      rate(c.computations, c.timing.median),
      verdictText(verdict(`≤ ${TARGET.compute} ms`, c.timing.median <= TARGET.compute)),
    ],
  ]);
}

await main();
