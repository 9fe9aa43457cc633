import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorByCode } from '../catalog/index.ts';
import type { Store } from '../store/connect.ts';
import { openTestStore } from '../store/test-store.ts';
import { expandToConcepts, readHeadlineSeries, sourceLabel } from './headline-series.ts';
import { importFile } from './import-file.ts';
import { importJobs } from './importers.ts';
import { ensureReferenceData } from './reference-data.ts';

// A small real store: Kazakhstan's rows of both HDR editions, the WDI seats file, the UNSD
// minimum-set seats series and Kazakhstan's SDG 5.5.1 file (the whole bundled set is not needed).
const DATA = new URL('../../data/', import.meta.url).pathname;
let store: Store;

function hdrRows(edition: 'HDR25' | 'HDR23-24', iso3: string): string {
  const text = readFileSync(
    join(DATA, `undp-hdr/${edition}_Composite_indices_complete_time_series.csv`),
    'latin1',
  );
  const lines = text.split('\r\n');
  const path = join(mkdtempSync(join(tmpdir(), 'parity-headline-')), `${edition}_subset.csv`);
  writeFileSync(
    path,
    [lines[0], ...lines.filter((l) => l.startsWith(`${iso3},`)), ''].join('\r\n'),
    'latin1',
  );
  return path;
}

beforeAll(async () => {
  store = await openTestStore();
  await ensureReferenceData(store.db);
  const jobs = [
    ...(await importJobs('hdr', hdrRows('HDR25', 'KAZ'))),
    ...(await importJobs('hdr', hdrRows('HDR23-24', 'KAZ'))),
    ...(await importJobs('wdi', join(DATA, 'worldbank-wdi/API_SG.GEN.PARL.ZS_DS2_en_csv_v2_3731396.csv'))),
    ...(await importJobs(
      'unsd-minset',
      join(DATA, 'unstats-minset/series_data_rearranged/7100__IV_2__I836a1d80__S5867152a.csv'),
    )),
    ...(await importJobs(
      'unsd-minset',
      join(DATA, 'unstats-minset/series_data_rearranged/7000__IV_1__I22b614cb__S22b614cb.csv'),
    )),
    ...(await importJobs('open-sdg', join(DATA, 'open-sdg-kazstat/data/indicator_5-5-1.csv'))),
  ];
  for (const job of jobs) {
    const o = await importFile({ db: store.db, rules: indicatorByCode, runBy: 'test' }, job);
    if (o.status !== 'imported') throw new Error(`import failed: ${JSON.stringify(o)}`);
  }
}, 120_000);
afterAll(() => store?.close());

describe(readHeadlineSeries, () => {
  it('gives one GII series per HDR edition, the total breakdown, newest first', async () => {
    const list = await readHeadlineSeries(store.db, { area: 'KAZ', indicators: ['hdr.gii'] });
    expect(list.map((s) => [s.source, s.dimsLabel, s.breakdown, s.points.length])).toEqual([
      ['HDR25', 'total', 'total', 24],
      ['HDR23-24', 'total', 'total', 23],
    ]);
    const hdr25 = list.find((s) => s.edition === 'HDR25')!;
    expect(hdr25).toMatchObject({
      indicator: 'hdr.gii',
      concept: 'gii',
      unit: 'index',
      orientation: { direction: 'lower-is-better' },
      dataset: 'undp-hdr-composite',
      kind: 'international',
    });
    expect(hdr25.points[0]).toEqual({ year: 2000, value: 0.37 });
    expect(hdr25.points.find((p) => p.year === 2022)).toEqual({ year: 2022, value: 0.168 });
    expect(hdr25.points.at(-1)).toEqual({ year: 2023, value: 0.182 });
  });

  it('reads women’s seats from every source in the preferred breakdown', async () => {
    const list = await readHeadlineSeries(store.db, {
      area: 'KAZ',
      indicators: expandToConcepts(['hdr.pr']),
    });
    // Latest values: HDR25 19.6 (2023), HDR23-24 24.7 (2022), UNSD 27.1 (2021), WDI 27.1028 (2020),
    // national SG_GEN_PARL 23.0 (2023), never the local councils (SG_GEN_LOCG 18.4).
    expect(
      list.map((s) => [
        s.indicator,
        s.source,
        s.dimsLabel,
        s.breakdown,
        s.points.at(-1)?.year,
        s.points.at(-1)?.value,
      ]),
    ).toEqual([
      ['hdr.pr', 'HDR25', 'sex=F', 'preferred', 2023, 19.59459459],
      ['hdr.pr', 'HDR23-24', 'sex=F', 'preferred', 2022, 24.67532468],
      ['wdi.SG.GEN.PARL.ZS', 'WDI 2022-02-15', 'total', 'preferred', 2020, 27.1028037383178],
      ['unsd.parl_seats', 'UNSD minimum set 2021-09-30', 'sex=F', 'preferred', 2021, 27.1],
      ['sdg.5.5.1', 'national SDG platform 2024-10-24', 'series=SG_GEN_PARL, unit=PT', 'preferred', 2023, 23],
    ]);
    expect(list.find((s) => s.indicator === 'sdg.5.5.1')).toMatchObject({ kind: 'national' });
    expect(list[0]!.definitionNote).not.toBe('');
  });

  it('takes the total when there is one, else women (sex=F)', async () => {
    // Life expectancy: HDR publishes the total (le) and by sex (le_f, le_m); the total is read.
    const le = await readHeadlineSeries(store.db, { area: 'KAZ', indicators: ['hdr.le'] });
    expect(le.map((s) => [s.source, s.dimsLabel, s.breakdown])).toEqual([
      ['HDR25', 'total', 'total'],
      ['HDR23-24', 'total', 'total'],
    ]);
    // Women ministers (UNSD) are published for women only: 20 % in 2014, 5.6 % in 2019.
    const [ministers] = await readHeadlineSeries(store.db, { area: 'KAZ', indicators: ['unsd.ministers'] });
    expect(ministers).toMatchObject({ dimsLabel: 'sex=F', breakdown: 'female' });
    expect(ministers?.points.slice(-3)).toEqual([
      { year: 2015, value: 13.33 },
      { year: 2017, value: 5.6 },
      { year: 2019, value: 5.6 },
    ]);
  });

  it('gives nothing for an area or indicator without values', async () => {
    expect(await readHeadlineSeries(store.db, { area: 'NOR', indicators: ['hdr.gii'] })).toEqual([]);
    expect(await readHeadlineSeries(store.db, { area: 'KAZ', indicators: [] })).toEqual([]);
  });
});

describe(expandToConcepts, () => {
  it.each([
    [['hdr.pr'], ['hdr.pr', 'wdi.SG.GEN.PARL.ZS', 'unsd.parl_seats', 'sdg.5.5.1']],
    [['hdr.gii'], ['hdr.gii']],
    [['wdi.SL.TLF.CACT.FE.ZS'], ['wdi.SL.TLF.CACT.FE.ZS', 'hdr.lfpr', 'unsd.lfpr']],
    [['nope', 'hdr.gii_rank'], ['hdr.gii_rank']],
  ])('%j → %j', (codes, expected) => {
    expect(expandToConcepts(codes)).toEqual(expected);
  });
});

describe(sourceLabel, () => {
  it.each([
    ['undp-hdr-composite', 'HDR25', 'HDR25'],
    ['wdi', '2022-02-15', 'WDI 2022-02-15'],
    ['unsd-minset', 'minset-2021-09-30', 'UNSD minimum set 2021-09-30'],
    ['open-sdg-gbr', '2025-09-24', 'national SDG platform 2025-09-24'],
  ])('%s %s → %s', (dataset, edition, label) => expect(sourceLabel(dataset, edition)).toBe(label));
});
