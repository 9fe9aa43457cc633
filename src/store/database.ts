import type { ColumnType, Generated } from 'kysely';

/**
 * The one `Database` interface: a row type per table, written to match the migrations in
 * ./migrations (a test compares both against the live schema). `Generated` marks columns the
 * database fills in; `ColumnType<S, I, U>` where reading and writing differ.
 */
export interface Database {
  area: AreaTable;
  region_set: RegionSetTable;
  region_set_member: RegionSetMemberTable;
  indicator: IndicatorTable;
  source: SourceTable;
  source_file: SourceFileTable;
  import_run: ImportRunTable;
  import_rejection: ImportRejectionTable;
  observation: ObservationTable;
  target: TargetTable;
  quota: QuotaTable;
}

export type AreaKind = 'country' | 'aggregate';

export interface AreaTable {
  code: string;
  kind: AreaKind;
  iso2: string | null;
  m49: string | null;
  name_en: string;
  name_fr: string | null;
  name_ru: string | null;
  /** Who defines an aggregate (UNDP, World Bank, UNSD); null for countries. */
  defined_by: string | null;
}

export interface RegionSetTable {
  id: Generated<number>;
  code: string;
  version: string;
  kind: string;
  name_en: string;
  name_fr: string;
  name_ru: string;
  source_note: string;
  source_url: string | null;
}

export interface RegionSetMemberTable {
  region_set_id: number;
  area_code: string;
}

export interface IndicatorTable {
  code: string;
  name_en: string;
  name_fr: string;
  name_ru: string;
  unit: string;
  direction: string;
  definition: string;
  publisher: string;
  concept: string | null;
  concept_note: string | null;
  bpfa: string[];
  clusters: number[];
  sdg_targets: string[];
  dimensions: string[];
  synonyms: string[];
}

export interface SourceTable {
  id: Generated<number>;
  dataset: string;
  edition: string;
  publisher: string;
  title: string;
  licence: string;
  licence_url: string | null;
  redistribution: boolean;
  url: string | null;
  citation: string;
  created_at: ColumnType<Date, never, never>;
}

export interface SourceFileTable {
  source_id: number;
  /** Base name of the file (the import run keeps the path as given). */
  file_name: string;
  sha256: string;
  bytes: number;
  retrieved_at: ColumnType<Date, Date | string, never>;
}

export type ImportStatus = 'succeeded' | 'succeeded-with-rejections';

export interface ImportRunTable {
  id: Generated<number>;
  source_id: number;
  importer: string;
  file_name: string;
  sha256: string;
  bytes: number;
  started_at: ColumnType<Date, Date | string, never>;
  finished_at: ColumnType<Date, Date | string, never>;
  run_by: string;
  status: ImportStatus;
  lines_read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  notes: ColumnType<string[], string, never>;
}

export interface ImportRejectionTable {
  import_run_id: number;
  line: number;
  column_no: number | null;
  field: string | null;
  message: string;
}

export interface ObservationTable {
  source_id: number;
  indicator_code: string;
  area_code: string;
  period: string;
  period_start: number;
  period_end: number;
  /** Canonical `k=v;k=v` with sorted keys, '' for the total; part of the key. */
  dims_key: string;
  dims: ColumnType<Record<string, string>, string, string>;
  value: number | null;
  value_text: string | null;
  status: string | null;
  footnote: string | null;
  import_run_id: number;
}

/** A numeric target of a concept (migration 0002); `file_name`/`file_sha256`: the file it was loaded from. */
export interface TargetTable {
  id: string;
  concept: string;
  /** `global`, an ISO3 code (national target) or `region:<region set code>`. */
  scope: string;
  kind: 'sdg-target' | 'national-target';
  value: number;
  year: number | null;
  source: string;
  source_url: string | null;
  note: string | null;
  file_name: string;
  file_sha256: string;
}

/** A quota (migration 0002); the values of the text columns are those of `QuotaFact` (core/claims). */
export interface QuotaTable {
  id: string;
  country: string;
  body: string;
  kind: string;
  applies_to: string;
  threshold: number;
  groups: string[];
  adopted: string | null;
  source: string;
  source_kind: string;
  source_url: string | null;
  note: string | null;
  file_name: string;
  file_sha256: string;
}
