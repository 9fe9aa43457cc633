import type { Measure, MeasureKind } from './review-types.ts';

/** The fields of the measure form, as typed (strings), before they become a Measure. */
export interface MeasureFields {
  readonly title: string;
  readonly kind: MeasureKind;
  readonly date: string;
  readonly criticalAreas: Measure['criticalAreas'];
  readonly clusters: readonly number[];
  readonly beneficiaries: string;
  readonly source: string;
  readonly url: string;
  readonly description: string;
}

export type MeasureField = 'title' | 'date' | 'source' | 'url';

export const EMPTY_MEASURE: MeasureFields = {
  title: '',
  kind: 'programme',
  date: '',
  criticalAreas: [],
  clusters: [],
  beneficiaries: '',
  source: '',
  url: '',
  description: '',
};

export function fieldsOf(m: Measure): MeasureFields {
  return {
    title: m.title,
    kind: m.kind,
    date: m.date,
    criticalAreas: m.criticalAreas,
    clusters: m.clusters,
    beneficiaries: m.beneficiaries ?? '',
    source: m.source,
    url: m.url ?? '',
    description: m.description ?? '',
  };
}

/**
 * The measure, or the fields that are wrong by the server's rules (src/services/report-content.ts
 * MeasureSchema): a title and a source are required; the date is YYYY, YYYY-MM or YYYY-MM-DD; a
 * link is http(s). The server checks again when the report is saved.
 */
export function measureOf(
  f: MeasureFields,
): { ok: true; measure: Measure } | { ok: false; fields: MeasureField[] } {
  const wrong: MeasureField[] = [];
  if (f.title.trim() === '') wrong.push('title');
  if (!/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(f.date.trim())) wrong.push('date');
  if (f.source.trim() === '') wrong.push('source');
  if (f.url.trim() !== '' && !/^https?:\/\/[^\s/]+/i.test(f.url.trim())) wrong.push('url');
  if (wrong.length > 0) return { ok: false, fields: wrong };
  return {
    ok: true,
    measure: {
      title: f.title.trim(),
      kind: f.kind,
      date: f.date.trim(),
      criticalAreas: [...f.criticalAreas].sort(),
      clusters: [...f.clusters].sort((a, b) => a - b),
      ...(f.beneficiaries.trim() ? { beneficiaries: f.beneficiaries.trim() } : {}),
      source: f.source.trim(),
      ...(f.url.trim() ? { url: f.url.trim() } : {}),
      ...(f.description.trim() ? { description: f.description.trim() } : {}),
    },
  };
}
