import { Command, Option } from 'commander';
import { listTargets, type Target } from '../services/targets.ts';
import { CliError, type CliIo } from './io.ts';
import { textTable } from './text-table.ts';
import { withStore } from './with-store.ts';

type Format = 'table' | 'json';

export function targetsCommand(io: CliIo): Command {
  return new Command('targets')
    .description(
      'numeric targets: SDG targets and national targets (data/parity/targets.csv) and the parity each parity indicator implies',
    )
    .option('--concept <key>', 'only this concept, e.g. women-parliament-seats')
    .option('--indicator <code>', 'only the targets of this indicator, e.g. hdr.pr')
    .option(
      '--area <ISO3>',
      'only the targets that apply to this country (global, its regions, its own), most specific first',
    )
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (opts: { concept?: string; indicator?: string; area?: string; format: Format }) => {
      const r = await withStore(io, (store) =>
        listTargets(store.db, {
          ...(opts.concept !== undefined ? { concept: opts.concept } : {}),
          ...(opts.indicator !== undefined ? { indicator: opts.indicator } : {}),
          ...(opts.area !== undefined ? { area: opts.area } : {}),
        }),
      );
      if (!r.ok) throw new CliError(`--${r.param ?? 'concept'}: ${r.message}`, 2);
      io.out(opts.format === 'json' ? `${JSON.stringify(r.value, null, 2)}\n` : table(r.value));
    });
}

function table(targets: readonly Target[]): string {
  if (targets.length === 0) return 'no targets match\n';
  return textTable(
    ['concept', 'indicator', 'scope', 'kind', 'value', 'year', 'id'],
    targets.map((t) => [
      t.concept,
      t.indicator ?? 'all',
      t.scope,
      t.kind,
      String(t.value),
      t.year === undefined ? '' : String(t.year),
      t.id,
    ]),
  );
}
