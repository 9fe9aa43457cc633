/* eslint-disable max-lines -- generated: the whole API in one file */
/*
 * GENERATED FILE: do not edit. `npm run api:types` (src/server/api/api-types-gen.ts) writes it
 * with openapi-typescript from the OpenAPI document the server serves at /api/openapi.json, which is
 * built from the zod schemas in src/server/api. Change a schema there and rerun the command.
 */

export interface paths {
  readonly '/api/health': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Health
     * @description Whether the service and its database answer, which database it is, and how much it holds.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Healthy. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Health'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/countries': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Countries
     * @description Every ISO 3166-1 country (never an aggregate), by ISO3 code, with names in English, French and Russian; optionally only the members of a region set.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
          /** @description Only the members of this region set (its newest version). */
          readonly regionSet?: string;
          /** @description Page size, 1–1000 (default 100). */
          readonly limit?: number;
          /** @description How many items to skip (default 0). */
          readonly offset?: number | null;
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description A page of countries. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['CountryPage'];
          };
        };
        /** @description Invalid parameters: `issues` names each one and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unknown code (country, indicator, region set, edition, …): the message names it and what exists. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/countries/{iso3}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * One country
     * @description A country with every region set (and version) it belongs to.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path: {
          /** @description ISO 3166-1 alpha-3 country code (any case). */
          readonly iso3: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The country. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['CountryDetail'];
          };
        };
        /** @description Invalid parameters: `issues` names each one and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unknown code (country, indicator, region set, edition, …): the message names it and what exists. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/countries/{iso3}/profile': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Country profile
     * @description Everything a country page needs in one request: headline GII, GDI and HDI with ranks (among UNECE members and worldwide, for the latest year of the edition), the GII series with its inputs and decomposition, national and international series of the same concepts side by side, the GII of each HDR edition, and the sources.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
          /** @description HDR edition (e.g. HDR25, HDR23-24). Default: the newest in the database. */
          readonly edition?: string;
        };
        readonly header?: never;
        readonly path: {
          /** @description ISO 3166-1 alpha-3 country code (any case). */
          readonly iso3: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The profile. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['CountryProfile'];
          };
        };
        /** @description Invalid parameters: `issues` names each one and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unknown code (country, indicator, region set, edition, …): the message names it and what exists. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/region-sets': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Region sets
     * @description Every region set version: the UNECE membership, its subregions (Central Asia, EU-27, …), and the HDR regions and HDI groups of each HDR edition.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
          /** @description Only sets of this kind. */
          readonly kind?: 'membership' | 'subregion' | 'hdr-region' | 'hdi-group';
          /** @description Page size, 1–1000 (default 100). */
          readonly limit?: number;
          /** @description How many items to skip (default 0). */
          readonly offset?: number | null;
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description A page of region sets. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['RegionSetPage'];
          };
        };
        /** @description Invalid parameters: `issues` names each one and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/region-sets/{code}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * One region set
     * @description A region set with its members; the newest version unless `version` is given.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
          /** @description Which version (HDR sets: the HDR edition). */
          readonly version?: string;
        };
        readonly header?: never;
        readonly path: {
          /** @description Region set code. */
          readonly code: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The region set. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['RegionSetDetail'];
          };
        };
        /** @description Invalid parameters: `issues` names each one and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unknown code (country, indicator, region set, edition, …): the message names it and what exists. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/indicators': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Indicators
     * @description The indicator catalogue with, for each, the source editions the database holds. Filters combine; `q` searches codes, names and synonyms (best matches first).
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
          /** @description Only indicators of this concept. */
          readonly concept?: string;
          /** @description Only indicators mapped to this BPfA critical area (A–L). */
          readonly bpfa?: string;
          /** @description Only indicators with data from this dataset. */
          readonly dataset?: string;
          /** @description Search text (e.g. "women in parliament", "GII"). */
          readonly q?: string;
          /** @description Page size, 1–1000 (default 100). */
          readonly limit?: number;
          /** @description How many items to skip (default 0). */
          readonly offset?: number | null;
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description A page of indicators. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['IndicatorPage'];
          };
        };
        /** @description Invalid parameters: `issues` names each one and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unknown code (country, indicator, region set, edition, …): the message names it and what exists. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/indicators/{code}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * One indicator
     * @description An indicator with its editions and the dimension values present in its data.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path: {
          /** @description Catalogue code, case-sensitive. */
          readonly code: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The indicator. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['IndicatorDetail'];
          };
        };
        /** @description Invalid parameters: `issues` names each one and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unknown code (country, indicator, region set, edition, …): the message names it and what exists. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/observations': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Observations
     * @description Stored values with their source edition, ordered by indicator, area and year. Editions are never mixed silently: each row names its dataset and edition (filter with `dataset=` / `edition=`).
     */
    readonly get: {
      readonly parameters: {
        readonly query: {
          /** @description Indicator codes, comma-separated (required), e.g. hdr.gii or unsd.parl_seats,wdi.SG.GEN.PARL.ZS. */
          readonly indicator: string;
          /** @description Areas: ISO 3166-1 alpha-3 country codes, or aggregate codes such as ZZK.WORLD, comma-separated. Not with regionSet. */
          readonly country?: string;
          /** @description Only the members of this region set (its newest version), e.g. unece, central-asia, eu-27, hdr-region-eca. Not with country. */
          readonly regionSet?: string;
          /** @description First year (inclusive; a span such as 2004/05 counts at its start year). */
          readonly from?: string;
          /** @description Last year (inclusive). */
          readonly to?: string;
          /** @description Only this dataset (undp-hdr-composite, wdi, unsd-minset, open-sdg-kaz, open-sdg-gbr). */
          readonly dataset?: string;
          /** @description Only this edition (vintage), e.g. HDR25, HDR23-24. */
          readonly edition?: string;
          /** @description Breakdown: key:value pairs the observation’s dimensions must include (e.g. sex:F or sex:F,age:Y_GE15); "total" for observations without dimensions. Default: every breakdown. */
          readonly dims?: string;
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
          /** @description Page size, 1–1000 (default 100). */
          readonly limit?: number;
          /** @description How many items to skip (default 0). */
          readonly offset?: number | null;
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description A page of observations. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ObservationPage'];
          };
        };
        /** @description Invalid parameters: `issues` names each one and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unknown code (country, indicator, region set, edition, …): the message names it and what exists. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/observations/download': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Download observations
     * @description The observations matching the filters (no pagination) as a file with citation and licence. Refused (403) when any row comes from a source whose terms forbid redistribution: filter it out with `dataset=`.
     */
    readonly get: {
      readonly parameters: {
        readonly query: {
          /** @description Indicator codes, comma-separated (required), e.g. hdr.gii or unsd.parl_seats,wdi.SG.GEN.PARL.ZS. */
          readonly indicator: string;
          /** @description Areas: ISO 3166-1 alpha-3 country codes, or aggregate codes such as ZZK.WORLD, comma-separated. Not with regionSet. */
          readonly country?: string;
          /** @description Only the members of this region set (its newest version), e.g. unece, central-asia, eu-27, hdr-region-eca. Not with country. */
          readonly regionSet?: string;
          /** @description First year (inclusive; a span such as 2004/05 counts at its start year). */
          readonly from?: string;
          /** @description Last year (inclusive). */
          readonly to?: string;
          /** @description Only this dataset (undp-hdr-composite, wdi, unsd-minset, open-sdg-kaz, open-sdg-gbr). */
          readonly dataset?: string;
          /** @description Only this edition (vintage), e.g. HDR25, HDR23-24. */
          readonly edition?: string;
          /** @description Breakdown: key:value pairs the observation’s dimensions must include (e.g. sex:F or sex:F,age:Y_GE15); "total" for observations without dimensions. Default: every breakdown. */
          readonly dims?: string;
          /** @description csv: a zip with data.csv and README.md (citation, licences, query); json: { meta, data }. */
          readonly format?: 'csv' | 'json';
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description An attachment (`Content-Disposition: attachment; filename="parity-…"`): format=csv gives a zip with data.csv and README.md (citation of each source, licence and URL, editions used, the query, the time); format=json gives `{ meta: { citation, sources, query, generatedAt }, data }`. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/zip': string;
            readonly 'application/json': components['schemas']['Download'];
          };
        };
        /** @description Invalid parameters: `issues` names each one and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: a source of the rows does not allow redistribution; the message names it. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unknown code (country, indicator, region set, edition, …): the message names it and what exists. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/indices/gii/decomposition': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * GII decomposition
     * @description How much each GII indicator and dimension contributes to an area’s GII (Shapley values of closing each gap; they add up to the GII).
     */
    readonly get: {
      readonly parameters: {
        readonly query: {
          /** @description The area (required): ISO3 country code, or an aggregate code such as ZZK.WORLD. */
          readonly country: string;
          /** @description The year; default: the latest year with all eight inputs. */
          readonly year?: string;
          /** @description HDR edition (e.g. HDR25, HDR23-24). Default: the newest in the database. */
          readonly edition?: string;
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The decomposition. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['GiiDecomposition'];
          };
        };
        /** @description Invalid parameters: `issues` names each one and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unknown code (country, indicator, region set, edition, …): the message names it and what exists. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/indices/gii/what-if': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * GII what-if
     * @description The GII recomputed with some inputs changed, e.g. "if women held 30 % of seats" (prF=30; prM becomes 70).
     */
    readonly get: {
      readonly parameters: {
        readonly query: {
          /** @description The area (required): ISO3 country code, or an aggregate code such as ZZK.WORLD. */
          readonly country: string;
          /** @description The year; default: the latest year with all eight inputs. */
          readonly year?: string;
          /** @description HDR edition (e.g. HDR25, HDR23-24). Default: the newest in the database. */
          readonly edition?: string;
          /** @description Maternal mortality ratio, deaths per 100,000 live births. */
          readonly mmr?: string;
          /** @description Adolescent birth rate, births per 1,000 women aged 15–19. */
          readonly abr?: string;
          /** @description Women’s share of parliamentary seats, %; men’s becomes 100 − prF. */
          readonly prF?: string;
          /** @description Women aged 25+ with some secondary education, %. */
          readonly seF?: string;
          /** @description Men aged 25+ with some secondary education, %. */
          readonly seM?: string;
          /** @description Female labour-force participation rate, %. */
          readonly lfprF?: string;
          /** @description Male labour-force participation rate, %. */
          readonly lfprM?: string;
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Base and scenario. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['GiiWhatIf'];
          };
        };
        /** @description Invalid parameters: `issues` names each one and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unknown code (country, indicator, region set, edition, …): the message names it and what exists. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/indices/{index}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * GII, GDI or HDI computed from stored components
     * @description The index for each area-year of an HDR edition, computed by Parity’s core from the components stored for that edition (aggregates included unless `country` or `regionSet` narrows it), beside UNDP’s published value.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Areas: ISO 3166-1 alpha-3 country codes, or aggregate codes such as ZZK.WORLD, comma-separated. Not with regionSet. */
          readonly country?: string;
          /** @description Only the members of this region set (its newest version), e.g. unece, central-asia, eu-27, hdr-region-eca. Not with country. */
          readonly regionSet?: string;
          /** @description HDR edition (e.g. HDR25, HDR23-24). Default: the newest in the database. */
          readonly edition?: string;
          /** @description First year (inclusive). */
          readonly from?: string;
          /** @description Last year (inclusive). */
          readonly to?: string;
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
          /** @description Page size, 1–1000 (default 100). */
          readonly limit?: number;
          /** @description How many items to skip (default 0). */
          readonly offset?: number | null;
        };
        readonly header?: never;
        readonly path: {
          /** @description The index: gii (Gender Inequality Index), gdi (Gender Development Index) or hdi (Human Development Index). */
          readonly index: 'gii' | 'gdi' | 'hdi';
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description A page of rows. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['IndexRowPage'];
          };
        };
        /** @description Invalid parameters: `issues` names each one and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unknown code (country, indicator, region set, edition, …): the message names it and what exists. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/indices/{index}/download': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Download a computed index
     * @description As `GET /api/indices/{index}` without pagination, as a file (components flattened into CSV columns).
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Areas: ISO 3166-1 alpha-3 country codes, or aggregate codes such as ZZK.WORLD, comma-separated. Not with regionSet. */
          readonly country?: string;
          /** @description Only the members of this region set (its newest version), e.g. unece, central-asia, eu-27, hdr-region-eca. Not with country. */
          readonly regionSet?: string;
          /** @description HDR edition (e.g. HDR25, HDR23-24). Default: the newest in the database. */
          readonly edition?: string;
          /** @description First year (inclusive). */
          readonly from?: string;
          /** @description Last year (inclusive). */
          readonly to?: string;
          /** @description csv: a zip with data.csv and README.md (citation, licences, query); json: { meta, data }. */
          readonly format?: 'csv' | 'json';
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path: {
          /** @description The index: gii (Gender Inequality Index), gdi (Gender Development Index) or hdi (Human Development Index). */
          readonly index: 'gii' | 'gdi' | 'hdi';
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description An attachment (`Content-Disposition: attachment; filename="parity-…"`): format=csv gives a zip with data.csv and README.md (citation of each source, licence and URL, editions used, the query, the time); format=json gives `{ meta: { citation, sources, query, generatedAt }, data }`. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/zip': string;
            readonly 'application/json': components['schemas']['Download'];
          };
        };
        /** @description Invalid parameters: `issues` names each one and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: a source of the rows does not allow redistribution; the message names it. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unknown code (country, indicator, region set, edition, …): the message names it and what exists. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/overview': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Regional overview of one indicator
     * @description One indicator across a region set’s members: values in a year (latest by default), the members’ mean and median over time, the 5 biggest improvers and decliners over the 10 years to that year (direction-aware: for the GII a fall is progress), and coverage. One source edition and one breakdown, never mixed.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Indicator (default hdr.gii). */
          readonly indicator?: string;
          /** @description The breakdown, exactly (e.g. sex:F for hdr.pr). Default: the total, else women. */
          readonly dims?: string;
          /** @description Region set (default unece), e.g. central-asia, eu-27. */
          readonly regionSet?: string;
          /** @description Year of the values and end of the movers’ window (default: the latest). */
          readonly year?: string;
          /** @description Source edition (default: the one with the latest data). */
          readonly edition?: string;
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The overview. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Overview'];
          };
        };
        /** @description Invalid parameters: `issues` names each one and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unknown code (country, indicator, region set, edition, …): the message names it and what exists. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/availability': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Data availability matrix
     * @description For each member of a region set and each indicator with data: the latest year available (any source).
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Region set (default unece), e.g. central-asia, eu-27. */
          readonly regionSet?: string;
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The matrix. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Availability'];
          };
        };
        /** @description Invalid parameters: `issues` names each one and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unknown code (country, indicator, region set, edition, …): the message names it and what exists. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/sources': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Sources
     * @description Every dataset edition: publisher, licence, whether it may be redistributed, citation, files (SHA-256, retrieval date), observation count.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Page size, 1–1000 (default 100). */
          readonly limit?: number;
          /** @description How many items to skip (default 0). */
          readonly offset?: number | null;
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description A page of sources. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['SourcePage'];
          };
        };
        /** @description Invalid parameters: `issues` names each one and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/import-runs': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Import runs
     * @description Every import, newest first: file, hash, who and when, counts of rows inserted, updated, unchanged and rejected.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Page size, 1–1000 (default 100). */
          readonly limit?: number;
          /** @description How many items to skip (default 0). */
          readonly offset?: number | null;
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description A page of import runs. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ImportRunPage'];
          };
        };
        /** @description Invalid parameters: `issues` names each one and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/import-runs/{id}/rejections': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Rejected rows of an import run
     * @description Each rejected row: line, column, field and why.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Page size, 1–1000 (default 100). */
          readonly limit?: number;
          /** @description How many items to skip (default 0). */
          readonly offset?: number | null;
        };
        readonly header?: never;
        readonly path: {
          /** @description Import run id. */
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description A page of rejected rows. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['RejectionPage'];
          };
        };
        /** @description Invalid parameters: `issues` names each one and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unknown code (country, indicator, region set, edition, …): the message names it and what exists. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/claims/check': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Check the claims in a statement
     * @description POST JSON `{ "text": "…", "country": "KAZ" }` (text up to 20,000 characters). Finds the quantitative claims (changes in % or points, levels, ranks, quotas, directions) and checks each against every source and edition holding the indicator for the country: `supported`, `partly-supported` (the qualifiers name the source, edition or window), `not-supported` (with the closest the data come) or `not-checkable` (with the reason). Each verdict carries its evidence: years, values, editions, the computation, and every point of each series weighed (`series`), enough to chart it. Never cached.
     */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['ClaimCheckRequest'];
        };
      };
      readonly responses: {
        /** @description Each claim found, with its verdict and evidence. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ClaimsCheck'];
          };
        };
        /** @description Invalid parameters: `issues` names each one and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/targets': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Targets
     * @description Numeric targets: SDG targets where the wording gives a number (data/parity/targets.csv, each quoted in `note`), national targets, and the parity each parity indicator implies (kind `parity`). With `area`, only those that apply to the country, most specific first (national, regional, SDG, parity).
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Only targets of this concept. */
          readonly concept?: string;
          /** @description The targets of this indicator’s concept and its own parity target. */
          readonly indicator?: string;
          /** @description ISO3: only targets that apply to this country. */
          readonly area?: string;
          /** @description Page size, 1–1000 (default 100). */
          readonly limit?: number;
          /** @description How many items to skip (default 0). */
          readonly offset?: number | null;
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description A page of targets. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['TargetPage'];
          };
        };
        /** @description Invalid parameters: `issues` names each one and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unknown code (country, indicator, region set, edition, …): the message names it and what exists. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/quotas': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Quotas
     * @description Quotas for women (and other groups, jointly) in elected bodies: body, kind, threshold, groups, date adopted, and the source with its kind (legal act, dataset, or only a statement).
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description ISO 3166-1 alpha-3 country code (any case). */
          readonly country?: string;
          /** @description Page size, 1–1000 (default 100). */
          readonly limit?: number;
          /** @description How many items to skip (default 0). */
          readonly offset?: number | null;
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description A page of quotas. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['QuotaPage'];
          };
        };
        /** @description Invalid parameters: `issues` names each one and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unknown code (country, indicator, region set, edition, …): the message names it and what exists. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/quotas/compliance': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Quota compliance
     * @description Each quota against the latest women’s seat share of every source and edition, saying which seats each counts (single or lower chamber, both chambers, local councils). A seat share shows compliance only with a quota for women on seats of the same body; otherwise the status is `not-comparable`, with the reason and the gap.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description ISO 3166-1 alpha-3 country code (any case). */
          readonly country?: string;
          /** @description Page size, 1–1000 (default 100). */
          readonly limit?: number;
          /** @description How many items to skip (default 0). */
          readonly offset?: number | null;
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description A page of quotas with their evidence. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['QuotaCompliancePage'];
          };
        };
        /** @description Invalid parameters: `issues` names each one and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unknown code (country, indicator, region set, edition, …): the message names it and what exists. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/progress/methods': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Progress methods
     * @description The progress methods (trend, growth ratio, SDSN, ESCAP/UNECE CSI and API, GGGI, regional aggregate): publisher, METHODS.md section, a plain-language explanation and every parameter with its default, marked `unconfirmed` where the publisher’s value could not be read; and how each method’s categories map onto the common verdict used to say whether methods agree.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The methods. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ProgressMethods'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/progress/countries/{iso3}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Progress of a country
     * @description Every progress indicator (GII and its inputs, GDI, HDI, women’s seats in parliament and local government, LFPR, managers, ministers, child marriage, violence, and SDSN’s female-to-male ratios) in every source and edition with data, each assessed by every method against the most specific target (national, regional, SDG, else parity), with `disagree` where the methods’ verdicts differ.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Base year of the assessment (default 2015; the first later year with data when it has none). */
          readonly base?: string;
          /** @description Year of the projection, and of a target that names none (default 2030). */
          readonly targetYear?: string;
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path: {
          /** @description ISO3 country code (any case) or an aggregate code such as ZZK.WORLD. */
          readonly iso3: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Every series with every method. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['CountryProgress'];
          };
        };
        /** @description Invalid parameters: `issues` names each one and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unknown code (country, indicator, region set, edition, …): the message names it and what exists. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/progress/regions/{set}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Progress of a region set
     * @description For each progress indicator with an international series: the regional aggregates of its preferred source (newest edition) per year — simple mean and median (the UNECE convention), population-weighted mean, coverage, or why a year fails the coverage rule — every method on the simple mean, and how many member countries each method puts in each category.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Base year of the assessment (default 2015; the first later year with data when it has none). */
          readonly base?: string;
          /** @description Year of the projection, and of a target that names none (default 2030). */
          readonly targetYear?: string;
          /** @description Coverage rule: fewest members with data, as a share (default 0.5); at least 3 members in any case. */
          readonly minShare?: string;
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path: {
          /** @description Region set code, e.g. unece, central-asia, eu-27. */
          readonly set: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The regional view. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['RegionProgress'];
          };
        };
        /** @description Invalid parameters: `issues` names each one and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unknown code (country, indicator, region set, edition, …): the message names it and what exists. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/aggregates': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Regional aggregates
     * @description One indicator over a region set’s members, per year: simple mean and median of the members with data (the UNECE convention), the mean weighted by HDR `pop_total` (same edition, else the newest), and coverage (members with data / members). A year failing the coverage rule (at least `minShare` of the members and at least 3) has the reason instead of values. One source edition and one breakdown, never mixed.
     */
    readonly get: {
      readonly parameters: {
        readonly query: {
          /** @description Region set, e.g. unece, central-asia, eu-27, hdr-region-eca. */
          readonly set: string;
          /** @description Indicator code. */
          readonly indicator: string;
          /** @description Source edition (HDR25, 2022-02-15, …) or dataset (wdi); default: the one with the latest data. */
          readonly source?: string;
          /** @description Only this year (default: every year with a member’s value). */
          readonly year?: string;
          /** @description Coverage rule: fewest members with data, as a share (default 0.5); at least 3 members in any case. */
          readonly minShare?: string;
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The aggregates. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['RegionalAggregates'];
          };
        };
        /** @description Invalid parameters: `issues` names each one and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unknown code (country, indicator, region set, edition, …): the message names it and what exists. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/trends': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Trend of an indicator
     * @description For one area and indicator, one series per source edition: change (absolute, relative) and compound annual growth over the window, the largest improvement and deterioration in it, ordinary and time-weighted linear fits with their projection to 2030, and years to the target (`target`, else the most specific SDG, national or parity target) at the linear and at the compound pace. A measure without enough data says what is missing.
     */
    readonly get: {
      readonly parameters: {
        readonly query: {
          /** @description ISO3 country code (any case) or aggregate code. */
          readonly area: string;
          /** @description Indicator code. */
          readonly indicator: string;
          /** @description Only this source edition or dataset (default: every one). */
          readonly source?: string;
          /** @description First year of the window (default: the first with data). */
          readonly from?: string;
          /** @description Last year of the window (default: the latest). */
          readonly to?: string;
          /** @description Target value for the years to target, in the indicator’s unit. */
          readonly target?: string;
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The trend of each series. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Trend'];
          };
        };
        /** @description Invalid parameters: `issues` names each one and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Unknown code (country, indicator, region set, edition, …): the message names it and what exists. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/auth/login': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Sign in
     * @description Checks the email and password and opens a session: the `parity_session` cookie (httpOnly, SameSite=Strict, Secure over https, Path=/; 12 h idle, 7 days at most) and a CSRF token for the header of every state-changing request. A wrong password and an unknown email get the same 401. After 5 failures for an email within 15 minutes each further try must wait longer (15 s, doubling); after 10 the account is locked for 15 minutes; 20 failures from one address within 15 minutes refuse it: 429 with `Retry-After`. Needs no CSRF token.
     */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['Login'];
        };
      };
      readonly responses: {
        /** @description Signed in; the cookie is set. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['SignedIn'];
          };
        };
        /** @description Invalid request: `issues` names each field and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, or (sign-in) email or password is wrong. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description The account is disabled (said only once the password was right). */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many failed sign-ins: `Retry-After` says in how many seconds to try again. */
        readonly 429: {
          headers: {
            /** @description Seconds to wait. */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/auth/logout': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Sign out
     * @description Ends the session and clears its cookie. Needs the X-CSRF-Token header when signed in.
     */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description Whether a session was ended. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['SignedOut'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong (send `X-CSRF-Token`). */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/auth/me': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Who am I
     * @description The signed-in user with their memberships and the session’s CSRF token, or `{ "kind": "public" }`. Never cached.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The actor of the request. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Me'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/auth/password': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Change your password
     * @description The current password (checked and throttled like a sign-in) and a new one of at least 12 characters. Ends your other sessions; clears the must-change flag an administrator’s reset sets.
     */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['PasswordChange'];
        };
      };
      readonly responses: {
        /** @description Changed. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['PasswordChanged'];
          };
        };
        /** @description Invalid request: `issues` names each field and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, or (sign-in) email or password is wrong. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong (send `X-CSRF-Token`). */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Too many failed sign-ins: `Retry-After` says in how many seconds to try again. */
        readonly 429: {
          headers: {
            /** @description Seconds to wait. */
            readonly 'Retry-After'?: number;
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/users': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Users
     * @description Every user with their memberships, by email. Administrators only (401 when not signed in, 403 otherwise). Writes need the X-CSRF-Token header.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Page size, 1–1000 (default 100). */
          readonly limit?: number;
          /** @description How many items to skip (default 0). */
          readonly offset?: number | null;
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description A page of users. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['UserPage'];
          };
        };
        /** @description Invalid request: `issues` names each field and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, or (sign-in) email or password is wrong. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong (send `X-CSRF-Token`). */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    /**
     * Create a user
     * @description An account with an argon2id password hash and its memberships; written to the audit log. Administrators only (401 when not signed in, 403 otherwise). Writes need the X-CSRF-Token header.
     */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['NewUser'];
        };
      };
      readonly responses: {
        /** @description The user created. */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['User'];
          };
        };
        /** @description Invalid request: `issues` names each field and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, or (sign-in) email or password is wrong. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong (send `X-CSRF-Token`). */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/users/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * A user
     * @description Administrators only (401 when not signed in, 403 otherwise). Writes need the X-CSRF-Token header.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          /** @description User id. */
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The user. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['User'];
          };
        };
        /** @description Not signed in, or (sign-in) email or password is wrong. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong (send `X-CSRF-Token`). */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such user. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    /**
     * Change a user
     * @description Rename, disable or enable, reset the password, grant or revoke memberships, in one transaction; each change is written to the audit log. Administrators only (401 when not signed in, 403 otherwise). Writes need the X-CSRF-Token header.
     */
    readonly patch: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          /** @description User id. */
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['UserPatch'];
        };
      };
      readonly responses: {
        /** @description The user as changed. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['User'];
          };
        };
        /** @description Invalid request: `issues` names each field and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, or (sign-in) email or password is wrong. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong (send `X-CSRF-Token`). */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such user. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly trace?: never;
  };
  readonly '/api/audit': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Audit log
     * @description Every write (who, when, what), newest first, filtered by entity. Administrators only (401 when not signed in, 403 otherwise). Writes need the X-CSRF-Token header.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Kind of entity: user, report, cycle, … */
          readonly entityKind?: string;
          /** @description Id of the entity. */
          readonly entityId?: string;
          /** @description Page size, 1–1000 (default 100). */
          readonly limit?: number;
          /** @description How many items to skip (default 0). */
          readonly offset?: number | null;
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description A page of the audit log. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['AuditPage'];
          };
        };
        /** @description Invalid request: `issues` names each field and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, or (sign-in) email or password is wrong. */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong (send `X-CSRF-Token`). */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/cycles': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Review cycles
     * @description Every review cycle, latest submission deadline first. Public.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
          /** @description Page size, 1–1000 (default 100). */
          readonly limit?: number;
          /** @description How many items to skip (default 0). */
          readonly offset?: number | null;
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The cycles. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ReviewCycles'];
          };
        };
        /** @description Invalid request: `issues` names each field (e.g. `measures.0.url`) and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    /**
     * Create a review cycle
     * @description Administrators only. Needs a signed-in session and the X-CSRF-Token header. The region set must exist; dates are YYYY-MM-DD; the template defaults to beijing30-v1.
     */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['NewReviewCycle'];
        };
      };
      readonly responses: {
        /** @description The cycle created. */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ReviewCycle'];
          };
        };
        /** @description Invalid request: `issues` names each field (e.g. `measures.0.url`) and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not do this (e.g. read a report that is not published). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours (or the report state that forbids it); or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, report, version, country or template: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/cycles/{code}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** A review cycle */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path: {
          /** @description Cycle code. */
          readonly code: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The cycle. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ReviewCycle'];
          };
        };
        /** @description Invalid request: `issues` names each field (e.g. `measures.0.url`) and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, report, version, country or template: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/cycles/{code}/reports': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * The reports of a cycle you may read
     * @description The public sees published reports; a country’s focal points and contributors also their own; reviewers every report of their region set; administrators all.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
          /** @description Page size, 1–1000 (default 100). */
          readonly limit?: number;
          /** @description How many items to skip (default 0). */
          readonly offset?: number | null;
        };
        readonly header?: never;
        readonly path: {
          /** @description Cycle code. */
          readonly code: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The reports. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ReportSummaries'];
          };
        };
        /** @description Invalid request: `issues` names each field (e.g. `measures.0.url`) and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, report, version, country or template: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/cycles/{code}/reports/{iso3}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * A country’s report in a cycle
     * @description The report at its current version, as `GET /api/reports/{id}` gives it (the public: published reports only).
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path: {
          /** @description Cycle code. */
          readonly code: string;
          /** @description Country (ISO3). */
          readonly iso3: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The report. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Report'];
          };
        };
        /** @description Invalid request: `issues` names each field (e.g. `measures.0.url`) and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not do this (e.g. read a report that is not published). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours (or the report state that forbids it); or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, report, version, country or template: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    /**
     * Create a country’s report in a cycle
     * @description The country’s focal point or contributor. Needs a signed-in session and the X-CSRF-Token header. One report per cycle and country (409 if it exists); it starts as an empty draft at version 1.
     */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          /** @description Cycle code. */
          readonly code: string;
          /** @description Country (ISO3). */
          readonly iso3: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The report created. */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ReportSummary'];
          };
        };
        /** @description Invalid request: `issues` names each field (e.g. `measures.0.url`) and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not do this (e.g. read a report that is not published). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours (or the report state that forbids it); or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, report, version, country or template: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict with the report’s current state: an event the state does not allow (the message names the allowed events), a report that already exists, or a stale save. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/templates/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * A report template
     * @description The sections of a national report with guidance, BPfA areas and review clusters. `status: unconfirmed` while the structure is not checked against the guidance note.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path: {
          /** @description Template id. */
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The template. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ReportTemplate'];
          };
        };
        /** @description Invalid request: `issues` names each field (e.g. `measures.0.url`) and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, report, version, country or template: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/reports/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * A national report (current version)
     * @description Each section as sanitised HTML with its evidence filled in (live for a draft, pinned for a submitted version), its Markdown source for the country’s writers, measures, attachment metadata, and what you may do now (`canEdit`, `events`). The public may read published reports only.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path: {
          /** @description Report id. */
          readonly id: number;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The report. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Report'];
          };
        };
        /** @description Invalid request: `issues` names each field (e.g. `measures.0.url`) and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not do this (e.g. read a report that is not published). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours (or the report state that forbids it); or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, report, version, country or template: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /**
     * Save a draft
     * @description The country’s focal point or contributor, while the report is draft or changes-requested. Needs a signed-in session and the X-CSRF-Token header. Every save adds a version (versions are never changed). `baseVersion` must be the current version: if someone saved since, nothing is saved and the answer (409) holds both the stored version and yours, to merge.
     */
    readonly put: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path: {
          /** @description Report id. */
          readonly id: number;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['ReportDraft'];
        };
      };
      readonly responses: {
        /** @description The new version. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ReportSaved'];
          };
        };
        /** @description Invalid request: `issues` names each field (e.g. `measures.0.url`) and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not do this (e.g. read a report that is not published). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours (or the report state that forbids it); or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, report, version, country or template: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description A stale save: nothing was saved; both versions are in the answer. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ReportSaveConflict'];
          };
        };
      };
    };
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/reports/{id}/preview': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Preview a section’s unsaved text
     * @description Renders Markdown exactly as a saved section is rendered (the same sanitiser; evidence blocks resolved against the data now) and answers `{ html, evidence }` in the shape of `sections[].html` and `evidence.values` of the report. **Nothing is written**: no version, no audit row; it is a POST only because the text can be long. Who may save the report may preview it (its country’s focal point or contributor, while the report is draft or changes-requested). Needs a signed-in session and the X-CSRF-Token header. Never cached.
     */
    readonly post: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path: {
          /** @description Report id. */
          readonly id: number;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['ReportSectionPreviewRequest'];
        };
      };
      readonly responses: {
        /** @description The text as it would read once saved. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ReportSectionPreview'];
          };
        };
        /** @description Invalid request: `issues` names each field (e.g. `measures.0.url`) and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not do this (e.g. read a report that is not published). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours (or the report state that forbids it); or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, report, version, country or template: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict with the report’s current state: an event the state does not allow (the message names the allowed events), a report that already exists, or a stale save. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/reports/{id}/transitions': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Move a report through the workflow
     * @description draft →submit→ submitted →start-review→ under-review →request-changes→ changes-requested →submit→ resubmitted →start-review→ under-review →accept→ accepted →publish→ published. Needs a signed-in session and the X-CSRF-Token header. Submit: the focal point (freezes the content as a submitted version with its evidence pinned); start-review, request-changes, accept, publish: the region’s reviewers (administrators all but publish). An event the state does not allow is 409 naming the allowed events.
     */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          /** @description Report id. */
          readonly id: number;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['ReportTransitionRequest'];
        };
      };
      readonly responses: {
        /** @description The transition made. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ReportTransition'];
          };
        };
        /** @description Invalid request: `issues` names each field (e.g. `measures.0.url`) and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not do this (e.g. read a report that is not published). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours (or the report state that forbids it); or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, report, version, country or template: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Conflict with the report’s current state: an event the state does not allow (the message names the allowed events), a report that already exists, or a stale save. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/reports/{id}/comments': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Comments on a report
     * @description Per version and section, oldest first, with sanitised HTML. Its country’s focal points and contributors, its reviewers and administrators only.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path: {
          /** @description Report id. */
          readonly id: number;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The comments. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': readonly components['schemas']['ReportComment'][];
          };
        };
        /** @description Invalid request: `issues` names each field (e.g. `measures.0.url`) and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not do this (e.g. read a report that is not published). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours (or the report state that forbids it); or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, report, version, country or template: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    /**
     * Comment on a section
     * @description The region’s reviewers and administrators; the country’s focal point (to reply). Needs a signed-in session and the X-CSRF-Token header.
     */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          /** @description Report id. */
          readonly id: number;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['NewReportComment'];
        };
      };
      readonly responses: {
        /** @description The comment. */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ReportComment'];
          };
        };
        /** @description Invalid request: `issues` names each field (e.g. `measures.0.url`) and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not do this (e.g. read a report that is not published). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours (or the report state that forbids it); or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, report, version, country or template: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/reports/{id}/versions': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * The history of a report
     * @description Every version (oldest first) and every workflow event. Its country’s focal points and contributors, its reviewers and administrators only.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          /** @description Report id. */
          readonly id: number;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The history. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ReportHistory'];
          };
        };
        /** @description Invalid request: `issues` names each field (e.g. `measures.0.url`) and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not do this (e.g. read a report that is not published). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours (or the report state that forbids it); or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, report, version, country or template: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/reports/{id}/versions/{v}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * One version of a report
     * @description As it was: a submitted version with its pinned evidence. Its country’s focal points and contributors, its reviewers and administrators only.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path: {
          /** @description Report id. */
          readonly id: number;
          /** @description Version number. */
          readonly v: number;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The version. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Report'];
          };
        };
        /** @description Invalid request: `issues` names each field (e.g. `measures.0.url`) and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not do this (e.g. read a report that is not published). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours (or the report state that forbids it); or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, report, version, country or template: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/reports/{id}/diff': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * What changed between two versions
     * @description Word by word per section, and which measures, attachments and evidence blocks were added, removed or changed. Its country’s focal points and contributors, its reviewers and administrators only.
     */
    readonly get: {
      readonly parameters: {
        readonly query: {
          /** @description The earlier version. */
          readonly from: number;
          /** @description The later version. */
          readonly to: number;
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path: {
          /** @description Report id. */
          readonly id: number;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The differences. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ReportDiff'];
          };
        };
        /** @description Invalid request: `issues` names each field (e.g. `measures.0.url`) and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not do this (e.g. read a report that is not published). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours (or the report state that forbids it); or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, report, version, country or template: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/cycles/{code}/tracker': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Submission tracker
     * @description For every member of the cycle’s region set: its report’s state (or `not-started`), first and latest submission, whether late, the template sections still empty, the last change; and the data availability matrix (member × progress indicator: latest year with data). The cycle’s regional reviewers and administrators.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path: {
          /** @description Cycle code. */
          readonly code: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The tracker. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['SubmissionTracker'];
          };
        };
        /** @description Invalid request: `issues` names each field and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not see this (only published syntheses and meetings). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, tag, meeting, statement or synthesis version: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/cycles/{code}/tags': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Tagged passages of a cycle’s reports
     * @description Every tag, by country, report, section and position. Shown to those who may tag the reports (the reviewers of the cycle’s region set or of a subregion, for its members; administrators).
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
          /** @description Page size, 1–1000 (default 100). */
          readonly limit?: number;
          /** @description How many items to skip (default 0). */
          readonly offset?: number | null;
        };
        readonly header?: never;
        readonly path: {
          /** @description Cycle code. */
          readonly code: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description A page of tags. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ReportTagPage'];
          };
        };
        /** @description Invalid request: `issues` names each field and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not see this (only published syntheses and meetings). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, tag, meeting, statement or synthesis version: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    /**
     * Tag a passage of a report
     * @description Codes a passage of one version of a section by BPfA area, cluster, SDG target and criterion (at least one). Those who may tag the report: its reviewers, administrators. Needs a signed-in session and the X-CSRF-Token header.
     */
    readonly post: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path: {
          /** @description Cycle code. */
          readonly code: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['NewReportTag'];
        };
      };
      readonly responses: {
        /** @description The tag. */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ReportTag'];
          };
        };
        /** @description Invalid request: `issues` names each field and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not see this (only published syntheses and meetings). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, tag, meeting, statement or synthesis version: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/cycles/{code}/tags/search': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Search tags across the reports of a cycle
     * @description Tags matching every parameter given: BPfA area, cluster, SDG target, criterion, country, words. Shown to those who may tag the reports (the reviewers of the cycle’s region set or of a subregion, for its members; administrators).
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description BPfA critical area (A–L). */
          readonly area?: string;
          /** @description Review cluster 1–6. */
          readonly cluster?: string;
          /** @description SDG target. */
          readonly target?: string;
          /** @description Criterion. */
          readonly criterion?: 'good-practice' | 'partnerships' | 'political-will' | 'use-of-data';
          /** @description Words in the quote or the note (any case). */
          readonly text?: string;
          /** @description The report’s country. */
          readonly country?: string;
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
          /** @description Page size, 1–1000 (default 100). */
          readonly limit?: number;
          /** @description How many items to skip (default 0). */
          readonly offset?: number | null;
        };
        readonly header?: never;
        readonly path: {
          /** @description Cycle code. */
          readonly code: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description A page of tags. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ReportTagPage'];
          };
        };
        /** @description Invalid request: `issues` names each field and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not see this (only published syntheses and meetings). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, tag, meeting, statement or synthesis version: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/tags/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * A tag
     * @description Shown to those who may tag the reports (the reviewers of the cycle’s region set or of a subregion, for its members; administrators).
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path: {
          /** @description Tag id. */
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The tag. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ReportTag'];
          };
        };
        /** @description Invalid request: `issues` names each field and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not see this (only published syntheses and meetings). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, tag, meeting, statement or synthesis version: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    /**
     * Remove a tag
     * @description Those who may tag the report. Needs a signed-in session and the X-CSRF-Token header.
     */
    readonly delete: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          /** @description Tag id. */
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The tag removed. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly id: number;
            };
          };
        };
        /** @description Invalid request: `issues` names each field and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not see this (only published syntheses and meetings). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, tag, meeting, statement or synthesis version: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/cycles/{code}/synthesis': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * The regional synthesis
     * @description Markdown and its sanitised HTML. Its reviewers and administrators read the newest version (or `version`); anyone reads the newest published one.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description A version (editors: any; the public: the published one). */
          readonly version?: string;
        };
        readonly header?: never;
        readonly path: {
          /** @description Cycle code. */
          readonly code: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The synthesis. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['RegionalSynthesis'];
          };
        };
        /** @description Invalid request: `issues` names each field and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not see this (only published syntheses and meetings). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, tag, meeting, statement or synthesis version: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /**
     * Save an edited synthesis
     * @description A new version with this Markdown; `published: true` makes it the version the public reads (until another is published). `baseVersion` must be the newest version. The cycle’s regional reviewers and administrators. Needs a signed-in session and the X-CSRF-Token header.
     */
    readonly put: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          /** @description Cycle code. */
          readonly code: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['SynthesisSave'];
        };
      };
      readonly responses: {
        /** @description The new version. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['RegionalSynthesis'];
          };
        };
        /** @description Invalid request: `issues` names each field and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not see this (only published syntheses and meetings). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, tag, meeting, statement or synthesis version: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Stale: another version was saved since `baseVersion` (or none was sent while one exists). Nothing was saved; both texts are in the answer. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['SynthesisConflict'];
          };
        };
      };
    };
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/cycles/{code}/synthesis/generate': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    /**
     * Generate a synthesis draft
     * @description A new version written from the current data: submission status, regional indicators (aggregates and the progress methods’ verdicts), tagged passages of submitted reports quoted with their country, the claims checked in the meeting statements (linked), gaps in the data, written in the language of `lang` (English, French or Russian). Never published by itself. Body: none, or JSON `{ "baseVersion": n }`: once a version exists, its number is required. The cycle’s regional reviewers and administrators. Needs a signed-in session and the X-CSRF-Token header.
     */
    readonly post: {
      readonly parameters: {
        readonly query?: {
          /** @description Language the draft is written in (headings, sentences, numbers, dates, names): en, fr or ru. Default en. Quoted passages stay as written; the claim checker’s summaries are in English only and marked so. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path: {
          /** @description Cycle code. */
          readonly code: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The new version. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['RegionalSynthesis'];
          };
        };
        /** @description Invalid request: `issues` names each field and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not see this (only published syntheses and meetings). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, tag, meeting, statement or synthesis version: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Stale: another version was saved since `baseVersion` (or none was sent while one exists). Nothing was saved; both texts are in the answer. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['SynthesisConflict'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/cycles/{code}/synthesis.html': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * The synthesis as HTML
     * @description The synthesis as a print-ready HTML page (sanitised; no script, no external resource), with a banner saying draft or published. Its reviewers and administrators read the newest version (or `version`); anyone reads the newest published one.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description A version (editors: any; the public: the published one). */
          readonly version?: string;
          /** @description Language of the banner: en, fr or ru; by default the version’s. The text is the version’s own, in the language it was generated in (the view’s `lang`), and the page declares that language (`<html lang>`). */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path: {
          /** @description Cycle code. */
          readonly code: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The file. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'text/html': string;
          };
        };
        /** @description Invalid request: `issues` names each field and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not see this (only published syntheses and meetings). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, tag, meeting, statement or synthesis version: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/cycles/{code}/synthesis.md': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * The synthesis as MD
     * @description The synthesis as Markdown, made inert for any renderer (raw HTML escaped, script links removed), with a banner saying draft or published. Its reviewers and administrators read the newest version (or `version`); anyone reads the newest published one.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description A version (editors: any; the public: the published one). */
          readonly version?: string;
          /** @description Language of the banner: en, fr or ru; by default the version’s. The text is the version’s own, in the language it was generated in (the view’s `lang`), and the page declares that language (`<html lang>`). */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path: {
          /** @description Cycle code. */
          readonly code: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The file. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'text/markdown': string;
          };
        };
        /** @description Invalid request: `issues` names each field and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not see this (only published syntheses and meetings). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, tag, meeting, statement or synthesis version: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/cycles/{code}/synthesis.pdf': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * The synthesis as PDF
     * @description The synthesis as PDF printed by headless Chromium; 503 naming what is missing where Chromium is not installed, with a banner saying draft or published. Its reviewers and administrators read the newest version (or `version`); anyone reads the newest published one.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description A version (editors: any; the public: the published one). */
          readonly version?: string;
          /** @description Language of the banner: en, fr or ru; by default the version’s. The text is the version’s own, in the language it was generated in (the view’s `lang`), and the page declares that language (`<html lang>`). */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path: {
          /** @description Cycle code. */
          readonly code: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The file. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/pdf': string;
          };
        };
        /** @description Invalid request: `issues` names each field and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not see this (only published syntheses and meetings). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, tag, meeting, statement or synthesis version: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No Chromium (or no playwright-core) here: the message says which. */
        readonly 503: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/cycles/{code}/meetings': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Meetings of a cycle
     * @description With their segments and thematic sessions. The public sees published meetings. The cycle’s reviewers and administrators; anyone once the meeting is published.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
          /** @description Page size, 1–1000 (default 100). */
          readonly limit?: number;
          /** @description How many items to skip (default 0). */
          readonly offset?: number | null;
        };
        readonly header?: never;
        readonly path: {
          /** @description Cycle code. */
          readonly code: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description A page of meetings. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['MeetingPage'];
          };
        };
        /** @description Invalid request: `issues` names each field and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, tag, meeting, statement or synthesis version: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    /**
     * Record a meeting
     * @description Place, dates, co-chairs (a person, a country or an organisation), sessions; unpublished unless `published`. The cycle’s regional reviewers and administrators. Needs a signed-in session and the X-CSRF-Token header.
     */
    readonly post: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path: {
          /** @description Cycle code. */
          readonly code: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['NewMeeting'];
        };
      };
      readonly responses: {
        /** @description The meeting. */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid request: `issues` names each field and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not see this (only published syntheses and meetings). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, tag, meeting, statement or synthesis version: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/meetings/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * A meeting
     * @description The cycle’s reviewers and administrators; anyone once the meeting is published.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path: {
          /** @description Meeting id. */
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The meeting. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid request: `issues` names each field and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not see this (only published syntheses and meetings). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, tag, meeting, statement or synthesis version: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    /**
     * Change or publish a meeting
     * @description Any of its fields; `published` shows it (with its statements) to the public. The cycle’s regional reviewers and administrators. Needs a signed-in session and the X-CSRF-Token header.
     */
    readonly patch: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path: {
          /** @description Meeting id. */
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['MeetingPatch'];
        };
      };
      readonly responses: {
        /** @description The meeting. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Meeting'];
          };
        };
        /** @description Invalid request: `issues` names each field and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not see this (only published syntheses and meetings). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, tag, meeting, statement or synthesis version: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly trace?: never;
  };
  readonly '/api/meetings/{id}/sessions': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Sessions of a meeting
     * @description Segments and thematic sessions, in order. The cycle’s reviewers and administrators; anyone once the meeting is published.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          /** @description Meeting id. */
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The sessions. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': readonly components['schemas']['MeetingSession'][];
          };
        };
        /** @description Invalid request: `issues` names each field and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not see this (only published syntheses and meetings). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, tag, meeting, statement or synthesis version: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    /**
     * Add a segment or thematic session
     * @description The cycle’s regional reviewers and administrators. Needs a signed-in session and the X-CSRF-Token header.
     */
    readonly post: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path: {
          /** @description Meeting id. */
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['NewMeetingSession'];
        };
      };
      readonly responses: {
        /** @description The session. */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['MeetingSession'];
          };
        };
        /** @description Invalid request: `issues` names each field and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not see this (only published syntheses and meetings). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, tag, meeting, statement or synthesis version: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/meetings/{id}/statements': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * Statements of a meeting
     * @description Each with its claims as checked when it was saved, and a tally of the verdicts. The cycle’s reviewers and administrators; anyone once the meeting is published.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
          /** @description Page size, 1–1000 (default 100). */
          readonly limit?: number;
          /** @description How many items to skip (default 0). */
          readonly offset?: number | null;
        };
        readonly header?: never;
        readonly path: {
          /** @description Meeting id. */
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description A page of statements. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['StatementPage'];
          };
        };
        /** @description Invalid request: `issues` names each field and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not see this (only published syntheses and meetings). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, tag, meeting, statement or synthesis version: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    /**
     * Record a statement
     * @description Speaker, title, country or organisation, session, text (its source). Its claims are checked at once with the claim checker (the country: the statement’s) and stored with the time of the check. The cycle’s regional reviewers and administrators. Needs a signed-in session and the X-CSRF-Token header.
     */
    readonly post: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path: {
          /** @description Meeting id. */
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['NewStatement'];
        };
      };
      readonly responses: {
        /** @description The statement. */
        readonly 201: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Statement'];
          };
        };
        /** @description Invalid request: `issues` names each field and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not see this (only published syntheses and meetings). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, tag, meeting, statement or synthesis version: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/statements/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * A statement
     * @description With its claims as checked when it was saved. The cycle’s reviewers and administrators; anyone once the meeting is published.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path: {
          /** @description Statement id. */
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The statement. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Statement'];
          };
        };
        /** @description Invalid request: `issues` names each field and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not see this (only published syntheses and meetings). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, tag, meeting, statement or synthesis version: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    /**
     * Change a statement
     * @description Every field, with the version edited; its claims are checked again. The cycle’s regional reviewers and administrators. Needs a signed-in session and the X-CSRF-Token header.
     */
    readonly put: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path: {
          /** @description Statement id. */
          readonly id: string;
        };
        readonly cookie?: never;
      };
      readonly requestBody: {
        readonly content: {
          readonly 'application/json': components['schemas']['StatementEdit'];
        };
      };
      readonly responses: {
        /** @description The statement. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Statement'];
          };
        };
        /** @description Invalid request: `issues` names each field and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Not signed in, and the public may not see this (only published syntheses and meetings). */
        readonly 401: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Forbidden: the message names the role and scope required and yours; or CSRF token missing or wrong. */
        readonly 403: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description No such cycle, tag, meeting, statement or synthesis version: the message names it. */
        readonly 404: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
        /** @description Stale: the statement changed since `baseVersion`; the stored one is in the answer. */
        readonly 409: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['StatementConflict'];
          };
        };
      };
    };
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/vocabularies': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * The codes of reports and reviews, named
     * @description What the report and review forms offer, each code with its name in `lang`: BPfA critical areas, review clusters (with their areas), tag criteria, measure kinds and SDG 5 targets, from the catalogue. The codes are those the report and tag writes accept.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: {
          /** @description Language of names (countries, indicators, region sets): en, fr or ru. Default en. */
          readonly lang?: 'en' | 'fr' | 'ru';
        };
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The vocabularies. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['ReviewVocabularies'];
          };
        };
        /** @description Invalid parameters: `issues` names each one and what was expected. */
        readonly 400: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': components['schemas']['Error'];
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/openapi.json': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * This API as an OpenAPI 3.1 document
     * @description Generated from the same zod schemas that validate the requests.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description The document. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'application/json': {
              readonly [key: string]: unknown;
            };
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/docs': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /**
     * This API as a web page
     * @description Every endpoint with its parameters and an example link, generated from the OpenAPI document.
     */
    readonly get: {
      readonly parameters: {
        readonly query?: never;
        readonly header?: never;
        readonly path?: never;
        readonly cookie?: never;
      };
      readonly requestBody?: never;
      readonly responses: {
        /** @description An HTML page. */
        readonly 200: {
          headers: {
            readonly [name: string]: unknown;
          };
          content: {
            readonly 'text/html': string;
          };
        };
      };
    };
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * @example {
     *       "error": {
     *         "status": 400,
     *         "message": "invalid parameter from: expected a year between 1900 and 2100, got \"20x\"",
     *         "issues": [
     *           {
     *             "param": "from",
     *             "message": "expected a year between 1900 and 2100, got \"20x\""
     *           }
     *         ]
     *       }
     *     }
     */
    readonly Error: {
      readonly error: {
        readonly status: number;
        readonly message: string;
        /** @description For validation errors (400): each invalid parameter and what was expected. */
        readonly issues?: readonly {
          readonly param: string;
          readonly message: string;
        }[];
      };
    };
    readonly Health: {
      /** @enum {string} */
      readonly status: 'ok';
      /** @enum {string} */
      readonly database: 'pglite' | 'postgres';
      readonly observations: number;
      readonly sources: number;
    };
    readonly CountryPage: {
      readonly items: readonly components['schemas']['Country'][];
      /** @description How many items match, over all pages. */
      readonly total: number;
      readonly limit: number;
      readonly offset: number;
    };
    readonly Country: {
      /** @example KAZ */
      readonly iso3: string;
      /** @example KZ */
      readonly iso2: string;
      /**
       * @description UN M49 numeric code (also the world-atlas map id).
       * @example 398
       */
      readonly m49: string;
      /**
       * @description Name in the requested language.
       * @example Kazakhstan
       */
      readonly name: string;
      readonly names: components['schemas']['Names'];
    };
    readonly Names: {
      readonly en: string;
      readonly fr: string;
      readonly ru: string;
    };
    readonly CountryDetail: components['schemas']['Country'] & {
      readonly regionSets: readonly {
        readonly code: string;
        readonly version: string;
        readonly kind: string;
        readonly name: string;
      }[];
    };
    readonly CountryProfile: {
      readonly country: components['schemas']['Country'];
      /** @description The HDR edition of headline, GII and comparisons. */
      readonly edition: string | null;
      readonly headline: readonly {
        /** @enum {string} */
        readonly index: 'gii' | 'gdi' | 'hdi';
        readonly edition: string;
        readonly year: number;
        /** @description UNDP’s published value (computed when none was published). */
        readonly value: number;
        /** @description Among the UNECE members with a value that year; ties share a rank. */
        readonly rankUnece: {
          readonly rank: number;
          readonly of: number;
        } | null;
        /** @description Among all countries with a value that year. */
        readonly rankWorld: {
          readonly rank: number;
          readonly of: number;
        } | null;
        /** @description GDI group 1–5 or HDI category (very-high, high, medium, low). */
        readonly group?: {
          readonly code: string;
          readonly label: string;
        };
      }[];
      readonly gii: {
        /** @description Per year: year, value (published), computed, and the eight inputs. */
        readonly series: readonly {
          readonly [key: string]: number | null;
        }[];
        readonly decomposition: components['schemas']['GiiDecomposition'];
      };
      readonly comparisons: readonly {
        readonly concept: string;
        readonly label: string;
        readonly conceptNote: string;
        readonly series: readonly {
          readonly indicator: string;
          readonly name: string;
          readonly dataset: string;
          readonly edition: string;
          /** @enum {string} */
          readonly kind: 'national' | 'international';
          readonly dims: {
            readonly [key: string]: string;
          };
          readonly unit: string;
          readonly definitionNote: string;
          readonly points: readonly {
            readonly year: number;
            readonly value: number;
          }[];
        }[];
      }[];
      readonly editions: readonly {
        readonly edition: string;
        readonly gii: readonly {
          readonly year: number;
          readonly value: number;
        }[];
      }[];
      readonly sources: readonly {
        readonly dataset: string;
        readonly edition: string;
        readonly publisher: string;
        readonly title: string;
        readonly licence: string;
        readonly licenceUrl: string | null;
        readonly url: string | null;
        readonly citation: string;
        readonly redistribution: boolean;
      }[];
    };
    /** @description The latest year’s decomposition (as GET /api/indices/gii/decomposition), or null. */
    readonly GiiDecomposition: {
      readonly area: string;
      readonly year: number;
      readonly edition: string;
      /** @description The GII of the inputs, full precision. */
      readonly gii: number;
      readonly rounded: number;
      readonly published: number | null;
      readonly byDimension: {
        readonly reproductiveHealth: number;
        readonly empowerment: number;
        readonly labourMarket: number;
      };
      readonly byIndicator: {
        readonly mmr: number;
        readonly abr: number;
        readonly pr: number;
        readonly se: number;
        readonly lfpr: number;
      };
      readonly inputs: components['schemas']['GiiInputs'];
      readonly method: string;
    } | null;
    /** @description The eight GII inputs in published units (MMR per 100,000; ABR per 1,000; shares in %). */
    readonly GiiInputs: {
      readonly mmr: number;
      readonly abr: number;
      readonly prF: number;
      readonly prM: number;
      readonly seF: number;
      readonly seM: number;
      readonly lfprF: number;
      readonly lfprM: number;
    };
    readonly RegionSetPage: {
      readonly items: readonly components['schemas']['RegionSet'][];
      /** @description How many items match, over all pages. */
      readonly total: number;
      readonly limit: number;
      readonly offset: number;
    };
    readonly RegionSet: {
      /** @example central-asia */
      readonly code: string;
      /**
       * @description HDR edition for HDR sets, else the year recorded.
       * @example 2025
       */
      readonly version: string;
      /** @enum {string} */
      readonly kind: 'membership' | 'subregion' | 'hdr-region' | 'hdi-group';
      readonly name: string;
      readonly names: components['schemas']['Names'];
      readonly source: {
        readonly note: string;
        readonly url?: string;
      };
      readonly memberCount: number;
      /** @description The publisher’s aggregate row, e.g. ZZG.ECA. */
      readonly aggregateArea?: string;
    };
    readonly RegionSetDetail: components['schemas']['RegionSet'] & {
      readonly members: readonly {
        readonly iso3: string;
        readonly name: string;
      }[];
    };
    readonly IndicatorPage: {
      readonly items: readonly components['schemas']['Indicator'][];
      /** @description How many items match, over all pages. */
      readonly total: number;
      readonly limit: number;
      readonly offset: number;
    };
    readonly Indicator: {
      /** @example hdr.gii */
      readonly code: string;
      readonly name: string;
      readonly names: components['schemas']['Names'];
      readonly shortName?: string;
      /** @example index */
      readonly unit: string;
      /** @enum {string} */
      readonly direction: 'higher-is-better' | 'lower-is-better' | 'parity' | 'neutral';
      /** @description For parity: 50 for a share, 1 for a ratio. */
      readonly parityValue?: number;
      readonly definition: string;
      readonly publisher: string;
      /** @description Shared by series measuring the same thing. */
      readonly concept: string;
      /** @description How this series differs from the others of its concept. */
      readonly conceptNote?: string;
      /** @description BPfA critical areas A–L. */
      readonly bpfa: readonly string[];
      readonly clusters: readonly number[];
      readonly sdgTargets: readonly string[];
      readonly dimensions: readonly string[];
      readonly synonyms: readonly string[];
      readonly categorical: boolean;
      /** @description What the database holds of it, per source edition. */
      readonly editions: readonly components['schemas']['IndicatorEdition'][];
    };
    readonly IndicatorEdition: {
      /** @example undp-hdr-composite */
      readonly dataset: string;
      /** @example HDR25 */
      readonly edition: string;
      readonly firstYear: number;
      readonly lastYear: number;
      /** @description Areas (countries and aggregates) with data. */
      readonly areas: number;
      readonly observations: number;
      /** @description False: the publisher’s terms forbid downloads. */
      readonly redistribution: boolean;
    };
    readonly IndicatorDetail: components['schemas']['Indicator'] & {
      /**
       * @description Each dimension key present in the data, with its values.
       * @example {
       *       "sex": [
       *         "F",
       *         "M"
       *       ]
       *     }
       */
      readonly dims: {
        readonly [key: string]: readonly string[];
      };
    };
    readonly ObservationPage: {
      readonly items: readonly components['schemas']['Observation'][];
      /** @description How many items match, over all pages. */
      readonly total: number;
      readonly limit: number;
      readonly offset: number;
    };
    readonly Observation: {
      /** @example hdr.gii */
      readonly indicator: string;
      /** @example KAZ */
      readonly area: string;
      /** @example Kazakhstan */
      readonly areaName: string;
      /** @description As the publisher writes it: 2022, or a span such as 2004/05. */
      readonly period: string;
      /** @description First calendar year of the period. */
      readonly year: number;
      /**
       * @description Breakdown; {} is the total.
       * @example {}
       */
      readonly dims: {
        readonly [key: string]: string;
      };
      readonly value: number | null;
      /** @description Text value of categorical series (value is then null). */
      readonly text: string | null;
      readonly status: string | null;
      readonly footnote: string | null;
      /** @example undp-hdr-composite */
      readonly dataset: string;
      /** @example HDR25 */
      readonly edition: string;
    };
    readonly Download: {
      readonly meta: {
        readonly title: string;
        readonly citation: string;
        readonly sources: readonly {
          readonly [key: string]: unknown;
        }[];
        readonly query: {
          readonly [key: string]: string;
        };
        readonly rows: number;
        readonly generatedAt: string;
      };
      readonly data: readonly {
        readonly [key: string]: unknown;
      }[];
    };
    readonly GiiWhatIf: {
      readonly area: string;
      readonly year: number;
      readonly edition: string;
      readonly baseGii: number;
      readonly newGii: number;
      /** @description newGii − baseGii; negative is less inequality. */
      readonly change: number;
      readonly baseRounded: number;
      readonly newRounded: number;
      readonly changeRounded: number;
      readonly inputs: {
        readonly base: components['schemas']['GiiInputs'];
        readonly scenario: components['schemas']['GiiInputs'];
      };
    };
    readonly IndexRowPage: {
      readonly items: readonly components['schemas']['IndexRow'][];
      /** @description How many items match, over all pages. */
      readonly total: number;
      readonly limit: number;
      readonly offset: number;
    };
    readonly IndexRow: {
      /** @example KAZ */
      readonly area: string;
      readonly areaName: string;
      readonly year: number;
      readonly period: string;
      /** @example HDR25 */
      readonly edition: string;
      /** @description True when every input is present and valid. */
      readonly computable: boolean;
      /** @description Computed from the stored components, full precision. */
      readonly value: number | null;
      /** @description value at 3 decimals (half away from zero), as UNDP publishes. */
      readonly rounded: number | null;
      /** @description UNDP’s published value, for comparison. */
      readonly published: number | null;
      /** @description Why it is not computable, e.g. "not computable: missing mmr". */
      readonly reason?: string;
      /** @description The inputs as published (GII: mmr, abr, prF, prM, seF, seM, lfprF, lfprM). */
      readonly components: {
        readonly [key: string]: number | null;
      };
    };
    readonly Overview: {
      readonly indicator: string;
      readonly name: string;
      readonly unit: string;
      /** @enum {string} */
      readonly direction: 'higher-is-better' | 'lower-is-better' | 'parity' | 'neutral';
      readonly dataset: string | null;
      readonly edition: string | null;
      /** @description The breakdown shown ({} = total). */
      readonly dims: {
        readonly [key: string]: string;
      };
      readonly regionSet: {
        readonly code: string;
        readonly version: string;
        readonly name: string;
      };
      /** @description Years with at least one member’s value. */
      readonly years: readonly number[];
      readonly year: number | null;
      readonly values: readonly {
        readonly iso3: string;
        readonly name: string;
        readonly value: number;
      }[];
      readonly trend: readonly {
        readonly year: number;
        readonly mean: number;
        readonly median: number;
        readonly n: number;
      }[];
      readonly movers: readonly {
        readonly iso3: string;
        readonly name: string;
        readonly from: {
          readonly year: number;
          readonly value: number;
        };
        readonly to: {
          readonly year: number;
          readonly value: number;
        };
        readonly change: number;
        /** @description Direction-aware: positive is progress. */
        readonly progress: number;
        /** @enum {string} */
        readonly kind: 'improved' | 'worsened';
      }[];
      readonly coverage: {
        readonly members: number;
        readonly withValue: number;
      };
    };
    readonly Availability: {
      readonly regionSet: {
        readonly code: string;
        readonly version: string;
        readonly name: string;
      };
      readonly indicators: readonly {
        readonly code: string;
        readonly name: string;
      }[];
      readonly rows: readonly {
        readonly iso3: string;
        readonly name: string;
        /** @description Indicator code → latest year, or null. */
        readonly latest: {
          readonly [key: string]: number | null;
        };
      }[];
    };
    readonly SourcePage: {
      readonly items: readonly components['schemas']['Source'][];
      /** @description How many items match, over all pages. */
      readonly total: number;
      readonly limit: number;
      readonly offset: number;
    };
    readonly Source: {
      /** @example undp-hdr-composite */
      readonly dataset: string;
      /** @example HDR25 */
      readonly edition: string;
      readonly publisher: string;
      readonly title: string;
      readonly licence: string;
      readonly licenceUrl: string | null;
      /** @description False: shown, but not offered for download. */
      readonly redistribution: boolean;
      readonly url: string | null;
      readonly citation: string;
      readonly observations: number;
      readonly files: readonly {
        readonly fileName: string;
        readonly sha256: string;
        readonly bytes: number;
        readonly retrievedAt: string;
      }[];
    };
    readonly ImportRunPage: {
      readonly items: readonly components['schemas']['ImportRun'][];
      /** @description How many items match, over all pages. */
      readonly total: number;
      readonly limit: number;
      readonly offset: number;
    };
    readonly ImportRun: {
      readonly id: number;
      readonly dataset: string;
      readonly edition: string;
      readonly importer: string;
      readonly fileName: string;
      readonly sha256: string;
      readonly startedAt: string;
      readonly finishedAt: string;
      readonly runBy: string;
      readonly status: string;
      readonly linesRead: number;
      readonly inserted: number;
      readonly updated: number;
      readonly unchanged: number;
      readonly rejected: number;
      readonly notes: readonly string[];
    };
    readonly RejectionPage: {
      readonly items: readonly components['schemas']['Rejection'][];
      /** @description How many items match, over all pages. */
      readonly total: number;
      readonly limit: number;
      readonly offset: number;
    };
    readonly Rejection: {
      readonly line: number;
      readonly column: number | null;
      readonly field: string | null;
      readonly message: string;
    };
    readonly ClaimsCheck: {
      readonly text: string;
      readonly country?: string;
      readonly claims: readonly components['schemas']['ClaimCheck'][];
    };
    readonly ClaimCheck: {
      readonly claim: components['schemas']['ParsedClaim'];
      /** @enum {string} */
      readonly verdict: 'supported' | 'partly-supported' | 'not-supported' | 'not-checkable';
      readonly summary: string;
      /** @enum {string} */
      readonly reason?:
        | 'indicator-not-in-data'
        | 'no-country'
        | 'no-data-for-country'
        | 'no-quantity'
        | 'ambiguous'
        | 'no-years';
      readonly findings: readonly components['schemas']['ClaimFinding'][];
      readonly closest?: components['schemas']['ClaimFinding'];
      readonly qualifiers: readonly string[];
      /** @description Each series named by the findings (context and `closest` included) once, in their order. */
      readonly series: readonly components['schemas']['ClaimSeriesPoints'][];
    };
    readonly ParsedClaim: {
      /** @description Where the claim is in the text: [start, end) in UTF-16 code units. */
      readonly span: {
        readonly start: number;
        readonly end: number;
      };
      readonly text: string;
      /** @enum {string} */
      readonly language: 'en' | 'ru';
      readonly assertion: components['schemas']['ClaimAssertion'];
      readonly subject?: {
        readonly phrase: string;
        readonly span: {
          readonly start: number;
          readonly end: number;
        };
      };
      readonly indicatorCodes: readonly string[];
      readonly country?: string;
      readonly years: {
        readonly from?: number;
        readonly to?: number;
      };
    };
    /** @description What the claim asserts, by `kind`. */
    readonly ClaimAssertion:
      | {
          /** @enum {string} */
          readonly kind: 'change';
          /** @enum {string} */
          readonly direction: 'decrease' | 'increase' | 'unspecified';
          readonly amount: number;
          /** @enum {string} */
          readonly unit: 'percent' | 'points' | 'times';
        }
      | {
          /** @enum {string} */
          readonly kind: 'level';
          readonly value: number;
          /** @enum {string} */
          readonly unit: 'percent' | 'number';
          /** @enum {string} */
          readonly comparator: 'about' | 'at-least' | 'more-than' | 'at-most' | 'less-than';
        }
      | {
          /** @enum {string} */
          readonly kind: 'rank';
          readonly rank: number;
          readonly outOf?: number;
        }
      | {
          /** @enum {string} */
          readonly kind: 'quota';
          readonly threshold: number;
          /** @enum {string} */
          readonly body?: 'parliament' | 'lower-chamber' | 'upper-chamber' | 'local-councils';
          /** @enum {string} */
          readonly appliesTo?: 'candidate-lists' | 'seats';
          readonly groups: readonly (
            'women' | 'youth' | 'women-with-disabilities' | 'persons-with-disabilities'
          )[];
        }
      | {
          /** @enum {string} */
          readonly kind: 'trend';
          /** @enum {string} */
          readonly direction: 'decrease' | 'increase';
        };
    /** @description One piece of evidence: the years and values used, the figure computed and how, and whether it bears the claim out. */
    readonly ClaimFinding:
      | {
          /** @enum {string} */
          readonly kind: 'series';
          readonly series: components['schemas']['ClaimSeries'];
          /** @enum {string} */
          readonly role: 'claimed' | 'other-window' | 'quota' | 'context';
          readonly years: readonly number[];
          readonly values: readonly number[];
          readonly computed: number;
          /** @example −54.6 % */
          readonly computedText: string;
          /** @example (0.168 − 0.370) / 0.370 = −54.6 % */
          readonly computation: string;
          readonly matches: boolean;
        }
      | {
          /** @enum {string} */
          readonly kind: 'quota';
          readonly quota: components['schemas']['ClaimQuota'];
          /** @enum {string} */
          readonly role: 'claimed' | 'other-window' | 'quota' | 'context';
          readonly years: readonly number[];
          readonly values: readonly number[];
          readonly computed: number;
          /** @example −54.6 % */
          readonly computedText: string;
          /** @example (0.168 − 0.370) / 0.370 = −54.6 % */
          readonly computation: string;
          readonly matches: boolean;
        };
    readonly ClaimSeries: {
      readonly indicator: string;
      readonly name: string;
      readonly concept: string;
      readonly unit: string;
      readonly orientation: {
        /** @enum {string} */
        readonly direction: 'higher-is-better' | 'lower-is-better' | 'parity' | 'neutral';
        readonly parityValue?: number;
      };
      readonly dataset: string;
      readonly edition: string;
      /** @example HDR25 */
      readonly source: string;
      /** @enum {string} */
      readonly kind: 'national' | 'international';
      readonly dims: {
        readonly [key: string]: string;
      };
      /** @example sex=F */
      readonly dimsLabel: string;
      readonly definitionNote: string;
    };
    readonly ClaimQuota: {
      readonly id: string;
      readonly country: string;
      /** @enum {string} */
      readonly body: 'parliament' | 'lower-chamber' | 'upper-chamber' | 'local-councils';
      /** @enum {string} */
      readonly kind: 'legislated-candidate-quota' | 'reserved-seats' | 'party-quota';
      /** @enum {string} */
      readonly appliesTo: 'candidate-lists' | 'seats';
      readonly threshold: number;
      readonly groups: readonly (
        'women' | 'youth' | 'women-with-disabilities' | 'persons-with-disabilities'
      )[];
      readonly adopted?: string;
      readonly source: string;
      /** @enum {string} */
      readonly sourceKind: 'legal-act' | 'dataset' | 'statement';
      readonly sourceUrl?: string;
      readonly note?: string;
    };
    /** @description A series the claim was weighed against, with all its points (not only those the findings used). */
    readonly ClaimSeriesPoints: {
      /** @example hdr.gii */
      readonly indicator: string;
      /** @example undp-hdr-composite */
      readonly dataset: string;
      /** @example HDR25 */
      readonly edition: string;
      /** @description The breakdown, exactly as the findings’ `series.dims` ({} = the total). */
      readonly dims: {
        readonly [key: string]: string;
      };
      /**
       * @description The source edition, as `series.source`.
       * @example HDR25
       */
      readonly label: string;
      /** @example index */
      readonly unit: string;
      /** @description Every value of the series, years ascending. */
      readonly points: readonly {
        readonly year: number;
        readonly value: number;
      }[];
    };
    /**
     * @example {
     *       "text": "These include a 60% reduction in the gender inequality index; introduction of a 30% quota in Parliament for women and youth, including women with disabilities; and increased female leadership in state governance.",
     *       "country": "KAZ"
     *     }
     */
    readonly ClaimCheckRequest: {
      /** @description The statement, English or Russian, 1–20000 characters. */
      readonly text: string;
      /** @description The speaker’s country (ISO3): the country of claims whose sentence names none. */
      readonly country?: string;
    };
    readonly TargetPage: {
      readonly items: readonly components['schemas']['Target'][];
      /** @description How many items match, over all pages. */
      readonly total: number;
      readonly limit: number;
      readonly offset: number;
    };
    readonly Target: {
      /** @example sdg-3.1-maternal-mortality */
      readonly id: string;
      /** @example maternal-mortality-ratio */
      readonly concept: string;
      /** @description Parity targets only: the indicator it belongs to. Others hold for every series of the concept. */
      readonly indicator?: string;
      /** @description global, an ISO3 code (national target) or region:<region set code>. */
      readonly scope: string;
      /** @enum {string} */
      readonly kind: 'sdg-target' | 'national-target' | 'parity';
      /**
       * @description In the unit of the concept’s series.
       * @example 70
       */
      readonly value: number;
      /**
       * @description The year the target is for.
       * @example 2030
       */
      readonly year?: number;
      /** @example SDG target 70 by 2030 */
      readonly label: string;
      readonly source: string;
      readonly sourceUrl?: string;
      /** @description The target’s wording, quoted, and how it was read. */
      readonly note?: string;
    };
    readonly QuotaPage: {
      readonly items: readonly components['schemas']['Quota'][];
      /** @description How many items match, over all pages. */
      readonly total: number;
      readonly limit: number;
      readonly offset: number;
    };
    readonly Quota: {
      /** @example kaz-mazhilis-party-lists */
      readonly id: string;
      /** @example KAZ */
      readonly country: string;
      /** @enum {string} */
      readonly body: 'parliament' | 'lower-chamber' | 'upper-chamber' | 'local-councils';
      /** @enum {string} */
      readonly kind: 'legislated-candidate-quota' | 'reserved-seats' | 'party-quota';
      /** @enum {string} */
      readonly appliesTo: 'candidate-lists' | 'seats';
      /**
       * @description Per cent, 0–100.
       * @example 30
       */
      readonly threshold: number;
      /** @description Who the threshold is for, together (women and youth counted jointly). */
      readonly groups: readonly (
        'women' | 'youth' | 'women-with-disabilities' | 'persons-with-disabilities'
      )[];
      /** @description YYYY or YYYY-MM-DD; absent when not established. */
      readonly adopted?: string;
      readonly source: string;
      /**
       * @description statement: the only source is what was said, so a check against it is not independent.
       * @enum {string}
       */
      readonly sourceKind: 'legal-act' | 'dataset' | 'statement';
      readonly sourceUrl?: string;
      readonly note?: string;
    };
    readonly QuotaCompliancePage: {
      readonly items: readonly components['schemas']['QuotaCompliance'][];
      /** @description How many items match, over all pages. */
      readonly total: number;
      readonly limit: number;
      readonly offset: number;
    };
    readonly QuotaCompliance: {
      readonly quota: components['schemas']['Quota'];
      /** @enum {string} */
      readonly concept: 'women-parliament-seats' | 'women-local-government-seats';
      /** @enum {string} */
      readonly status: 'meets' | 'below' | 'not-comparable';
      /** @description `reasons` in English. */
      readonly reason: string;
      /** @description The reasons as codes; `reason` words them. */
      readonly reasons: readonly components['schemas']['QuotaReason'][];
      /** @description The status and every source’s latest seat share with its gap. */
      readonly summary: string;
      /** @description The latest value of every source and edition, latest first. */
      readonly evidence: readonly components['schemas']['SeatShareEvidence'][];
    };
    /** @description Why a status: a code (joint-groups, candidate-lists, chamber-differs, seat-share, latest-comparable, no-matching-series, no-data) and its parameters; `reason` says the same in English. */
    readonly QuotaReason:
      | {
          /** @enum {string} */
          readonly code: 'joint-groups';
          readonly params: {
            readonly groups: readonly (
              'women' | 'youth' | 'women-with-disabilities' | 'persons-with-disabilities'
            )[];
          };
        }
      | {
          /** @enum {string} */
          readonly code: 'candidate-lists';
          readonly params: Record<string, never>;
        }
      | {
          /** @enum {string} */
          readonly code: 'chamber-differs';
          readonly params: {
            /** @enum {string} */
            readonly definition:
              'single-or-lower-chamber' | 'both-chambers' | 'upper-chamber' | 'local-councils';
            /** @enum {string} */
            readonly body: 'parliament' | 'lower-chamber' | 'upper-chamber' | 'local-councils';
          };
        }
      | {
          /** @enum {string} */
          readonly code: 'seat-share';
          readonly params: {
            /** @description Per cent of seats held by women. */
            readonly value: number;
            /** @description value − threshold, in percentage points. */
            readonly gap: number;
            readonly threshold: number;
          };
        }
      | {
          /** @enum {string} */
          readonly code: 'latest-comparable';
          readonly params: {
            /** @description Per cent of seats held by women. */
            readonly value: number;
            /** @description value − threshold, in percentage points. */
            readonly gap: number;
            readonly threshold: number;
            readonly indicator: string;
            readonly dataset: string;
            readonly edition: string;
            readonly year: number;
          };
        }
      | {
          /** @enum {string} */
          readonly code: 'no-matching-series';
          readonly params: {
            /** @enum {string} */
            readonly body: 'parliament' | 'lower-chamber' | 'upper-chamber' | 'local-councils';
          };
        }
      | {
          /** @enum {string} */
          readonly code: 'no-data';
          readonly params: {
            readonly country: string;
          };
        };
    readonly SeatShareEvidence: {
      /** @example hdr.pr */
      readonly indicator: string;
      /** @example undp-hdr-composite */
      readonly dataset: string;
      /** @example HDR25 */
      readonly edition: string;
      readonly year: number;
      readonly period: string;
      /**
       * @description Per cent of seats held by women.
       * @example 19.6
       */
      readonly value: number;
      readonly dims: {
        readonly [key: string]: string;
      };
      /** @enum {string} */
      readonly definition: 'single-or-lower-chamber' | 'both-chambers' | 'upper-chamber' | 'local-councils';
      /** @example both chambers combined */
      readonly definitionText: string;
      /** @description How this series’ definition differs from the others. */
      readonly definitionNote: string;
      /** @description Seat share minus the threshold, in percentage points. */
      readonly gap: number;
      /** @enum {string} */
      readonly status: 'meets' | 'below' | 'not-comparable';
      /** @description `reasons` in English, the quota’s own included. */
      readonly reason: string;
      /** @description The reasons as codes; `reason` words them. */
      readonly reasons: readonly components['schemas']['QuotaReason'][];
    };
    readonly ProgressMethods: {
      readonly methods: readonly {
        /** @example growth-ratio */
        readonly id: string;
        readonly name: string;
        readonly publisher: string;
        /** @description Section of METHODS.md. */
        readonly reference: string;
        readonly explanation: string;
        readonly parameters: readonly {
          readonly name: string;
          readonly default: number | string | boolean;
          /**
           * @description unconfirmed: the publisher’s value could not be read; Parity’s default is shown.
           * @enum {string}
           */
          readonly status: 'confirmed' | 'unconfirmed';
          readonly note: string;
        }[];
      }[];
      /** @description Each method’s categories on the common scale used for agreement (on-track, progressing, off-track); a category without one (SDSN unavailable) gives no verdict. */
      readonly verdicts: {
        readonly growthRatio: {
          readonly [key: string]: 'on-track' | 'progressing' | 'off-track';
        };
        readonly sdsn: {
          readonly [key: string]: 'on-track' | 'progressing' | 'off-track';
        };
        readonly escapApi: {
          readonly [key: string]: 'on-track' | 'progressing' | 'off-track';
        };
      };
    };
    readonly CountryProgress: {
      readonly area: {
        readonly code: string;
        readonly name: string;
      };
      readonly baseYear: number;
      readonly targetYear: number;
      readonly rows: readonly {
        readonly indicator: components['schemas']['ProgressIndicator'];
        readonly series: components['schemas']['ProgressSeries'];
        readonly points: readonly components['schemas']['YearValue'][];
        readonly target: components['schemas']['ProgressTarget'];
        readonly sdsn: {
          readonly code: string;
          readonly edition: string;
        } | null;
        readonly assessment: components['schemas']['ProgressAssessment'];
        /** @description Two or more methods give a verdict and they differ. */
        readonly disagree: boolean;
      }[];
    };
    readonly ProgressIndicator: {
      /** @example hdr.pr */
      readonly code: string;
      /** @example women-parliament-seats */
      readonly concept: string;
      readonly name: string;
      readonly unit: string;
      /** @enum {string} */
      readonly direction: 'higher-is-better' | 'lower-is-better' | 'parity' | 'neutral';
      readonly parityValue?: number;
    };
    readonly ProgressSeries: {
      readonly dataset: string;
      readonly edition: string;
      /** @example HDR25 */
      readonly source: string;
      /** @enum {string} */
      readonly kind: 'national' | 'international';
      readonly dims: {
        readonly [key: string]: string;
      };
      /** @enum {string} */
      readonly breakdown: 'preferred' | 'total' | 'female' | 'extra' | 'female-to-male-ratio';
    };
    readonly YearValue: {
      readonly year: number;
      readonly value: number;
    };
    readonly ProgressTarget: {
      /** @example sdg-5.5-parliament-seats */
      readonly id: string;
      readonly value: number;
      readonly year: number;
      /** @enum {string} */
      readonly kind: 'sdg-target' | 'national-target' | 'parity';
      readonly label: string;
      readonly source: string;
      /** @description The target names no year: the request’s targetYear was used. */
      readonly yearAssumed: boolean;
    } | null;
    /** @description Every method side by side, each with its result or why it has none. */
    readonly ProgressAssessment: {
      readonly trend: {
        readonly change:
          | {
              /** @enum {boolean} */
              readonly ok: true;
              readonly value: components['schemas']['Change'];
            }
          | components['schemas']['NotEnoughData']
          | components['schemas']['NotApplicable'];
        readonly cagr:
          | {
              /** @enum {boolean} */
              readonly ok: true;
              readonly value: number;
            }
          | components['schemas']['NotEnoughData']
          | components['schemas']['NotApplicable'];
        readonly linear:
          | {
              /** @enum {boolean} */
              readonly ok: true;
              readonly value: components['schemas']['LinearFit'];
            }
          | components['schemas']['NotEnoughData']
          | components['schemas']['NotApplicable'];
        readonly projection:
          | {
              /** @enum {boolean} */
              readonly ok: true;
              readonly value: components['schemas']['Projection'];
            }
          | components['schemas']['NotEnoughData']
          | components['schemas']['NotApplicable'];
        readonly timeToTarget:
          | {
              /** @enum {boolean} */
              readonly ok: true;
              readonly value: components['schemas']['TimeToTarget'] & {
                /** @enum {string} */
                readonly towards: 'target' | 'parity';
                readonly value: number;
              };
            }
          | components['schemas']['NotEnoughData']
          | components['schemas']['NotApplicable'];
      };
      readonly growthRatio:
        | {
            /** @enum {boolean} */
            readonly ok: true;
            readonly value: components['schemas']['GrowthRatioAssessment'];
          }
        | components['schemas']['NotEnoughData']
        | components['schemas']['NotApplicable'];
      readonly sdsn:
        | {
            /** @enum {boolean} */
            readonly ok: true;
            readonly value: components['schemas']['SdsnAssessment'];
          }
        | components['schemas']['NotEnoughData']
        | components['schemas']['NotApplicable'];
      readonly escapCsi:
        | {
            /** @enum {boolean} */
            readonly ok: true;
            readonly value: components['schemas']['EscapCurrentStatus'];
          }
        | components['schemas']['NotEnoughData']
        | components['schemas']['NotApplicable'];
      readonly escapApi:
        | {
            /** @enum {boolean} */
            readonly ok: true;
            readonly value: components['schemas']['EscapAnticipatedProgress'];
          }
        | components['schemas']['NotEnoughData']
        | components['schemas']['NotApplicable'];
      readonly agreement: components['schemas']['VerdictAgreement'];
    };
    readonly Change: {
      readonly from: components['schemas']['YearValue'];
      readonly to: components['schemas']['YearValue'];
      /** @description to − from, in the unit (points for a percentage). */
      readonly absolute: number;
      /** @description (to − from)/from, a fraction: −0.546 is a 54.6 % fall. */
      readonly relative?: number;
      /** @description Compound annual growth rate, a fraction. */
      readonly cagr?: number;
    };
    /** @description Too little data for this measure, and what is missing. */
    readonly NotEnoughData: {
      /** @enum {boolean} */
      readonly ok: false;
      /** @enum {string} */
      readonly reason: 'not-enough-data';
      /** @enum {string} */
      readonly gap: 'fewer-than-two-points' | 'missing-year' | 'zero-base' | 'sign-change' | 'empty-window';
      /** @example no value for 1995 */
      readonly detail: string;
      readonly missingYears?: readonly number[];
    };
    /** @description The method does not fit the indicator or question (no target, neutral, …). */
    readonly NotApplicable: {
      /** @enum {boolean} */
      readonly ok: false;
      /** @enum {string} */
      readonly reason: 'not-applicable';
      readonly detail: string;
    };
    readonly LinearFit: {
      /** @description Change per year. */
      readonly slope: number;
      /** @description Value of the line at year 0: value = intercept + slope·year. */
      readonly intercept: number;
      /**
       * @description recency: weight = year − first year + 1 (UNCONFIRMED).
       * @enum {string}
       */
      readonly weighting: 'none' | 'recency';
      readonly n: number;
      readonly fromYear: number;
      readonly toYear: number;
    };
    readonly Projection: {
      readonly year: number;
      readonly value: number;
    };
    readonly TimeToTarget:
      | {
          /** @enum {string} */
          readonly status: 'reached';
          readonly latest: components['schemas']['YearValue'];
        }
      | {
          /** @enum {string} */
          readonly status: 'on-course';
          readonly latest: components['schemas']['YearValue'];
          readonly years: number;
          readonly year: number;
          readonly pacePerYear: number;
        }
      | {
          /** @enum {string} */
          readonly status: 'not-at-this-pace';
          readonly latest: components['schemas']['YearValue'];
          readonly pacePerYear: number;
        };
    readonly GrowthRatioAssessment: {
      /** @enum {string} */
      readonly method: 'growth-ratio';
      /** @enum {string} */
      readonly mode: 'target' | 'no-target';
      /** @enum {string} */
      readonly category:
        'target-achieved' | 'on-track' | 'acceleration-needed' | 'limited-progress' | 'deterioration';
      readonly observedCagr: number;
      readonly requiredCagr?: number;
      readonly ratio?: number;
      readonly score?: number;
      readonly thresholds: {
        readonly onTrack: number;
        readonly acceleration: number;
        readonly limited: number;
      };
      readonly c: number;
      readonly inputs: {
        readonly requestedBaseYear: number;
        readonly base: components['schemas']['YearValue'];
        readonly current: components['schemas']['YearValue'];
        readonly target?: {
          readonly value: number;
          readonly year: number;
        };
        /** @enum {string} */
        readonly direction: 'increase' | 'decrease';
        readonly d: 1 | -1;
        readonly s: 1 | -1;
        readonly limit?: number;
      };
    };
    readonly SdsnAssessment: {
      /** @enum {string} */
      readonly method: 'sdsn';
      readonly latest: components['schemas']['YearValue'];
      /** @description 0–100. */
      readonly score: number;
      /** @enum {string} */
      readonly colour: 'green' | 'yellow' | 'orange' | 'red';
      readonly trend: {
        /** @enum {string} */
        readonly trend: 'on-track' | 'moderately-improving' | 'stagnating' | 'decreasing' | 'unavailable';
        /** @example ➚ */
        readonly symbol: string;
        readonly basis: string;
        readonly observedPace?: number;
        readonly requiredPace?: number;
        readonly paceRatio?: number;
      };
      readonly bounds: {
        readonly optimum: number;
        readonly green: number;
        readonly red: number;
        readonly lowerBound: number;
      };
    };
    readonly EscapCurrentStatus: {
      /** @enum {string} */
      readonly method: 'escap-csi';
      /** @description Up to 10 (target reached); negative when further than in the base year. */
      readonly value: number;
      /** @enum {string} */
      readonly kind: 'increasing' | 'decreasing' | 'parity';
      readonly d?: number;
      readonly base: components['schemas']['YearValue'];
      readonly current: components['schemas']['YearValue'];
      readonly targetValue: number;
      readonly targetMet: boolean;
      readonly timeElapsedShare: number;
    };
    readonly EscapAnticipatedProgress: {
      /** @enum {string} */
      readonly method: 'escap-api';
      /** @enum {string} */
      readonly category: 'maintain' | 'accelerate' | 'reverse';
      readonly gap?: number;
      readonly projection: components['schemas']['Projection'] & {
        readonly fit: components['schemas']['LinearFit'];
      };
      /** @enum {string} */
      readonly kind: 'increasing' | 'decreasing' | 'parity';
      readonly base: components['schemas']['YearValue'];
      readonly latest: components['schemas']['YearValue'];
      readonly targetValue: number;
      readonly tolerance: number;
    };
    readonly VerdictAgreement: {
      readonly verdicts: readonly {
        /** @enum {string} */
        readonly method: 'growth-ratio' | 'sdsn' | 'escap-api';
        readonly category: string;
        /** @enum {string} */
        readonly verdict: 'on-track' | 'progressing' | 'off-track';
      }[];
      /** @description Absent when fewer than two methods give a verdict. */
      readonly agree?: boolean;
      /** @enum {string} */
      readonly consensus?: 'on-track' | 'progressing' | 'off-track';
    };
    readonly RegionProgress: {
      readonly regionSet: {
        readonly code: string;
        readonly version: string;
        readonly name: string;
        readonly members: number;
      };
      readonly baseYear: number;
      readonly targetYear: number;
      readonly rule: {
        readonly minShare: number;
        readonly minCount: number;
      };
      readonly rows: readonly {
        readonly indicator: components['schemas']['ProgressIndicator'];
        readonly series: {
          readonly dataset: string;
          readonly edition: string;
          readonly source: string;
          readonly dims: {
            readonly [key: string]: string;
          };
        };
        readonly weights: {
          /** @enum {string} */
          readonly indicator: 'hdr.pop_total';
          readonly edition: string;
        } | null;
        readonly sourceNote: string;
        readonly aggregates: readonly components['schemas']['AggregateYear'][];
        readonly target: components['schemas']['ProgressTarget'];
        readonly sdsn: {
          readonly code: string;
          readonly edition: string;
        } | null;
        readonly assessment: components['schemas']['ProgressAssessment'];
        /** @description Two or more methods give a verdict and they differ. */
        readonly disagree: boolean;
        readonly members: {
          readonly withData: number;
          /** @description Members per category, most first: the tally of `countries`. */
          readonly growthRatio: {
            readonly [key: string]: number;
          };
          /** @description Members per category, most first: the tally of `countries`. */
          readonly sdsn: {
            readonly [key: string]: number;
          };
          /** @description Members per category, most first: the tally of `countries`. */
          readonly escapApi: {
            readonly [key: string]: number;
          };
          /** @description Members per category, most first: the tally of `countries`. */
          readonly agreement: {
            readonly [key: string]: number;
          };
          /** @description Every member of the set, in the set’s order: what the counts count. */
          readonly countries: readonly components['schemas']['RegionMemberResult'][];
        };
      }[];
    };
    readonly AggregateYear:
      | {
          readonly year: number;
          /** @enum {boolean} */
          readonly ok: true;
          readonly mean: number;
          readonly median: number;
          readonly weightedMean: number | null;
          readonly weightedN: number;
          readonly n: number;
          readonly members: number;
          /** @description n / members. */
          readonly coverage: number;
        }
      | {
          readonly year: number;
          /** @enum {boolean} */
          readonly ok: false;
          /** @enum {string} */
          readonly reason: 'insufficient-coverage';
          readonly detail: string;
          readonly n: number;
          readonly members: number;
          /** @description n / members. */
          readonly coverage: number;
        };
    /** @description A member country’s category per method (no-data: no value; insufficient-data: too few; not-applicable: the method does not fit), assessed on its own series against its own most specific target. */
    readonly RegionMemberResult: {
      /** @example KAZ */
      readonly iso3: string;
      /**
       * @description In the requested language.
       * @example Kazakhstan
       */
      readonly name: string;
      /** @description The member’s latest value; null when it has none. */
      readonly latest: components['schemas']['YearValue'] | null;
      /** @enum {string} */
      readonly growthRatio:
        | 'target-achieved'
        | 'on-track'
        | 'acceleration-needed'
        | 'limited-progress'
        | 'deterioration'
        | 'no-data'
        | 'insufficient-data'
        | 'not-applicable';
      /** @enum {string} */
      readonly sdsn:
        | 'on-track'
        | 'moderately-improving'
        | 'stagnating'
        | 'decreasing'
        | 'unavailable'
        | 'no-data'
        | 'insufficient-data'
        | 'not-applicable';
      /** @enum {string} */
      readonly escapApi:
        'maintain' | 'accelerate' | 'reverse' | 'no-data' | 'insufficient-data' | 'not-applicable';
      /**
       * @description one-verdict: fewer than two methods gave a verdict.
       * @enum {string}
       */
      readonly agreement: 'agree' | 'disagree' | 'one-verdict' | 'no-data';
    };
    readonly RegionalAggregates: {
      readonly regionSet: {
        readonly code: string;
        readonly version: string;
        readonly name: string;
        readonly members: number;
      };
      readonly indicator: {
        readonly code: string;
        readonly concept: string;
        readonly name: string;
        readonly unit: string;
        /** @enum {string} */
        readonly direction: 'higher-is-better' | 'lower-is-better' | 'parity' | 'neutral';
      };
      readonly series: {
        readonly dataset: string;
        readonly edition: string;
        readonly source: string;
        readonly dims: {
          readonly [key: string]: string;
        };
      };
      readonly weights: {
        /** @enum {string} */
        readonly indicator: 'hdr.pop_total';
        readonly edition: string;
      } | null;
      readonly rule: {
        readonly minShare: number;
        readonly minCount: number;
      };
      readonly years: readonly components['schemas']['AggregateYear'][];
    };
    readonly Trend: {
      readonly area: {
        readonly code: string;
        readonly name: string;
      };
      readonly indicator: components['schemas']['ProgressIndicator'];
      readonly window: {
        readonly from: number | null;
        readonly to: number | null;
      };
      readonly projectionYear: number;
      readonly target: {
        readonly value: number;
        /** @enum {string} */
        readonly kind: 'requested' | 'sdg-target' | 'national-target' | 'parity';
        readonly label: string;
      } | null;
      readonly series: readonly {
        readonly series: components['schemas']['ProgressSeries'];
        readonly points: readonly components['schemas']['YearValue'][];
        readonly change:
          | {
              /** @enum {boolean} */
              readonly ok: true;
              readonly change: components['schemas']['Change'];
            }
          | components['schemas']['NotEnoughData'];
        readonly cagr:
          | {
              /** @enum {boolean} */
              readonly ok: true;
              readonly cagr: number;
            }
          | components['schemas']['NotEnoughData'];
        readonly extremes:
          | {
              /** @enum {boolean} */
              readonly ok: true;
              readonly improvement?: components['schemas']['Change'] & {
                /** @description Direction-aware: positive is progress. */
                readonly progress: number;
              };
              readonly deterioration?: components['schemas']['Change'] & {
                /** @description Direction-aware: positive is progress. */
                readonly progress: number;
              };
              readonly windows: number;
            }
          | components['schemas']['NotEnoughData'];
        readonly fits: {
          readonly none:
            | {
                /** @enum {boolean} */
                readonly ok: true;
                readonly fit: components['schemas']['LinearFit'];
              }
            | components['schemas']['NotEnoughData'];
          readonly recency:
            | {
                /** @enum {boolean} */
                readonly ok: true;
                readonly fit: components['schemas']['LinearFit'];
              }
            | components['schemas']['NotEnoughData'];
        };
        readonly projections: {
          readonly none:
            | {
                /** @enum {boolean} */
                readonly ok: true;
                readonly projection: components['schemas']['Projection'];
              }
            | components['schemas']['NotEnoughData'];
          readonly recency:
            | {
                /** @enum {boolean} */
                readonly ok: true;
                readonly projection: components['schemas']['Projection'];
              }
            | components['schemas']['NotEnoughData'];
        };
        readonly timeToTarget:
          | {
              readonly linear:
                | {
                    /** @enum {boolean} */
                    readonly ok: true;
                    readonly time: components['schemas']['TimeToTarget'];
                  }
                | components['schemas']['NotEnoughData'];
              readonly compound:
                | {
                    /** @enum {boolean} */
                    readonly ok: true;
                    readonly time: components['schemas']['TimeToTarget'];
                  }
                | components['schemas']['NotEnoughData'];
            }
          | components['schemas']['NotApplicable'];
      }[];
    };
    readonly SignedIn: {
      readonly user: components['schemas']['User'];
      readonly memberships: readonly components['schemas']['Membership'][];
      /** @description Send it in the X-CSRF-Token header of every POST, PUT, PATCH and DELETE. */
      readonly csrfToken: string;
      /** @description When the session ends at the latest (7 days); 12 idle hours end it sooner. */
      readonly expiresAt: string;
    };
    readonly User: {
      /** @example 1 */
      readonly id: string;
      /** @example focal.point@example.org */
      readonly email: string;
      readonly displayName: string;
      readonly createdAt: string;
      readonly disabled: boolean;
      /** @description Set when an administrator chose the password: until changed, the session may only change it or sign out. */
      readonly mustChangePassword: boolean;
      /** @description End of the latest lock after 10 failed sign-ins (locked while in the future). */
      readonly lockedUntil: string | null;
      readonly memberships: readonly components['schemas']['Membership'][];
    };
    /**
     * @example {
     *       "role": "focal-point",
     *       "scope": {
     *         "kind": "country",
     *         "iso3": "KAZ"
     *       }
     *     }
     */
    readonly Membership: {
      readonly role: components['schemas']['Role'];
      readonly scope: components['schemas']['Scope'];
    };
    /** @enum {string} */
    readonly Role: 'administrator' | 'regional-reviewer' | 'focal-point' | 'contributor';
    /** @description administrator → instance; regional-reviewer → a region set; focal-point and contributor → a country. */
    readonly Scope:
      | {
          /** @enum {string} */
          readonly kind: 'instance';
        }
      | {
          /** @enum {string} */
          readonly kind: 'region-set';
          /** @example unece */
          readonly code: string;
        }
      | {
          /** @enum {string} */
          readonly kind: 'country';
          /** @example KAZ */
          readonly iso3: string;
        };
    /**
     * @example {
     *       "email": "you@example.org",
     *       "password": "correct horse battery staple"
     *     }
     */
    readonly Login: {
      readonly email: string;
      /**
       * Format: password
       * @description The password.
       */
      readonly password: string;
    };
    readonly SignedOut: {
      readonly signedOut: boolean;
    };
    readonly Me:
      | {
          /** @enum {string} */
          readonly kind: 'public';
        }
      | {
          /** @enum {string} */
          readonly kind: 'user';
          readonly user: components['schemas']['User'];
          readonly memberships: readonly components['schemas']['Membership'][];
          readonly csrfToken: string;
          readonly expiresAt: string;
        };
    readonly PasswordChanged: {
      readonly sessionsEnded: number;
    };
    readonly PasswordChange: {
      /**
       * Format: password
       * @description Your current password.
       */
      readonly currentPassword: string;
      /**
       * Format: password
       * @description At least 12 characters, not your email.
       */
      readonly newPassword: string;
    };
    readonly UserPage: {
      readonly items: readonly components['schemas']['User'][];
      /** @description How many items match, over all pages. */
      readonly total: number;
      readonly limit: number;
      readonly offset: number;
    };
    /**
     * @example {
     *       "email": "focal.point@example.org",
     *       "displayName": "Focal point, Kazakhstan",
     *       "password": "a temporary password",
     *       "memberships": [
     *         {
     *           "role": "focal-point",
     *           "scope": {
     *             "kind": "country",
     *             "iso3": "KAZ"
     *           }
     *         }
     *       ]
     *     }
     */
    readonly NewUser: {
      readonly email: string;
      readonly displayName: string;
      /**
       * Format: password
       * @description At least 12 characters, not the email. The user must change it at the first sign-in unless `mustChangePassword` is false.
       */
      readonly password: string;
      readonly memberships?: readonly components['schemas']['Membership'][];
      /** @description Default true. */
      readonly mustChangePassword?: boolean;
    };
    /**
     * @example {
     *       "grant": [
     *         {
     *           "role": "contributor",
     *           "scope": {
     *             "kind": "country",
     *             "iso3": "UZB"
     *           }
     *         }
     *       ]
     *     }
     */
    readonly UserPatch: {
      readonly displayName?: string;
      /** @description Disabling ends the user’s sessions. The last enabled administrator cannot be disabled. */
      readonly disabled?: boolean;
      /**
       * Format: password
       * @description A new password set by the administrator: ends the user’s sessions, clears a lock; the user must change it at the next sign-in.
       */
      readonly password?: string;
      readonly grant?: readonly components['schemas']['Membership'][];
      readonly revoke?: readonly components['schemas']['Membership'][];
    };
    readonly AuditPage: {
      readonly items: readonly components['schemas']['AuditEntry'][];
      /** @description How many items match, over all pages. */
      readonly total: number;
      readonly limit: number;
      readonly offset: number;
    };
    readonly AuditEntry: {
      readonly id: number;
      readonly at: string;
      /** @description Who wrote; null for the system (the CLI) or an anonymous request. */
      readonly actor: {
        readonly id: string;
        readonly email: string | null;
      } | null;
      /** @example membership.grant */
      readonly action: string;
      /** @example user */
      readonly entityKind: string;
      /** @example 2 */
      readonly entityId: string;
      readonly detail: {
        readonly [key: string]: unknown;
      };
    };
    readonly ReviewCycles: {
      readonly items: readonly components['schemas']['ReviewCycle'][];
      /** @description How many items match, over all pages. */
      readonly total: number;
      readonly limit: number;
      readonly offset: number;
    };
    readonly ReviewCycle: {
      /** @example beijing30-unece */
      readonly code: string;
      readonly title: string;
      readonly regionSet: {
        readonly code: string;
        readonly name: string;
        readonly members: number;
      };
      /** @example beijing30-v1 */
      readonly templateId: string;
      /** @example 2024-01-15 */
      readonly opensOn: string;
      readonly submissionDeadline: string;
      readonly meeting: {
        readonly from: string;
        readonly to: string;
      } | null;
      readonly createdAt: string;
    };
    /**
     * @example {
     *       "code": "beijing30-unece",
     *       "title": "Beijing+30 regional review, UNECE",
     *       "regionSet": "unece",
     *       "templateId": "beijing30-v1",
     *       "opensOn": "2024-01-15",
     *       "submissionDeadline": "2024-06-30",
     *       "meetingFrom": "2024-10-21",
     *       "meetingTo": "2024-10-22"
     *     }
     */
    readonly NewReviewCycle: {
      readonly code: string;
      readonly title: string;
      readonly regionSet: string;
      /** @default beijing30-v1 */
      readonly templateId: string;
      readonly opensOn: string;
      readonly submissionDeadline: string;
      readonly meetingFrom?: string;
      readonly meetingTo?: string;
    };
    readonly ReportSummaries: {
      readonly items: readonly components['schemas']['ReportSummary'][];
      /** @description How many items match, over all pages. */
      readonly total: number;
      readonly limit: number;
      readonly offset: number;
    };
    readonly ReportSummary: {
      readonly id: number;
      readonly cycle: string;
      readonly country: string;
      readonly countryName: string;
      readonly state: components['schemas']['ReportState'];
      readonly currentVersion: number;
      readonly updatedAt: string;
    };
    /** @enum {string} */
    readonly ReportState:
      'draft' | 'submitted' | 'under-review' | 'changes-requested' | 'resubmitted' | 'accepted' | 'published';
    readonly Report: {
      readonly id: number;
      readonly cycle: string;
      readonly country: string;
      readonly countryName: string;
      readonly state: components['schemas']['ReportState'];
      readonly currentVersion: number;
      readonly version: components['schemas']['ReportVersionMeta'];
      readonly template: {
        readonly id: string;
        readonly title: string;
        /** @enum {string} */
        readonly status: 'confirmed' | 'unconfirmed';
        readonly note: string;
      };
      readonly sections: readonly {
        readonly id: string;
        readonly part: number;
        readonly title: string;
        readonly guidance: string;
        /** @description Sanitised HTML, evidence filled in. */
        readonly html: string;
        /** @description The source, for the country’s writers only. */
        readonly markdown?: string;
        readonly empty: boolean;
        readonly blocks: readonly string[];
      }[];
      readonly evidence: {
        /** @enum {string} */
        readonly mode: 'live' | 'pinned';
        readonly pinnedAt?: string;
        readonly dataVersion?: string;
        readonly values: readonly components['schemas']['ResolvedEvidence'][];
      };
      readonly listedEvidence: readonly {
        readonly sectionId: string;
        readonly spec: components['schemas']['EvidenceSpec'];
      }[];
      readonly measures: readonly {
        readonly title: string;
        /** @enum {string} */
        readonly kind: 'law' | 'policy' | 'quota' | 'programme' | 'institution';
        /** @description When it was adopted or started: YYYY, YYYY-MM or YYYY-MM-DD */
        readonly date: string;
        /** @default [] */
        readonly criticalAreas: readonly (
          'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K' | 'L'
        )[];
        /** @default [] */
        readonly clusters: readonly number[];
        readonly beneficiaries?: string;
        readonly source: string;
        readonly url?: string;
        readonly description?: string;
      }[];
      readonly attachments: readonly {
        readonly name: string;
        readonly type: string;
        readonly size: number;
        /** @default  */
        readonly description: string;
        readonly url?: string;
      }[];
      readonly canEdit: boolean;
      readonly events: readonly components['schemas']['ReportEvent'][];
    };
    readonly ReportVersionMeta: {
      readonly version: number;
      readonly submitted: boolean;
      readonly stateAtSave: components['schemas']['ReportState'];
      readonly savedAt: string;
      readonly savedBy: string | null;
    };
    /** @description An evidence block resolved: `key` is its canonical name, as in `data-evidence` of the HTML. */
    readonly ResolvedEvidence:
      | {
          readonly key: string;
          /** @enum {string} */
          readonly status: 'resolved';
          readonly area: string;
          readonly indicator: string;
          readonly unit: string;
          readonly source: {
            readonly dataset: string;
            readonly edition: string;
            readonly label: string;
          };
          readonly breakdown: string;
          /** @enum {string} */
          readonly kind: 'value';
          readonly year: number;
          readonly value: number;
        }
      | {
          readonly key: string;
          /** @enum {string} */
          readonly status: 'resolved';
          readonly area: string;
          readonly indicator: string;
          readonly unit: string;
          readonly source: {
            readonly dataset: string;
            readonly edition: string;
            readonly label: string;
          };
          readonly breakdown: string;
          /** @enum {string} */
          readonly kind: 'indicator-chart';
          readonly points: readonly {
            readonly year: number;
            readonly value: number;
          }[];
        }
      | {
          readonly key: string;
          /** @enum {string} */
          readonly status: 'resolved';
          /** @enum {string} */
          readonly kind: 'index';
          readonly area: string;
          /** @enum {string} */
          readonly index: 'gii' | 'gdi' | 'hdi';
          readonly year: number;
          readonly value: number;
          readonly published: number | null;
          readonly source: {
            readonly dataset: string;
            readonly edition: string;
            readonly label: string;
          };
        }
      | {
          readonly key: string;
          /** @enum {string} */
          readonly status: 'unresolved';
          /** @enum {string} */
          readonly kind: 'indicator-chart' | 'value' | 'index';
          readonly message: string;
        };
    /** @description An evidence block: `source` (a source edition) or `edition` (an HDR edition) absent means the newest; `year` absent, the latest. */
    readonly EvidenceSpec:
      | {
          /** @enum {string} */
          readonly kind: 'indicator-chart';
          readonly area: string;
          readonly indicator: string;
          readonly source?: string;
        }
      | {
          /** @enum {string} */
          readonly kind: 'value';
          readonly area: string;
          readonly indicator: string;
          readonly year?: number;
          readonly source?: string;
        }
      | {
          /** @enum {string} */
          readonly kind: 'index';
          /** @enum {string} */
          readonly index: 'gii' | 'gdi' | 'hdi';
          readonly area: string;
          readonly edition?: string;
        };
    /** @enum {string} */
    readonly ReportEvent: 'submit' | 'start-review' | 'request-changes' | 'accept' | 'publish';
    readonly ReportTemplate: {
      readonly id: string;
      readonly version: number;
      readonly title: string;
      /** @enum {string} */
      readonly status: 'confirmed' | 'unconfirmed';
      readonly note: string;
      readonly parts: readonly {
        readonly number: number;
        readonly title: string;
      }[];
      readonly sections: readonly {
        readonly id: string;
        readonly part: number;
        readonly title: string;
        readonly guidance: string;
        readonly bpfa: readonly string[];
        readonly clusters: readonly number[];
      }[];
    };
    readonly ReportSaved: {
      readonly id: number;
      readonly version: components['schemas']['ReportVersionMeta'];
      readonly state: components['schemas']['ReportState'];
    };
    /** @description Nothing was saved: `current` is the report as stored now, `yours` what was sent; merge and save with the current version. */
    readonly ReportSaveConflict: {
      readonly error: {
        /** @enum {number} */
        readonly status: 409;
        readonly message: string;
        readonly baseVersion: number;
        readonly current: components['schemas']['Report'];
        readonly yours: {
          readonly sections: {
            readonly [key: string]: string;
          };
          readonly evidence: readonly {
            readonly sectionId: string;
            readonly spec: components['schemas']['EvidenceSpec'];
          }[];
          readonly measures: readonly {
            readonly title: string;
            /** @enum {string} */
            readonly kind: 'law' | 'policy' | 'quota' | 'programme' | 'institution';
            /** @description When it was adopted or started: YYYY, YYYY-MM or YYYY-MM-DD */
            readonly date: string;
            /** @default [] */
            readonly criticalAreas: readonly (
              'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K' | 'L'
            )[];
            /** @default [] */
            readonly clusters: readonly number[];
            readonly beneficiaries?: string;
            readonly source: string;
            readonly url?: string;
            readonly description?: string;
          }[];
          readonly attachments: readonly {
            readonly name: string;
            readonly type: string;
            readonly size: number;
            /** @default  */
            readonly description: string;
            readonly url?: string;
          }[];
        };
      };
    };
    /**
     * @example {
     *       "baseVersion": 1,
     *       "sections": {
     *         "achievements": "The GII fell to {{evidence:value:area=KAZ,indicator=hdr.gii}}."
     *       },
     *       "measures": [
     *         {
     *           "title": "Spotlight Initiative",
     *           "kind": "programme",
     *           "date": "2021",
     *           "criticalAreas": [
     *             "D"
     *           ],
     *           "clusters": [
     *             3
     *           ],
     *           "source": "UN-EU Spotlight Initiative, Central Asia regional programme",
     *           "url": "https://www.spotlightinitiative.org/"
     *         }
     *       ]
     *     }
     */
    readonly ReportDraft: {
      /** @description The version the edit started from; a save is refused (409) when the report has moved on. */
      readonly baseVersion: number;
      /** @description Markdown per template section id; `{{evidence:value:area=KAZ,indicator=hdr.gii}}` embeds evidence. */
      readonly sections: {
        readonly [key: string]: string;
      };
      readonly evidence?: readonly (
        | {
            readonly sectionId: string;
            /** @enum {string} */
            readonly kind: 'indicator-chart';
            readonly area: string;
            readonly indicator: string;
            readonly source?: string;
          }
        | {
            readonly sectionId: string;
            /** @enum {string} */
            readonly kind: 'value';
            readonly area: string;
            readonly indicator: string;
            readonly year?: number;
            readonly source?: string;
          }
        | {
            readonly sectionId: string;
            /** @enum {string} */
            readonly kind: 'index';
            /** @enum {string} */
            readonly index: 'gii' | 'gdi' | 'hdi';
            readonly area: string;
            readonly edition?: string;
          }
      )[];
      readonly measures?: readonly {
        readonly title: string;
        /** @enum {string} */
        readonly kind: 'law' | 'policy' | 'quota' | 'programme' | 'institution';
        /** @description When it was adopted or started: YYYY, YYYY-MM or YYYY-MM-DD */
        readonly date: string;
        /** @default [] */
        readonly criticalAreas: readonly (
          'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K' | 'L'
        )[];
        /** @default [] */
        readonly clusters: readonly number[];
        readonly beneficiaries?: string;
        readonly source: string;
        readonly url?: string;
        readonly description?: string;
      }[];
      readonly attachments?: readonly {
        readonly name: string;
        readonly type: string;
        readonly size: number;
        /** @default  */
        readonly description: string;
        readonly url?: string;
      }[];
    };
    readonly ReportSectionPreview: {
      /** @description Sanitised HTML, evidence filled in: as `sections[].html`. */
      readonly html: string;
      /** @description The blocks embedded in the text, resolved against the data now: as `evidence.values`. */
      readonly evidence: readonly components['schemas']['ResolvedEvidence'][];
    };
    /**
     * @example {
     *       "sectionId": "priorities",
     *       "markdown": "The GII is {{evidence:index:area=KAZ,index=gii}}."
     *     }
     */
    readonly ReportSectionPreviewRequest: {
      /**
       * @description The section the text is for (checked when given).
       * @example priorities
       */
      readonly sectionId?: string;
      /** @description The unsaved Markdown of a section, at most 50000 characters (as a saved section). */
      readonly markdown: string;
    };
    readonly ReportTransition: {
      readonly id: number;
      readonly event: components['schemas']['ReportEvent'];
      readonly from: components['schemas']['ReportState'];
      readonly to: components['schemas']['ReportState'];
      readonly version: number;
      readonly pinned?: {
        readonly blocks: number;
        readonly dataVersion: string;
      };
    };
    readonly ReportTransitionRequest: {
      /**
       * @description One of the ReportEvent values.
       * @example submit
       */
      readonly event: string;
      readonly note?: string;
      /** @description When given, the event applies only if the report is still at this version. */
      readonly baseVersion?: number;
    };
    readonly ReportComment: {
      readonly id: number;
      readonly version: number;
      readonly sectionId: string;
      readonly sectionTitle: string;
      readonly author: string;
      readonly body: string;
      readonly html: string;
      readonly createdAt: string;
    };
    readonly NewReportComment: {
      /**
       * @description A section id of the template, or `general`.
       * @example priorities
       */
      readonly sectionId: string;
      /** @description Markdown. */
      readonly body: string;
      /** @description Default: the current version. */
      readonly version?: number;
    };
    readonly ReportHistory: {
      readonly versions: readonly components['schemas']['ReportVersionMeta'][];
      readonly events: readonly {
        readonly event: string;
        readonly from: components['schemas']['ReportState'];
        readonly to: components['schemas']['ReportState'];
        readonly version: number;
        readonly by: string | null;
        readonly at: string;
        readonly note: string | null;
      }[];
    };
    readonly ReportDiff: {
      readonly id: number;
      readonly from: components['schemas']['ReportVersionMeta'];
      readonly to: components['schemas']['ReportVersionMeta'];
      readonly sections: readonly {
        readonly sectionId: string;
        readonly title: string;
        /** @enum {string} */
        readonly change: 'unchanged' | 'added' | 'removed' | 'changed';
        readonly parts: readonly {
          /** @enum {string} */
          readonly kind: 'same' | 'added' | 'removed';
          readonly text: string;
        }[];
        readonly wordsAdded: number;
        readonly wordsRemoved: number;
      }[];
      readonly measures: {
        readonly added: readonly string[];
        readonly removed: readonly string[];
        readonly changed: readonly string[];
      };
      readonly attachments: {
        readonly added: readonly string[];
        readonly removed: readonly string[];
        readonly changed: readonly string[];
      };
      readonly evidence: {
        readonly added: readonly string[];
        readonly removed: readonly string[];
        readonly changed: readonly string[];
      };
    };
    readonly SubmissionTracker: {
      readonly cycle: {
        readonly code: string;
        readonly title: string;
        readonly regionSet: string;
        readonly submissionDeadline: string;
      };
      readonly sections: readonly {
        readonly id: string;
        readonly title: string;
      }[];
      readonly summary: {
        readonly members: number;
        /** @description Members with a report in any state. */
        readonly started: number;
        /** @description Members whose report was submitted at least once. */
        readonly submitted: number;
        /** @description First submitted after the deadline’s day (UTC). */
        readonly late: number;
        readonly byState: {
          readonly [key: string]: number;
        };
      };
      readonly rows: readonly {
        readonly iso3: string;
        readonly name: string;
        /** @enum {string} */
        readonly state:
          | 'not-started'
          | 'draft'
          | 'submitted'
          | 'under-review'
          | 'changes-requested'
          | 'resubmitted'
          | 'accepted'
          | 'published';
        readonly reportId: number | null;
        readonly currentVersion: number | null;
        /** @description First submission (ISO 8601). */
        readonly submittedAt: string | null;
        /** @description Latest submission or resubmission. */
        readonly lastSubmittedAt: string | null;
        readonly late: boolean | null;
        /** @description Template section ids with no text. */
        readonly emptySections: readonly string[];
        readonly lastChange: string | null;
      }[];
      readonly availability: {
        readonly indicators: readonly {
          readonly code: string;
          readonly name: string;
          readonly concept: string;
        }[];
        readonly rows: readonly {
          readonly iso3: string;
          readonly name: string;
          /** @description Latest year with a value of each indicator (any edition); null when none. */
          readonly latest: {
            readonly [key: string]: number | null;
          };
        }[];
      };
    };
    readonly ReportTagPage: {
      readonly items: readonly components['schemas']['ReportTag'][];
      /** @description How many items match, over all pages. */
      readonly total: number;
      readonly limit: number;
      readonly offset: number;
    };
    readonly ReportTag: {
      readonly id: number;
      readonly reportId: number;
      readonly country: string;
      readonly countryName: string;
      readonly reportState: string;
      readonly version: number;
      readonly sectionId: string;
      readonly sectionTitle: string;
      readonly quote: string;
      readonly start: number;
      readonly end: number;
      readonly bpfa: readonly string[];
      readonly clusters: readonly number[];
      readonly sdgTargets: readonly string[];
      readonly criteria: readonly string[];
      readonly note: string | null;
      readonly taggedBy: {
        readonly id: string;
        readonly name: string | null;
      } | null;
      readonly taggedAt: string;
    };
    /**
     * @example {
     *       "country": "KAZ",
     *       "sectionId": "achievements",
     *       "quote": "a 30 % quota for women and youth, including women with disabilities, on the party lists for the Mazhilis",
     *       "bpfa": [
     *         "G"
     *       ],
     *       "clusters": [
     *         4
     *       ],
     *       "sdgTargets": [
     *         "5.5"
     *       ],
     *       "criteria": [
     *         "political-will"
     *       ]
     *     }
     */
    readonly NewReportTag: {
      /**
       * @description The report’s country (ISO3).
       * @example KAZ
       */
      readonly country: string;
      /** @description Report version; default the current one. */
      readonly version?: number;
      /** @example achievements */
      readonly sectionId: string;
      /** @description Start offset in the section’s Markdown, UTF-16 code units (as JavaScript counts). */
      readonly start?: number;
      /** @description End offset (exclusive). */
      readonly end?: number;
      /** @description The passage. With start/end it must equal the text there; alone, it must occur once in the section. */
      readonly quote?: string;
      /** @description BPfA critical areas, letters A–L. */
      readonly bpfa?: readonly string[];
      /** @description Review clusters 1–6 (UNCONFIRMED). */
      readonly clusters?: readonly number[];
      /** @description SDG targets, e.g. 5.5, 5.a. */
      readonly sdgTargets?: readonly string[];
      /** @description good-practice, partnerships, political-will, use-of-data */
      readonly criteria?: readonly string[];
      readonly note?: string;
    };
    readonly RegionalSynthesis: {
      readonly cycle: string;
      readonly cycleTitle: string;
      readonly version: number;
      /** @enum {string} */
      readonly origin: 'generated' | 'edited';
      readonly markdown: string;
      /** @description The Markdown as sanitised HTML (the national reports’ renderer). */
      readonly html: string;
      readonly published: boolean;
      /**
       * @description The language the version is written in: generated in it, or that of the version an edit was based on.
       * @enum {string}
       */
      readonly lang: 'en' | 'fr' | 'ru';
      readonly generatedAt: string;
      readonly editedAt: string;
      readonly editedBy: {
        readonly id: string;
        readonly name: string | null;
      } | null;
      /** @description Editors only. */
      readonly latestVersion?: number;
      /** @description Editors only. */
      readonly publishedVersion?: number | null;
    };
    readonly SynthesisConflict: {
      readonly error: {
        /** @enum {number} */
        readonly status: 409;
        readonly message: string;
        readonly baseVersion: number | null;
        readonly current: components['schemas']['RegionalSynthesis'];
        readonly yours: {
          readonly markdown: string | null;
        };
      };
    };
    /**
     * @example {
     *       "baseVersion": 1,
     *       "markdown": "# Regional synthesis\n",
     *       "published": false
     *     }
     */
    readonly SynthesisSave: {
      readonly baseVersion: number;
      readonly markdown: string;
      readonly published?: boolean;
    };
    readonly MeetingPage: {
      readonly items: readonly components['schemas']['Meeting'][];
      /** @description How many items match, over all pages. */
      readonly total: number;
      readonly limit: number;
      readonly offset: number;
    };
    readonly Meeting: {
      readonly id: number;
      readonly cycle: string;
      readonly title: string;
      readonly place: string;
      readonly from: string;
      readonly to: string;
      readonly coChairs: readonly {
        readonly name?: string;
        readonly title?: string;
        readonly country?: string;
        readonly countryName?: string;
        readonly organisation?: string;
      }[];
      readonly published: boolean;
      readonly sessions: readonly {
        readonly id: number;
        /** @enum {string} */
        readonly kind: 'segment' | 'thematic';
        readonly title: string;
        readonly position: number;
      }[];
      readonly updatedAt: string;
    };
    /**
     * @example {
     *       "title": "Beijing+30 Regional Review Meeting",
     *       "place": "Geneva, Switzerland",
     *       "from": "2024-10-21",
     *       "to": "2024-10-22",
     *       "coChairs": [
     *         {
     *           "country": "KAZ"
     *         },
     *         {
     *           "country": "ESP"
     *         }
     *       ],
     *       "sessions": [
     *         {
     *           "kind": "segment",
     *           "title": "General segment"
     *         }
     *       ]
     *     }
     */
    readonly NewMeeting: {
      readonly title: string;
      readonly place: string;
      /** @example 2024-10-21 */
      readonly from: string;
      /** @example 2024-10-22 */
      readonly to: string;
      readonly coChairs?: readonly {
        readonly name?: string;
        readonly title?: string;
        readonly country?: string;
        readonly organisation?: string;
      }[];
      /** @description The public may read a published meeting. */
      readonly published?: boolean;
      readonly sessions?: readonly components['schemas']['NewMeetingSession'][];
    };
    /**
     * @example {
     *       "kind": "segment",
     *       "title": "General segment"
     *     }
     */
    readonly NewMeetingSession: {
      /** @enum {string} */
      readonly kind: 'segment' | 'thematic';
      readonly title: string;
      readonly position?: number;
    };
    /**
     * @example {
     *       "published": true
     *     }
     */
    readonly MeetingPatch: {
      readonly title?: string;
      readonly place?: string;
      /** @example 2024-10-21 */
      readonly from?: string;
      /** @example 2024-10-22 */
      readonly to?: string;
      readonly coChairs?: readonly {
        readonly name?: string;
        readonly title?: string;
        readonly country?: string;
        readonly organisation?: string;
      }[];
      /** @description The public may read a published meeting. */
      readonly published?: boolean;
    };
    readonly MeetingSession: {
      readonly id: number;
      /** @enum {string} */
      readonly kind: 'segment' | 'thematic';
      readonly title: string;
      readonly position: number;
    };
    readonly StatementPage: {
      readonly items: readonly components['schemas']['Statement'][];
      /** @description How many items match, over all pages. */
      readonly total: number;
      readonly limit: number;
      readonly offset: number;
    };
    readonly Statement: {
      readonly id: number;
      readonly meetingId: number;
      readonly sessionId: number | null;
      readonly sessionTitle: string | null;
      readonly speaker: string;
      readonly speakerTitle: string | null;
      readonly country: string | null;
      readonly countryName: string | null;
      readonly organisation: string | null;
      readonly text: string;
      readonly source: string | null;
      /** @description Each claim checked, as `POST /api/claims/check` answers (schema ClaimCheck), when the statement was saved. */
      readonly claims: readonly unknown[];
      readonly tally: {
        readonly claims: number;
        readonly supported: number;
        readonly partlySupported: number;
        readonly notSupported: number;
        readonly notCheckable: number;
      };
      readonly checkedAt: string;
      readonly version: number;
      readonly updatedAt: string;
    };
    /**
     * @example {
     *       "speaker": "Yerlan Alimbayev",
     *       "speakerTitle": "Permanent Representative of Kazakhstan",
     *       "country": "KAZ",
     *       "text": "These include a 60% reduction in the gender inequality index."
     *     }
     */
    readonly NewStatement: {
      readonly sessionId?: number | null;
      readonly speaker: string;
      readonly speakerTitle?: string;
      /** @description ISO3; give the country or the organisation. */
      readonly country?: string;
      readonly organisation?: string;
      /** @description Up to 20,000 characters; its claims are checked on every save. */
      readonly text: string;
      /** @description Where the text comes from (a transcript, a press release). */
      readonly source?: string;
    };
    readonly StatementConflict: {
      readonly error: {
        /** @enum {number} */
        readonly status: 409;
        readonly message: string;
        readonly current: components['schemas']['Statement'];
      };
    };
    readonly StatementEdit: {
      readonly sessionId?: number | null;
      readonly speaker: string;
      readonly speakerTitle?: string;
      /** @description ISO3; give the country or the organisation. */
      readonly country?: string;
      readonly organisation?: string;
      /** @description Up to 20,000 characters; its claims are checked on every save. */
      readonly text: string;
      /** @description Where the text comes from (a transcript, a press release). */
      readonly source?: string;
      /** @description The version you edited. */
      readonly baseVersion: number;
    };
    readonly ReviewVocabularies: {
      /** @enum {string} */
      readonly lang: 'en' | 'fr' | 'ru';
      /** @description The twelve critical areas of concern of the Beijing Platform for Action, A–L. */
      readonly criticalAreas: readonly {
        /**
         * @example D
         * @enum {string}
         */
        readonly letter: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K' | 'L';
        /** @example Violence against women */
        readonly title: string;
      }[];
      /** @description The six thematic clusters of the national review guidance, with their BPfA areas. */
      readonly clusters: readonly {
        readonly code: number;
        readonly title: string;
        readonly areas: readonly ('A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K' | 'L')[];
        /** @description False while titles and areas are unchecked against the guidance note. */
        readonly confirmed: boolean;
      }[];
      /** @description What reviewers tag a passage as: `criteria` of `POST /api/cycles/{code}/tags`. */
      readonly tagCriteria: readonly {
        /** @enum {string} */
        readonly code: 'good-practice' | 'partnerships' | 'political-will' | 'use-of-data';
        readonly label: string;
      }[];
      /** @description What a measure of a national report is: `measures[].kind` of a draft. */
      readonly measureKinds: readonly {
        /** @enum {string} */
        readonly code: 'law' | 'policy' | 'quota' | 'programme' | 'institution';
        readonly label: string;
      }[];
      /** @description The SDG 5 targets, with their official English wording (the only one kept). */
      readonly sdg5Targets: readonly {
        /** @example 5.2 */
        readonly code: string;
        readonly title: string;
        /** @enum {string} */
        readonly titleLang: 'en';
      }[];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
