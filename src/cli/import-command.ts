import { Command } from 'commander';
import { indicatorByCode } from '../catalog/index.ts';
import { FatalImportError, formatDiagnostic } from '../ingest/diagnostic.ts';
import { importFile, type ImportOutcome } from '../services/import-file.ts';
import { importJobs, IMPORTERS, isImporterKind } from '../services/importers.ts';
import { ensureReferenceData } from '../services/reference-data.ts';
import { importTable } from './import-table.ts';
import { isParityTable, PARITY_TABLES } from '../services/load-parity-tables.ts';
import { CliError, type CliIo } from './io.ts';
import { progressFor } from './progress.ts';
import { reportImport } from './report-import.ts';
import { withStore } from './with-store.ts';

export function importCommand(io: CliIo): Command {
  return new Command('import')
    .description(
      'import a file, or a folder of files (open-sdg platform folder, unsd-minset series folder, wdi folder); ' +
        'a file with a fatal problem changes nothing, the same file twice changes nothing; ' +
        'targets and quotas: a CSV table as in data/parity (a file with any problem loads nothing)',
    )
    .argument('<kind>', `what the file is: ${[...IMPORTERS, ...PARITY_TABLES].join(', ')}`)
    .argument('<path>', 'file or folder')
    .option(
      '--edition <name>',
      'edition (vintage) to record, when the file does not tell it or to override it',
    )
    .action(async (kind: string, path: string, opts: { edition?: string }) => {
      if (isParityTable(kind)) return importTable(io, kind, path);
      if (!isImporterKind(kind))
        throw new CliError(
          `unknown kind "${kind}": expected one of ${[...IMPORTERS, ...PARITY_TABLES].join(', ')}`,
          2,
        );
      const jobs = await importJobs(kind, path, opts.edition).catch((e: unknown) => {
        throw e instanceof FatalImportError ? new CliError(formatDiagnostic(e.diagnostic)) : e;
      });
      const outcomes = await withStore(io, async (store) => {
        await ensureReferenceData(store.db);
        const progress = progressFor(io);
        const done: ImportOutcome[] = [];
        for (const job of jobs) {
          const o = await importFile(
            {
              db: store.db,
              rules: indicatorByCode,
              onProgress: (phase, n, total) => progress.update(phase, n, total),
            },
            job,
          );
          progress.stop();
          reportImport(io, o);
          done.push(o);
        }
        return done;
      });
      const failed = outcomes.filter((o) => o.status === 'failed').length;
      if (failed > 0)
        throw new CliError(`${failed} of ${outcomes.length} files failed; nothing was written for them`);
    });
}
