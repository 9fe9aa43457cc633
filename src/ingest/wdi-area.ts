import { countryByIso2, countryByIso3 } from '../catalog/countries.ts';

/**
 * World Bank aggregate codes (regions, income and lending groups, demographic-dividend groups,
 * World), with the names the data files give them (`Country Name`), used when a WDI file comes
 * without its Metadata_Country file. Taken from the WDI bulk download last updated 2022-02-15: the 48 rows of
 * Metadata_Country_API_SG.GEN.PARL.ZS_DS2_en_csv_v2_3731396.csv whose `Region` is empty (the
 * World Bank's own marker of an aggregate), plus `INX` ("Not classified", the income group of
 * economies the Bank does not classify), which has data rows but no metadata row. A test checks
 * the list against that file. Not aggregates: `XKX` (Kosovo) and `CHI` (Channel Islands), which
 * are economies without an ISO 3166-1 code (see wdiArea).
 */
export const WB_AGGREGATES: Readonly<Record<string, string>> = {
  AFE: 'Africa Eastern and Southern',
  AFW: 'Africa Western and Central',
  ARB: 'Arab World',
  CEB: 'Central Europe and the Baltics',
  CSS: 'Caribbean small states',
  EAP: 'East Asia & Pacific (excluding high income)',
  EAR: 'Early-demographic dividend',
  EAS: 'East Asia & Pacific',
  ECA: 'Europe & Central Asia (excluding high income)',
  ECS: 'Europe & Central Asia',
  EMU: 'Euro area',
  EUU: 'European Union',
  FCS: 'Fragile and conflict affected situations',
  HIC: 'High income',
  HPC: 'Heavily indebted poor countries (HIPC)',
  IBD: 'IBRD only',
  IBT: 'IDA & IBRD total',
  IDA: 'IDA total',
  IDB: 'IDA blend',
  IDX: 'IDA only',
  INX: 'Not classified',
  LAC: 'Latin America & Caribbean (excluding high income)',
  LCN: 'Latin America & Caribbean',
  LDC: 'Least developed countries: UN classification',
  LIC: 'Low income',
  LMC: 'Lower middle income',
  LMY: 'Low & middle income',
  LTE: 'Late-demographic dividend',
  MEA: 'Middle East & North Africa',
  MIC: 'Middle income',
  MNA: 'Middle East & North Africa (excluding high income)',
  NAC: 'North America',
  OED: 'OECD members',
  OSS: 'Other small states',
  PRE: 'Pre-demographic dividend',
  PSS: 'Pacific island small states',
  PST: 'Post-demographic dividend',
  SAS: 'South Asia',
  SSA: 'Sub-Saharan Africa (excluding high income)',
  SSF: 'Sub-Saharan Africa',
  SST: 'Small states',
  TEA: 'East Asia & Pacific (IDA & IBRD countries)',
  TEC: 'Europe & Central Asia (IDA & IBRD countries)',
  TLA: 'Latin America & the Caribbean (IDA & IBRD countries)',
  TMN: 'Middle East & North Africa (IDA & IBRD countries)',
  TSA: 'South Asia (IDA & IBRD)',
  TSS: 'Sub-Saharan Africa (IDA & IBRD countries)',
  UMC: 'Upper middle income',
  WLD: 'World',
};

/** World Bank economy codes that are not ISO 3166-1 alpha-3, and what they stand for. */
const WB_NON_ISO_ECONOMIES: Readonly<Record<string, { name: string; iso2?: string }>> = {
  // The country catalogue carries Kosovo under the user-assigned code XK (alpha-3 as the library has it).
  XKX: { name: 'Kosovo', iso2: 'XK' },
  // Guernsey (GGY) and Jersey (JEY) together: no single country to map the values to.
  CHI: { name: 'Channel Islands, Guernsey and Jersey combined' },
};

/** How a WDI `Country Code` maps to an area, or why it does not. */
export type WdiArea =
  | { readonly kind: 'country'; readonly area: string }
  | { readonly kind: 'aggregate'; readonly area: string; readonly code: string }
  | { readonly kind: 'unknown'; readonly expected: string };

/**
 * Maps a WDI `Country Code` to an area, case-insensitively. A World Bank aggregate becomes
 * `WB.<code>`: a code in `aggregates` (those with an empty Region in the file's Metadata_Country,
 * which wins over everything, so aggregates the Bank adds later are recognised) or, failing an
 * ISO3 match, in the built-in WB_AGGREGATES. An ISO3 code of the country catalogue stays as is;
 * `XKX` becomes the catalogue's Kosovo code. Anything else (e.g. `CHI`, Channel Islands) is
 * unknown, with a message saying what was expected.
 */
export function wdiArea(code: string, aggregates?: ReadonlySet<string>): WdiArea {
  const upper = code.trim().toUpperCase();
  if (aggregates?.has(upper)) return { kind: 'aggregate', area: `WB.${upper}`, code: upper };
  const country = countryByIso3(upper);
  if (country) return { kind: 'country', area: country.iso3 };
  if (Object.hasOwn(WB_AGGREGATES, upper)) return { kind: 'aggregate', area: `WB.${upper}`, code: upper };
  const other = WB_NON_ISO_ECONOMIES[upper];
  const alias = other?.iso2 ? countryByIso2(other.iso2) : undefined;
  if (alias) return { kind: 'country', area: alias.iso3 };
  const why = other ? ` (${other.name}: no ISO 3166-1 code in the country catalogue)` : '';
  return {
    kind: 'unknown',
    expected: `unknown country code ${JSON.stringify(code)}${why}: expected an ISO 3166-1 alpha-3 code of the country catalogue or a World Bank aggregate code`,
  };
}
