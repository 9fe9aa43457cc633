import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { RegionSet } from '../region-set.ts';

/** The bundled member list; the data file is the source of truth, this module only reads it. */
export const UNECE_MEMBERS_CSV = new URL(
  '../../../data/unece-members/unece_member_states.csv',
  import.meta.url,
);

let cached: RegionSet | undefined;

/**
 * The UNECE membership (56 States) read from data/unece-members/unece_member_states.csv on the
 * first call, then cached. Throws if the file is missing, lacks an `iso3` column or holds a code
 * that is not three capital letters.
 */
export function uneceRegionSet(): RegionSet {
  cached ??= {
    code: 'unece',
    version: '2025',
    kind: 'membership',
    name: {
      en: 'UNECE member States',
      fr: 'États membres de la CEE-ONU',
      ru: 'Государства — члены ЕЭК ООН',
    },
    source: {
      note:
        'The 56 member States of the United Nations Economic Commission for Europe (Europe, Canada, the ' +
        'United States, the five Central Asian States and Israel), as compiled in ' +
        'data/unece-members/unece_member_states.csv (see its PROVENANCE.md).',
      url: 'https://unece.org/geographical-scope',
    },
    members: readIso3Column(readFileSync(UNECE_MEMBERS_CSV, 'utf8')),
  };
  return cached;
}

/** The sorted `iso3` column of a CSV text with a header row. */
export function readIso3Column(csv: string): string[] {
  const rows = parse(csv, { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  return rows
    .map((row, i) => {
      const iso3 = row['iso3'];
      if (!iso3 || !/^[A-Z]{3}$/.test(iso3))
        throw new Error(
          `unece_member_states.csv:${i + 2}: iso3: expected three capital letters, got "${iso3 ?? ''}"`,
        );
      return iso3;
    })
    .sort();
}
