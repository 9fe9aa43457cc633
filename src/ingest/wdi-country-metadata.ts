import { FatalImportError } from './diagnostic.ts';
import { readCsv } from './read-csv.ts';
import type { ParseInput } from './types.ts';
import {
  assertUniqueColumns,
  baseName,
  checkFirstLine,
  fieldCountProblem,
  headerTokens,
  nextRecord,
} from './wide-table.ts';
import type { Diagnostic } from './diagnostic.ts';

/** One row of a WDI Metadata_Country file. */
export interface WdiCountryEntry {
  readonly code: string;
  /** `TableName`, the Bank's display name. */
  readonly name: string;
  /** Empty for aggregates (World, regions, income groups…). */
  readonly region: string;
  readonly incomeGroup: string;
  readonly line: number;
}

export interface WdiCountryMetadata {
  readonly entries: WdiCountryEntry[];
  /** Codes whose Region is empty: the World Bank's marker of an aggregate. */
  readonly aggregates: Set<string>;
  /** Rows that could not be read (wrong field count, empty code). */
  readonly rejected: Diagnostic[];
}

const REQUIRED = ['Country Code', 'Region', 'IncomeGroup', 'TableName'] as const;
const KIND = 'World Bank WDI Metadata_Country CSV';
const EXPECTED = `expected a header "Country Code","Region","IncomeGroup","SpecialNotes","TableName"`;

/**
 * Parses the `Metadata_Country_<…>.csv` that comes with a WDI bulk download (UTF-8 with BOM,
 * every field quoted, a trailing empty column). Its use here is to tell aggregates (empty
 * `Region`) from economies. Fatal: not such a file (a required column missing), no data rows.
 */
export async function parseWdiCountryMetadata(input: ParseInput): Promise<WdiCountryMetadata> {
  const { file } = input;
  const bytes = await checkFirstLine(file, input.bytes, KIND, EXPECTED, (line) =>
    headerTokens(line).includes('Country Code'),
  );
  const records = readCsv(bytes, { file, encoding: 'utf-8', onProgress: input.onProgress });
  const out: WdiCountryMetadata = { entries: [], aggregates: new Set(), rejected: [] };
  try {
    const head = await nextRecord(records, file, 0, EXPECTED);
    const header = head.fields.map((f) => f.trim());
    const missing = REQUIRED.filter((c) => !header.includes(c));
    if (missing.length > 0) {
      const what =
        missing.length === REQUIRED.length ? `not a ${KIND} file` : `missing column "${missing[0]}"`;
      throw new FatalImportError({ file, line: head.line, message: `${what}: ${EXPECTED}` });
    }
    assertUniqueColumns(file, head.line, header);
    const at = Object.fromEntries(REQUIRED.map((c) => [c, header.indexOf(c)])) as Record<
      (typeof REQUIRED)[number],
      number
    >;
    const minFields = Math.max(...Object.values(at)) + 1;
    for await (const record of records) {
      const problem = fieldCountProblem(file, record, header, minFields);
      const cell = (c: (typeof REQUIRED)[number]) => record.fields[at[c]]?.trim() ?? '';
      if (problem || cell('Country Code') === '') {
        out.rejected.push(
          problem ?? {
            file,
            line: record.line,
            column: at['Country Code'] + 1,
            field: 'Country Code',
            message: 'expected a country or aggregate code, got an empty cell',
          },
        );
        continue;
      }
      const entry = {
        code: cell('Country Code').toUpperCase(),
        name: cell('TableName'),
        region: cell('Region'),
        incomeGroup: cell('IncomeGroup'),
        line: record.line,
      };
      out.entries.push(entry);
      if (entry.region === '') out.aggregates.add(entry.code);
    }
    if (out.entries.length === 0 && out.rejected.length === 0) {
      throw new FatalImportError({
        file,
        line: head.line,
        message: 'no data rows: expected one row per economy',
      });
    }
  } finally {
    await records.return(undefined);
  }
  return out;
}

/**
 * Where the World Bank puts the country metadata of a bulk file: beside it, named
 * `Metadata_Country_` + the data file's name (`…/API_SG.GEN.PARL.ZS_DS2_en_csv_v2_3731396.csv` →
 * `…/Metadata_Country_API_SG.GEN.PARL.ZS_DS2_en_csv_v2_3731396.csv`).
 */
export function wdiCountryMetadataPath(dataFile: string): string {
  const name = baseName(dataFile);
  return dataFile.slice(0, dataFile.length - name.length) + 'Metadata_Country_' + name;
}
