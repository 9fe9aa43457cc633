import { Command, Option } from 'commander';
import type { Lang } from '../catalog/index.ts';
import type { Change, TimeToTarget, TrendResult } from '../core/trend.ts';
import { trend, type SeriesTrend, type TrendView } from '../services/trends.ts';
import type { CliIo } from './io.ts';
import { failure, num, numberOption, pct, signed, yearOption } from './progress-format.ts';
import { textTable } from './text-table.ts';
import { withStore } from './with-store.ts';

interface Options {
  from?: number;
  to?: number;
  target?: number;
  source?: string;
  format: 'table' | 'json';
  lang: Lang;
}

export function trendCommand(io: CliIo): Command {
  return new Command('trend')
    .description(
      'change, growth rate, largest improvement and deterioration, linear and time-weighted trends, projection and years to target of one indicator, one column per source edition',
    )
    .argument('<area>', 'an ISO3 code such as KAZ (or an aggregate code such as ZZK.WORLD)')
    .argument('<indicator>', 'an indicator code such as hdr.gii')
    .option('--from <year>', 'first year of the window (default: the first with data)', yearOption('--from'))
    .option('--to <year>', 'last year of the window (default: the latest)', yearOption('--to'))
    .option(
      '--target <value>',
      'target value for the years to target (default: the SDG, national or parity target)',
      numberOption('--target'),
    )
    .option('--source <edition>', 'only this edition or dataset, e.g. HDR25 or wdi')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addOption(new Option('--lang <lang>', 'language of names').choices(['en', 'fr', 'ru']).default('en'))
    .action(async (area: string, indicator: string, opts: Options) => {
      const { format, lang, ...rest } = opts;
      const optional = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
      const r = await withStore(io, (store) => trend(store.db, { area, indicator, lang, ...optional }));
      if (!r.ok) throw failure(r);
      io.out(format === 'json' ? `${JSON.stringify(r.value, null, 2)}\n` : table(r.value));
    });
}

function result<T extends object>(r: TrendResult<T>, text: (t: T) => string): string {
  return r.ok ? text(r) : `not enough data: ${r.detail}`;
}

function changeText(c: Change): string {
  const rel = c.relative === undefined ? '' : ` (${pct(c.relative)})`;
  return `${c.from.year}→${c.to.year}: ${num(c.from.value)} → ${num(c.to.value)}, ${signed(c.absolute)}${rel}`;
}

function timeText(t: TimeToTarget): string {
  if (t.status === 'reached') return `reached in ${t.latest.year}`;
  if (t.status === 'not-at-this-pace') return 'not at this pace';
  return `${t.years.toFixed(1)} years (${Math.floor(t.year)})`;
}

function column(s: SeriesTrend): string[] {
  const first = s.points[0];
  const last = s.points.at(-1);
  const time = s.timeToTarget;
  return [
    first && last ? `${first.year}–${last.year} (${s.points.length} points)` : 'no data',
    result(s.change, (r) => changeText(r.change)),
    result(s.cagr, (r) => `${pct(r.cagr)} a year`),
    result(s.extremes, (r) => (r.improvement ? changeText(r.improvement) : 'none')),
    result(s.extremes, (r) => (r.deterioration ? changeText(r.deterioration) : 'none')),
    result(s.fits.none, (r) => `${signed(r.fit.slope)} a year`),
    result(s.fits.recency, (r) => `${signed(r.fit.slope)} a year`),
    result(s.projections.none, (r) => num(r.projection.value)),
    result(s.projections.recency, (r) => num(r.projection.value)),
    'ok' in time ? time.detail : result(time.linear, (r) => timeText(r.time)),
    'ok' in time ? '' : result(time.compound, (r) => timeText(r.time)),
  ];
}

function table(v: TrendView): string {
  const target = v.target ? `target: ${v.target.label}` : 'no target';
  const head = `${v.area.name} (${v.area.code}): ${v.indicator.name} (${v.indicator.code}, ${v.indicator.direction}); ${target}\n`;
  if (v.series.length === 0) return `${head}no data\n`;
  const labels = [
    'window',
    'change',
    'compound growth',
    'largest improvement',
    'largest deterioration',
    'linear trend',
    'time-weighted trend',
    `projection ${v.projectionYear} (linear)`,
    `projection ${v.projectionYear} (time-weighted)`,
    'years to target (linear pace)',
    'years to target (compound pace)',
  ];
  const columns = v.series.map(column);
  const rows = labels.map((label, i) => [label, ...columns.map((c) => c[i] ?? '')]);
  return head + textTable(['', ...v.series.map((s) => s.series.source)], rows);
}
