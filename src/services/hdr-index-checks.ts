import {
  computeGdi,
  computeGii,
  computeHdi,
  gdiGroup,
  roundHalfAwayFromZero,
  type GdiResult,
  type GiiResult,
  type HdiResult,
} from '../core/index.ts';
import type { HdrComponents } from '../ingest/hdr-components.ts';

export type IndexName = 'gii' | 'gdi' | 'hdi';
export type IndexResultOf<I extends IndexName> = I extends 'gii'
  ? GiiResult
  : I extends 'gdi'
    ? GdiResult
    : HdiResult;

/** Computes one index for one area-year from the named components; missing ones give not-computable. */
export function computeIndexFor(index: IndexName, c: HdrComponents): GiiResult | GdiResult | HdiResult {
  switch (index) {
    case 'gii':
      return computeGii({
        mmr: c.mmr,
        abr: c.abr,
        prF: c.prF,
        prM: c.prM,
        seF: c.seF,
        seM: c.seM,
        lfprF: c.lfprF,
        lfprM: c.lfprM,
      });
    case 'gdi':
      return computeGdi({
        leF: c.leF,
        leM: c.leM,
        eysF: c.eysF,
        eysM: c.eysM,
        mysF: c.mysF,
        mysM: c.mysM,
        gnipcF: c.gnipcF,
        gnipcM: c.gnipcM,
      });
    case 'hdi':
      return computeHdi({ le: c.le, eys: c.eys, mys: c.mys, gnipc: c.gnipc });
  }
}

export interface Mismatch {
  readonly area: string;
  readonly period: string;
  readonly published: number;
  /** The recomputed value at 3 decimals, or why it could not be computed. */
  readonly computed: number | string;
}

export interface IndexCheck {
  readonly name: 'gii' | 'gdi' | 'gdi_group' | 'hdi';
  published: number;
  reproduced: number;
  readonly mismatches: Mismatch[];
}

/**
 * Recomputes every published GII, GDI, GDI group and HDI among the given area-years from their
 * components and compares at 3 decimals (groups exactly). A published value whose inputs are
 * missing counts as a mismatch: it cannot be reproduced.
 */
export function checkPublishedIndices(rows: readonly HdrComponents[]): IndexCheck[] {
  const checks = (['gii', 'gdi', 'hdi'] as const).map((index) => check(index, rows));
  const groups: IndexCheck = { name: 'gdi_group', published: 0, reproduced: 0, mismatches: [] };
  for (const c of rows) {
    if (c.gdiGroup === undefined) continue;
    groups.published++;
    const r = computeIndexFor('gdi', c);
    const computed = r.ok ? gdiGroup(r.value)?.group : undefined;
    if (computed === c.gdiGroup) groups.reproduced++;
    else
      groups.mismatches.push({
        area: c.area,
        period: c.period,
        published: c.gdiGroup,
        computed: computed ?? describeFailure(r),
      });
  }
  return [checks[0]!, checks[1]!, groups, checks[2]!];
}

function check(index: IndexName, rows: readonly HdrComponents[]): IndexCheck {
  const out: IndexCheck = { name: index, published: 0, reproduced: 0, mismatches: [] };
  for (const c of rows) {
    const published = c[index];
    if (published === undefined) continue;
    out.published++;
    const r = computeIndexFor(index, c);
    if (r.ok && r.rounded === roundHalfAwayFromZero(published, 3)) out.reproduced++;
    else
      out.mismatches.push({
        area: c.area,
        period: c.period,
        published,
        computed: r.ok ? r.rounded : describeFailure(r),
      });
  }
  return out;
}

/** One line saying why an index could not be computed (or its value when it could). */
export function describeFailure(r: GiiResult | GdiResult | HdiResult): string {
  if (r.ok) return String(r.rounded);
  switch (r.reason) {
    case 'missing-inputs':
      return `not computable: missing ${r.missing.join(', ')}`;
    case 'invalid-inputs':
      return `not computable: ${r.invalid.map((i) => `${i.input} ${i.value} (expected ${i.expected})`).join(', ')}`;
    default:
      return `not computable: ${r.detail}`;
  }
}
