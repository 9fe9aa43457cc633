import { impliedBounds, type Indicator } from '../indicator.ts';

/** Publisher names as the sources' own metadata and the import source rows give them. */
export const PUBLISHERS = {
  hdr: 'UNDP Human Development Report Office',
  wdi: 'The World Bank',
  unsd: 'United Nations Statistics Division',
  openSdg:
    'National statistical offices, via their Open SDG platforms (Kazakhstan: Bureau of National Statistics; ' +
    'United Kingdom: Office for National Statistics)',
} as const;

/** An entry as written in the data files: publisher added by the definer; defaults below. */
export type IndicatorInput = Omit<Indicator, 'publisher' | 'valid' | 'bpfaSource'> &
  Partial<Pick<Indicator, 'valid' | 'bpfaSource'>>;

/**
 * Returns a function that completes entries of one publisher: `valid` defaults to the bounds the
 * unit implies (`impliedBounds`), `bpfaSource` to 'judgment'. Explicit values win.
 */
export function definer(publisher: string): (entry: IndicatorInput) => Indicator {
  return (entry) => ({
    ...entry,
    publisher,
    valid: entry.valid ?? impliedBounds(entry.unit),
    bpfaSource: entry.bpfaSource ?? 'judgment',
  });
}
