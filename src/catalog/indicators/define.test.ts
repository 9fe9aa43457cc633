import { describe, expect, it } from 'vitest';
import { definer } from './define.ts';

describe('definer', () => {
  const define = definer('Test publisher');
  const base = {
    code: 'x.share',
    name: { en: 'Share', fr: 'Part', ru: 'Доля' },
    unit: 'percent' as const,
    direction: 'parity' as const,
    parityValue: 50,
    definition: 'A share.',
    concept: 'share',
    bpfa: ['G' as const],
    clusters: [4],
    sdgTargets: ['5.5'],
    dimensions: [],
    synonyms: [],
  };

  it('adds the publisher, the unit bounds and judgment as the mapping source', () => {
    expect(define(base)).toMatchObject({
      publisher: 'Test publisher',
      valid: { min: 0, max: 100 },
      bpfaSource: 'judgment',
    });
  });

  it('keeps explicit bounds and mapping source', () => {
    const e = define({ ...base, valid: { min: 0, max: 60 }, bpfaSource: 'publisher' });
    expect(e.valid).toEqual({ min: 0, max: 60 });
    expect(e.bpfaSource).toBe('publisher');
  });
});
