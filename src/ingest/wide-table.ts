import { FatalImportError } from './diagnostic.ts';
import type { Diagnostic } from './diagnostic.ts';
import { parseNumber } from './parse-number.ts';
import type { CsvRecord } from './read-csv.ts';
import type { ByteSource, Dimensions, ParsedObservation } from './types.ts';

/** A value column of a wide table (one row per area, one column per variable × year). */
export interface ValueColumn {
  /** 0-based index into the record's fields. */
  readonly index: number;
  /** Header name as written in the file, for diagnostics. */
  readonly field: string;
  readonly indicator: string;
  readonly period: string;
  readonly dims: Dimensions;
}

/** Where a wide row's values go: observations kept, cells rejected. */
export interface WideSink {
  readonly observations: ParsedObservation[];
  readonly rejected: Diagnostic[];
}

/**
 * Turns one wide row into long observations for `area`: an empty (or blank) cell is a missing
 * value and gives nothing; a cell that is not a plain decimal number (`NaN`, `1,5`, `n/a`) is
 * rejected on its own, naming its column, and the row's other cells are kept.
 */
export function collectWideValues(
  file: string,
  record: CsvRecord,
  area: string,
  columns: readonly ValueColumn[],
  sink: WideSink,
): void {
  for (const col of columns) {
    const raw = record.fields[col.index];
    if (raw === undefined || raw.trim() === '') continue;
    const value = parseNumber(raw);
    const where = { line: record.line, column: col.index + 1, field: col.field };
    if (value === undefined) {
      sink.rejected.push({ file, ...where, message: `expected a number, got ${JSON.stringify(raw)}` });
      continue;
    }
    sink.observations.push({
      indicator: col.indicator,
      area,
      period: col.period,
      dims: col.dims,
      value,
      ...where,
    });
  }
}

/**
 * Checks a record's field count against the header: fewer than `minFields` is reported as a
 * likely truncated line (pointing at the first missing column), more than `header.length` as
 * extra fields. `minFields` lets a format drop a trailing unnamed column (WDI's final comma).
 */
export function fieldCountProblem(
  file: string,
  record: CsvRecord,
  header: readonly string[],
  minFields = header.length,
): Diagnostic | undefined {
  const found = record.fields.length;
  if (found < minFields) {
    return {
      file,
      line: record.line,
      column: found + 1,
      field: header[found],
      message: `expected ${header.length} fields, found ${found} (truncated line?)`,
    };
  }
  if (found > header.length) {
    return {
      file,
      line: record.line,
      column: header.length + 1,
      message: `expected ${header.length} fields, found ${found}`,
    };
  }
  return undefined;
}

const PEEK_LIMIT = 64 * 1024;

/**
 * Looks at a file's first line before any CSV parsing, so that a PNG, JSON or HTML document (or
 * random bytes) is reported as "not a `kind` file: <expected>; found …" on line 1, rather than
 * as whatever the CSV reader trips over first, and a real file with a problem further down is
 * never mistaken for the wrong kind. `looksRight` gets the first line (at most 64 KiB) with any
 * BOM and CR removed, bytes ≥ 0x80 read as windows-1252: enough to recognise an ASCII header.
 * An empty file passes (the reader reports it). Returns a ByteSource that replays the whole file.
 */
export async function checkFirstLine(
  file: string,
  bytes: ByteSource,
  kind: string,
  expected: string,
  looksRight: (line: string) => boolean,
): Promise<ByteSource> {
  const source = bytes[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < PEEK_LIMIT && !head.some((c) => c.includes(0x0a))) {
    const r = await source.next();
    if (r.done) {
      done = true;
      break;
    }
    head.push(r.value);
    size += r.value.length;
  }
  const text = new TextDecoder('windows-1252').decode(Buffer.concat(head).subarray(0, PEEK_LIMIT));
  const line = text
    .replace(/^\u00ef\u00bb\u00bf/, '')
    .split('\n')[0]!
    .replace(/\r$/, '');
  if (size > 0 && !looksRight(line)) {
    await source.return?.();
    const found = JSON.stringify(line.slice(0, 60).replace(/[^\x20-\x7e]/g, '?'));
    throw new FatalImportError({ file, line: 1, message: `not a ${kind} file: ${expected}; found ${found}` });
  }
  return replay(head, done ? undefined : source);
}

async function* replay(head: Uint8Array[], rest: AsyncIterator<Uint8Array> | undefined): ByteSource {
  try {
    yield* head;
    if (rest) for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
  } finally {
    await rest?.return?.();
  }
}

/** Splits a header-like line on commas, dropping quotes and blanks: enough to spot column names. */
export function headerTokens(line: string): string[] {
  return line.split(',').map((t) =>
    t
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim(),
  );
}

/** The next record, or a fatal "ends early" naming what was still expected. */
export async function nextRecord(
  records: AsyncIterator<CsvRecord>,
  file: string,
  afterLine: number,
  expected: string,
): Promise<CsvRecord> {
  const r = await records.next();
  if (r.done)
    throw new FatalImportError({ file, line: afterLine, message: `the file ends early: ${expected}` });
  return r.value;
}

/**
 * Hands every remaining record to `onRow` and returns how many there were; a file with a header
 * and no data row is fatal (`expectedRows` says what should have followed the header).
 */
export async function forEachDataRow(
  records: AsyncGenerator<CsvRecord>,
  file: string,
  head: CsvRecord,
  expectedRows: string,
  onRow: (record: CsvRecord) => void,
): Promise<number> {
  let linesRead = 0;
  for await (const record of records) {
    linesRead++;
    onRow(record);
  }
  if (linesRead === 0) {
    throw new FatalImportError({
      file,
      line: head.line,
      message: `no data rows: expected ${expectedRows} after the header`,
    });
  }
  return linesRead;
}

/** Throws unless `header` names each column at most once; duplicates would shadow each other. */
export function assertUniqueColumns(file: string, line: number, header: readonly string[]): void {
  const seen = new Map<string, number>();
  header.forEach((name, i) => {
    if (name === '') return;
    const first = seen.get(name);
    if (first !== undefined) {
      throw new FatalImportError({
        file,
        line,
        column: i + 1,
        field: name,
        message: `column "${name}" appears twice (columns ${first + 1} and ${i + 1}): expected each column once`,
      });
    }
    seen.set(name, i);
  });
}

/** Last path segment of a file name as typed (`/`- or `\`-separated). */
export function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
