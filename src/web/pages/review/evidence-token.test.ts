import { describe, expect, it } from 'vitest';
import { embeddedKeys, evidenceKey, evidenceToken, insertAt } from './evidence-token.ts';
import type { EvidenceSpec } from './review-types.ts';

describe('evidence tokens as the server names them', () => {
  it.each<{ spec: EvidenceSpec; key: string }>([
    // Keys sorted, as src/core/reports/evidence.ts evidenceKey writes them.
    { spec: { kind: 'index', index: 'gii', area: 'KAZ' }, key: 'index:area=KAZ,index=gii' },
    {
      spec: { kind: 'index', index: 'hdi', area: 'KAZ', edition: 'HDR25' },
      key: 'index:area=KAZ,edition=HDR25,index=hdi',
    },
    {
      spec: { kind: 'value', area: 'KAZ', indicator: 'wdi.SG.GEN.PARL.ZS', year: 2021 },
      key: 'value:area=KAZ,indicator=wdi.SG.GEN.PARL.ZS,year=2021',
    },
    {
      spec: { kind: 'indicator-chart', area: 'UZB', indicator: 'hdr.gii', source: 'HDR25' },
      key: 'indicator-chart:area=UZB,indicator=hdr.gii,source=HDR25',
    },
  ])('$key', ({ spec, key }) => {
    expect(evidenceKey(spec)).toBe(key);
    expect(evidenceToken(spec)).toBe(`{{evidence:${key}}}`);
  });

  it('leaves out empty optional parameters', () => {
    expect(evidenceKey({ kind: 'value', area: 'KAZ', indicator: 'hdr.gii', source: '' })).toBe(
      'value:area=KAZ,indicator=hdr.gii',
    );
  });

  it.each([
    { text: '', start: 0, end: 0, out: 'T', cursor: 1 },
    { text: 'GII fell to', start: 11, end: 11, out: 'GII fell to T', cursor: 13 },
    { text: 'GII fell to .', start: 12, end: 12, out: 'GII fell to T.', cursor: 13 },
    { text: 'a XX b', start: 2, end: 4, out: 'a T b', cursor: 3 },
  ])('insertAt($text, $start, $end)', ({ text, start, end, out, cursor }) => {
    expect(insertAt(text, start, end, 'T')).toEqual({ text: out, cursor });
  });

  it('finds each embedded key once, in order', () => {
    const md =
      'The GII was {{evidence:index:area=KAZ,index=gii}} in 2023.\n\n{{evidence:indicator-chart:area=KAZ,indicator=hdr.gii}} and again {{evidence:index:area=KAZ,index=gii}}';
    expect(embeddedKeys(md)).toEqual([
      'index:area=KAZ,index=gii',
      'indicator-chart:area=KAZ,indicator=hdr.gii',
    ]);
  });
});
