import type { Indicator } from '../indicator.ts';
import { hdrGenderIndicators } from './hdr-gender.ts';
import { hdrHdiIndicators } from './hdr-hdi.ts';
import { hdrInequalityIndicators } from './hdr-inequality.ts';
import { hdrPlanetIndicators } from './hdr-planet.ts';

/** Every `hdr.*` code: one per variable family of the HDR composite-indices files (27). */
export const hdrIndicators: readonly Indicator[] = [
  ...hdrHdiIndicators,
  ...hdrGenderIndicators,
  ...hdrInequalityIndicators,
  ...hdrPlanetIndicators,
];
