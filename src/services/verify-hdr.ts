import { access } from 'node:fs/promises';
import { FatalImportError, type Diagnostic } from '../ingest/diagnostic.ts';
import { hdrComponents } from '../ingest/hdr-components.ts';
import { parseHdr } from '../ingest/hdr.ts';
import { fileBytes } from '../ingest/read-csv.ts';
import { checkPublishedIndices, type IndexCheck } from './hdr-index-checks.ts';

export type VerifyOutcome =
  | {
      readonly ok: true;
      readonly edition: string;
      readonly checks: IndexCheck[];
      readonly rejected: Diagnostic[];
    }
  | { readonly ok: false; readonly error: Diagnostic };

/**
 * Reads an HDR composite-indices file without importing it and recomputes every published GII,
 * GDI, GDI group and HDI from the components in the same file.
 */
export async function verifyHdrFile(path: string, edition?: string): Promise<VerifyOutcome> {
  try {
    await access(path);
    const parsed = await parseHdr({ file: path, bytes: fileBytes(path), ...(edition ? { edition } : {}) });
    return {
      ok: true,
      edition: parsed.source.edition,
      checks: checkPublishedIndices(hdrComponents(parsed)),
      rejected: parsed.rejected,
    };
  } catch (e) {
    if (e instanceof FatalImportError) return { ok: false, error: e.diagnostic };
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') return { ok: false, error: { file: path, line: 0, message: 'no such file' } };
    throw e;
  }
}
