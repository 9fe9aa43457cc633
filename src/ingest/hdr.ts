import { countryByIso3 } from '../catalog/countries.ts';
import { parsePeriod } from '../core/period.ts';
import { FatalImportError } from './diagnostic.ts';
import type { Diagnostic } from './diagnostic.ts';
import { readCsv } from './read-csv.ts';
import type { CsvRecord } from './read-csv.ts';
import type {
  Dimensions,
  ParseInput,
  ParseResult,
  ParsedAggregate,
  ParsedClassification,
  ParsedObservation,
  SourceInfo,
} from './types.ts';
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

/** Indicator code and sex of one HDR variable (the part of a column name before `_<year>`). */
export interface HdrVariable {
  readonly indicator: string;
  readonly sex?: 'F' | 'M';
}

/**
 * Every variable of the HDR composite-indices file (HDR23-24 and HDR25), mapped to the shared
 * indicator codes: one code per family, the `_f`/`_m` columns as `dims.sex`. The rank and group
 * columns (`hdi_rank`, `gdi_group`, `gii_rank`, `rankdiff_hdi_phdi`) exist for the latest year only.
 */
export const HDR_VARIABLES: Readonly<Record<string, HdrVariable>> = {
  hdi: { indicator: 'hdr.hdi' },
  hdi_f: { indicator: 'hdr.hdi', sex: 'F' },
  hdi_m: { indicator: 'hdr.hdi', sex: 'M' },
  le: { indicator: 'hdr.le' },
  le_f: { indicator: 'hdr.le', sex: 'F' },
  le_m: { indicator: 'hdr.le', sex: 'M' },
  eys: { indicator: 'hdr.eys' },
  eys_f: { indicator: 'hdr.eys', sex: 'F' },
  eys_m: { indicator: 'hdr.eys', sex: 'M' },
  mys: { indicator: 'hdr.mys' },
  mys_f: { indicator: 'hdr.mys', sex: 'F' },
  mys_m: { indicator: 'hdr.mys', sex: 'M' },
  gnipc: { indicator: 'hdr.gnipc' },
  gni_pc_f: { indicator: 'hdr.gnipc', sex: 'F' },
  gni_pc_m: { indicator: 'hdr.gnipc', sex: 'M' },
  gdi: { indicator: 'hdr.gdi' },
  gdi_group: { indicator: 'hdr.gdi_group' },
  gii: { indicator: 'hdr.gii' },
  gii_rank: { indicator: 'hdr.gii_rank' },
  hdi_rank: { indicator: 'hdr.hdi_rank' },
  mmr: { indicator: 'hdr.mmr' },
  abr: { indicator: 'hdr.abr' },
  se_f: { indicator: 'hdr.se', sex: 'F' },
  se_m: { indicator: 'hdr.se', sex: 'M' },
  pr_f: { indicator: 'hdr.pr', sex: 'F' },
  pr_m: { indicator: 'hdr.pr', sex: 'M' },
  lfpr_f: { indicator: 'hdr.lfpr', sex: 'F' },
  lfpr_m: { indicator: 'hdr.lfpr', sex: 'M' },
  ihdi: { indicator: 'hdr.ihdi' },
  coef_ineq: { indicator: 'hdr.coef_ineq' },
  loss: { indicator: 'hdr.loss' },
  ineq_le: { indicator: 'hdr.ineq_le' },
  ineq_edu: { indicator: 'hdr.ineq_edu' },
  ineq_inc: { indicator: 'hdr.ineq_inc' },
  phdi: { indicator: 'hdr.phdi' },
  diff_hdi_phdi: { indicator: 'hdr.diff_hdi_phdi' },
  rankdiff_hdi_phdi: { indicator: 'hdr.rankdiff_hdi_phdi' },
  co2_prod: { indicator: 'hdr.co2_prod' },
  mf: { indicator: 'hdr.mf' },
  pop_total: { indicator: 'hdr.pop_total' },
};

const ID_COLUMNS = ['iso3', 'country', 'hdicode', 'region'] as const;
type IdColumn = (typeof ID_COLUMNS)[number];

const KIND = 'UNDP HDR composite indices CSV';
const EXPECTED_HEADER =
  'expected a header starting "iso3,country,hdicode,region," followed by <variable>_<year> columns such as hdi_rank_2023,hdi_1990';

// One object per sex, shared by every observation, so 200k observations do not carry 200k dims.
const DIMS: Readonly<Record<'T' | 'F' | 'M', Dimensions>> = { T: {}, F: { sex: 'F' }, M: { sex: 'M' } };

/**
 * Maps one HDR column name (`gni_pc_f_2021`, `hdi_rank_2023`) to its indicator, period and dims;
 * undefined when the name is not `<known variable>_<year>`.
 */
export function hdrColumn(name: string): Omit<ValueColumn, 'index' | 'field'> | undefined {
  const m = /^(.+)_(\d{4})$/.exec(name);
  const variable = m ? HDR_VARIABLES[m[1]!] : undefined;
  if (!m || !variable || !parsePeriod(m[2]!).ok) return undefined;
  return { indicator: variable.indicator, period: m[2]!, dims: DIMS[variable.sex ?? 'T'] };
}

/**
 * The edition of an HDR file: `override` when given (`--edition`), else the file name's prefix
 * (`HDR25_…` → `HDR25`, `HDR23-24_…` → `HDR23-24`). Throws FatalImportError when neither tells,
 * or when the edition is not of the form `HDRyy` / `HDRyy-yy` (its report year goes in the citation).
 */
export function hdrEdition(file: string, override?: string): { edition: string; year: number } {
  const edition = override ?? /^(HDR\d{2}(?:-\d{2})?)_/i.exec(baseName(file))?.[1]?.toUpperCase();
  if (edition === undefined) {
    throw new FatalImportError({
      file,
      line: 0,
      message:
        'cannot tell the edition: pass --edition (expected a file name starting HDR25_ or HDR23-24_, as UNDP names them)',
    });
  }
  const m = /^HDR(\d{2})(?:-(\d{2}))?$/.exec(edition);
  if (!m) {
    throw new FatalImportError({
      file,
      line: 0,
      message: `edition "${edition}" is not an HDR edition: expected HDRyy or HDRyy-yy, e.g. HDR25 or HDR23-24`,
    });
  }
  return { edition, year: 2000 + Number(m[2] ?? m[1]) };
}

/** Source row of an HDR edition; the report year is the edition's last year (HDR23-24 → 2024). */
export function hdrSource(edition: string, year: number): SourceInfo {
  return {
    dataset: 'undp-hdr-composite',
    publisher: 'UNDP Human Development Report Office',
    title: 'Human Development Report: composite indices, complete time series',
    edition,
    licence: 'CC BY 3.0 IGO',
    licenceUrl: 'https://hdr.undp.org/copyright-and-terms-use',
    redistribution: true,
    url: 'https://hdr.undp.org/data-center/documentation-and-downloads',
    citation: `UNDP (United Nations Development Programme). ${year}. Human Development Report ${edition}. Composite indices complete time series. New York.`,
  };
}

interface HdrLayout {
  readonly header: string[];
  readonly ids: Readonly<Record<IdColumn, number>>;
  readonly columns: ValueColumn[];
  /** Rows may omit the unnamed trailing columns. */
  readonly minFields: number;
}

function hdrLayout(file: string, head: CsvRecord): HdrLayout {
  const header = head.fields.map((f) => f.trim());
  const at = (name: string, i: number) => ({ file, line: head.line, column: i + 1, field: name });
  const found = ID_COLUMNS.filter((c) => header.includes(c));
  if (found.length === 0) {
    const text = JSON.stringify(head.fields.join(',').slice(0, 80));
    throw new FatalImportError({
      file,
      line: head.line,
      message: `not a ${KIND} file: ${EXPECTED_HEADER}; found ${text}`,
    });
  }
  const missing = ID_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new FatalImportError({
      file,
      line: head.line,
      message: `missing required column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')}: expected the identifier columns ${ID_COLUMNS.join(', ')}`,
    });
  }
  assertUniqueColumns(file, head.line, header);
  const ids = Object.fromEntries(ID_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<IdColumn, number>;
  const columns: ValueColumn[] = [];
  // Unnamed columns after the last named one (a trailing comma, as spreadsheets may save) carry nothing.
  const lastNamed = header.findLastIndex((h) => h !== '');
  header.forEach((name, index) => {
    if ((ID_COLUMNS as readonly string[]).includes(name) || index > lastNamed) return;
    const mapped = hdrColumn(name);
    if (!mapped) {
      throw new FatalImportError({
        ...at(name, index),
        message: `unknown column ${JSON.stringify(name)}: expected <variable>_<year> with a variable of the HDR composite indices (${Object.keys(HDR_VARIABLES).join(', ')})`,
      });
    }
    columns.push({ ...mapped, index, field: name });
  });
  if (columns.length === 0) {
    throw new FatalImportError({ file, line: head.line, message: `no value columns: ${EXPECTED_HEADER}` });
  }
  return { header, ids, columns, minFields: lastNamed + 1 };
}

interface HdrSink {
  readonly observations: ParsedObservation[];
  readonly rejected: Diagnostic[];
  readonly aggregates: ParsedAggregate[];
  readonly classifications: ParsedClassification[];
}

function hdrRow(file: string, layout: HdrLayout, record: CsvRecord, sink: HdrSink): void {
  const problem = fieldCountProblem(file, record, layout.header, layout.minFields);
  if (problem) {
    sink.rejected.push(problem);
    return;
  }
  const cell = (c: IdColumn) => record.fields[layout.ids[c]]!.trim();
  const code = cell('iso3');
  let area: string;
  if (code.startsWith('ZZ')) {
    area = code;
    if (!sink.aggregates.some((a) => a.code === code)) sink.aggregates.push({ code, name: cell('country') });
  } else {
    const country = code === '' ? undefined : countryByIso3(code);
    if (!country) {
      sink.rejected.push({
        file,
        line: record.line,
        column: layout.ids.iso3 + 1,
        field: 'iso3',
        message: `unknown country code ${JSON.stringify(code)}: expected an ISO 3166-1 alpha-3 code of the country catalogue, or a ZZ* aggregate code`,
      });
      return;
    }
    area = country.iso3;
    const hdicode = cell('hdicode');
    const region = cell('region');
    sink.classifications.push({ area, ...(hdicode && { hdicode }), ...(region && { region }) });
  }
  collectWideValues(file, record, area, layout.columns, sink);
}

/**
 * Parses UNDP's "Composite indices complete time series" CSV (windows-1252 as published, UTF-8
 * accepted, CRLF or LF, BOM tolerated) from wide to long form: one observation per non-empty
 * value cell, with the indicator codes of HDR_VARIABLES (`_f`/`_m` → `dims.sex`). Rows whose
 * `iso3` starts with `ZZ` are aggregates (area = that code); other rows must be ISO3 codes of the
 * country catalogue, else the row is rejected. A non-numeric cell is rejected alone. Also returns
 * each country's `hdicode` and `region` as `classifications`.
 *
 * Fatal (FatalImportError): no edition (neither `input.edition` nor an `HDRyy[-yy]_` file name),
 * not an HDR file, a missing identifier column, an unknown or duplicate column, no data rows.
 */
export async function parseHdr(input: ParseInput): Promise<ParseResult> {
  const { file } = input;
  const { edition, year } = hdrEdition(file, input.edition);
  const bytes = await checkFirstLine(file, input.bytes, KIND, EXPECTED_HEADER, (line) =>
    headerTokens(line).some((t) => (ID_COLUMNS as readonly string[]).includes(t)),
  );
  const records = readCsv(bytes, { file, encoding: 'windows-1252-or-utf-8', onProgress: input.onProgress });
  const sink: HdrSink = { observations: [], rejected: [], aggregates: [], classifications: [] };
  let linesRead: number;
  try {
    const head = await nextRecord(records, file, 0, EXPECTED_HEADER);
    const layout = hdrLayout(file, head);
    linesRead = await forEachDataRow(records, file, head, 'one row per country or aggregate', (record) =>
      hdrRow(file, layout, record, sink),
    );
  } finally {
    await records.return(undefined);
  }
  return { source: hdrSource(edition, year), ...sink, notes: [], linesRead };
}
