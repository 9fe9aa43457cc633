import { describe, expect, it } from 'vitest';
import { sectionCharts } from './evidence-charts.ts';
import type { ResolvedEvidence, SectionView } from './review-types.ts';

const chartKey = 'indicator-chart:area=KAZ,indicator=hdr.gii';
const listedKey = 'indicator-chart:area=UZB,indicator=hdr.gii';
const source = { dataset: 'undp-hdr-composite', edition: 'HDR25', label: 'HDR25' };
const chart = (key: string, area: string): ResolvedEvidence => ({
  key,
  status: 'resolved',
  kind: 'indicator-chart',
  area,
  indicator: 'hdr.gii',
  unit: 'index',
  source,
  breakdown: 'total',
  // HDR25 GII of Kazakhstan, 2021–2023 (data/undp-hdr).
  points: [
    { year: 2021, value: 0.182 },
    { year: 2022, value: 0.168 },
    { year: 2023, value: 0.182 },
  ],
});
const values: ResolvedEvidence[] = [
  chart(chartKey, 'KAZ'),
  chart(listedKey, 'UZB'),
  {
    key: 'index:area=KAZ,index=gii',
    status: 'resolved',
    kind: 'index',
    area: 'KAZ',
    index: 'gii',
    year: 2023,
    value: 0.182,
    published: 0.182,
    source,
  },
  {
    key: 'indicator-chart:area=KAZ,indicator=wdi.SL.TLF.CACT.FE.ZS',
    status: 'unresolved',
    kind: 'indicator-chart',
    message: 'no data',
  },
];

const section = (html: string, blocks: string[] = []): SectionView => ({
  id: 'data-statistics',
  part: 4,
  title: 'Data and statistics',
  guidance: '',
  html,
  empty: false,
  blocks,
});

describe('the charts of a section', () => {
  it('finds embedded chart spans and listed blocks, once each, and skips values, indices and unresolved blocks', () => {
    const html =
      `<p>The GII: <span class="evidence evidence-indicator-chart" data-evidence="${chartKey}" title="live: the latest data">Gender Inequality Index, Kazakhstan (HDR25): 0.182 in 2021 → 0.182 in 2023, 3 values</span></p>` +
      `<p><span class="evidence evidence-index" data-evidence="index:area=KAZ,index=gii">0.182</span> ` +
      `<span class="evidence evidence-unresolved" data-evidence="indicator-chart:area=KAZ,indicator=wdi.SL.TLF.CACT.FE.ZS">[evidence unavailable]</span> ` +
      `<span class="evidence evidence-indicator-chart evidence-pinned" data-evidence="${chartKey}">again</span></p>`;
    expect(sectionCharts(section(html, [listedKey, chartKey]), values).map((c) => c.key)).toEqual([
      chartKey,
      listedKey,
    ]);
  });

  it('finds nothing in a section without blocks', () => {
    expect(sectionCharts(section('<p>Text only.</p>'), values)).toEqual([]);
  });
});
