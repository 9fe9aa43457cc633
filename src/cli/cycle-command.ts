import { Command } from 'commander';
import { createCycle, listCycles, type CycleView } from '../services/cycles.ts';
import type { ServiceResult } from '../services/service-result.ts';
import { CliError, type CliIo } from './io.ts';
import { textTable } from './text-table.ts';
import { withStore } from './with-store.ts';

/**
 * `parity cycle create|list`: review cycles from the command line. It acts as the system
 * (whoever holds the database); the creation is audited with no user.
 */
export function cycleCommand(io: CliIo): Command {
  const cycle = new Command('cycle').description('review cycles: create and list');
  cycle.addCommand(
    new Command('create')
      .description('create a review cycle (e.g. Beijing+30 for UNECE)')
      .argument('<code>', 'lower-case code, e.g. beijing30-unece')
      .requiredOption('--title <title>', 'title, e.g. "Beijing+30 regional review, UNECE"')
      .requiredOption('--set <code>', 'region set whose members report, e.g. unece')
      .requiredOption('--opens <date>', 'opening date, YYYY-MM-DD')
      .requiredOption('--deadline <date>', 'submission deadline, YYYY-MM-DD')
      .option('--template <id>', 'report template', 'beijing30-v1')
      .option('--meeting-from <date>', 'first day of the regional meeting, YYYY-MM-DD')
      .option('--meeting-to <date>', 'last day of the regional meeting, YYYY-MM-DD')
      .action(async (code: string, o: CreateOptions) => {
        const r = await withStore(io, (store) =>
          createCycle(store.db, null, {
            code,
            title: o.title,
            regionSet: o.set,
            templateId: o.template,
            opensOn: o.opens,
            submissionDeadline: o.deadline,
            ...(o.meetingFrom ? { meetingFrom: o.meetingFrom } : {}),
            ...(o.meetingTo ? { meetingTo: o.meetingTo } : {}),
          }),
        );
        const c = orFail(r);
        io.out(`created cycle ${c.code}: ${c.title} (${c.regionSet.name}, ${c.regionSet.members} members)\n`);
      }),
  );
  cycle.addCommand(
    new Command('list').description('every review cycle').action(async () => {
      const cycles = await withStore(io, (store) => listCycles(store.db));
      io.out(cycles.length === 0 ? 'no review cycles\n' : cycleTable(cycles));
    }),
  );
  return cycle;
}

interface CreateOptions {
  readonly title: string;
  readonly set: string;
  readonly opens: string;
  readonly deadline: string;
  readonly template: string;
  readonly meetingFrom?: string;
  readonly meetingTo?: string;
}

function cycleTable(cycles: readonly CycleView[]): string {
  return textTable(
    ['code', 'title', 'region set', 'template', 'opens', 'deadline', 'meeting'],
    cycles.map((c) => [
      c.code,
      c.title,
      c.regionSet.code,
      c.templateId,
      c.opensOn,
      c.submissionDeadline,
      c.meeting ? `${c.meeting.from} – ${c.meeting.to}` : '',
    ]),
  );
}

/** The value, or the failure as one line and exit code 2 for bad input, 1 otherwise. */
export function orFail<T>(r: ServiceResult<T>): T {
  if (r.ok) return r.value;
  throw new CliError(r.message, r.kind === 'invalid' || r.kind === 'not-found' ? 2 : 1);
}
