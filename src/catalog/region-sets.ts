import type { RegionSet } from './region-set.ts';
import { HDR_EDITIONS, hdrRegionSets } from './region-sets/hdr.ts';
import { uneceRegionSet } from './region-sets/unece.ts';
import { uneceSubregions } from './region-sets/unece-subregions.ts';

export type { RegionSet, RegionSetKind } from './region-set.ts';

/**
 * Every region set: the UNECE membership, its subregions, and the HDR regions and HDI groups of
 * each bundled HDR edition (newest edition first). Reads the bundled CSVs on the first call
 * only; later calls return the same objects.
 */
export function regionSets(): RegionSet[] {
  return [uneceRegionSet(), ...uneceSubregions, ...HDR_EDITIONS.flatMap((e) => hdrRegionSets(e))];
}

/**
 * The region set with this code; with `version`, exactly that version, else the first listed
 * (the newest HDR edition for HDR sets). Undefined when there is none.
 */
export function regionSetByCode(code: string, version?: string): RegionSet | undefined {
  return regionSets().find((s) => s.code === code && (version === undefined || s.version === version));
}
