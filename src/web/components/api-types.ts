import type { Lang } from '../i18n/i18n.ts';

/*
 * Response shapes of the HTTP API (the contract in the server's README), as the pages read them.
 * Shared by the overview, explorer and data pages; other pages may use them too.
 */

/** A paginated list: `?limit=&offset=` → items with the total count. */
export interface Paged<T> {
  readonly items: T[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export type Direction = 'higher-is-better' | 'lower-is-better' | 'parity' | 'neutral';

/** What the store holds of an indicator for one edition of one dataset. */
export interface IndicatorEdition {
  readonly dataset: string;
  readonly edition: string;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly areas: number;
}

export interface IndicatorSummary {
  readonly code: string;
  readonly name: string;
  readonly names: Readonly<Record<Lang, string>>;
  readonly unit: string;
  readonly direction: Direction;
  readonly definition: string;
  readonly publisher: string;
  readonly concept: string | null;
  readonly conceptNote?: string | null;
  readonly bpfa: readonly string[];
  readonly clusters: readonly number[];
  readonly sdgTargets: readonly string[];
  readonly dimensions: readonly string[];
  readonly synonyms: readonly string[];
  readonly editions: readonly IndicatorEdition[];
}

/** One indicator with the dimension values present in the data (`{ sex: ['F', 'M'] }`). */
export interface IndicatorDetail extends IndicatorSummary {
  readonly dims: Readonly<Record<string, readonly string[]>>;
}

export interface CountrySummary {
  readonly iso3: string;
  readonly iso2: string | null;
  /** UN M49 numeric code, three digits (`398`), as world-atlas ids are. */
  readonly m49: string | null;
  readonly name: string;
}

export interface RegionSetSummary {
  readonly code: string;
  readonly version: string;
  readonly kind: string;
  readonly name: string;
  readonly source: { readonly note: string; readonly url?: string | null };
  readonly memberCount: number;
}

export interface RegionSetDetail extends RegionSetSummary {
  readonly members: readonly { readonly iso3: string; readonly name: string }[];
}

/** One row of `/api/observations`. */
export interface Observation {
  readonly indicator: string;
  readonly area: string;
  readonly areaName: string;
  readonly period: string;
  readonly year: number;
  readonly dims: Readonly<Record<string, string>>;
  readonly value: number | null;
  readonly text: string | null;
  readonly status: string | null;
  readonly footnote: string | null;
  readonly dataset: string;
  readonly edition: string;
}

/** One source edition of `/api/sources`. */
export interface SourceInfo {
  readonly dataset: string;
  readonly edition: string;
  readonly publisher: string;
  readonly title: string;
  readonly licence: string;
  readonly licenceUrl: string | null;
  readonly redistribution: boolean;
  readonly url: string | null;
  readonly citation: string;
  readonly observations: number;
  readonly files: readonly SourceFile[];
}

export interface SourceFile {
  readonly fileName: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly retrievedAt: string;
}
