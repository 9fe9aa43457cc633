import { Command, Option } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { countryByIso3 } from '../catalog/index.ts';
import { computeIndices, type ComputedRow } from '../services/compute-indices.ts';
import { describeFailure, type IndexName } from '../services/hdr-index-checks.ts';
import { flatten } from './flatten.ts';
import { CliError, type CliIo } from './io.ts';
import { parseYears } from './parse-years.ts';
import { withStore } from './with-store.ts';

type Format = 'table' | 'csv' | 'json';

export function computeCommand(io: CliIo): Command {
  return new Command('compute')
    .description(
      'compute GII, GDI or HDI from the components stored for an HDR edition (components in csv/json)',
    )
    .addArgument(new Command().createArgument('<index>', 'gii, gdi or hdi').choices(['gii', 'gdi', 'hdi']))
    .option('--country <ISO3>', 'one country (default: every country and aggregate)')
    .option('--edition <name>', 'HDR edition, e.g. HDR25 or HDR23-24 (default: the newest in the database)')
    .option('--years <A-B>', 'a year or an inclusive range, e.g. 2010-2023')
    .addOption(
      new Option('--format <format>', 'output format').choices(['table', 'csv', 'json']).default('table'),
    )
    .action(
      async (
        index: IndexName,
        opts: { country?: string; edition?: string; years?: string; format: Format },
      ) => {
        const years = parseYears(opts.years);
        const country = opts.country ? countryByIso3(opts.country) : undefined;
        if (opts.country && !country) {
          throw new CliError(
            `--country: unknown code "${opts.country}": expected an ISO 3166-1 alpha-3 code such as KAZ`,
            2,
          );
        }
        const outcome = await withStore(io, (store) =>
          computeIndices(store.db, {
            index,
            ...(country ? { country: country.iso3 } : {}),
            ...(opts.edition ? { edition: opts.edition } : {}),
            ...years,
          }),
        );
        if (!outcome.ok) throw new CliError(outcome.message);
        if (outcome.rows.length === 0)
          throw new CliError(`no ${index} components for that selection in ${outcome.edition}`);
        io.out(render(index, outcome.rows, opts.format));
      },
    );
}

function render(index: IndexName, rows: ComputedRow[], format: Format): string {
  if (format === 'json')
    return `${JSON.stringify(
      rows.map((r) => toRecord(index, r)),
      null,
      2,
    )}\n`;
  if (format === 'csv')
    return stringify(
      rows.map((r) => flatten(toRecord(index, r))),
      {
        header: true,
        columns: columnsOf(rows, index),
        cast: { boolean: (b) => String(b) },
      },
    );
  const lines = rows.map((r) => {
    const value = r.result.ok ? r.result.rounded.toFixed(3) : describeFailure(r.result);
    const published = r.published === undefined ? '' : `  published ${r.published.toFixed(3)}`;
    return `${r.area.padEnd(10)} ${r.period}  ${index} ${value}${published}`;
  });
  return `${lines.join('\n')}\n`;
}

function toRecord(index: IndexName, r: ComputedRow) {
  const { area, period, edition, published, components: inputs } = r;
  const base = { area, year: period, edition, index, published: published ?? null };
  if (!r.result.ok) return { ...base, computable: false, reason: describeFailure(r.result), inputs };
  return {
    ...base,
    computable: true,
    value: r.result.value,
    rounded: r.result.rounded,
    components: r.result.components,
  };
}

// Every row's columns, in first-seen order: rows that could not be computed have fewer.
function columnsOf(rows: ComputedRow[], index: IndexName): string[] {
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(flatten(toRecord(index, r)))) seen.add(k);
  return [...seen];
}
