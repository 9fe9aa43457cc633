import { describe, expect, it } from 'vitest';
import { uneceRegionSet } from './unece.ts';
import { uneceSubregions } from './unece-subregions.ts';

describe('UNECE subregions', () => {
  const unece = new Set(uneceRegionSet().members);

  it.each(uneceSubregions.map((s) => [s.code, s] as const))('%s: members are UNECE members', (_code, s) => {
    expect(s.kind).toBe('subregion');
    expect(s.members.filter((m) => !unece.has(m))).toEqual([]);
    expect(s.source.note.length).toBeGreaterThan(30);
  });

  it('has twelve EECCA countries, and no Baltic State among them', () => {
    const eecca = uneceSubregions.find((s) => s.code === 'eecca')!;
    expect(eecca.members).toHaveLength(12);
    for (const baltic of ['EST', 'LVA', 'LTU']) expect(eecca.members).not.toContain(baltic);
  });

  it('gives Eastern Europe the definition it uses, not M49', () => {
    const ee = uneceSubregions.find((s) => s.code === 'eastern-europe')!;
    expect(ee.members).toEqual(['BLR', 'MDA', 'UKR']);
    expect(ee.source.note).toMatch(/NOT the UN M49/);
  });
});
