import { writeFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { Lang } from '../catalog/index.ts';
import {
  getSynthesis,
  exportSynthesis,
  generateSynthesis,
  type SynthesisFormat,
} from '../services/synthesis.ts';
import { orFail } from './cycle-command.ts';
import { CliError, type CliIo } from './io.ts';
import { withStore } from './with-store.ts';

/**
 * `parity synthesis generate|export <cycle>`: the regional synthesis from the command line. The
 * CLI acts as the system (whoever holds the database): it generates on top of the newest version
 * and exports any version, published or not; the file's banner says which. `--lang` (en, fr, ru)
 * is the language the draft is written in, and of an export's banner and page.
 */
export function synthesisCommand(io: CliIo): Command {
  const synthesis = new Command('synthesis').description(
    'the regional synthesis of a review cycle: generate, export',
  );
  synthesis.addCommand(
    new Command('generate')
      .description(
        'write a new draft version from the current data, reports, tags and statements (not published)',
      )
      .argument('<cycle>', 'cycle code, e.g. beijing30-unece')
      .addOption(
        new Option('--lang <lang>', 'language of the draft and of the names in it')
          .choices(['en', 'fr', 'ru'])
          .default('en'),
      )
      .action(async (cycle: string, o: { lang: Lang }) => {
        const v = await withStore(io, async (store) => {
          const current = await getSynthesis(store.db, null, cycle);
          const baseVersion = current.ok ? current.value.version : undefined;
          return generateSynthesis(store.db, null, cycle, baseVersion === undefined ? {} : { baseVersion }, {
            lang: o.lang,
          });
        });
        const s = orFail(v);
        io.out(
          `synthesis of ${s.cycle}: version ${s.version} generated (${s.markdown.length} characters, not published)\n`,
        );
      }),
  );
  synthesis.addCommand(
    new Command('export')
      .description('the synthesis as print-ready HTML, Markdown, or PDF (through headless Chromium)')
      .argument('<cycle>', 'cycle code, e.g. beijing30-unece')
      .addOption(
        new Option('--format <format>', 'output format').choices(['html', 'md', 'pdf']).default('html'),
      )
      .option('--version <n>', 'a version (default: the newest)', positive)
      .addOption(
        new Option('--lang <lang>', 'language of the banner (default: the version’s own)').choices([
          'en',
          'fr',
          'ru',
        ]),
      )
      .option('--out <file>', 'write to this file instead of standard output (required for pdf)')
      .action(
        async (
          cycle: string,
          o: { format: SynthesisFormat; version?: number; lang?: Lang; out?: string },
        ) => {
          if (o.format === 'pdf' && !o.out) throw new CliError('--format pdf needs --out <file>', 2);
          const r = await withStore(io, (store) =>
            exportSynthesis(store.db, null, cycle, o.format, {
              ...(o.lang ? { lang: o.lang } : {}),
              ...(o.version !== undefined ? { version: o.version } : {}),
            }),
          );
          if (!r.ok && r.kind === 'unavailable') throw new CliError(r.message);
          const file = orFail(r);
          if (!o.out) return io.out(String(file.body));
          try {
            writeFileSync(o.out, file.body);
          } catch (e) {
            throw new CliError(`cannot write ${o.out}: ${(e as Error).message}`);
          }
          const bytes = typeof file.body === 'string' ? Buffer.byteLength(file.body) : file.body.byteLength;
          io.err(`wrote ${o.out} (${file.fileName}, ${bytes} bytes)\n`);
        },
      ),
  );
  return synthesis;
}

function positive(value: string): number {
  if (!/^[1-9]\d{0,8}$/.test(value)) throw new InvalidArgumentError('expected a version number ≥ 1');
  return Number(value);
}
