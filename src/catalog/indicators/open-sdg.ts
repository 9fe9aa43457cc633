import type { Indicator } from '../indicator.ts';
import { openSdgTargets1to3 } from './open-sdg-targets-1-3.ts';
import { openSdgTargets4toC } from './open-sdg-targets-4-c.ts';

/**
 * Every `sdg.*` code the bundled Open SDG platforms produce (union of Kazakhstan and UK files):
 * the 14 SDG 5 indicators and Kazakhstan's add-ons 5.2.1.1 and 5.2.1.2.
 */
export const openSdgIndicators: readonly Indicator[] = [...openSdgTargets1to3, ...openSdgTargets4toC];
