import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { FatalImportError } from './diagnostic.ts';
import { fileBytes } from './read-csv.ts';
import type { ParseInput, ParseResult } from './types.ts';

/** One file of a folder import: its result, or the whole-file error that stopped it. */
export type FileOutcome =
  | { readonly file: string; readonly result: ParseResult; readonly error?: undefined }
  | { readonly file: string; readonly error: FatalImportError; readonly result?: undefined };

export interface ParseFilesOptions {
  /** Edition override, passed to every file. */
  readonly edition?: string;
  /** Progress per file, in bytes read of that file. */
  readonly onProgress?: (file: string, bytesRead: number) => void;
}

/**
 * Paths of the files in `dir` whose name matches `pattern`, sorted by name with numbers compared
 * as numbers (`600__…` before `5200__…`). Throws FatalImportError when the folder cannot be read
 * or holds no matching file, saying what was expected (`describe`, e.g. `indicator_*.csv files`).
 */
export async function listFiles(dir: string, pattern: RegExp, describe: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new FatalImportError({ file: dir, line: 0, message: `cannot read the folder (${reason})` });
  }
  const matching = names
    .filter((n) => pattern.test(n))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (matching.length === 0)
    throw new FatalImportError({ file: dir, line: 0, message: `no ${describe} in this folder` });
  return matching.map((n) => join(dir, n));
}

/**
 * Parses files one after another with `parse`. A FatalImportError stops only its own file and
 * is returned as that file's outcome, so one broken file does not hide the others; any other
 * error (a bug, not bad input) is rethrown.
 */
export async function parseFiles(
  files: readonly string[],
  parse: (input: ParseInput) => Promise<ParseResult>,
  opts: ParseFilesOptions = {},
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    const onProgress = opts.onProgress;
    const input: ParseInput = {
      file,
      bytes: fileBytes(file),
      ...(opts.edition !== undefined ? { edition: opts.edition } : {}),
      ...(onProgress ? { onProgress: (n: number) => onProgress(file, n) } : {}),
    };
    try {
      outcomes.push({ file, result: await parse(input) });
    } catch (e) {
      if (!(e instanceof FatalImportError)) throw e;
      outcomes.push({ file, error: e });
    }
  }
  return outcomes;
}
