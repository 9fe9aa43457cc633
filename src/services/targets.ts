import type { Kysely } from 'kysely';
import {
  countryByIso3,
  indicatorByCode,
  indicators,
  indicatorsByConcept,
  regionSetByCode,
  type Indicator,
} from '../catalog/index.ts';
import type { Database } from '../store/database.ts';
import { readTargetRecords } from '../store/target-reads.ts';
import type { TargetRecord } from '../store/target-writes.ts';
import { notFound, ok, type ServiceResult } from './service-result.ts';

export type TargetKind = 'sdg-target' | 'national-target' | 'parity';

/**
 * A numeric target for the series of a concept: from data/parity/targets.csv (SDG and national
 * targets), or derived from the catalogue (`parity`: one per indicator with direction parity and
 * a parity value, for that indicator only).
 */
export interface Target {
  readonly id: string;
  readonly concept: string;
  /** Set for parity targets: the one indicator it belongs to. File targets hold for the whole concept. */
  readonly indicator?: string;
  /** `global`, an ISO3 code (national target) or `region:<region set code>`. */
  readonly scope: string;
  readonly kind: TargetKind;
  /** In the unit of the concept's series. */
  readonly value: number;
  readonly year?: number;
  /** Short text for lists and charts, e.g. "SDG target 70 by 2030", "parity 50". */
  readonly label: string;
  readonly source: string;
  readonly sourceUrl?: string;
  readonly note?: string;
}

export interface TargetFilter {
  readonly concept?: string;
  /** A catalogue code: the targets of its concept, and its own parity target. */
  readonly indicator?: string;
  /** ISO3: only the targets that apply to the country (global, its regions, its own). */
  readonly area?: string;
}

const PARITY_SOURCE = 'Parity indicator catalogue (src/catalog/indicators): direction parity, parityValue';

/** The parity targets the catalogue implies, in catalogue order. */
export function parityTargets(list: readonly Indicator[] = indicators): Target[] {
  return list.flatMap((i) =>
    i.direction === 'parity' && i.parityValue !== undefined
      ? [
          {
            id: `parity.${i.code}`,
            concept: i.concept,
            indicator: i.code,
            scope: 'global',
            kind: 'parity' as const,
            value: i.parityValue,
            label: `parity ${i.parityValue}`,
            source: PARITY_SOURCE,
            note:
              i.unit === 'ratio'
                ? `Equality of women and men: a female-to-male ratio of ${i.parityValue}.`
                : `Equality of women and men: women's share ${i.parityValue} %.`,
          },
        ]
      : [],
  );
}

/**
 * Targets, filtered; parity targets included. Most specific first within a concept (national,
 * regional, global, parity). Unknown concept, indicator or area → not-found naming the parameter.
 */
export async function listTargets(
  db: Kysely<Database>,
  f: TargetFilter = {},
): Promise<ServiceResult<Target[]>> {
  if (f.concept !== undefined && indicatorsByConcept(f.concept).length === 0)
    return notFound(
      `unknown concept "${f.concept}": expected a concept key of the indicator catalogue such as women-parliament-seats`,
      'concept',
    );
  const indicator = f.indicator === undefined ? undefined : indicatorByCode(f.indicator);
  if (f.indicator !== undefined && !indicator)
    return notFound(
      `unknown indicator "${f.indicator}": expected a catalogue code such as hdr.pr`,
      'indicator',
    );
  const country = f.area === undefined ? undefined : countryByIso3(f.area);
  if (f.area !== undefined && !country)
    return notFound(`unknown country "${f.area}": expected an ISO 3166-1 alpha-3 code such as KAZ`, 'area');
  const stored = (await readTargetRecords(db)).map(fromRecord);
  const all = [...stored, ...parityTargets(indicator ? [indicator] : indicators)];
  return ok(
    all
      .filter((t) => f.concept === undefined || t.concept === f.concept)
      .filter((t) => !indicator || t.concept === indicator.concept)
      .filter((t) => !country || appliesTo(t, country.iso3))
      .sort(bySpecificity),
  );
}

/** The targets that apply to one indicator in one country, most specific first (national, regional, SDG, parity). */
export function targetsFor(
  db: Kysely<Database>,
  indicatorCode: string,
  area: string,
): Promise<ServiceResult<Target[]>> {
  return listTargets(db, { indicator: indicatorCode, area });
}

function fromRecord(r: TargetRecord): Target {
  const kindWord = r.kind === 'sdg-target' ? 'SDG target' : 'national target';
  const where = r.scope === 'global' ? '' : ` (${r.scope})`;
  return { ...r, label: `${kindWord}${where} ${r.value}${r.year !== undefined ? ` by ${r.year}` : ''}` };
}

function appliesTo(t: Target, iso3: string): boolean {
  if (t.scope === 'global') return true;
  if (t.scope.startsWith('region:'))
    return regionSetByCode(t.scope.slice('region:'.length))?.members.includes(iso3) ?? false;
  return t.scope === iso3;
}

function specificity(t: Target): number {
  if (t.kind === 'parity') return 3;
  if (t.scope === 'global') return 2;
  return t.scope.startsWith('region:') ? 1 : 0;
}

function bySpecificity(a: Target, b: Target): number {
  return (
    a.concept.localeCompare(b.concept) ||
    specificity(a) - specificity(b) ||
    (a.year ?? Infinity) - (b.year ?? Infinity) ||
    a.id.localeCompare(b.id)
  );
}
