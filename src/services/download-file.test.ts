import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { SourceRead } from '../store/source-reads.ts';
import { buildDownload, checkRedistribution, citationOf, type DownloadContent } from './download-file.ts';

const WDI: SourceRead = {
  id: 3,
  dataset: 'wdi',
  edition: '2022-02-15',
  publisher: 'The World Bank',
  title: 'World Development Indicators',
  licence: 'CC BY 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
  redistribution: true,
  url: 'https://datacatalog.worldbank.org/search/dataset/0037712/World-Development-Indicators',
  citation: 'World Bank, World Development Indicators (last updated 2022-02-15)',
  files: [
    {
      fileName: 'API_SG.GEN.PARL.ZS_DS2_en_csv_v2_3731396.csv',
      sha256: 'bad9cbd64e6ddb2615a1ee753fac1c59ff2d8ee73e3955cabf1e7280c34434cb',
      bytes: 150268,
      retrievedAt: '2026-11-27T03:30:03Z',
    },
  ],
};

const UNSD: SourceRead = {
  ...WDI,
  id: 5,
  dataset: 'unsd-minset',
  edition: 'minset-2021-09-30',
  publisher: 'United Nations Statistics Division',
  licence: 'UN terms of use (no open licence stated)',
  redistribution: false,
};

const NOW = new Date('2026-11-27T10:00:00Z');

const CONTENT: DownloadContent = {
  kind: 'observations',
  label: 'wdi.SG.GEN.PARL.ZS',
  title: 'Parity observations: wdi.SG.GEN.PARL.ZS',
  columns: [
    { name: 'area', about: 'ISO3' },
    { name: 'year', about: 'year' },
    { name: 'value', about: 'value' },
  ],
  csvRows: [{ area: 'KAZ', year: 2020, value: 27.1028037383178, ignored: 'x' }],
  jsonRows: [{ area: 'KAZ', year: 2020, value: 27.1028037383178 }],
  sources: [WDI],
  query: { indicator: 'wdi.SG.GEN.PARL.ZS', country: 'KAZ' },
  path: '/api/observations/download',
};

describe(checkRedistribution, () => {
  it('allows open sources', () => {
    expect(checkRedistribution([WDI]).ok).toBe(true);
  });

  it('refuses when any source may not be redistributed, naming it and how to leave it out', () => {
    const r = checkRedistribution([WDI, UNSD]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.kind).toBe('forbidden');
    expect(r.message).toContain('unsd-minset minset-2021-09-30');
    expect(r.message).toContain('dataset=wdi');
  });
});

describe(citationOf, () => {
  it('cites Parity and every source', () => {
    expect(citationOf([WDI], NOW)).toBe(
      'Parity data export, 2026-11-27. Sources: World Bank, World Development Indicators (last updated 2022-02-15)',
    );
  });
});

describe(buildDownload, () => {
  it('zips data.csv (the columns, in order) with a README giving citation, licence, query and time', async () => {
    const file = await buildDownload(CONTENT, 'csv', NOW);
    expect(file.fileName).toBe('parity-observations-wdi.SG.GEN.PARL.ZS-20261127.zip');
    expect(file.contentType).toBe('application/zip');
    const files = unzipSync(file.body as Uint8Array);
    expect(Object.keys(files).sort()).toEqual(['README.md', 'data.csv']);
    expect(strFromU8(files['data.csv']!)).toBe('area,year,value\nKAZ,2020,27.1028037383178\n');
    const readme = strFromU8(files['README.md']!);
    for (const part of [
      'World Bank, World Development Indicators (last updated 2022-02-15)',
      'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
      '`GET /api/observations/download?indicator=wdi.SG.GEN.PARL.ZS&country=KAZ`',
      '2026-11-27T10:00:00.000Z',
      'wdi 2022-02-15',
      'SHA-256 bad9cbd64e6ddb2615a1ee753fac1c59ff2d8ee73e3955cabf1e7280c34434cb',
    ])
      expect(readme).toContain(part);
  });

  it('gives JSON with a meta block', async () => {
    const file = await buildDownload(CONTENT, 'json', NOW);
    expect(file.fileName).toBe('parity-observations-wdi.SG.GEN.PARL.ZS-20261127.json');
    const body = JSON.parse(file.body as string);
    expect(body.data).toEqual(CONTENT.jsonRows);
    expect(body.meta).toMatchObject({
      citation: citationOf([WDI], NOW),
      query: CONTENT.query,
      generatedAt: '2026-11-27T10:00:00.000Z',
      rows: 1,
      sources: [{ dataset: 'wdi', edition: '2022-02-15', licence: 'CC BY 4.0', publisher: 'The World Bank' }],
    });
  });
});
