import { Command, Option } from 'commander';
import type { Lang } from '../catalog/index.ts';
import { regionalAggregates, type RegionalAggregates } from '../services/regional-aggregates.ts';
import type { CliIo } from './io.ts';
import { failure, num, numberOption, yearOption } from './progress-format.ts';
import { textTable } from './text-table.ts';
import { withStore } from './with-store.ts';

interface Options {
  set: string;
  year?: number;
  source?: string;
  minShare?: number;
  format: 'table' | 'json';
  lang: Lang;
}

export function aggregateCommand(io: CliIo): Command {
  return new Command('aggregate')
    .description(
      'regional aggregates of an indicator per year: simple mean and median (UNECE convention), population-weighted mean, coverage; years failing the coverage rule say why',
    )
    .argument('<indicator>', 'an indicator code such as hdr.gii')
    .requiredOption('--set <code>', 'region set, e.g. unece, central-asia, eu-27')
    .option('--year <year>', 'only this year', yearOption('--year'))
    .option(
      '--source <edition>',
      'edition or dataset, e.g. HDR23-24 or wdi (default: the one with the latest data)',
    )
    .option(
      '--min-share <share>',
      'fewest members with data, as a share (default 0.5; and at least 3)',
      numberOption('--min-share'),
    )
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addOption(new Option('--lang <lang>', 'language of names').choices(['en', 'fr', 'ru']).default('en'))
    .action(async (indicator: string, opts: Options) => {
      const { set, format, lang, ...rest } = opts;
      const optional = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
      const r = await withStore(io, (store) =>
        regionalAggregates(store.db, { regionSet: set, indicator, lang, ...optional }),
      );
      if (!r.ok) throw failure(r);
      io.out(format === 'json' ? `${JSON.stringify(r.value, null, 2)}\n` : table(r.value));
    });
}

function table(t: RegionalAggregates): string {
  const weights = t.weights ? `weights ${t.weights.indicator} ${t.weights.edition}` : 'no population weights';
  const head =
    `${t.indicator.name} (${t.indicator.code}), ${t.series.source}, over ${t.regionSet.name} (${t.regionSet.members} members); ` +
    `${weights}; a year needs at least ${Math.round(t.rule.minShare * 100)} % of the members and ${t.rule.minCount}\n`;
  const rows = t.years.map((y) => {
    const cover = `${y.n}/${y.members} (${Math.round(y.coverage * 100)} %)`;
    if (!y.ok) return [String(y.year), '', '', '', cover, y.detail];
    return [
      String(y.year),
      num(y.mean),
      num(y.median),
      y.weightedMean === null ? '' : num(y.weightedMean),
      cover,
      '',
    ];
  });
  return head + textTable(['year', 'mean', 'median', 'weighted mean', 'coverage', 'note'], rows);
}
