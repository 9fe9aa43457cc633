import { formatDiagnostic } from '../ingest/diagnostic.ts';
import type { ImportOutcome } from '../services/import-file.ts';
import type { CliIo } from './io.ts';

const REJECTIONS_SHOWN = 50;

/** One summary line per file on stdout; rejected rows and notes as `file:line:column: …` on stderr. */
export function reportImport(io: CliIo, o: ImportOutcome): void {
  switch (o.status) {
    case 'imported': {
      const c = o.counts;
      io.out(
        `${o.file}: ${o.source.dataset} ${o.source.edition}: ${o.linesRead} lines read, ${c.inserted} inserted, ` +
          `${c.updated} updated, ${c.unchanged} unchanged, ${c.rejected} rejected\n`,
      );
      for (const d of o.rejected.slice(0, REJECTIONS_SHOWN)) io.err(`${formatDiagnostic(d)}\n`);
      if (o.rejected.length > REJECTIONS_SHOWN) {
        io.err(
          `${o.file}: … ${o.rejected.length - REJECTIONS_SHOWN} more rejected rows (see parity db status)\n`,
        );
      }
      for (const n of o.notes) io.err(`note: ${formatDiagnostic(n)}\n`);
      return;
    }
    case 'unchanged':
      io.out(`${o.file}: unchanged: ${o.reason}\n`);
      return;
    case 'failed':
      io.err(`${formatDiagnostic(o.error)}\n`);
  }
}
