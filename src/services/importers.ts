import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { FatalImportError } from '../ingest/diagnostic.ts';
import { parseHdr } from '../ingest/hdr.ts';
import { parseOpenSdgFile } from '../ingest/open-sdg.ts';
import { loadOpenSdgPlatform } from '../ingest/open-sdg-platform.ts';
import { listFiles } from '../ingest/parse-files.ts';
import { parseUnsdMinset } from '../ingest/unsd-minset.ts';
import { parseWdiFile } from '../ingest/wdi.ts';
import type { ImportJob } from './import-file.ts';

export const IMPORTERS = ['hdr', 'open-sdg', 'unsd-minset', 'wdi'] as const;
export type ImporterKind = (typeof IMPORTERS)[number];

export function isImporterKind(s: string): s is ImporterKind {
  return (IMPORTERS as readonly string[]).includes(s);
}

/**
 * The files an import of `path` means, each with its parser: a file is itself; a folder is
 * every file of that kind in it (UNSD series files; an Open SDG platform's `indicator_*.csv`;
 * WDI `API_*.csv`). Throws FatalImportError when the path has nothing to import.
 */
export async function importJobs(kind: ImporterKind, path: string, edition?: string): Promise<ImportJob[]> {
  const folder = await isFolder(path);
  const job = (p: string, parse: ImportJob['parse']): ImportJob => ({
    importer: kind,
    path: p,
    parse,
    ...(edition ? { edition } : {}),
  });
  switch (kind) {
    case 'hdr':
      if (folder) throw notAFile(path, 'an HDR composite-indices CSV file');
      return [job(path, parseHdr)];
    case 'wdi': {
      const files = folder ? await listFiles(path, /^API_.*\.csv$/i, 'WDI bulk files (API_*.csv)') : [path];
      return files.map((f) =>
        job(f, (input) =>
          parseWdiFile(input.file, {
            ...(input.edition ? { edition: input.edition } : {}),
            ...(input.onProgress ? { onProgress: input.onProgress } : {}),
          }),
        ),
      );
    }
    case 'unsd-minset': {
      const files = folder ? await listFiles(path, /\.csv$/i, 'CSV files (UNSD Minimum Set series)') : [path];
      return files.map((f) => job(f, parseUnsdMinset));
    }
    case 'open-sdg': {
      const platform = await loadOpenSdgPlatform(folder ? path : dirname(path));
      const files = folder
        ? await listFiles(platform.dataDir, /\.csv$/i, 'CSV files (indicator_*.csv)')
        : [path];
      return files.map((f) => job(f, (input) => parseOpenSdgFile(input, platform)));
    }
  }
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FatalImportError({
      file: path,
      line: 0,
      message: code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code})`,
    });
  }
}

function notAFile(path: string, expected: string): FatalImportError {
  return new FatalImportError({ file: path, line: 0, message: `is a folder: expected ${expected}` });
}
