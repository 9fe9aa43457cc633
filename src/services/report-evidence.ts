import type { Kysely } from 'kysely';
import type { EvidenceSpec, IndexCode } from '../core/reports/evidence.ts';
import { evidenceKey } from '../core/reports/evidence.ts';
import type { YearValue } from '../core/stats.ts';
import { readDataVersion } from '../store/data-version-reads.ts';
import type { Database } from '../store/database.ts';
import { computeIndices, HDR_DATASET } from './compute-indices.ts';
import { readHeadlineSeries, type HeadlineSeries } from './headline-series.ts';

/**
 * Evidence blocks resolved against the store. A draft resolves them on every read (live); a
 * submission resolves them once and stores the result with the version (`PinnedEvidence`), which
 * later reads show as they were, whatever data arrive afterwards.
 */

export interface EvidenceSourceRef {
  readonly dataset: string;
  readonly edition: string;
  /** As sentences name it: `HDR25`, `WDI 2022-02-15`. */
  readonly label: string;
}

interface SeriesPart {
  readonly key: string;
  readonly status: 'resolved';
  readonly area: string;
  readonly indicator: string;
  readonly unit: string;
  readonly source: EvidenceSourceRef;
  /** The breakdown shown (`total`, `sex=F`, …). */
  readonly breakdown: string;
}

export type ResolvedEvidence =
  | (SeriesPart & { readonly kind: 'value'; readonly year: number; readonly value: number })
  | (SeriesPart & { readonly kind: 'indicator-chart'; readonly points: readonly YearValue[] })
  | {
      readonly key: string;
      readonly status: 'resolved';
      readonly kind: 'index';
      readonly area: string;
      readonly index: IndexCode;
      readonly year: number;
      /** Computed from the stored components, at 3 decimals (as UNDP publishes). */
      readonly value: number;
      /** UNDP's published value for the same year and edition, when there is one. */
      readonly published: number | null;
      readonly source: EvidenceSourceRef;
    }
  | {
      readonly key: string;
      readonly status: 'unresolved';
      readonly kind: EvidenceSpec['kind'];
      readonly message: string;
    };

/** What a submitted version keeps: every block's value as it was, with when and against which data. */
export interface PinnedEvidence {
  /** ISO 8601. */
  readonly at: string;
  /** The store's data version at that moment (`readDataVersion`). */
  readonly dataVersion: string;
  readonly values: readonly ResolvedEvidence[];
}

/** Each block against the store's current data, in the order given. */
export async function resolveEvidence(
  db: Kysely<Database>,
  specs: readonly EvidenceSpec[],
): Promise<ResolvedEvidence[]> {
  const seriesByArea = new Map<string, Promise<HeadlineSeries[]>>();
  const seriesOf = (area: string, indicators: string[]) => {
    if (!seriesByArea.has(area)) seriesByArea.set(area, readHeadlineSeries(db, { area, indicators }));
    return seriesByArea.get(area)!;
  };
  const indicatorsByArea = new Map<string, string[]>();
  for (const s of specs)
    if (s.kind !== 'index')
      indicatorsByArea.set(s.area, [...(indicatorsByArea.get(s.area) ?? []), s.indicator]);
  return Promise.all(
    specs.map((spec) =>
      spec.kind === 'index'
        ? resolveIndex(db, spec)
        : seriesOf(spec.area, [...new Set(indicatorsByArea.get(spec.area))]).then((all) =>
            resolveSeries(spec, all),
          ),
    ),
  );
}

/** The blocks resolved now, stamped with the time and the data version, to store with a submitted version. */
export async function pinEvidence(
  db: Kysely<Database>,
  specs: readonly EvidenceSpec[],
  now: Date,
): Promise<PinnedEvidence> {
  const [dataVersion, values] = await Promise.all([readDataVersion(db), resolveEvidence(db, specs)]);
  return { at: now.toISOString(), dataVersion, values };
}

function resolveSeries(
  spec: Extract<EvidenceSpec, { kind: 'value' | 'indicator-chart' }>,
  all: readonly HeadlineSeries[],
): ResolvedEvidence {
  const key = evidenceKey(spec);
  const ofIndicator = all.filter((s) => s.indicator === spec.indicator);
  const candidates = ofIndicator.filter(
    (s) => spec.source === undefined || s.edition === spec.source || s.source === spec.source,
  );
  const unresolved = (message: string): ResolvedEvidence => ({
    key,
    status: 'unresolved',
    kind: spec.kind,
    message,
  });
  if (ofIndicator.length === 0) return unresolved(`no data for ${spec.indicator} in ${spec.area}`);
  if (candidates.length === 0)
    return unresolved(
      `no ${spec.indicator} data for ${spec.area} in source ${spec.source}; there is ${ofIndicator.map((s) => s.edition).join(', ')}`,
    );
  // Headline series come newest data first, then newest edition: the first that fits is "the latest".
  const year = spec.kind === 'value' ? spec.year : undefined;
  const series =
    year === undefined ? candidates[0]! : candidates.find((s) => s.points.some((p) => p.year === year));
  if (!series) return unresolved(`no ${spec.indicator} value for ${spec.area} in ${year}`);
  const part: SeriesPart = {
    key,
    status: 'resolved',
    area: spec.area,
    indicator: spec.indicator,
    unit: series.unit,
    source: { dataset: series.dataset, edition: series.edition, label: series.source },
    breakdown: series.dimsLabel,
  };
  if (spec.kind === 'indicator-chart') return { ...part, kind: 'indicator-chart', points: series.points };
  const point =
    year === undefined
      ? series.points[series.points.length - 1]!
      : series.points.find((p) => p.year === year)!;
  return { ...part, kind: 'value', year: point.year, value: point.value };
}

async function resolveIndex(
  db: Kysely<Database>,
  spec: Extract<EvidenceSpec, { kind: 'index' }>,
): Promise<ResolvedEvidence> {
  const key = evidenceKey(spec);
  const out = await computeIndices(db, {
    index: spec.index,
    country: spec.area,
    ...(spec.edition ? { edition: spec.edition } : {}),
  });
  if (!out.ok) return { key, status: 'unresolved', kind: 'index', message: out.message };
  const latest = out.rows
    .filter((r) => r.result.ok)
    .sort((a, b) => Number.parseInt(b.period, 10) - Number.parseInt(a.period, 10))[0];
  if (!latest || !latest.result.ok)
    return {
      key,
      status: 'unresolved',
      kind: 'index',
      message: `the ${spec.index.toUpperCase()} of ${spec.area} is not computable in ${out.edition}`,
    };
  return {
    key,
    status: 'resolved',
    kind: 'index',
    area: spec.area,
    index: spec.index,
    year: Number.parseInt(latest.period, 10),
    value: latest.result.rounded,
    published: latest.published ?? null,
    source: { dataset: HDR_DATASET, edition: out.edition, label: out.edition },
  };
}
