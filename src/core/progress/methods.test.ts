import { describe, expect, it } from 'vitest';
import { DEFAULT_COVERAGE_RULE } from '../aggregate.ts';
import { DEFAULT_GGGI_PARAMS } from '../gggi.ts';
import { DEFAULT_ESCAP_PARAMS } from './escap.ts';
import { DEFAULT_GROWTH_RATIO_PARAMS } from './growth-ratio.ts';
import { PROGRESS_METHODS, progressMethod } from './methods.ts';
import { DEFAULT_SDSN_PARAMS } from './sdsn.ts';

function param(id: string, name: string) {
  return progressMethod(id)?.parameters.find((p) => p.name === name);
}

describe('progress method registry', () => {
  it('has unique ids, each with a name, publisher, reference and explanation', () => {
    const ids = PROGRESS_METHODS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of PROGRESS_METHODS) {
      expect(m.name && m.publisher && m.explanation, m.id).toBeTruthy();
      expect(m.reference, m.id).toMatch(/^METHODS\.md §\d/);
      expect(new Set(m.parameters.map((p) => p.name)).size, m.id).toBe(m.parameters.length);
    }
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['growth-ratio', { ...DEFAULT_GROWTH_RATIO_PARAMS }, []],
    ['sdsn', { ...DEFAULT_SDSN_PARAMS }, []],
    ['escap-api', { ...DEFAULT_ESCAP_PARAMS }, ['baseYear', 'scale']],
    ['escap-csi', { ...DEFAULT_ESCAP_PARAMS }, ['fitFromYear', 'targetYear', 'tolerance']],
    ['gggi', { ...DEFAULT_GGGI_PARAMS }, []],
    ['regional-aggregate', { ...DEFAULT_COVERAGE_RULE }, []],
  ])('%s lists every parameter of its module with the module’s default', (id, defaults, elsewhere) => {
    for (const [name, value] of Object.entries(defaults)) {
      if (elsewhere.includes(name)) continue;
      expect(param(id, name)?.default, `${id}.${name}`).toBe(value);
    }
  });

  it.each<[string, string, 'confirmed' | 'unconfirmed']>([
    // Unconfirmed in METHODS.md.
    ['growth-ratio', 'c', 'unconfirmed'],
    ['growth-ratio', 'directionFactor', 'unconfirmed'],
    ['sdsn', 'colourSplit', 'unconfirmed'],
    ['sdsn', 'onTrackShare', 'unconfirmed'],
    ['sdsn', 'moderateShare', 'unconfirmed'],
    ['escap-csi', 'scale', 'unconfirmed'],
    ['escap-api', 'tolerance', 'unconfirmed'],
    ['escap-api', 'weights', 'unconfirmed'],
    ['gggi', 'rescaleHealth', 'unconfirmed'],
    ['gggi', 'healthyLifeExpectancyBenchmark', 'unconfirmed'],
    ['gggi-years-to-close', 'formula', 'unconfirmed'],
    // Confirmed.
    ['growth-ratio', 'ratioOnTrack', 'confirmed'],
    ['gggi', 'minIndicators', 'confirmed'],
    ['gggi', 'sexRatioAtBirthBenchmark', 'confirmed'],
  ])('%s.%s is %s', (id, name, status) => {
    expect(param(id, name)?.status).toBe(status);
    expect(param(id, name)?.note.length).toBeGreaterThan(5);
  });

  it('finds nothing for an unknown id', () => {
    expect(progressMethod('eurostat')).toBeUndefined();
  });
});
