import { z } from 'zod';
import { countryByIso3 } from '../catalog/index.ts';
import type { QuotaAppliesTo, QuotaBody, QuotaFact, QuotaGroup, QuotaKind } from '../core/claims/claim.ts';
import { readTable, type TableInput, type TableRead } from './read-table.ts';
import {
  idCell,
  numberCell,
  oneOf,
  optionalDate,
  optionalText,
  optionalUrl,
  textCell,
} from './table-cells.ts';

/** The list of every member of a union of words, checked by the compiler to miss none. */
function every<T extends string>() {
  return <const L extends readonly [T, ...T[]]>(list: L & ([T] extends [L[number]] ? unknown : never)): L =>
    list;
}

export const QUOTA_BODIES = every<QuotaBody>()([
  'parliament',
  'lower-chamber',
  'upper-chamber',
  'local-councils',
]);
export const QUOTA_KINDS = every<QuotaKind>()([
  'legislated-candidate-quota',
  'reserved-seats',
  'party-quota',
]);
export const QUOTA_APPLIES_TO = every<QuotaAppliesTo>()(['candidate-lists', 'seats']);
export const QUOTA_GROUPS = every<QuotaGroup>()([
  'women',
  'youth',
  'women-with-disabilities',
  'persons-with-disabilities',
]);
export const QUOTA_SOURCE_KINDS = every<QuotaFact['sourceKind']>()(['legal-act', 'dataset', 'statement']);

/** A quota as read from a file, with the line it came from. */
export type QuotaRow = QuotaFact & { readonly line: number };

const COUNTRY_MESSAGE = 'expected an ISO 3166-1 alpha-3 country code in capitals, such as KAZ';
const GROUPS_MESSAGE = `expected groups separated by ";", each one of ${QUOTA_GROUPS.join(', ')}, none twice`;

const groupsCell = z
  .string()
  .transform((s) => s.split(';').map((g) => g.trim()))
  .refine((list) => list.every((g) => (QUOTA_GROUPS as readonly string[]).includes(g)), {
    error: GROUPS_MESSAGE,
  })
  .refine((list) => new Set(list).size === list.length, { error: GROUPS_MESSAGE })
  .transform((list) => list as QuotaGroup[]);

const COLUMNS = {
  id: idCell,
  country: z.string().refine((c) => /^[A-Z]{3}$/.test(c) && countryByIso3(c) !== undefined, {
    error: COUNTRY_MESSAGE,
  }),
  body: oneOf(QUOTA_BODIES),
  kind: oneOf(QUOTA_KINDS),
  applies_to: oneOf(QUOTA_APPLIES_TO),
  threshold: numberCell({ min: 0, max: 100 }),
  groups: groupsCell,
  adopted: optionalDate,
  source: textCell('the source: a legal act, a dataset or a statement'),
  source_kind: oneOf(QUOTA_SOURCE_KINDS),
  source_url: optionalUrl,
  note: optionalText,
};

/**
 * Reads a quotas file (data/parity/quotas.csv):
 * `id,country,body,kind,applies_to,threshold,groups,adopted,source,source_kind,source_url,note`,
 * UTF-8; `groups` separated by `;` (groups counted jointly), `threshold` a percentage 0–100,
 * `adopted` empty when the date is not established.
 */
export function readQuotas(input: TableInput): Promise<TableRead<QuotaRow>> {
  return readTable(input, {
    columns: COLUMNS,
    toRow: (r) => ({
      id: r.id,
      country: r.country,
      body: r.body,
      kind: r.kind,
      appliesTo: r.applies_to,
      threshold: r.threshold,
      groups: r.groups,
      ...(r.adopted !== undefined ? { adopted: r.adopted } : {}),
      source: r.source,
      sourceKind: r.source_kind,
      ...(r.source_url !== undefined ? { sourceUrl: r.source_url } : {}),
      ...(r.note !== undefined ? { note: r.note } : {}),
      line: r.line,
    }),
  });
}
