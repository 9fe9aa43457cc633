import type { Diagnostic } from './diagnostic.ts';

/** The publisher and edition a file belongs to: becomes a `source` row. */
export interface SourceInfo {
  /** Stable key of the dataset, e.g. `undp-hdr-composite`, `wdi`, `open-sdg-kaz`. */
  readonly dataset: string;
  readonly publisher: string;
  readonly title: string;
  /** Edition or vintage, e.g. `HDR25`, `HDR23-24`, `2022-02-15`. */
  readonly edition: string;
  readonly licence: string;
  readonly licenceUrl?: string;
  /** False when the licence does not allow Parity to offer the data for download. */
  readonly redistribution: boolean;
  readonly url?: string;
  readonly citation: string;
}

/** Dimensions of an observation; an absent key means the total (e.g. no `sex` = both sexes). */
export type Dimensions = Readonly<Record<string, string>>;

/** One value in long form, as parsed from a file, before it is written to the store. */
export interface ParsedObservation {
  /** Indicator code from the catalogue (src/catalog). */
  readonly indicator: string;
  /** ISO3 for a country, or an aggregate code (e.g. `ZZK.WORLD`, `WB.WLD`, `UNSD.001`). */
  readonly area: string;
  /** Period label as published (`2022`, `2004/05`); see core/period.ts. */
  readonly period: string;
  readonly dims: Dimensions;
  /** Numeric value; null for categorical observations that carry `text` instead. */
  readonly value: number | null;
  readonly text?: string;
  /** Publisher's status code or label (e.g. `C`, `E`, `Normal value`). */
  readonly status?: string;
  readonly footnote?: string;
  /** Where the value came from, for diagnostics: 1-based line, and column/header when known. */
  readonly line: number;
  readonly column?: number;
  readonly field?: string;
}

/** An aggregate (region, income or HDI group, world) named by a file; never mixed with countries. */
export interface ParsedAggregate {
  readonly code: string;
  readonly name: string;
}

/**
 * What an importer hands to the import service. Importers never touch the store: they parse,
 * validate and map. Rows that fail validation are in `rejected`, never silently dropped.
 */
export interface ParseResult {
  readonly source: SourceInfo;
  readonly observations: ParsedObservation[];
  readonly aggregates: ParsedAggregate[];
  readonly rejected: Diagnostic[];
  /** Things worth telling that are not errors (e.g. a non-statistical placeholder file). */
  readonly notes: Diagnostic[];
  /** Count of data lines read (excluding header and preamble). */
  readonly linesRead: number;
  /** Groupings the file assigns to its areas (HDR's `hdicode` and `region`), when it carries any. */
  readonly classifications?: ParsedClassification[];
}

/**
 * How a file classifies one area, as published (HDR: `hdicode` `Very High`…`Low` or `Other
 * Countries or Territories`, `region` AS/EAP/ECA/LAC/SA/SSA). An absent field was empty in the file.
 */
export interface ParsedClassification {
  readonly area: string;
  readonly hdicode?: string;
  readonly region?: string;
}

/** Raw bytes of a file, in chunks, so that large files stream. */
export type ByteSource = AsyncIterable<Uint8Array>;

/** Called with the number of bytes read so far; the CLI draws a progress bar from it. */
export type ProgressFn = (bytesRead: number) => void;

export interface ParseInput {
  /** Name shown in diagnostics (a path as the user typed it). */
  readonly file: string;
  readonly bytes: ByteSource;
  /** Edition override (`--edition`); importers infer one otherwise. */
  readonly edition?: string;
  readonly onProgress?: ProgressFn;
}
