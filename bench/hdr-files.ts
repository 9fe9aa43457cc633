import { indicatorByCode } from '../src/catalog/index.ts';
import { parsePeriod } from '../src/core/period.ts';
import { parseHdr } from '../src/ingest/hdr.ts';
import { fileBytes } from '../src/ingest/read-csv.ts';
import type { ParseResult } from '../src/ingest/types.ts';
import { dimsKey, validateParsed } from '../src/ingest/validate-parsed.ts';
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
 * The rows `importFile` would write for a parsed HDR file: validated against the catalogue, with
 * the period split and the dimensions keyed. Mirrors the service's private mapping so the COPY
 * baseline writes exactly the same long-format rows.
 */
export function observationRows(path: string, parsed: ParseResult): ObservationRow[] {
  const checked = validateParsed(path, parsed, indicatorByCode);
  return checked.observations.map((o) => {
    const p = parsePeriod(o.period);
    if (!p.ok) throw new Error(`invalid period ${o.period} at line ${o.line}`);
    return {
      indicatorCode: o.indicator,
      areaCode: o.area,
      period: p.period.label,
      periodStart: p.period.start,
      periodEnd: p.period.end,
      dimsKey: dimsKey(o.dims),
      dims: o.dims,
      value: o.value,
      valueText: o.text ?? null,
      status: o.status ?? null,
      footnote: o.footnote ?? null,
    };
  });
}
