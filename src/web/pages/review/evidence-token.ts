import type { EvidenceSpec } from './review-types.ts';

/**
 * The text that embeds an evidence block in a section (`{{evidence:<kind>:<key>=<value>,…}}`),
 * with its parameters sorted as the server names a block (src/core/reports/evidence.ts
 * `evidenceKey`), so that the key the editor writes is the key the report's values come under.
 */
export function evidenceKey(spec: EvidenceSpec): string {
  const { kind, ...params } = spec;
  const pairs = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${String(v)}`);
  return `${kind}:${pairs.join(',')}`;
}

export function evidenceToken(spec: EvidenceSpec): string {
  return `{{evidence:${evidenceKey(spec)}}}`;
}

/**
 * The text after inserting `token` at the cursor (`start`–`end`, replacing a selection), on its own
 * line when the cursor is mid-line at a line end, and where the cursor goes next.
 */
export function insertAt(
  text: string,
  start: number,
  end: number,
  token: string,
): { text: string; cursor: number } {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const pad = before !== '' && !/\s$/.test(before) ? ' ' : '';
  const inserted = `${pad}${token}`;
  return { text: `${before}${inserted}${after}`, cursor: before.length + inserted.length };
}

/** The keys of the evidence blocks embedded in a Markdown text, in order, each once. */
export function embeddedKeys(markdown: string): string[] {
  const keys = [...markdown.matchAll(/\{\{evidence:([^}\n]*)\}\}/g)].map((m) => m[1]!.trim());
  return [...new Set(keys)];
}
