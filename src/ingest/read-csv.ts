import { parse } from 'csv-parse';
import { FatalImportError } from './diagnostic.ts';
import type { ByteSource, ProgressFn } from './types.ts';

/**
 * `utf-8`: must be valid UTF-8 (a BOM is allowed and dropped).
 * `windows-1252-or-utf-8`: what UNDP publishes (windows-1252), but a file re-saved as UTF-8 is
 * accepted too; the choice is made on the first non-ASCII byte, before which both agree.
 */
export type CsvEncoding = 'utf-8' | 'windows-1252-or-utf-8';

export interface CsvOptions {
  readonly file: string;
  readonly encoding: CsvEncoding;
  /** Lines before the header (WDI's 4-line preamble). */
  readonly skipLines?: number;
  readonly onProgress?: ProgressFn;
}

export interface CsvRecord {
  /** 1-based physical line where the record starts. */
  readonly line: number;
  readonly fields: string[];
}

/**
 * Streams CSV records from raw bytes, header included as the first record. Throws
 * FatalImportError for problems that make the file unreadable: binary content, an encoding
 * it is not in, or broken quoting. Ragged rows are returned as they are; callers check counts.
 */
export async function* readCsv(bytes: ByteSource, opts: CsvOptions): AsyncGenerator<CsvRecord> {
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
    from_line: (opts.skipLines ?? 0) + 1,
    raw: true,
  });
  const feeding = feed(bytes, opts, parser);
  let sawRecord = false;
  let start = (opts.skipLines ?? 0) + 1;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      const fields = item.record;
      const line = start;
      start += 1 + lineBreaksWithin(item.raw);
      // A blank line reads as one empty field; it carries nothing.
      if (fields.length === 1 && fields[0] === '') continue;
      sawRecord = true;
      yield { line, fields };
    }
  } catch (e) {
    throw asFatal(e, opts.file);
  } finally {
    parser.destroy();
  }
  await feeding;
  if (!sawRecord) {
    throw new FatalImportError({
      file: opts.file,
      line: 0,
      message: 'the file is empty: expected a CSV header line',
    });
  }
}

/**
 * Line breaks inside a record's raw text (cells spanning lines), CRLF counted once as an editor
 * does. csv-parse's own `info.lines` is the line where a record ends, and counts the CR and LF of a
 * CRLF inside a quoted cell as two lines, so later lines would drift.
 */
function lineBreaksWithin(raw: string): number {
  const body = raw.replace(/^\n/, '').replace(/(\r\n|\r|\n)$/, '');
  return body.match(/\r\n|\r|\n/g)?.length ?? 0;
}

async function feed(bytes: ByteSource, opts: CsvOptions, parser: ReturnType<typeof parse>): Promise<void> {
  const decoder = new StreamDecoder(opts);
  try {
    for await (const chunk of bytes) {
      // The consumer stopped early (fatal error, break): returning closes the byte source.
      if (parser.destroyed) return;
      const text = decoder.decode(chunk);
      if (!parser.write(text)) await drainedOrClosed(parser);
    }
    parser.write(decoder.end());
    parser.end();
  } catch (e) {
    parser.destroy(e instanceof Error ? e : new Error(String(e)));
  }
}

/** Resolves when the parser wants more input, or when it was destroyed and will never drain. */
function drainedOrClosed(parser: ReturnType<typeof parse>): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      parser.off('drain', done);
      parser.off('close', done);
      resolve();
    };
    parser.once('drain', done);
    parser.once('close', done);
  });
}

class StreamDecoder {
  private mode: 'undecided' | 'utf-8' | 'windows-1252';
  private utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private latin = new TextDecoder('windows-1252');
  private pending = new Uint8Array(0);
  private bytesRead = 0;
  private line = 1;

  constructor(private readonly opts: CsvOptions) {
    this.mode = opts.encoding === 'utf-8' ? 'utf-8' : 'undecided';
  }

  decode(chunk: Uint8Array): string {
    if (chunk.includes(0))
      this.fail(chunk.indexOf(0), chunk, 'the file contains NUL bytes: it is binary, not a CSV text file');
    this.bytesRead += chunk.length;
    this.opts.onProgress?.(this.bytesRead);
    const text = this.decodeChunk(chunk);
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.line++;
    return text;
  }

  end(): string {
    // Still undecided at the end: the file's only non-ASCII bytes are an incomplete UTF-8 sequence.
    if (this.mode === 'undecided') return this.latin.decode(this.pending);
    if (this.mode === 'windows-1252') return this.latin.decode();
    try {
      return this.utf8.decode();
    } catch {
      return this.fail(0, new Uint8Array(), 'the file ends inside a UTF-8 character (truncated?)');
    }
  }

  private decodeChunk(input: Uint8Array): string {
    let chunk = input;
    if (this.mode === 'undecided') {
      // Decide on the first non-ASCII sequence alone (a UTF-8 BOM decides UTF-8), so that the
      // outcome does not depend on where chunk boundaries fall.
      if (this.pending.length > 0) chunk = concat(this.pending, input);
      this.pending = new Uint8Array(0);
      const i = chunk.findIndex((b) => b >= 0x80);
      if (i === -1) return this.latin.decode(chunk, { stream: true });
      const verdict = utf8SequenceAt(chunk, i);
      if (verdict === 'cut') {
        this.pending = chunk.slice(i);
        return this.latin.decode(chunk.subarray(0, i), { stream: true });
      }
      this.mode = verdict === 'valid' ? 'utf-8' : 'windows-1252';
    }
    if (this.mode === 'windows-1252') return this.latin.decode(chunk, { stream: true });
    try {
      return this.utf8.decode(chunk, { stream: true });
    } catch {
      return this.fail(firstInvalidUtf8(chunk), chunk, 'is not valid UTF-8');
    }
  }

  private fail(offset: number, chunk: Uint8Array, what: string): never {
    let line = this.line;
    for (let i = 0; i < offset && i < chunk.length; i++) if (chunk[i] === 0x0a) line++;
    const byte = chunk[offset];
    const message =
      what === 'is not valid UTF-8'
        ? `byte 0x${(byte ?? 0).toString(16).toUpperCase().padStart(2, '0')} ${what}: expected a UTF-8 file (was it saved as windows-1252 or latin-1? re-save it as UTF-8)`
        : what;
    throw new FatalImportError({ file: this.opts.file, line, message });
  }
}

/** Offset of the first byte that cannot start or continue a UTF-8 sequence (a cut-off tail is fine). */
function firstInvalidUtf8(chunk: Uint8Array): number {
  let i = 0;
  while (i < chunk.length) {
    const b = chunk[i]!;
    const len =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len && i + k < chunk.length; k++) if ((chunk[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return 0;
}

/** Whether the non-ASCII byte at `i` starts well-formed UTF-8, or the chunk ends before it can tell. */
function utf8SequenceAt(chunk: Uint8Array, i: number): 'valid' | 'invalid' | 'cut' {
  const b = chunk[i]!;
  const len = b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
  if (len === 0) return 'invalid';
  for (let k = 1; k < len; k++) {
    if (i + k >= chunk.length) return 'cut';
    if ((chunk[i + k]! & 0xc0) !== 0x80) return 'invalid';
  }
  return 'valid';
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function asFatal(e: unknown, file: string): FatalImportError {
  if (e instanceof FatalImportError) return e;
  const err = e as { message?: string; lines?: number; code?: string };
  const detail = (err.message ?? String(e)).replace(/^Invalid (Opening|Closing) Quote: /, '');
  return new FatalImportError({
    file,
    line: typeof err.lines === 'number' ? err.lines : 0,
    message: `not readable as CSV (${err.code ?? 'parse error'}): ${detail}`,
  });
}

/** Reads a file from disk as a ByteSource. */
export async function* fileBytes(path: string): ByteSource {
  const { createReadStream } = await import('node:fs');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 })) yield chunk as Uint8Array;
}

/** A ByteSource over an in-memory buffer or string (tests, stdin). */
export async function* memoryBytes(data: Uint8Array | string, chunkSize = 1 << 16): ByteSource {
  const buf = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  for (let i = 0; i < buf.length; i += chunkSize) yield buf.subarray(i, i + chunkSize);
}
