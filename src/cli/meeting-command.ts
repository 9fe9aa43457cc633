import { stat } from 'node:fs/promises';
import { Command, InvalidArgumentError, Option } from 'commander';
import { formatDiagnostic } from '../ingest/diagnostic.ts';
import { fileBytes } from '../ingest/read-csv.ts';
import { importStatements, type StatementImportOutcome } from '../services/meeting-import.ts';
import type { ClaimTally } from '../services/meeting-statements.ts';
import { listMeetingSummaries, type MeetingSummary } from '../services/meetings.ts';
import { orFail } from './cycle-command.ts';
import { CliError, type CliIo } from './io.ts';
import { progressFor } from './progress.ts';
import { textTable } from './text-table.ts';
import { withStore } from './with-store.ts';

/**
 * `parity meeting list|import-statements`: the meeting record of a review cycle from the command
 * line. It acts as the system (whoever holds the database): it sees unpublished meetings, and its
 * writes are audited with no user.
 */
export function meetingCommand(io: CliIo): Command {
  const meeting = new Command('meeting').description(
    'the meeting record of a review cycle: list meetings, import statements from a CSV file',
  );
  meeting.addCommand(listCommand(io));
  meeting.addCommand(importCommand(io));
  return meeting;
}

function listCommand(io: CliIo): Command {
  return new Command('list')
    .description("the cycle's meetings, published or not, with their sessions and number of statements")
    .argument('<cycle>', 'cycle code, e.g. beijing30-unece')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (cycle: string, o: { format: 'table' | 'json' }) => {
      const meetings = orFail(await withStore(io, (store) => listMeetingSummaries(store.db, null, cycle)));
      if (o.format === 'json') return io.out(`${JSON.stringify(meetings, null, 2)}\n`);
      io.out(meetings.length === 0 ? `no meetings in ${cycle}\n` : meetingTable(meetings));
    });
}

function meetingTable(meetings: readonly MeetingSummary[]): string {
  // The title last: it is long and the last column may run on.
  return textTable(
    ['id', 'place', 'dates', 'published', 'sessions', 'statements', 'title'],
    meetings.map((m) => [
      String(m.id),
      m.place,
      m.from === m.to ? m.from : `${m.from} – ${m.to}`,
      m.published ? 'yes' : 'no',
      String(m.sessions.length),
      String(m.statements),
      m.title,
    ]),
  );
}

function importCommand(io: CliIo): Command {
  return new Command('import-statements')
    .description(
      'record the statements of a meeting from a CSV file (header: speaker,speaker_title,country,organisation,' +
        'session,text,source), checking the claims of each; a file with any problem imports nothing',
    )
    .argument('<meeting-id>', 'the meeting (its id in `parity meeting list <cycle>`)', meetingId)
    .argument('<file>', 'UTF-8 CSV file, one statement a row')
    .option(
      '--allow-duplicates',
      'import rows with the same speaker, session and text as a statement already recorded',
    )
    .action(async (id: number, file: string, o: { allowDuplicates?: boolean }) => {
      await mustExist(file);
      const r = await withStore(io, (store) => {
        const progress = progressFor(io);
        return importStatements(
          store.db,
          null,
          id,
          { file, bytes: fileBytes(file) },
          {
            allowDuplicates: o.allowDuplicates === true,
            onProgress: (done, total) => progress.update('checking claims', done, total),
          },
        ).finally(() => progress.stop());
      });
      report(io, orFail(r));
    });
}

function report(io: CliIo, outcome: StatementImportOutcome): void {
  if (outcome.status === 'imported') {
    const n = outcome.ids.length;
    const ids = n === 1 ? `statement ${outcome.ids[0]}` : `statements ${idList(outcome.ids)}`;
    io.out(
      `${outcome.file}: ${n} ${n === 1 ? 'statement' : 'statements'} imported into meeting ${outcome.meetingId} ` +
        `of ${outcome.cycle} (${ids})\n${tallyText(outcome.tally)}\n`,
    );
    return;
  }
  for (const e of outcome.errors) io.err(`${formatDiagnostic(e)}\n`);
  const n = outcome.errors.length;
  throw new CliError(
    `${outcome.file}: nothing was imported (${n} ${n === 1 ? 'problem' : 'problems'})` +
      (outcome.duplicateLines.length > 0
        ? '; --allow-duplicates imports rows repeating a recorded statement or an earlier row'
        : ''),
  );
}

function tallyText(t: ClaimTally): string {
  return (
    `${t.claims} ${t.claims === 1 ? 'claim' : 'claims'} found: ${t.supported} supported, ` +
    `${t.partlySupported} partly-supported, ${t.notSupported} not-supported, ${t.notCheckable} not-checkable`
  );
}

/** `5–7` when the ids follow each other (they need not: others may record statements meanwhile). */
function idList(ids: readonly number[]): string {
  return ids.at(-1)! - ids[0]! === ids.length - 1 ? `${ids[0]}–${ids.at(-1)}` : ids.join(', ');
}

async function mustExist(file: string): Promise<void> {
  const info = await stat(file).catch((e: NodeJS.ErrnoException) => e);
  if (info instanceof Error)
    throw new CliError(
      info.code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read: ${info.message}`,
    );
  if (info.isDirectory()) throw new CliError(`${file}: is a folder; expected a CSV file`);
}

function meetingId(value: string): number {
  if (!/^[1-9]\d{0,14}$/.test(value))
    throw new InvalidArgumentError('expected a meeting id (an integer ≥ 1, as `parity meeting list` shows)');
  return Number(value);
}
