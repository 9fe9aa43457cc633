import { toObservationRow } from '../src/services/import-file.ts';
import { indicatorByCode } from '../src/catalog/index.ts';
import { parseHdr } from '../src/ingest/hdr.ts';
import { fileBytes } from '../src/ingest/read-csv.ts';
import type { ParseResult } from '../src/ingest/types.ts';
import { validateParsed } from '../src/ingest/validate-parsed.ts';
import { BUNDLED_DATA_DIR } from '../src/services/seed.ts';
import type { ObservationRow } from '../src/store/observation-writes.ts';

/** The two bundled HDR editions, newest first (the import benchmark uses the first). */
export const HDR_FILES = [
  `${BUNDLED_DATA_DIR}undp-hdr/HDR25_Composite_indices_complete_time_series.csv`,
  `${BUNDLED_DATA_DIR}undp-hdr/HDR23-24_Composite_indices_complete_time_series.csv`,
] as const;

export const HDR25 = HDR_FILES[0];

/** An HDR file parsed as `importFile` parses it. */
export function parseHdrFile(path: string): Promise<ParseResult> {
  return parseHdr({ file: path, bytes: fileBytes(path) });
}

/**
 * The rows `importFile` would write for a parsed HDR file: validated against the catalogue and
 * mapped with the service's own mapping, so the COPY baseline writes exactly the same rows.
 */
export function observationRows(path: string, parsed: ParseResult): ObservationRow[] {
  return validateParsed(path, parsed, indicatorByCode).observations.map(toObservationRow);
}
