import { Command } from 'commander';
import { formatDiagnostic } from '../ingest/diagnostic.ts';
import { verifyHdrFile } from '../services/verify-hdr.ts';
import { CliError, type CliIo } from './io.ts';

const SHOWN = 20;

export function verifyCommand(io: CliIo): Command {
  const verify = new Command('verify').description('check published values against Parity’s computation');
  verify
    .command('hdr <file>')
    .description(
      'import nothing; recompute every published GII, GDI, GDI group and HDI in an HDR composite-indices file ' +
        'from its components; exit 1 if any differs at 3 decimals',
    )
    .option('--edition <name>', 'edition, when the file name does not tell it (HDR25_…, HDR23-24_…)')
    .action(async (file: string, opts: { edition?: string }) => {
      const r = await verifyHdrFile(file, opts.edition);
      if (!r.ok) throw new CliError(formatDiagnostic(r.error));
      let failed = false;
      for (const c of r.checks) {
        io.out(`${c.name}: reproduced ${c.reproduced} of ${c.published} published values\n`);
        for (const m of c.mismatches.slice(0, SHOWN)) {
          io.out(`  ${m.area} ${m.period}: published ${m.published}, computed ${m.computed}\n`);
        }
        if (c.mismatches.length > SHOWN) io.out(`  … and ${c.mismatches.length - SHOWN} more\n`);
        failed ||= c.mismatches.length > 0;
      }
      for (const d of r.rejected) io.err(`${formatDiagnostic(d)}\n`);
      if (failed) throw new CliError(`${r.edition}: some published values were not reproduced`);
    });
  return verify;
}
