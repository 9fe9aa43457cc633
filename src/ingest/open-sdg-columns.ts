/**
 * What a column of an Open SDG indicator CSV holds. Open SDG files are `Year`, any number of
 * disaggregation columns, then `Value`; platforms name the disaggregations either with SDMX
 * concept ids (`SEX`, `REF_AREA`, Kazakhstan) or with readable labels (`Sex`, `Region`, UK).
 */
export type ColumnRole =
  | { readonly role: 'year' }
  | { readonly role: 'value' }
  | { readonly role: 'status' }
  | { readonly role: 'dim'; readonly key: string }
  | { readonly role: 'blank' };

/**
 * Headers that are not plain disaggregations. Units stay dimensions (`unit`,
 * `unit_multiplier`) because one file may mix units (UK 5.3.2 has counts and percentages), and
 * the unit must then be part of the observation's key.
 */
const SPECIAL: Readonly<Record<string, ColumnRole>> = {
  year: { role: 'year' },
  value: { role: 'value' },
  observation_status: { role: 'status' },
  obs_status: { role: 'status' },
  units: { role: 'dim', key: 'unit' },
  unit_measure: { role: 'dim', key: 'unit' },
  unit_multiplier: { role: 'dim', key: 'unit_multiplier' },
};

/**
 * `Type of partner abuse` → `type_of_partner_abuse`, `REF_AREA` → `ref_area`, `GeoCode` →
 * `geocode`, `Net weekly income (£)` → `net_weekly_income`. Accents are dropped, then every run
 * of characters other than a–z and 0–9 becomes one underscore; leading/trailing ones go.
 */
export function snakeCase(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** The role of a header cell; an empty header (a trailing comma) is `blank`. */
export function columnRole(header: string): ColumnRole {
  const key = snakeCase(header);
  if (key === '') return { role: 'blank' };
  return SPECIAL[key] ?? { role: 'dim', key };
}

/**
 * The dimension value as stored: cells are trimmed, and readable sex labels become the codes
 * used everywhere else (`Female` → `F`, `Male` → `M`); SDMX codes (`F`, `M`, `_T`) pass as they are.
 */
export function dimValue(key: string, cell: string): string {
  const text = cell.trim();
  if (key !== 'sex') return text;
  const lower = text.toLowerCase();
  return lower === 'female' ? 'F' : lower === 'male' ? 'M' : text;
}
