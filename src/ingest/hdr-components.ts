import type { ParsedObservation } from './types.ts';

/** The published values that enter (or come out of) the GII, HDI and GDI, by name. */
export interface HdrComponentValues {
  /** GII and its inputs: MMR per 100,000 live births, ABR per 1,000 women 15–19, shares in %. */
  gii?: number;
  mmr?: number;
  abr?: number;
  prF?: number;
  prM?: number;
  seF?: number;
  seM?: number;
  lfprF?: number;
  lfprM?: number;
  /** HDI and its inputs: years, and GNI per capita in PPP $. */
  hdi?: number;
  le?: number;
  eys?: number;
  mys?: number;
  gnipc?: number;
  /** GDI (HDI_f / HDI_m), its group 1–5 (latest year only) and the per-sex inputs. */
  gdi?: number;
  gdiGroup?: number;
  hdiF?: number;
  hdiM?: number;
  leF?: number;
  leM?: number;
  eysF?: number;
  eysM?: number;
  mysF?: number;
  mysM?: number;
  gnipcF?: number;
  gnipcM?: number;
}

export type HdrComponentName = keyof HdrComponentValues;

/** One area-year of an HDR file; a component is absent (undefined) when the file has no value. */
export interface HdrComponents extends HdrComponentValues {
  readonly area: string;
  readonly period: string;
}

// `<indicator>|<sex or empty>` → component name.
const COMPONENT: ReadonlyMap<string, HdrComponentName> = new Map([
  ['hdr.gii|', 'gii'],
  ['hdr.mmr|', 'mmr'],
  ['hdr.abr|', 'abr'],
  ['hdr.pr|F', 'prF'],
  ['hdr.pr|M', 'prM'],
  ['hdr.se|F', 'seF'],
  ['hdr.se|M', 'seM'],
  ['hdr.lfpr|F', 'lfprF'],
  ['hdr.lfpr|M', 'lfprM'],
  ['hdr.hdi|', 'hdi'],
  ['hdr.le|', 'le'],
  ['hdr.eys|', 'eys'],
  ['hdr.mys|', 'mys'],
  ['hdr.gnipc|', 'gnipc'],
  ['hdr.gdi|', 'gdi'],
  ['hdr.gdi_group|', 'gdiGroup'],
  ['hdr.hdi|F', 'hdiF'],
  ['hdr.hdi|M', 'hdiM'],
  ['hdr.le|F', 'leF'],
  ['hdr.le|M', 'leM'],
  ['hdr.eys|F', 'eysF'],
  ['hdr.eys|M', 'eysM'],
  ['hdr.mys|F', 'mysF'],
  ['hdr.mys|M', 'mysM'],
  ['hdr.gnipc|F', 'gnipcF'],
  ['hdr.gnipc|M', 'gnipcM'],
]);

/**
 * Groups the observations of a parsed HDR file by (area, period) into named GII/HDI/GDI inputs
 * and published results, the shape `parity verify hdr` recomputes and compares. Values are as
 * published (no rounding, no clamping). Observations of other indicators, or with dimensions
 * other than `sex`, are ignored; if a component appears twice for an area-year the later one
 * wins (HDR files have no duplicates). Sorted by area, then period; aggregates (`ZZ*`) included.
 */
export function hdrComponents(result: {
  readonly observations: readonly Pick<
    ParsedObservation,
    'indicator' | 'area' | 'period' | 'dims' | 'value'
  >[];
}): HdrComponents[] {
  const byKey = new Map<string, { area: string; period: string } & HdrComponentValues>();
  for (const o of result.observations) {
    const { sex, ...other } = o.dims;
    const name = COMPONENT.get(`${o.indicator}|${sex ?? ''}`);
    if (name === undefined || o.value === null || Object.keys(other).length > 0) continue;
    const key = `${o.area}|${o.period}`;
    let row = byKey.get(key);
    if (!row) {
      row = { area: o.area, period: o.period };
      byKey.set(key, row);
    }
    row[name] = o.value;
  }
  return [...byKey.values()].sort((a, b) =>
    a.area === b.area ? a.period.localeCompare(b.period) : a.area < b.area ? -1 : 1,
  );
}
