import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FatalImportError } from './diagnostic.ts';
import { columnRole } from './open-sdg-columns.ts';

/** English labels of SDMX codes, by dimension key: `labels.series.SG_GEN_PARL`. */
export type OpenSdgLabels = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * Reads the flat YAML files Open SDG keeps its code translations in (`KEY: label` per line).
 * There is no YAML library among the dependencies, and these files use only a small part of
 * YAML, so this reads exactly that part: plain, 'single-quoted' (`''` escapes a quote) and
 * "double-quoted" (backslash escapes) scalars, keys that are plain or quoted, plain or quoted
 * values continued on indented lines (folded with one space), blank lines and `#` comments.
 * Anything else (nested mappings, lists, `|`/`>` block scalars, anchors) throws a
 * FatalImportError naming the line, rather than being misread.
 */
export function parseFlatYaml(text: string, file: string): Map<string, string> {
  const out = new Map<string, string>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const fail = (i: number, message: string): never => {
    throw new FatalImportError({ file, line: i + 1, message });
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (/^\s*(#.*)?$/.test(line) || line === '---') {
      i++;
      continue;
    }
    if (/^\s/.test(line)) fail(i, 'unexpected indented line: expected `KEY: label` at the start of the line');
    const { key, rest } = splitKey(line) ?? fail(i, 'expected `KEY: label`');
    let value = rest.trim();
    const start = i++;
    // Continuation lines are indented; a quoted value may also run on until its closing quote.
    while (i < lines.length && /^\s+\S/.test(lines[i]!) && !/^\s*#/.test(lines[i]!)) {
      if (value === '') fail(i, 'nested mappings are not supported: expected `KEY: label`');
      value += ' ' + lines[i]!.trim();
      i++;
    }
    out.set(
      key,
      scalar(value) ?? fail(start, `cannot read the value of ${key}: expected a plain or quoted label`),
    );
  }
  return out;
}

function splitKey(line: string): { key: string; rest: string } | undefined {
  const quoted = /^('(?:[^']|'')*'|"(?:[^"\\]|\\.)*")\s*:(?:\s+|$)(.*)$/.exec(line);
  if (quoted) return { key: scalar(quoted[1]!) ?? '', rest: quoted[2]! };
  const plain = /^([^\s'"#:|>&*!%@`{[\]-][^:]*?)\s*:(?:\s+|$)(.*)$/.exec(line);
  return plain ? { key: plain[1]!, rest: plain[2]! } : undefined;
}

function scalar(raw: string): string | undefined {
  const text = raw.trim();
  if (text.startsWith("'")) {
    const m = /^'((?:[^']|'')*)'$/.exec(text);
    return m ? m[1]!.replace(/''/g, "'") : undefined;
  }
  if (text.startsWith('"')) {
    const m = /^"((?:[^"\\]|\\.)*)"$/.exec(text);
    return m ? unescapeDouble(m[1]!) : undefined;
  }
  if (/^[|>&*!]/.test(text) || /^[[{]/.test(text)) return undefined;
  return text.replace(/\s+#.*$/, '');
}

function unescapeDouble(s: string): string {
  const simple: Record<string, string> = { n: '\n', t: '\t', '"': '"', '\\': '\\', '/': '/', ' ': ' ' };
  return s.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_m, c: string) =>
    c.length === 5 ? String.fromCharCode(parseInt(c.slice(1), 16)) : (simple[c] ?? c),
  );
}

/**
 * Loads the code labels of an SDMX-coded Open SDG platform from a folder of translation files
 * named after the SDMX concept (`SERIES.yml`, `REF_AREA.yml`, `UNIT_MEASURE.yml`, …). Each file's
 * entries are filed under the dimension key the matching CSV column gets (`SERIES` → `series`,
 * `UNIT_MEASURE` → `unit`), so a label is `labels[dimKey][code]`. Files whose name is not an
 * upper-case concept id (e.g. `sources.goal5-extract.yml`) are not code lists and are skipped.
 */
export async function loadOpenSdgLabels(dir: string): Promise<OpenSdgLabels> {
  const labels: Record<string, Record<string, string>> = {};
  const names = (await readdir(dir)).filter((n) => /^[A-Z][A-Z0-9_]*\.ya?ml$/.test(n)).sort();
  for (const name of names) {
    const role = columnRole(name.replace(/\.ya?ml$/, ''));
    if (role.role !== 'dim') continue;
    const entries = parseFlatYaml(await readFile(join(dir, name), 'utf8'), join(dir, name));
    labels[role.key] = { ...labels[role.key], ...Object.fromEntries(entries) };
  }
  return labels;
}

/** The English label of a code, or undefined when the platform has none for it. */
export function openSdgLabel(
  labels: OpenSdgLabels | undefined,
  key: string,
  code: string,
): string | undefined {
  return labels?.[key]?.[code];
}
