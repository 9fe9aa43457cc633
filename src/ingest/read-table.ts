import type { z } from 'zod';
import { FatalImportError, type Diagnostic } from './diagnostic.ts';
import { readCsv } from './read-csv.ts';
import type { ByteSource } from './types.ts';

/** A small reference table compiled for Parity (targets, quotas): read whole or not at all. */
export interface TableInput {
  /** The file name as the user gave it, for diagnostics. */
  readonly file: string;
  readonly bytes: ByteSource;
}

/** Every row, or every problem: a table with any problem loads nothing. */
export type TableRead<T> =
  { readonly ok: true; readonly rows: T[] } | { readonly ok: false; readonly errors: Diagnostic[] };

/** A row as the column schemas parsed it, with the line it starts on. */
export type Cells<C extends Record<string, z.ZodType>> = { readonly [K in keyof C]: z.output<C[K]> } & {
  readonly line: number;
};

/** A problem found across fields of one row, named by the column it belongs to. */
export interface RowProblem<C> {
  readonly column: keyof C & string;
  readonly message: string;
}

export interface TableSpec<C extends Record<string, z.ZodType>, T> {
  /** One zod schema per column, in the order of the documented header. */
  readonly columns: C;
  /** Checks that need several fields (kind against scope, value within the concept's bounds). */
  readonly checkRow?: (row: Cells<C>) => RowProblem<C>[];
  readonly toRow: (row: Cells<C>) => T;
}

/**
 * Reads a UTF-8 CSV table whose header is exactly `spec.columns` (any order, no others) and an
 * `id` column unique in the file. Each cell is parsed by its column's zod schema; each problem is
 * a diagnostic naming the line, the column, the field, what was expected and what was found.
 */
export async function readTable<C extends Record<string, z.ZodType> & { id: z.ZodType }, T>(
  input: TableInput,
  spec: TableSpec<C, T>,
): Promise<TableRead<T>> {
  const errors: Diagnostic[] = [];
  const rows: T[] = [];
  const names = Object.keys(spec.columns) as (keyof C & string)[];
  const ids = new Map<unknown, number>();
  let positions: Map<string, number> | undefined;
  try {
    for await (const record of readCsv(input.bytes, { file: input.file, encoding: 'utf-8' })) {
      if (!positions) {
        positions = headerPositions(input.file, record.fields, names, errors);
        if (!positions) break;
        continue;
      }
      const at = (name: string): Omit<Diagnostic, 'message'> => ({
        file: input.file,
        line: record.line,
        column: positions!.get(name)! + 1,
        field: name,
      });
      if (record.fields.length !== positions.size) {
        errors.push({
          file: input.file,
          line: record.line,
          message: `expected ${positions.size} fields as in the header, got ${record.fields.length}`,
        });
        continue;
      }
      const cells = parseCells(record.fields, positions, spec.columns, at, errors);
      if (!cells) continue;
      const row = { ...cells, line: record.line } as Cells<C>;
      const earlier = ids.get(row.id);
      if (earlier !== undefined) {
        errors.push({
          ...at('id'),
          message: `duplicate id "${String(row.id)}": already used on line ${earlier}`,
        });
        continue;
      }
      ids.set(row.id, record.line);
      const problems = spec.checkRow?.(row) ?? [];
      for (const p of problems) errors.push({ ...at(p.column), message: p.message });
      if (problems.length === 0) rows.push(spec.toRow(row));
    }
  } catch (e) {
    if (e instanceof FatalImportError) return { ok: false, errors: [e.diagnostic] };
    throw e;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}

/** Column name → position; undefined (with the problems recorded) when the header is not the expected one. */
function headerPositions(
  file: string,
  header: readonly string[],
  names: readonly string[],
  errors: Diagnostic[],
): Map<string, number> | undefined {
  const expected = `expected the header ${names.join(',')}`;
  const positions = new Map<string, number>();
  const before = errors.length;
  header.forEach((raw, i) => {
    const name = raw.trim();
    if (!names.includes(name))
      errors.push({ file, line: 1, column: i + 1, message: `unknown column "${raw}": ${expected}` });
    else if (positions.has(name))
      errors.push({ file, line: 1, column: i + 1, message: `column "${name}" appears twice: ${expected}` });
    else positions.set(name, i);
  });
  const missing = names.filter((n) => !positions.has(n));
  if (missing.length > 0)
    errors.push({
      file,
      line: 1,
      message: `missing ${plural('column', missing)} ${missing.join(', ')}: ${expected}`,
    });
  return errors.length > before ? undefined : positions;
}

function parseCells<C extends Record<string, z.ZodType>>(
  fields: readonly string[],
  positions: ReadonlyMap<string, number>,
  columns: C,
  at: (name: string) => Omit<Diagnostic, 'message'>,
  errors: Diagnostic[],
): Record<string, unknown> | undefined {
  const cells: Record<string, unknown> = {};
  let failed = false;
  for (const [name, schema] of Object.entries(columns)) {
    const raw = fields[positions.get(name)!]!;
    const parsed = schema.safeParse(raw.trim());
    if (parsed.success) cells[name] = parsed.data;
    else {
      failed = true;
      errors.push({ ...at(name), message: `${parsed.error.issues[0]!.message}, got "${raw}"` });
    }
  }
  return failed ? undefined : cells;
}

function plural(word: string, list: readonly unknown[]): string {
  return list.length === 1 ? word : `${word}s`;
}
