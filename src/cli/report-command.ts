import { writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import type { Lang } from '../catalog/index.ts';
import { exportReport, type ExportFormat } from '../services/report-export.ts';
import { orFail } from './cycle-command.ts';
import { CliError, type CliIo } from './io.ts';
import { withStore } from './with-store.ts';

/**
 * `parity report export <cycle> <iso3>`: a national report as one Markdown or HTML document, to
 * standard output or a file. The CLI acts as the system: it exports a report in any state, and
 * the document says which (draft banner, live or pinned evidence).
 */
export function reportCommand(io: CliIo): Command {
  const report = new Command('report').description('national reports: export');
  report.addCommand(
    new Command('export')
      .description(
        'export a country’s report in a cycle (the current version) as Markdown or print-ready HTML',
      )
      .argument('<cycle>', 'cycle code, e.g. beijing30-unece')
      .argument('<iso3>', 'country, e.g. KAZ')
      .addOption(new Option('--format <format>', 'output format').choices(['md', 'html']).default('md'))
      .addOption(
        new Option('--lang <lang>', 'language of titles and names').choices(['en', 'fr', 'ru']).default('en'),
      )
      .option('--out <file>', 'write to this file instead of standard output')
      .action(async (cycle: string, iso3: string, o: { format: ExportFormat; lang: Lang; out?: string }) => {
        const r = await withStore(io, (store) =>
          exportReport(store.db, { cycle, country: iso3, format: o.format, lang: o.lang }),
        );
        const doc = orFail(r);
        if (!o.out) return io.out(doc.body);
        try {
          writeFileSync(o.out, doc.body);
        } catch (e) {
          throw new CliError(`cannot write ${o.out}: ${(e as Error).message}`);
        }
        io.err(`wrote ${o.out} (${doc.fileName}, ${Buffer.byteLength(doc.body)} bytes)\n`);
      }),
  );
  return report;
}
