import { describe, expect, it } from 'vitest';
import { evidenceKey, evidenceToken, findEmbeddedBlocks, parseEvidenceSpec } from './evidence.ts';

describe(parseEvidenceSpec, () => {
  it.each([
    ['value:area=KAZ,indicator=hdr.gii', { kind: 'value', area: 'KAZ', indicator: 'hdr.gii' }],
    [
      'value: area=KAZ , indicator=sdg.5.5.1, year=2023, source=2024-10-24',
      { kind: 'value', area: 'KAZ', indicator: 'sdg.5.5.1', year: 2023, source: '2024-10-24' },
    ],
    [
      'indicator-chart:area=UZB,indicator=wdi.SG.GEN.PARL.ZS,source=HDR23-24',
      { kind: 'indicator-chart', area: 'UZB', indicator: 'wdi.SG.GEN.PARL.ZS', source: 'HDR23-24' },
    ],
    [
      'index:index=gdi,area=KAZ,edition=HDR25',
      { kind: 'index', index: 'gdi', area: 'KAZ', edition: 'HDR25' },
    ],
    ['index:area=ZZG.ECA,index=hdi', { kind: 'index', index: 'hdi', area: 'ZZG.ECA' }],
  ])('%s', (text, spec) => {
    expect(parseEvidenceSpec(text)).toEqual({ ok: true, spec });
  });

  it.each([
    ['chart:area=KAZ', 'unknown evidence kind "chart": expected indicator-chart, value, index'],
    ['value:area=KAZ', 'value: missing indicator'],
    ['value:area=kaz,indicator=hdr.gii', 'value: area must be an ISO3 code such as KAZ, got "kaz"'],
    [
      'value:area=KAZ,indicator=hdr.gii,year=1850',
      'value: year must be a year between 1900 and 2100, got "1850"',
    ],
    ['index:index=gggi,area=KAZ', 'index: index must be gii, gdi or hdi, got "gggi"'],
    ['index:index=gii,area=KAZ,year=2020', 'index: unknown parameter "year": expected index, area, edition'],
    ['value:area=KAZ,area=UZB,indicator=hdr.gii', 'value: parameter "area" given twice'],
    ['value:area', 'expected key=value, got "area"'],
    [
      'value:area=KAZ,indicator=<script>',
      'value: indicator must be an indicator code such as hdr.gii, got "<script>"',
    ],
  ])('%s → %s', (text, message) => {
    expect(parseEvidenceSpec(text)).toEqual({ ok: false, message });
  });
});

describe(evidenceKey, () => {
  it('is the same for the same block however it was written', () => {
    const a = parseEvidenceSpec('value:year=2022,indicator=hdr.gii,area=KAZ');
    const b = parseEvidenceSpec('value: area=KAZ, indicator=hdr.gii, year=2022');
    if (!a.ok || !b.ok) throw new Error('parse');
    expect(evidenceKey(a.spec)).toBe('value:area=KAZ,indicator=hdr.gii,year=2022');
    expect(evidenceKey(b.spec)).toBe(evidenceKey(a.spec));
    expect(evidenceToken(a.spec)).toBe('{{evidence:value:area=KAZ,indicator=hdr.gii,year=2022}}');
  });
});

describe(findEmbeddedBlocks, () => {
  it('finds blocks with their line and column, and names malformed ones', () => {
    const text = [
      'The GII fell to {{evidence:value:area=KAZ,indicator=hdr.gii}}.',
      '',
      'See {{evidence:indicator-chart:area=KAZ,indicator=hdr.pr}} and {{evidence:index:index=gii}}',
      'Broken {{evidence:value:area=KAZ',
      'and {{other}} is left alone.',
    ].join('\n');
    const found = findEmbeddedBlocks(text);
    expect(found.blocks.map((b) => [b.key, b.line, b.column])).toEqual([
      ['value:area=KAZ,indicator=hdr.gii', 1, 17],
      ['indicator-chart:area=KAZ,indicator=hdr.pr', 3, 5],
    ]);
    expect(found.errors).toEqual([
      { line: 3, column: 64, message: 'index: missing area' },
      { line: 4, column: 8, message: 'unterminated {{evidence:…}}: expected }} on the same line' },
    ]);
  });

  it('finds nothing in plain text', () => {
    expect(findEmbeddedBlocks('No evidence here {{ evidence }}.')).toEqual({ blocks: [], errors: [] });
  });
});
