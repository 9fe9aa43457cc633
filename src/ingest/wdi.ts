import { parsePeriod } from '../core/period.ts';
import { FatalImportError } from './diagnostic.ts';
import type { Diagnostic } from './diagnostic.ts';
import { fileBytes, readCsv } from './read-csv.ts';
import type { CsvRecord } from './read-csv.ts';
import type { ParseInput, ParseResult, ParsedObservation, ProgressFn, SourceInfo } from './types.ts';
import { wdiArea } from './wdi-area.ts';
import { parseWdiCountryMetadata, wdiCountryMetadataPath } from './wdi-country-metadata.ts';
import {
  assertUniqueColumns,
  baseName,
  checkFirstLine,
  collectWideValues,
  fieldCountProblem,
  headerTokens,
  forEachDataRow,
  nextRecord,
} from './wide-table.ts';
import type { ValueColumn } from './wide-table.ts';

export interface WdiParseInput extends ParseInput {
  /**
   * World Bank aggregate codes (without the `WB.` prefix), normally from the file's
   * Metadata_Country (see parseWdiCountryMetadata); the built-in WB_AGGREGATES apply as well.
   */
  readonly aggregates?: ReadonlySet<string>;
}

const KIND = 'World Bank WDI bulk CSV';
const EXPECTED =
  'expected the preamble "Data Source","World Development Indicators", then "Last Updated Date","YYYY-MM-DD", then the header "Country Name","Country Code","Indicator Name","Indicator Code","1960",…';
const ID_COLUMNS = ['Country Name', 'Country Code', 'Indicator Name', 'Indicator Code'] as const;
type IdColumn = (typeof ID_COLUMNS)[number];
const INDICATOR_CODE = /^[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*$/;
const NO_DIMS = {};

/** Source row of a WDI vintage; `lastUpdated` is the file's "Last Updated Date" when it had one. */
export function wdiSource(edition: string, lastUpdated = edition): SourceInfo {
  return {
    dataset: 'wdi',
    publisher: 'The World Bank',
    title: 'World Development Indicators',
    edition,
    licence: 'CC BY 4.0',
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
    redistribution: true,
    url: 'https://datacatalog.worldbank.org/search/dataset/0037712/World-Development-Indicators',
    citation: `World Bank, World Development Indicators (last updated ${lastUpdated})`,
  };
}

function notWdi(file: string, record: CsvRecord): FatalImportError {
  const found = JSON.stringify(record.fields.join(',').slice(0, 80));
  return new FatalImportError({
    file,
    line: record.line,
    message: `not a ${KIND} file: ${EXPECTED}; found ${found}`,
  });
}

/** Checks the 4-line preamble (blank lines are skipped by readCsv); returns the date it states. */
async function readPreamble(
  file: string,
  records: AsyncIterator<CsvRecord>,
): Promise<{ lastUpdated: string | undefined; dateLine: CsvRecord }> {
  const first = await nextRecord(records, file, 0, EXPECTED);
  const [label, value] = first.fields.map((f) => f.trim());
  if (label !== 'Data Source' || value !== 'World Development Indicators') throw notWdi(file, first);
  const dateLine = await nextRecord(records, file, first.line, EXPECTED);
  if (dateLine.fields[0]?.trim() !== 'Last Updated Date') throw notWdi(file, dateLine);
  const date = dateLine.fields[1]?.trim() ?? '';
  return { lastUpdated: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined, dateLine };
}

interface WdiLayout {
  readonly header: string[];
  readonly ids: Readonly<Record<IdColumn, number>>;
  /** Year columns without an indicator yet; see columnsFor. */
  readonly years: { index: number; field: string }[];
  /** Rows may omit the unnamed columns after the last named one (the trailing comma). */
  readonly minFields: number;
}

function wdiLayout(file: string, head: CsvRecord): WdiLayout {
  const header = head.fields.map((f) => f.trim());
  if (!header.includes('Country Code') && !header.includes('Indicator Code')) throw notWdi(file, head);
  const missing = ID_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new FatalImportError({
      file,
      line: head.line,
      message: `missing required column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')}: expected the columns ${ID_COLUMNS.join(', ')} and one column per year`,
    });
  }
  assertUniqueColumns(file, head.line, header);
  const ids = Object.fromEntries(ID_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<IdColumn, number>;
  const lastNamed = header.findLastIndex((h) => h !== '');
  const years: WdiLayout['years'] = [];
  header.forEach((field, index) => {
    if ((ID_COLUMNS as readonly string[]).includes(field) || index > lastNamed) return;
    if (!/^\d{4}$/.test(field) || !parsePeriod(field).ok) {
      throw new FatalImportError({
        file,
        line: head.line,
        column: index + 1,
        field,
        message: `unknown column ${JSON.stringify(field)}: expected a year (1960, 1961, …) after the columns ${ID_COLUMNS.join(', ')}`,
      });
    }
    years.push({ index, field });
  });
  return { header, ids, years, minFields: lastNamed + 1 };
}

interface WdiState {
  readonly observations: ParsedObservation[];
  readonly rejected: Diagnostic[];
  readonly aggregates: Map<string, string>;
  readonly columns: Map<string, ValueColumn[]>;
}

function columnsFor(layout: WdiLayout, code: string, state: WdiState): ValueColumn[] {
  let cols = state.columns.get(code);
  if (!cols) {
    const indicator = `wdi.${code}`;
    cols = layout.years.map(({ index, field }) => ({
      index,
      field,
      indicator,
      period: field,
      dims: NO_DIMS,
    }));
    state.columns.set(code, cols);
  }
  return cols;
}

function wdiRow(
  file: string,
  layout: WdiLayout,
  record: CsvRecord,
  aggregates: ReadonlySet<string> | undefined,
  state: WdiState,
): void {
  const problem = fieldCountProblem(file, record, layout.header, layout.minFields);
  if (problem) {
    state.rejected.push(problem);
    return;
  }
  const cell = (c: IdColumn) => record.fields[layout.ids[c]]!.trim();
  const at = (c: IdColumn) => ({ file, line: record.line, column: layout.ids[c] + 1, field: c });
  const area = wdiArea(cell('Country Code'), aggregates);
  if (area.kind === 'unknown') {
    state.rejected.push({ ...at('Country Code'), message: area.expected });
    return;
  }
  const code = cell('Indicator Code');
  if (!INDICATOR_CODE.test(code)) {
    state.rejected.push({
      ...at('Indicator Code'),
      message: `expected a WDI indicator code such as SG.GEN.PARL.ZS, got ${JSON.stringify(code)}`,
    });
    return;
  }
  if (area.kind === 'aggregate') state.aggregates.set(area.area, cell('Country Name'));
  collectWideValues(file, record, area.area, columnsFor(layout, code, state), state);
}

/**
 * Parses a World Bank WDI bulk-download CSV (`API_<indicator>_DS2_en_csv_v2_<n>.csv`: UTF-8 with
 * BOM, the 4-line preamble, every field quoted, a trailing empty column) from wide to long: one
 * observation per non-empty year cell, indicator `wdi.<Indicator Code>` (taken per row, so a file
 * holding several indicators works too), area the ISO3 code or `WB.<code>` for aggregates (see
 * wdiArea). The edition is `input.edition`, else the preamble's "Last Updated Date".
 *
 * Fatal (FatalImportError): not UTF-8, no WDI preamble, no edition, a missing or unknown column,
 * no data rows. Rejected rows: wrong field count, unknown country code, bad indicator code; a
 * non-numeric cell is rejected alone.
 */
export async function parseWdi(input: WdiParseInput): Promise<ParseResult> {
  const { file } = input;
  const bytes = await checkFirstLine(
    file,
    input.bytes,
    KIND,
    EXPECTED,
    (line) => headerTokens(line)[0] === 'Data Source',
  );
  const records = readCsv(bytes, { file, encoding: 'utf-8', onProgress: input.onProgress });
  const state: WdiState = { observations: [], rejected: [], aggregates: new Map(), columns: new Map() };
  let linesRead: number;
  let source: SourceInfo;
  try {
    const { lastUpdated, dateLine } = await readPreamble(file, records);
    const edition = input.edition ?? lastUpdated;
    if (edition === undefined) {
      throw new FatalImportError({
        file,
        line: dateLine.line,
        column: 2,
        message: `cannot tell the edition: expected "Last Updated Date" to be a date YYYY-MM-DD, got ${JSON.stringify(dateLine.fields[1] ?? '')}; pass --edition`,
      });
    }
    source = wdiSource(edition, lastUpdated);
    const head = await nextRecord(records, file, dateLine.line, EXPECTED);
    const layout = wdiLayout(file, head);
    linesRead = await forEachDataRow(records, file, head, 'one row per economy', (record) =>
      wdiRow(file, layout, record, input.aggregates, state),
    );
  } finally {
    await records.return(undefined);
  }
  const aggregates = [...state.aggregates].map(([code, name]) => ({ code, name }));
  return {
    source,
    observations: state.observations,
    aggregates,
    rejected: state.rejected,
    notes: [],
    linesRead,
  };
}

/**
 * Parses a WDI bulk file from disk, taking the aggregates from the `Metadata_Country_<same name>`
 * file beside it when there is one (rows with an empty Region), else from the built-in list; a
 * note says which. Rows of the metadata file that cannot be read are notes too (they cost no data).
 */
export async function parseWdiFile(
  path: string,
  opts: { readonly edition?: string; readonly onProgress?: ProgressFn } = {},
): Promise<ParseResult> {
  const metaPath = wdiCountryMetadataPath(path);
  const notes: Diagnostic[] = [];
  let aggregates: ReadonlySet<string> | undefined;
  if (await exists(metaPath)) {
    const meta = await parseWdiCountryMetadata({ file: metaPath, bytes: fileBytes(metaPath) });
    aggregates = meta.aggregates;
    notes.push(
      {
        file: path,
        line: 0,
        message: `aggregates: the ${aggregates.size} codes with an empty Region in ${metaPath}`,
      },
      ...meta.rejected,
    );
  } else {
    notes.push({
      file: path,
      line: 0,
      message: `aggregates: no ${baseName(metaPath)} beside the file, so the built-in list of World Bank aggregate codes`,
    });
  }
  const result = await parseWdi({ ...opts, file: path, bytes: fileBytes(path), aggregates });
  return { ...result, notes: [...notes, ...result.notes] };
}

async function exists(path: string): Promise<boolean> {
  const { access } = await import('node:fs/promises');
  return access(path).then(
    () => true,
    () => false,
  );
}
