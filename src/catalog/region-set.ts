import type { Lang } from './countries.ts';

/**
 * - `membership`: the members of an organisation (UNECE).
 * - `subregion`: a grouping of UNECE members used in regional reviews (Central Asia, EU-27, …).
 * - `hdr-region`: a UNDP HDR developing-country region (AS, EAP, ECA, LAC, SA, SSA).
 * - `hdi-group`: a UNDP HDR human-development group (Very High … Low).
 */
export type RegionSetKind = 'membership' | 'subregion' | 'hdr-region' | 'hdi-group';

/** A named, versioned grouping of countries (ISO3 codes), with where the grouping comes from. */
export interface RegionSet {
  /** Stable key, e.g. `unece`, `central-asia`, `hdr-region-eca`, `hdi-group-very-high`. */
  readonly code: string;
  /**
   * Which composition: the HDR edition (`HDR25`, `HDR23-24`) for HDR sets; for fixed groupings
   * the year their composition was recorded (`2025`). (code, version) is unique.
   */
  readonly version: string;
  readonly name: Readonly<Record<Lang, string>>;
  readonly kind: RegionSetKind;
  readonly source: { readonly note: string; readonly url?: string };
  /** ISO 3166-1 alpha-3 codes, sorted. */
  readonly members: readonly string[];
  /** The publisher's aggregate row for the same grouping, when there is one (e.g. `ZZG.ECA`). */
  readonly aggregateArea?: string;
}
