import { hdrComponents, type HdrComponents } from '../src/ingest/hdr-components.ts';
import { computeIndexFor, type IndexName } from '../src/services/hdr-index-checks.ts';
import { HDR_FILES, parseHdrFile } from './hdr-files.ts';
import { repeat, type Timing } from './timing.ts';

const INDICES: readonly IndexName[] = ['gii', 'gdi', 'hdi'];

export interface ComputeBench {
  readonly timing: Timing;
  /** Area-years of both editions (countries and HDR aggregates). */
  readonly areaYears: number;
  /** `computeIndexFor` calls per run: every index for every area-year. */
  readonly computations: number;
  /** Of those, how many gave a value (the others lack inputs). */
  readonly values: number;
}

/** The components of every area-year of both bundled HDR editions, parsed once, outside any timing. */
export async function loadComponents(): Promise<HdrComponents[]> {
  const editions = await Promise.all(HDR_FILES.map(parseHdrFile));
  return editions.flatMap((parsed) => hdrComponents(parsed));
}

/** Times computing GII, GDI and HDI for every area-year, `repeats` times (the first run includes JIT warm-up). */
export async function benchCompute(rows: readonly HdrComponents[], repeats: number): Promise<ComputeBench> {
  let values = 0;
  const timing = await repeat(repeats, async () => {
    const start = performance.now();
    values = computeAll(rows);
    return performance.now() - start;
  });
  return { timing, areaYears: rows.length, computations: rows.length * INDICES.length, values };
}

function computeAll(rows: readonly HdrComponents[]): number {
  let ok = 0;
  for (const index of INDICES) {
    for (const c of rows) if (computeIndexFor(index, c).ok) ok++;
  }
  return ok;
}
