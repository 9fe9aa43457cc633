import { basename } from 'node:path';
import { parsePeriod } from '../core/period.ts';
import { FatalImportError, type Diagnostic } from './diagnostic.ts';
import { columnRole, dimValue } from './open-sdg-columns.ts';
import { loadOpenSdgPlatform, openSdgSource, type OpenSdgPlatform } from './open-sdg-platform.ts';
import { listFiles, parseFiles, type FileOutcome, type ParseFilesOptions } from './parse-files.ts';
import { parseNumber } from './parse-number.ts';
import { readCsv, type CsvRecord } from './read-csv.ts';
import type { ParseInput, ParseResult, ParsedObservation } from './types.ts';

const FILE_NAME = /^indicator_(\d+(?:-[0-9a-z]+)+)\.csv$/i;
const EXPECTED_NAME = 'indicator_<goal>-<target>-<indicator>.csv, e.g. indicator_5-5-1.csv';

/**
 * The catalogue code of an Open SDG file: `indicator_5-5-1.csv` → `sdg.5.5.1`,
 * `indicator_5-2-1-1.csv` → `sdg.5.2.1.1`, `indicator_5-a-1.csv` → `sdg.5.a.1` (letters are lower-cased).
 * Throws FatalImportError, stating the expected pattern, for any other name.
 */
export function openSdgIndicatorCode(file: string): string {
  const m = FILE_NAME.exec(basename(file));
  if (!m)
    throw new FatalImportError({
      file,
      line: 0,
      message: `the file name does not follow the Open SDG pattern: expected ${EXPECTED_NAME}`,
    });
  return `sdg.${m[1]!.toLowerCase().replace(/-/g, '.')}`;
}

interface Layout {
  readonly header: readonly string[];
  readonly year: number;
  readonly value: number;
  readonly status?: number;
  readonly dims: readonly { readonly col: number; readonly key: string }[];
  readonly blank: readonly number[];
}

function readHeader(file: string, rec: CsvRecord): Layout {
  const header = rec.fields.map((h) => h.trim());
  const fail = (message: string): never => {
    throw new FatalImportError({ file, line: rec.line, message });
  };
  const cols: { year?: number; value?: number; status?: number } = {};
  const dims: { col: number; key: string }[] = [];
  const blank: number[] = [];
  header.forEach((h, col) => {
    const role = columnRole(h);
    if (role.role === 'blank') blank.push(col);
    else if (role.role !== 'dim') {
      if (cols[role.role] !== undefined) fail(`the column ${h} appears twice: expected it once`);
      cols[role.role] = col;
    } else {
      const twin = dims.find((d) => d.key === role.key);
      if (twin) fail(`the columns ${header[twin.col]} and ${h} both give the dimension ${role.key}`);
      dims.push({ col, key: role.key });
    }
  });
  const expected = 'expected an Open SDG header Year,<disaggregation columns…>,Value';
  const year = cols.year ?? fail(`missing column Year: ${expected}`);
  const value = cols.value ?? fail(`missing column Value: ${expected}`);
  return { header, year, value, dims, blank, ...(cols.status !== undefined ? { status: cols.status } : {}) };
}

/** Open SDG's placeholder row for indicators that have no statistical series. */
function isPlaceholder(fields: readonly string[]): boolean {
  return /non-statistical indicator/i.test(fields[0] ?? '') && fields.slice(1).every((f) => f.trim() === '');
}

/** `1974a`/`1974b`: two observations in one year (UK: the February and October 1974 elections). */
const LETTERED_YEAR = /^(\d{4})([a-z])$/i;

type RowOutcome = { obs?: ParsedObservation; problem?: Diagnostic };

function parseRow(file: string, rec: CsvRecord, layout: Layout, indicator: string, area: string): RowOutcome {
  const { header } = layout;
  const { fields } = rec;
  const at = (col: number, message: string): RowOutcome => ({
    problem: { file, line: rec.line, column: col + 1, field: header[col] || undefined, message },
  });
  if (fields.length !== header.length)
    return {
      problem: {
        file,
        line: rec.line,
        message: `expected ${header.length} fields as in the header, found ${fields.length}`,
      },
    };
  const stray = layout.blank.find((col) => fields[col]!.trim() !== '');
  if (stray !== undefined)
    return at(stray, `expected an empty cell (the column has no header), got "${fields[stray]}"`);
  const rawValue = fields[layout.value]!.trim();
  if (rawValue === '') return {}; // a missing value: no observation
  const value = parseNumber(rawValue);
  if (value === undefined) return at(layout.value, `expected a number, got "${rawValue}"`);
  const rawYear = fields[layout.year]!.trim();
  const lettered = LETTERED_YEAR.exec(rawYear);
  const period = parsePeriod(lettered ? lettered[1]! : rawYear);
  if (!period.ok) return at(layout.year, `expected ${period.expected}, got "${rawYear}"`);
  const dims: Record<string, string> = {};
  for (const { col, key } of layout.dims) {
    const cell = fields[col]!.trim();
    if (cell !== '') dims[key] = dimValue(key, cell);
  }
  if (lettered) dims.sub_period = lettered[2]!.toLowerCase();
  const status = layout.status !== undefined ? fields[layout.status]!.trim() : '';
  const obs: ParsedObservation = {
    indicator,
    area,
    period: period.period.label,
    dims,
    value,
    ...(status ? { status } : {}),
    ...(lettered
      ? { footnote: `published as year "${rawYear}" (one of several observations in ${lettered[1]})` }
      : {}),
    line: rec.line,
    column: layout.value + 1,
    field: header[layout.value]!,
  };
  return { obs };
}

/**
 * Parses one Open SDG indicator CSV (`Year`, disaggregation columns, `Value`) of `platform`.
 *
 * - Indicator: from the file name (`indicator_5-5-1.csv` → `sdg.5.5.1`); any other name is fatal.
 * - Area: always the platform's country; sub-national areas (`REF_AREA`, `Region`, `GeoCode`) are
 *   dimensions. Dimension keys are the headers in lower_snake_case; `Units`/`Unit measure`/
 *   `UNIT_MEASURE` → `unit` and `Unit multiplier` → `unit_multiplier` (kept in the key, since a
 *   file may mix units); `Observation status` → status. Cells are kept as published (SDMX codes on
 *   sdmx-coded platforms, labels on labelled ones), except sex labels `Female`/`Male` → `F`/`M`.
 *   A row whose disaggregation cells are all empty is the headline series: its dims hold only
 *   `unit`/`unit_multiplier` when the file has those columns, nothing else.
 * - Period: `2022` or a span such as `2004/05` (core/period.ts). A lettered year (`1974a`, two
 *   elections in one year) gives period `1974` with `dims.sub_period = 'a'` and a footnote.
 * - Empty `Value` cells are missing values: no observation. A non-numeric value, an unparseable
 *   year, a wrong field count or text under a header-less column rejects the row (with line,
 *   column and header) and parsing goes on.
 * - A header-only file, or the placeholder row `This is a non-statistical indicator,`, gives a
 *   note and zero observations, not an error. Missing `Year` or `Value` columns are fatal.
 * - Edition: `input.edition`, else the platform's.
 */
export async function parseOpenSdgFile(input: ParseInput, platform: OpenSdgPlatform): Promise<ParseResult> {
  const { file } = input;
  const indicator = openSdgIndicatorCode(file);
  const observations: ParsedObservation[] = [];
  const rejected: Diagnostic[] = [];
  const notes: Diagnostic[] = [];
  let layout: Layout | undefined;
  let headerLine = 0;
  let linesRead = 0;
  const csv = readCsv(input.bytes, {
    file,
    encoding: 'utf-8',
    ...(input.onProgress ? { onProgress: input.onProgress } : {}),
  });
  for await (const rec of csv) {
    if (!layout) {
      layout = readHeader(file, rec);
      headerLine = rec.line;
      continue;
    }
    linesRead++;
    if (isPlaceholder(rec.fields)) {
      notes.push({ file, line: rec.line, message: 'non-statistical indicator: no data' });
      continue;
    }
    const { obs, problem } = parseRow(file, rec, layout, indicator, platform.country);
    if (problem) rejected.push(problem);
    if (obs) observations.push(obs);
  }
  if (linesRead === 0)
    notes.push({ file, line: headerLine, message: 'header only, no data rows: no data to import' });
  return {
    source: openSdgSource(platform, input.edition),
    observations,
    aggregates: [],
    rejected,
    notes,
    linesRead,
  };
}

/** A platform folder's parse: the platform read from its platform.json, and one outcome per CSV. */
export interface OpenSdgDirectoryResult {
  readonly platform: OpenSdgPlatform;
  readonly files: FileOutcome[];
}

/**
 * Parses every CSV of an Open SDG platform folder (`parity import open-sdg <dir>`): reads
 * `<dir>/platform.json` (see open-sdg-platform.ts), then each `*.csv` of its data folder in name
 * order. A file that fails as a whole (e.g. a name not of the form `indicator_*.csv`) is returned as
 * that file's error; the other files are still parsed.
 */
export async function parseOpenSdgDirectory(
  dir: string,
  opts: ParseFilesOptions = {},
): Promise<OpenSdgDirectoryResult> {
  const platform = await loadOpenSdgPlatform(dir);
  const files = await listFiles(platform.dataDir, /\.csv$/i, 'CSV files (indicator_*.csv)');
  return { platform, files: await parseFiles(files, (input) => parseOpenSdgFile(input, platform), opts) };
}
