/** Reference data of Parity: countries, region sets, indicators, BPfA areas, review clusters, SDG 5. */
export { countries, countryByIso2, countryByIso3, countryByM49, LANGS } from './countries.ts';
export type { Country, Lang } from './countries.ts';

export { BPFA_LETTERS, bpfaArea, bpfaAreas, bpfaAreasFromObjectives, isBpfaArea } from './bpfa.ts';
export type { BpfaArea, BpfaCriticalArea } from './bpfa.ts';

export { clustersForBpfaArea, reviewCluster, reviewClusters } from './review-clusters.ts';
export type { ClusterId, ReviewCluster } from './review-clusters.ts';

export { sdg5Indicator, sdg5Indicators, sdg5Target, sdg5Targets, targetOfIndicator } from './sdg5.ts';
export type { ImpliedGoal, Sdg5Indicator, Sdg5Target, Tier } from './sdg5.ts';

export { regionSetByCode, regionSets } from './region-sets.ts';
export type { RegionSet, RegionSetKind } from './region-set.ts';
export { HDR_EDITIONS } from './region-sets/hdr.ts';
export type { HdrEdition } from './region-sets/hdr.ts';

export { findIndicatorsBySynonym, indicatorByCode, indicators, indicatorsByConcept } from './indicators.ts';
export { impliedBounds, isWithin } from './indicator.ts';
export type { Direction, Indicator, IndicatorUnit, Localized, ValidRange } from './indicator.ts';

export { SDSN_SDG5_BOUNDS, sdsnBoundsByCode, sdsnBoundsForIndicator } from './sdsn-bounds.ts';
export type { SdsnIndicatorBounds, SdsnParityMapping, SdsnSdg5Code } from './sdsn-bounds.ts';
