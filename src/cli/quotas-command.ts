import { Command, Option } from 'commander';
import type { QuotaFact } from '../core/claims/claim.ts';
import { quotaCompliance, sourceLabel, type QuotaCompliance } from '../services/quota-compliance.ts';
import { listQuotas } from '../services/quotas.ts';
import { CliError, type CliIo } from './io.ts';
import { textTable } from './text-table.ts';
import { withStore } from './with-store.ts';

type Format = 'table' | 'json';

export function quotasCommand(io: CliIo): Command {
  return new Command('quotas')
    .description(
      'quotas for women (and other groups) in elected bodies, with their source; --compliance: each against the latest seat share of every source',
    )
    .option('--country <ISO3>', 'only this country')
    .option(
      '--compliance',
      'compare each quota with the latest women’s seat share of every source and edition',
    )
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (opts: { country?: string; compliance?: boolean; format: Format }) => {
      const filter = opts.country !== undefined ? { country: opts.country } : {};
      if (opts.compliance) {
        const r = await withStore(io, (store) => quotaCompliance(store.db, filter));
        if (!r.ok) throw new CliError(`--country: ${r.message}`, 2);
        io.out(
          opts.format === 'json' ? json(r.value) : r.value.map(complianceText).join('\n') || 'no quotas\n',
        );
        return;
      }
      const r = await withStore(io, (store) => listQuotas(store.db, filter));
      if (!r.ok) throw new CliError(`--country: ${r.message}`, 2);
      io.out(opts.format === 'json' ? json(r.value) : quotaTable(r.value));
    });
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function quotaTable(quotas: readonly QuotaFact[]): string {
  if (quotas.length === 0) return 'no quotas\n';
  return textTable(
    ['id', 'country', 'body', 'kind', 'applies to', 'threshold', 'groups', 'adopted', 'source'],
    quotas.map((q) => [
      q.id,
      q.country,
      q.body,
      q.kind,
      q.appliesTo,
      `${q.threshold} %`,
      q.groups.join('+'),
      q.adopted ?? 'not established',
      `${q.sourceKind}: ${q.source}`,
    ]),
  );
}

function complianceText(c: QuotaCompliance): string {
  const q = c.quota;
  const head =
    `${q.id}: ${q.country} ${q.body}, ${q.threshold} % for ${q.groups.join('+')} on ${q.appliesTo} ` +
    `(source: ${q.sourceKind}): ${c.status}\n  ${c.reason}\n`;
  if (c.evidence.length === 0) return head;
  const rows = textTable(
    ['year', 'women', 'gap', 'source', 'counts', 'status'],
    c.evidence.map((e) => [
      String(e.year),
      `${e.value.toFixed(1)} %`,
      `${e.gap > 0 ? '+' : ''}${e.gap.toFixed(1)}`,
      `${sourceLabel(e)} (${e.indicator})`,
      e.definitionText,
      e.status,
    ]),
  );
  return `${head}${rows.trimEnd().replace(/^/gm, '  ')}\n`;
}
