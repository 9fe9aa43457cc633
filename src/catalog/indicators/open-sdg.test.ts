import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sdg5Indicators } from '../sdg5.ts';
import { openSdg } from './open-sdg-define.ts';
import { openSdgIndicators } from './open-sdg.ts';

const DATA = new URL('../../../data/', import.meta.url);

/** Indicator codes as the contract derives them from file names: indicator_5-2-1-1.csv → sdg.5.2.1.1. */
function codesOfPlatform(folder: string): string[] {
  return readdirSync(new URL(`${folder}/data/`, DATA))
    .filter((f) => /^indicator_[\w-]+\.csv$/.test(f))
    .map((f) => `sdg.${f.slice('indicator_'.length, -'.csv'.length).replaceAll('-', '.')}`);
}

describe('Open SDG indicators', () => {
  const codes = new Set(openSdgIndicators.map((i) => i.code));

  it.each([
    ['open-sdg-kazstat', 16],
    ['open-sdg-ons-uk', 14],
  ])('has an entry for every indicator file of %s (%i files)', (folder, n) => {
    const fileCodes = codesOfPlatform(folder);
    expect(fileCodes).toHaveLength(n);
    for (const code of fileCodes) expect(codes.has(code), code).toBe(true);
  });

  it('covers the 14 SDG 5 indicators plus the two Kazakh add-ons, and no more', () => {
    expect(openSdgIndicators).toHaveLength(16);
    for (const i of sdg5Indicators) expect(codes.has(`sdg.${i.id}`), i.id).toBe(true);
    expect(codes.has('sdg.5.2.1.1') && codes.has('sdg.5.2.1.2')).toBe(true);
  });

  it('starts each definition with the official SDG wording, or the national title for add-ons', () => {
    const parl = openSdgIndicators.find((i) => i.code === 'sdg.5.5.1')!;
    expect(parl.definition).toMatch(
      /^SDG indicator 5\.5\.1: Proportion of seats held by women in \(a\) national parliaments and \(b\) local governments\./,
    );
    const vaw = openSdgIndicators.find((i) => i.code === 'sdg.5.2.1.1')!;
    expect(vaw.definition).toMatch(
      /^National add-on indicator: Reductions in reported incidents of violence against women/,
    );
    expect(vaw.name.ru).toBe('Снижение зарегистрированных фактов насилия в отношении женщин');
    // Real values of the add-on (−20.9 … −56.0) are per-cent changes and must pass the bounds.
    expect(vaw.unit).toBe('percent-change');
    expect(vaw.valid.min).toBe(-100);
  });

  it('records the national 5.5.1 figures that differ from IPU', () => {
    const parl = openSdgIndicators.find((i) => i.code === 'sdg.5.5.1')!;
    expect(parl.conceptNote).toMatch(/22\.2 %.*30\.5.*23\.0.*27\.1/);
  });

  it('refuses an unknown global id without a national title', () => {
    expect(() =>
      openSdg('5.9.9', {
        name: { en: 'x', fr: 'x', ru: 'x' },
        unit: 'percent',
        direction: 'neutral',
        national: '',
        concept: 'x',
        bpfa: [],
        clusters: [],
        sdgTargets: [],
        dimensions: [],
        synonyms: [],
      }),
    ).toThrow('sdg.5.9.9');
  });
});
