import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bpfaAreasFromObjectives } from '../bpfa.ts';
import { unsdIndicators } from './unsd.ts';

const DATA = new URL('../../../data/unstats-minset/', import.meta.url);

interface CatalogIndicator {
  INDICATOR_LABEL: string;
  BPFA: string | null;
  SERIES: { SERIES_ID: string }[];
}

const catalog = (
  JSON.parse(readFileSync(new URL('master_data/minset_catalog.json', DATA), 'utf8')) as {
    INDICATORS: CatalogIndicator[];
  }[]
).flatMap((domain) => domain.INDICATORS);

function catalogEntryOfSeries(seriesId: string): CatalogIndicator {
  const found = catalog.filter((i) => i.SERIES.some((s) => s.SERIES_ID === seriesId));
  expect(found, seriesId).toHaveLength(1);
  return found[0]!;
}

// The shared contract: series file number → indicator code.
const CONTRACT: Record<string, string> = {
  '600': 'unsd.lfpr',
  '5200': 'unsd.attainment_lsec',
  '6000': 'unsd.mmr',
  '7000': 'unsd.ministers',
  '7100': 'unsd.parl_seats',
  '7200': 'unsd.local_seats',
  '7300': 'unsd.managers',
  '8100': 'unsd.ipv',
  '8500': 'unsd.child_marriage_18',
  '8700': 'unsd.abr',
  '9600': 'unsd.quota_legislated',
  '9700': 'unsd.quota_party',
  '10900': 'unsd.legal_frameworks',
  '11000': 'unsd.legal_frameworks',
  '11100': 'unsd.legal_frameworks',
  '11200': 'unsd.legal_frameworks',
};

describe('UNSD minimum-set indicators', () => {
  it('maps every bundled series file to its contract code through the MINSET_SERIES id', () => {
    const files = readdirSync(new URL('series_data_rearranged/', DATA)).filter((f) => f.endsWith('.csv'));
    expect(files).toHaveLength(16);
    for (const file of files) {
      const [number, , , series] = file.replace(/\.csv$/, '').split('__');
      const owners = unsdIndicators.filter((i) => i.sourceSeries?.includes(series!));
      expect(
        owners.map((i) => i.code),
        file,
      ).toEqual([CONTRACT[number!]]);
    }
    expect(new Set(Object.values(CONTRACT))).toEqual(new Set(unsdIndicators.map((i) => i.code)));
  });

  it.each(unsdIndicators.flatMap((i) => i.sourceSeries!.map((s) => [i.code, s] as const)))(
    '%s (%s): BPfA areas and objectives are those of minset_catalog.json',
    (code, series) => {
      const entry = catalogEntryOfSeries(series);
      const indicator = unsdIndicators.find((i) => i.code === code)!;
      expect(indicator.bpfa).toEqual(bpfaAreasFromObjectives(entry.BPFA));
      expect(indicator.bpfaObjectives ?? []).toEqual(
        entry.BPFA ? entry.BPFA.split(',').map((s) => s.trim()) : [],
      );
      expect(indicator.bpfaSource).toBe('publisher');
    },
  );

  it('explains the one empty mapping (QV.1, SDG 5.1.1) instead of inventing one', () => {
    const legal = unsdIndicators.find((i) => i.code === 'unsd.legal_frameworks')!;
    expect(catalogEntryOfSeries('Se2c9383f').INDICATOR_LABEL).toBe('QV.1');
    expect(legal.bpfa).toEqual([]);
    expect(legal.bpfaReason).toMatch(/QV\.1/);
  });

  it('marks the quota series as categorical', () => {
    const categorical = unsdIndicators.filter((i) => i.categorical).map((i) => i.code);
    expect(categorical).toEqual(['unsd.quota_legislated', 'unsd.quota_party']);
  });
});
