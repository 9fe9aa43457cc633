/**
 * `npm run bench`: HDR25 import on PGlite and PostgreSQL against a plain COPY, and GII/GDI/HDI
 * computation over both HDR editions, each next to its target. Informational: a missed target
 * never fails the process (a crash does). See bench/README.md.
 */
import { cpus } from 'node:os';
import { benchCopy } from './copy-baseline.ts';
import { benchCompute, loadComponents, type ComputeBench } from './compute-bench.ts';
import { HDR25, observationRows, parseHdrFile } from './hdr-files.ts';
import { benchImport, type ImportBench } from './import-bench.ts';
import { DEFAULT_ADMIN_URL, probeServer, redactUrl } from './pg-databases.ts';
import { bestMedian, count, duration, rate, table, verdict, verdictText } from './report.ts';
import { repeat, timed, type Timing } from './timing.ts';

/** Targets from the issue, in milliseconds (the import/COPY one is a ratio). */
const TARGET = { postgres: 3000, pglite: 10_000, copyRatio: 3, compute: 200 } as const;

interface Target {
  readonly text: string;
  readonly met: (t: Timing) => boolean;
}

type Section<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly note: string };

async function main(): Promise<void> {
  const repeats = Math.max(1, Number(process.env.BENCH_REPEATS ?? 3) || 3);
  const adminUrl = process.env.BENCH_DATABASE_URL ?? DEFAULT_ADMIN_URL;
  const server = await probeServer(adminUrl);

  progress('parsing HDR25');
  const parse = await section(() => repeat(repeats, async () => (await timed(() => parseHdrFile(HDR25))).ms));
  const rows = observationRows(HDR25, await parseHdrFile(HDR25));
  progress('importing HDR25 into PGlite (on disk)');
  const pglite = await section(() => benchImport({ kind: 'pglite' }, HDR25, repeats));
  const skipped: Section<never> = { ok: false, note: server.ok ? '' : `not run: PostgreSQL unreachable` };
  progress('importing HDR25 into PostgreSQL');
  const postgres = server.ok
    ? await section(() => benchImport({ kind: 'postgres', adminUrl }, HDR25, repeats))
    : skipped;
  progress('COPY of the same rows into PostgreSQL');
  const copy = server.ok ? await section(() => benchCopy(adminUrl, rows, repeats)) : skipped;
  progress('computing GII, GDI and HDI');
  const compute = await section(async () => benchCompute(await loadComponents(), repeats));

  console.log(`Parity benchmarks: best / median of ${repeats} run(s); targets judged on the median`);
  console.log(`Node ${process.version}, ${process.platform} ${process.arch}, ${cpus().length} CPU(s)`);
  console.log(
    server.ok
      ? `PostgreSQL ${server.version} via ${redactUrl(adminUrl)}`
      : `PostgreSQL not reachable via ${redactUrl(adminUrl)} (${server.error}): PostgreSQL parts skipped`,
  );
  console.log(
    `\nHDR25 import (${count(rows.length)} long-format observations; importFile: hash, parse, validate, write, commit)`,
  );
  console.log(importTable(rows.length, parse, pglite, postgres, copy));
  console.log('\nGII, GDI and HDI for every area-year of HDR25 and HDR23-24 (parsed beforehand, not timed)');
  console.log(computeTable(compute));
}

function importTable(
  n: number,
  parse: Section<Timing>,
  pglite: Section<ImportBench>,
  postgres: Section<ImportBench>,
  copy: Section<Timing>,
): string {
  const timingOf = (s: Section<ImportBench>): Section<Timing> =>
    s.ok ? { ok: true, value: s.value.timing } : s;
  const ratio: Section<Timing> =
    postgres.ok && copy.ok
      ? {
          ok: true,
          value: {
            runs: [],
            best: postgres.value.timing.best / copy.value.best,
            median: postgres.value.timing.median / copy.value.median,
          },
        }
      : { ok: false, note: 'needs PostgreSQL import and COPY' };
  const ratioText = (t: Timing) => `${t.best.toFixed(2)}× / ${t.median.toFixed(2)}×`;
  return table([
    ['measurement', 'best / median', 'rows/s (median)', 'target'],
    timingRow('parse + validate only (context)', parse, n),
    timingRow('import, PGlite on disk', timingOf(pglite), n, {
      text: `≤ ${TARGET.pglite / 1000} s`,
      met: (t) => t.median <= TARGET.pglite,
    }),
    timingRow('import, PostgreSQL', timingOf(postgres), n, {
      text: `≤ ${TARGET.postgres / 1000} s`,
      met: (t) => t.median <= TARGET.postgres,
    }),
    timingRow('plain COPY, PostgreSQL', copy, n),
    ratio.ok
      ? [
          'import / COPY, PostgreSQL',
          ratioText(ratio.value),
          '',
          verdictText(verdict(`≤ ${TARGET.copyRatio}×`, ratio.value.median <= TARGET.copyRatio)),
        ]
      : [
          'import / COPY, PostgreSQL',
          ratio.note,
          '',
          verdictText(verdict(`≤ ${TARGET.copyRatio}×`, undefined)),
        ],
  ]);
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

// A section that throws is reported in the table and makes the exit status non-zero; the others still run.
async function section<T>(fn: () => Promise<T>): Promise<Section<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (e) {
    process.exitCode = 1;
    console.error(e);
    return { ok: false, note: `failed: ${(e as Error).message.split('\n')[0]}` };
  }
}

function progress(what: string): void {
  process.stderr.write(`… ${what}\n`);
}

await main();
