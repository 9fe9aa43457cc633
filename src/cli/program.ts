import { Command, CommanderError } from 'commander';
import { CliError, type CliIo } from './io.ts';
import { dbCommand } from './db-command.ts';
import { devCommand } from './dev-command.ts';
import { computeCommand } from './compute-command.ts';
import { importCommand } from './import-command.ts';
import { showCommand } from './show-command.ts';
import { targetsCommand } from './targets-command.ts';
import { quotasCommand } from './quotas-command.ts';
import { serveCommand } from './serve-command.ts';
import { verifyCommand } from './verify-command.ts';
import { checkClaimsCommand } from './check-claims-command.ts';
import { progressCommand } from './progress-command.ts';
import { trendCommand } from './trend-command.ts';
import { aggregateCommand } from './aggregate-command.ts';
import { cycleCommand } from './cycle-command.ts';
import { meetingCommand } from './meeting-command.ts';
import { reportCommand } from './report-command.ts';
import { synthesisCommand } from './synthesis-command.ts';
import { userCommand } from './user-command.ts';

/** Builds the `parity` command tree; every command gets `--help` from commander. */
export function buildProgram(io: CliIo): Command {
  const program = new Command('parity')
    .description('Parity: evidence, indices and progress on gender equality across countries')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  program.addCommand(dbCommand(io));
  program.addCommand(importCommand(io));
  program.addCommand(showCommand(io));
  program.addCommand(computeCommand(io));
  program.addCommand(verifyCommand(io));
  program.addCommand(targetsCommand(io));
  program.addCommand(quotasCommand(io));
  program.addCommand(checkClaimsCommand(io));
  program.addCommand(progressCommand(io));
  program.addCommand(trendCommand(io));
  program.addCommand(aggregateCommand(io));
  program.addCommand(cycleCommand(io));
  program.addCommand(reportCommand(io));
  program.addCommand(synthesisCommand(io));
  program.addCommand(meetingCommand(io));
  program.addCommand(userCommand(io));
  program.addCommand(serveCommand(io));
  program.addCommand(devCommand(io));
  configureAll(program, io);
  return program;
}

function configureAll(command: Command, io: CliIo): void {
  for (const c of command.commands) {
    c.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err });
    configureAll(c, io);
  }
}

/** Runs the CLI and returns the exit code; errors are one line on stderr. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    if (e instanceof CliError) {
      io.err(`parity: ${e.message}\n`);
      return e.exitCode;
    }
    io.err(`parity: unexpected error: ${(e as Error).stack ?? String(e)}\n`);
    return 70;
  }
}
