import { formatDiagnostic } from '../ingest/diagnostic.ts';
import { loadParityTable, rowsText, type ParityTable } from '../services/load-parity-tables.ts';
import { ensureReferenceData } from '../services/reference-data.ts';
import { CliError, type CliIo } from './io.ts';
import { withStore } from './with-store.ts';

/** `parity import targets|quotas <file>`: one line on stdout, or every problem on stderr and a non-zero exit. */
export async function importTable(io: CliIo, table: ParityTable, path: string): Promise<void> {
  const outcome = await withStore(io, async (store) => {
    // Quotas name countries, which the catalogue writes into the store.
    await ensureReferenceData(store.db);
    return loadParityTable(store.db, table, path);
  });
  switch (outcome.status) {
    case 'loaded':
      io.out(
        `${path}: ${rowsText(table, outcome.rows)} loaded` +
          `${outcome.removed > 0 ? `, replacing ${outcome.removed} from the file's earlier version` : ''}\n`,
      );
      return;
    case 'unchanged':
      io.out(`${path}: unchanged: ${outcome.reason}\n`);
      return;
    case 'failed':
      for (const e of outcome.errors) io.err(`${formatDiagnostic(e)}\n`);
      throw new CliError(
        `${path}: nothing was loaded (${outcome.errors.length} ${outcome.errors.length === 1 ? 'problem' : 'problems'})`,
      );
  }
}
