import type { Schema } from '../api/schema.ts';

/*
 * The HTTP API's shared shapes as the pages read them, taken from the generated OpenAPI types
 * (src/web/api/openapi-types.ts). Shared by the overview, explorer and data pages; other pages may
 * use them too.
 */

/** A paginated list: `?limit=&offset=` → items with the total count over all pages. */
export type Paged<T> = Omit<Schema<'CountryPage'>, 'items'> & { readonly items: readonly T[] };

/** What the store holds of an indicator for one edition of one dataset. */
export type IndicatorEdition = Schema<'IndicatorEdition'>;

export type IndicatorSummary = Schema<'Indicator'>;
export type Direction = IndicatorSummary['direction'];

/** One indicator with the dimension values present in the data (`{ sex: ['F', 'M'] }`). */
export type IndicatorDetail = Schema<'IndicatorDetail'>;

/** `m49`: the UN M49 numeric code, three digits (`398`), as world-atlas ids are. */
export type CountrySummary = Schema<'Country'>;

export type RegionSetSummary = Schema<'RegionSet'>;
export type RegionSetDetail = Schema<'RegionSetDetail'>;

/** One row of `/api/observations`. */
export type Observation = Schema<'Observation'>;

/** One source edition of `/api/sources`. */
export type SourceInfo = Schema<'Source'>;
export type SourceFile = SourceInfo['files'][number];
