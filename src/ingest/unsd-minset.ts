import { countryByIso3 } from '../catalog/countries.ts';
import { parsePeriod } from '../core/period.ts';
import { FatalImportError, type Diagnostic } from './diagnostic.ts';
import { listFiles, parseFiles, type FileOutcome, type ParseFilesOptions } from './parse-files.ts';
import { parseNumber } from './parse-number.ts';
import { readCsv, type CsvRecord } from './read-csv.ts';
import type { ParseInput, ParseResult, ParsedAggregate, ParsedObservation, SourceInfo } from './types.ts';
import { MINSET_SERIES, valueColumns, type ValueColumn } from './unsd-minset-columns.ts';

/** Default edition: the date of the `UNStats/gender_data_portal` commit the files come from. */
export const UNSD_MINSET_EDITION = 'minset-2021-09-30';

/**
 * The repository has no licence file; the data are UN material under the UN terms of use, which
 * allow showing them with attribution but grant no open licence, so Parity does not offer them
 * for download.
 */
export function unsdMinsetSource(edition: string = UNSD_MINSET_EDITION): SourceInfo {
  return {
    dataset: 'unsd-minset',
    publisher: 'United Nations Statistics Division',
    title: 'Minimum Set of Gender Indicators',
    edition,
    licence: 'UN terms of use (no open licence stated)',
    licenceUrl: 'https://www.un.org/en/about-us/terms-of-use',
    redistribution: false,
    url: 'https://github.com/UNStats/gender_data_portal',
    citation: 'UN Statistics Division, Minimum Set of Gender Indicators',
  };
}

const REQUIRED = [
  'MINSET_SERIES',
  'REF_AREA',
  'REF_AREA_DESC',
  'ISO3',
  'TIME_PERIOD',
  'SOURCE_YEAR',
] as const;
type Required = (typeof REQUIRED)[number];

interface Layout {
  readonly header: readonly string[];
  readonly cols: Readonly<Record<Required, number>>;
  readonly values: readonly ValueColumn[];
}

function readHeader(file: string, rec: CsvRecord): Layout {
  const header = rec.fields.map((h) => h.trim());
  const fail = (message: string): never => {
    throw new FatalImportError({ file, line: rec.line, message });
  };
  const expected = 'expected a UNSD Minimum Set "series_data_rearranged" header';
  const missing = REQUIRED.filter((name) => !header.includes(name));
  if (missing.length > 0)
    fail(`missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: ${expected}`);
  const cols = Object.fromEntries(REQUIRED.map((name) => [name, header.indexOf(name)])) as Record<
    Required,
    number
  >;
  const values = valueColumns(header);
  if (!Array.isArray(values)) return fail(`column ${values.field}: ${values.reason}`);
  if (values.length === 0)
    fail(`no value column: ${expected} with OBS_VALUE… columns (or VALUE_CATEGORY_DESC in quota files)`);
  return { header, cols, values };
}

type Area = { area: string; aggregate?: ParsedAggregate } | { problem: Diagnostic };

/**
 * ISO3 when the row has one (it must be known and agree with REF_AREA's M49 code); otherwise an
 * aggregate (World, SDG regions, LDCs, also former states without an ISO3 such as Serbia and
 * Montenegro) coded `UNSD.<M49, 3 digits>`: World is `UNSD.001`.
 */
function resolveArea(file: string, rec: CsvRecord, layout: Layout): Area {
  const cell = (name: Required) => rec.fields[layout.cols[name]]!.trim();
  const at = (name: Required, message: string): Area => ({
    problem: { file, line: rec.line, column: layout.cols[name] + 1, field: name, message },
  });
  const iso3 = cell('ISO3');
  const ref = cell('REF_AREA');
  if (!/^\d{1,3}$/.test(ref)) return at('REF_AREA', `expected a UN M49 code of 1 to 3 digits, got "${ref}"`);
  const m49 = ref.padStart(3, '0');
  if (iso3 === '') {
    const code = `UNSD.${m49}`;
    return { area: code, aggregate: { code, name: cell('REF_AREA_DESC') || code } };
  }
  const country = countryByIso3(iso3);
  if (!country || country.iso3 !== iso3)
    return at('ISO3', `unknown country code "${iso3}": expected an ISO 3166-1 alpha-3 code`);
  if (country.m49 !== m49)
    return at(
      'REF_AREA',
      `REF_AREA ${ref} does not match ISO3 ${iso3}: expected its M49 code ${country.m49}`,
    );
  return { area: iso3 };
}

function footnote(fields: readonly string[], v: ValueColumn, period: string, sourceYear: string): string {
  const comment = v.comment !== undefined ? fields[v.comment]!.trim() : '';
  const detail = v.timeDetail !== undefined ? fields[v.timeDetail]!.trim() : '';
  return [
    comment,
    detail && detail !== period ? `time detail: ${detail}` : '',
    sourceYear ? `UNSD source year ${sourceYear}` : '',
  ]
    .filter((p) => p !== '')
    .join(' | ');
}

interface Row {
  readonly observations: ParsedObservation[];
  readonly rejected: Diagnostic[];
  readonly aggregate?: ParsedAggregate;
}

function parseRow(file: string, rec: CsvRecord, layout: Layout): Row {
  const { header, cols } = layout;
  const { fields } = rec;
  if (fields.length !== header.length) {
    const message = `expected ${header.length} fields as in the header, found ${fields.length}`;
    return { observations: [], rejected: [{ file, line: rec.line, message }] };
  }
  const seriesId = fields[cols.MINSET_SERIES]!.trim();
  const series = Object.hasOwn(MINSET_SERIES, seriesId) ? MINSET_SERIES[seriesId] : undefined;
  if (!series)
    throw new FatalImportError({
      file,
      line: rec.line,
      column: cols.MINSET_SERIES + 1,
      field: 'MINSET_SERIES',
      message: `unknown series "${seriesId}": expected one of ${Object.keys(MINSET_SERIES).join(', ')}`,
    });
  const area = resolveArea(file, rec, layout);
  if ('problem' in area) return { observations: [], rejected: [area.problem] };
  const rawPeriod = fields[cols.TIME_PERIOD]!.trim();
  const period = parsePeriod(rawPeriod);
  if (!period.ok) {
    const where = { file, line: rec.line, column: cols.TIME_PERIOD + 1, field: 'TIME_PERIOD' };
    return {
      observations: [],
      rejected: [{ ...where, message: `expected ${period.expected}, got "${rawPeriod}"` }],
    };
  }
  const sourceYear = fields[cols.SOURCE_YEAR]!.trim();
  const observations: ParsedObservation[] = [];
  const rejected: Diagnostic[] = [];
  for (const v of layout.values) {
    const raw = fields[v.col]!.trim();
    if (raw === '') continue; // a missing value
    const value = v.categorical ? null : parseNumber(raw);
    const where = { line: rec.line, column: v.col + 1, field: v.field };
    if (value === undefined) {
      rejected.push({ file, ...where, message: `expected a number, got "${raw}"` });
      continue;
    }
    const status = v.nature !== undefined ? fields[v.nature]!.trim() : '';
    const note = footnote(fields, v, period.period.label, sourceYear);
    observations.push({
      indicator: series.indicator,
      area: area.area,
      period: period.period.label,
      dims: { ...series.dims, ...v.dims },
      value,
      ...(v.categorical ? { text: raw } : {}),
      ...(status ? { status } : {}),
      ...(note ? { footnote: note } : {}),
      ...where,
    });
  }
  return { observations, rejected, ...(area.aggregate ? { aggregate: area.aggregate } : {}) };
}

/**
 * Parses one UNSD Minimum Set file of `series_data_rearranged/` (one row per area × year).
 *
 * - Indicator: from each row's `MINSET_SERIES` (MINSET_SERIES in unsd-minset-columns.ts; e.g.
 *   S5867152a → unsd.parl_seats), not from the file name; an unknown series is fatal.
 * - One observation per non-empty value column: `OBS_VALUE__<SEX>__<AGE>[__<FORM>]` gives
 *   dims.sex (F/M/O; `_T` → none), dims.age (dims.education_lev for the attainment file's
 *   `AGG_2T8`) and dims.form; the legal-frameworks series add dims.area `1`–`4`. Quota files'
 *   `VALUE_CATEGORY_DESC` gives value null and the category as text.
 * - Status: the matching `NATURE…` code (C country data, E estimated, M modelled, …). Footnote: the
 *   matching `COMMENT_OBS…`, then `time detail: …` when `TIME_DETAIL…` differs from the period,
 *   then `UNSD source year <SOURCE_YEAR>` (2019 or 2021), joined by ` | `, so the vintage of each
 *   value is kept although the edition is one for the whole set.
 * - Area: ISO3 (known to countries.ts and matching REF_AREA's M49, else the row is rejected); an
 *   empty ISO3 is an aggregate `UNSD.<REF_AREA, 3 digits>` named by REF_AREA_DESC.
 * - Rows with a wrong field count, bad area or unparseable TIME_PERIOD are rejected; a non-numeric
 *   value rejects that cell only. Missing required columns and a file with no data rows are fatal.
 * - Edition: `input.edition`, else `minset-2021-09-30`.
 */
export async function parseUnsdMinset(input: ParseInput): Promise<ParseResult> {
  const { file } = input;
  const observations: ParsedObservation[] = [];
  const rejected: Diagnostic[] = [];
  const aggregates = new Map<string, ParsedAggregate>();
  let layout: Layout | undefined;
  let linesRead = 0;
  const csv = readCsv(input.bytes, {
    file,
    encoding: 'utf-8',
    ...(input.onProgress ? { onProgress: input.onProgress } : {}),
  });
  for await (const rec of csv) {
    if (!layout) {
      layout = readHeader(file, rec);
      continue;
    }
    linesRead++;
    const row = parseRow(file, rec, layout);
    observations.push(...row.observations);
    rejected.push(...row.rejected);
    if (row.aggregate && !aggregates.has(row.aggregate.code))
      aggregates.set(row.aggregate.code, row.aggregate);
  }
  if (linesRead === 0)
    throw new FatalImportError({ file, line: 1, message: 'no data rows: expected rows after the header' });
  return {
    source: unsdMinsetSource(input.edition),
    observations,
    aggregates: [...aggregates.values()],
    rejected,
    notes: [],
    linesRead,
  };
}

/**
 * Parses every `*.csv` of a `series_data_rearranged` folder (`parity import unsd-minset <dir>`),
 * in file-number order, one outcome per file; a file that fails as a whole is returned as that
 * file's error and the others are still parsed.
 */
export async function parseUnsdMinsetDirectory(
  dir: string,
  opts: ParseFilesOptions = {},
): Promise<FileOutcome[]> {
  const files = await listFiles(dir, /\.csv$/i, 'CSV files (UNSD Minimum Set series_data_rearranged)');
  return parseFiles(files, parseUnsdMinset, opts);
}
