import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import type { ClaimCheck, Finding } from '../core/claims/evidence.ts';
import { checkClaims, MAX_CLAIM_TEXT, type ClaimsCheck } from '../services/check-claims.ts';
import { CliError, type CliIo } from './io.ts';
import { withStore } from './with-store.ts';

const FORMATS = ['text', 'json'] as const;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The statement: the file's text, or standard input for `-`. */
async function readStatement(path: string, stdin: () => Promise<string>): Promise<string> {
  if (path === '-') return stdin();
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`${path}: no such file`);
    if (code === 'EISDIR') throw new CliError(`${path}: is a folder; expected a text file`);
    throw new CliError(`${path}: cannot read: ${(e as Error).message}`);
  }
}

/** `parity check-claims <file|-> [--country ISO3] [--format text|json]`; `stdin` is replaceable for tests. */
export function checkClaimsCommand(io: CliIo, stdin: () => Promise<string> = readStdin): Command {
  return new Command('check-claims')
    .description(
      'find the quantitative claims in a statement (English or Russian) and check each against every source ' +
        'and edition in the database: supported, partly-supported, not-supported or not-checkable, with the evidence',
    )
    .argument(
      '<file>',
      `a text file with the statement, or - for standard input (at most ${MAX_CLAIM_TEXT} characters)`,
    )
    .option('--country <ISO3>', 'the speaker’s country: for claims whose sentence names none')
    .option('--format <format>', `output: ${FORMATS.join(' or ')}`, 'text')
    .action(async (file: string, opts: { country?: string; format: string }) => {
      if (!(FORMATS as readonly string[]).includes(opts.format))
        throw new CliError(`invalid --format "${opts.format}": expected ${FORMATS.join(' or ')}`, 2);
      const text = await readStatement(file, stdin);
      const r = await withStore(io, (store) =>
        checkClaims(store.db, { text, ...(opts.country ? { country: opts.country } : {}) }),
      );
      if (!r.ok) throw new CliError(`${r.param === 'text' ? file : `--${r.param}`}: ${r.message}`, 2);
      io.out(opts.format === 'json' ? `${JSON.stringify(r.value, null, 2)}\n` : formatChecks(r.value));
    });
}

const MARK: Readonly<Record<Finding['role'], (f: Finding) => string>> = {
  claimed: (f) => (f.matches ? '✓' : '✗'),
  'other-window': (f) => (f.matches ? '✓' : '✗'),
  quota: (f) => (f.matches ? '✓' : '✗'),
  context: () => '·',
};

function findingLine(f: Finding): string {
  const years =
    f.years.length === 0 ? '' : ` ${f.years.length === 1 ? f.years[0] : `${f.years[0]}–${f.years.at(-1)}`}`;
  const where =
    f.kind === 'series'
      ? `${f.series.source}, ${f.series.indicator} (${f.series.dimsLabel})${years}`
      : `quota ${f.quota.id} (${f.quota.sourceKind})`;
  const role = f.role === 'other-window' ? 'other window: ' : f.role === 'context' ? 'context: ' : '';
  return `${MARK[f.role](f)} ${role}${where}: ${f.computation}`;
}

function checkLines(c: ClaimCheck, n: number): string[] {
  const head = `[${n}] ${c.verdict}${c.reason ? ` (${c.reason})` : ''}: "${c.claim.text}"${c.claim.country ? ` (${c.claim.country})` : ''}`;
  return [
    head,
    `    ${c.summary}`,
    ...c.findings.map((f) => `    ${findingLine(f)}`),
    ...(c.closest ? [`    closest: ${findingLine(c.closest).slice(2)}`] : []),
    ...c.qualifiers.map((q) => `    note: ${q}`),
  ];
}

/** The text report: each claim with its verdict, summary and evidence lines (✓ holds, ✗ does not, · context). */
export function formatChecks(r: ClaimsCheck): string {
  if (r.claims.length === 0) return 'no quantitative claims found\n';
  const counts = new Map<string, number>();
  for (const c of r.claims) counts.set(c.verdict, (counts.get(c.verdict) ?? 0) + 1);
  const tally = [...counts].map(([v, k]) => `${k} ${v}`).join(', ');
  const blocks = r.claims.map((c, i) => checkLines(c, i + 1).join('\n'));
  return `${r.claims.length} claim${r.claims.length === 1 ? '' : 's'}: ${tally}\n\n${blocks.join('\n\n')}\n`;
}
