import type { Kysely } from 'kysely';
import { countryByIso3, indicatorByCode, type Lang } from '../catalog/index.ts';
import type { Database } from '../store/database.ts';
import { readLatestObservations, type ObservationRead } from '../store/observation-reads.ts';

/** The headline series of a country profile, in display order. */
export const HEADLINE_INDICATORS = [
  'hdr.gii',
  'hdr.gdi',
  'hdr.hdi',
  'hdr.mmr',
  'hdr.abr',
  'hdr.pr',
  'hdr.se',
  'hdr.lfpr',
  'unsd.parl_seats',
  'wdi.SG.GEN.PARL.ZS',
  'sdg.5.5.1',
  'unsd.lfpr',
  'wdi.SL.TLF.CACT.FE.ZS',
  'unsd.managers',
  'unsd.ministers',
] as const;

export interface ShownValue {
  readonly indicator: string;
  readonly name: string;
  readonly unit: string;
  readonly dims: Record<string, string>;
  readonly period: string;
  readonly value: number | null;
  readonly text: string | null;
  readonly dataset: string;
  readonly edition: string;
}

export type ShowResult =
  | { readonly ok: true; readonly iso3: string; readonly name: string; readonly values: ShownValue[] }
  | { readonly ok: false; readonly message: string };

/**
 * Latest value of each headline indicator for a country, for every source edition and
 * breakdown that has one (e.g. HDR25 and HDR23-24 side by side; women and men separately).
 */
export async function showCountry(
  db: Kysely<Database>,
  iso3: string,
  lang: Lang = 'en',
): Promise<ShowResult> {
  const country = countryByIso3(iso3);
  if (!country)
    return {
      ok: false,
      message: `unknown country code "${iso3}": expected an ISO 3166-1 alpha-3 code such as KAZ`,
    };
  const rows = await readLatestObservations(db, country.iso3, HEADLINE_INDICATORS);
  const order = new Map<string, number>(HEADLINE_INDICATORS.map((c, i) => [c, i]));
  const values = rows
    .map((r) => toShown(r, lang))
    .sort(
      (a, b) =>
        order.get(a.indicator)! - order.get(b.indicator)! ||
        b.edition.localeCompare(a.edition) ||
        dimsText(a.dims).localeCompare(dimsText(b.dims)),
    );
  return { ok: true, iso3: country.iso3, name: country.names[lang], values };
}

function toShown(r: ObservationRead, lang: Lang): ShownValue {
  const ind = indicatorByCode(r.indicator);
  return {
    indicator: r.indicator,
    name: ind?.name[lang] ?? r.indicator,
    unit: ind?.unit ?? '',
    dims: r.dims,
    period: r.period,
    value: r.value,
    text: r.text,
    dataset: r.dataset,
    edition: r.edition,
  };
}

/** `sex=F, unit=PT` style text for dimensions; empty for the total. */
export function dimsText(dims: Record<string, string>): string {
  return Object.entries(dims)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}
