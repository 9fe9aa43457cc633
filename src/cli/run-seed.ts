import { relative } from 'node:path';
import type { Store } from '../store/connect.ts';
import { formatDiagnostic } from '../ingest/diagnostic.ts';
import { BUNDLED_DATA_DIR, seedBundledData } from '../services/seed.ts';
import type { DemoOutcome } from '../services/demo-cycle.ts';
import type { ImportOutcome } from '../services/import-file.ts';
import { rowsText, type TableLoadOutcome } from '../services/load-parity-tables.ts';
import type { CliIo } from './io.ts';
import { progressFor } from './progress.ts';

/**
 * Seeds the bundled data with progress on stderr: a bar while a file is read and written (on a
 * terminal), then a line per file imported. Files already loaded are passed over in silence, so a
 * later start prints one line. Notes and rejected rows are recorded with each import run.
 */
export async function runSeed(io: CliIo, store: Store): Promise<{ imported: number; failed: number }> {
  const progress = progressFor(io);
  const started = performance.now();
  let total = 0;
  const result = await seedBundledData(store.db, {
    onProgress: (phase, done, n) => progress.update(phase === 'read' ? 'reading' : 'writing', done, n),
    onTable: (o) => {
      const line = tableSummary(o);
      if (line) io.err(`${line}\n`);
    },
    onOutcome: (o, i, n) => {
      total = n;
      progress.stop();
      const line = summary(o);
      if (line) io.err(`[${i + 1}/${n}] ${line}\n`);
    },
    onDemo: (o) => {
      const line = demoSummary(o);
      if (line) io.err(`${line}\n`);
    },
  });
  progress.stop();
  const imported = result.outcomes.filter((o) => o.status === 'imported').length;
  const failed = [...result.outcomes, ...result.tables, result.demo].filter(
    (o) => o.status === 'failed',
  ).length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  io.err(
    imported === 0 && failed === 0
      ? `bundled data: all ${total} files already loaded in ${store.location}\n`
      : `bundled data: ${imported} of ${total} files imported into ${store.location} in ${seconds} s` +
          `${failed ? `, ${failed} failed` : ''}\n`,
  );
  return { imported, failed };
}

function summary(o: ImportOutcome): string | undefined {
  const file = relative(BUNDLED_DATA_DIR, o.file);
  switch (o.status) {
    case 'imported':
      return `${file}: ${o.counts.inserted} observations${o.counts.rejected ? `, ${o.counts.rejected} rows rejected` : ''}`;
    case 'failed':
      return `failed: ${formatDiagnostic(o.error)}`;
    case 'unchanged':
      return undefined;
  }
}

function tableSummary(o: TableLoadOutcome): string | undefined {
  const file = relative(BUNDLED_DATA_DIR, o.file);
  switch (o.status) {
    case 'loaded':
      return `${file}: ${rowsText(o.table, o.rows)}`;
    case 'failed':
      return o.errors.map((e) => `failed: ${formatDiagnostic(e)}`).join('\n');
    case 'unchanged':
      return undefined;
  }
}

function demoSummary(o: DemoOutcome): string | undefined {
  switch (o.status) {
    case 'loaded': {
      const verdicts = [...new Set(o.verdicts)].map(
        (v) => `${o.verdicts.filter((x) => x === v).length} ${v}`,
      );
      return (
        `demonstration cycle ${o.cycle}: meeting record with ${o.statements} statement(s), claims checked ` +
        `(${verdicts.join(', ') || 'none found'}), an example draft report for ${o.reportCountry}, ${o.tags} tag(s)`
      );
    }
    case 'skipped':
      return `demonstration cycle not loaded: ${o.reason}`;
    case 'failed':
      return o.errors.map((e) => `failed: demonstration cycle: ${e}`).join('\n');
    case 'unchanged':
      return undefined;
  }
}
