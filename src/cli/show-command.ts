import { Command } from 'commander';
import { dimsText, showCountry } from '../services/show-country.ts';
import { CliError, type CliIo } from './io.ts';
import { withStore } from './with-store.ts';

export function showCommand(io: CliIo): Command {
  return new Command('show')
    .description('latest values of the main indicators and indices for a country, with source and edition')
    .argument('<ISO3>', 'country code, e.g. KAZ')
    .action(async (iso3: string) => {
      const r = await withStore(io, (store) => showCountry(store.db, iso3.toUpperCase()));
      if (!r.ok) throw new CliError(r.message, 2);
      if (r.values.length === 0)
        throw new CliError(`no data for ${r.name} (${r.iso3}) yet: run parity db seed`);
      io.out(`${r.name} (${r.iso3})\n`);
      for (const v of r.values) {
        const value = v.value === null ? (v.text ?? '') : format(v.value);
        const dims = dimsText(v.dims);
        io.out(
          `  ${v.name}${dims ? ` [${dims}]` : ''}: ${value} (${v.period}) — ${v.dataset} ${v.edition}\n`,
        );
      }
    });
}

function format(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6)));
}
