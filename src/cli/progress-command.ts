import { Command, Option } from 'commander';
import type { Lang } from '../catalog/index.ts';
import type { Assessed } from '../services/progress-rows.ts';
import { countryProgress, type CountryProgress } from '../services/progress.ts';
import { regionProgress, type RegionProgress } from '../services/region-progress.ts';
import type { CategoryCounts } from '../services/region-progress.ts';
import { CliError, type CliIo } from './io.ts';
import { failure, num, numberOption, verdictText, yearOption } from './progress-format.ts';
import { textTable } from './text-table.ts';
import { withStore } from './with-store.ts';

type Format = 'table' | 'json';

interface Options {
  base?: number;
  targetYear?: number;
  minShare?: number;
  format: Format;
  lang: Lang;
}

export function progressCommand(io: CliIo): Command {
  return new Command('progress')
    .description(
      'every progress method on every indicator series of a country (ISO3) or region set (region:<code>), side by side, with where they disagree',
    )
    .argument('<area>', 'an ISO3 code (KAZ) or region:<region set> (region:central-asia)')
    .option('--base <year>', 'base year (default 2015)', yearOption('--base'))
    .option(
      '--target-year <year>',
      'projection year, and the year of a target that names none (default 2030)',
      yearOption('--target-year'),
    )
    .option(
      '--min-share <share>',
      'region sets: fewest members with data for a year, as a share (default 0.5)',
      numberOption('--min-share'),
    )
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addOption(new Option('--lang <lang>', 'language of names').choices(['en', 'fr', 'ru']).default('en'))
    .action(async (area: string, opts: Options) => {
      const years = {
        ...(opts.base !== undefined ? { baseYear: opts.base } : {}),
        ...(opts.targetYear !== undefined ? { targetYear: opts.targetYear } : {}),
        lang: opts.lang,
      };
      const set = /^region:(.+)$/.exec(area)?.[1];
      if (set !== undefined) {
        const share = opts.minShare !== undefined ? { minShare: opts.minShare } : {};
        const r = await withStore(io, (store) =>
          regionProgress(store.db, { regionSet: set, ...years, ...share }),
        );
        if (!r.ok) throw failure(r);
        io.out(opts.format === 'json' ? `${JSON.stringify(r.value, null, 2)}\n` : regionTable(r.value));
        return;
      }
      if (opts.minShare !== undefined)
        throw new CliError('--min-share: applies to region sets (region:<code>) only', 2);
      const r = await withStore(io, (store) => countryProgress(store.db, { area, ...years }));
      if (!r.ok) throw failure(r);
      io.out(opts.format === 'json' ? `${JSON.stringify(r.value, null, 2)}\n` : countryTable(r.value));
    });
}

const METHOD_HEADER = ['target', 'growth ratio', 'SDSN', 'ESCAP CSI', 'ESCAP API', 'methods'];

/** The verdict columns of a row: target, each method, agreement. */
function methodCells(row: Assessed): string[] {
  const a = row.assessment;
  const agree = a.agreement.agree;
  return [
    row.target?.label ?? 'none',
    verdictText(a.growthRatio, (g) => g.category),
    verdictText(a.sdsn, (s) => `${s.trend.symbol} ${s.trend.trend} (${s.colour})`),
    verdictText(a.escapCsi, (c) => num(c.value)),
    verdictText(a.escapApi, (e) => e.category),
    agree === undefined ? '' : agree ? 'agree' : 'DISAGREE',
  ];
}

function seriesName(code: string, breakdown: string, concept: string): string {
  if (breakdown === 'female-to-male-ratio') return `${code} F/M`;
  if (breakdown === 'extra') return `${code} (${concept})`;
  return code;
}

function countryTable(p: CountryProgress): string {
  const head = `${p.area.name} (${p.area.code}): progress from ${p.baseYear}, projected to ${p.targetYear}\n`;
  if (p.rows.length === 0) return `${head}no progress indicator has data for this area\n`;
  const rows = p.rows.map((r) => {
    const latest = r.points.at(-1);
    return [
      seriesName(r.indicator.code, r.series.breakdown, r.indicator.concept),
      r.series.source,
      latest ? `${num(latest.value)} (${latest.year})` : '',
      ...methodCells(r),
    ];
  });
  return head + textTable(['indicator', 'source', 'latest', ...METHOD_HEADER], rows);
}

function countsText(c: CategoryCounts): string {
  return Object.entries(c)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
}

function regionTable(p: RegionProgress): string {
  const head =
    `${p.regionSet.name} (${p.regionSet.members} members): progress of the simple mean from ${p.baseYear}, ` +
    `projected to ${p.targetYear}; a year counts when at least ${Math.round(p.rule.minShare * 100)} % ` +
    `of the members and ${p.rule.minCount} have data\n`;
  if (p.rows.length === 0) return `${head}no progress indicator has data for this region set\n`;
  const rows = p.rows.map((r) => {
    const latest = [...r.aggregates].reverse().find((a) => a.ok);
    return [
      r.indicator.code,
      r.series.source,
      latest?.ok ? `${num(latest.mean)} (${latest.year}, ${latest.n}/${latest.members})` : 'no year passes',
      ...methodCells(r),
    ];
  });
  const members = p.rows.map((r) => [
    r.indicator.code,
    countsText(r.members.growthRatio),
    countsText(r.members.escapApi),
    countsText(r.members.sdsn),
  ]);
  return (
    head +
    textTable(['indicator', 'source', 'latest mean', ...METHOD_HEADER], rows) +
    '\nmember countries by category\n' +
    textTable(['indicator', 'growth ratio', 'ESCAP API', 'SDSN'], members)
  );
}
