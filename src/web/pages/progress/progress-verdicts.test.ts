import { describe, expect, it } from 'vitest';
import type { MethodResult } from './progress-types.ts';
import { countCategoryView, orderedCounts, verdictView, GROWTH_RATIO_VIEW } from './progress-verdicts.ts';

describe('verdictView', () => {
  it.each([
    [{ ok: true, value: 'deterioration' }, '↓', 'growthRatio.deterioration', 'off-track'],
    [{ ok: true, value: 'acceleration-needed' }, '➚', 'growthRatio.acceleration-needed', 'progressing'],
    [{ ok: true, value: 'target-achieved' }, '✔', 'growthRatio.target-achieved', 'on-track'],
    [
      { ok: false, reason: 'not-enough-data', gap: 'fewer-than-two-points', detail: 'one value' },
      '•',
      'noResult.not-enough-data',
      'none',
    ],
    [{ ok: false, reason: 'not-applicable', detail: 'no target' }, '–', 'noResult.not-applicable', 'none'],
  ] as const)('%j → %s %s (%s)', (result, symbol, key, tone) => {
    const view = verdictView(
      result as MethodResult<keyof typeof GROWTH_RATIO_VIEW>,
      (c) => GROWTH_RATIO_VIEW[c],
    );
    expect(view).toEqual({ symbol, key, tone });
  });
});

describe('countCategoryView', () => {
  it.each([
    ['sdsn', 'moderately-improving', '➚', 'progressing'],
    ['sdsn', 'unavailable', '•', 'none'],
    ['escapApi', 'reverse', '↓', 'off-track'],
    ['escapApi', 'insufficient-data', '•', 'none'],
    ['growthRatio', 'no-data', '∅', 'none'],
    ['growthRatio', 'not-applicable', '–', 'none'],
  ] as const)('%s %s → %s (%s)', (method, category, symbol, tone) => {
    const view = countCategoryView(method, category);
    expect([view.symbol, view.tone]).toEqual([symbol, tone]);
  });
});

describe('orderedCounts', () => {
  // Central Asia (5 members), women's seats in parliament, HDR25, base 2015, target 2030
  // (GET /api/progress/regions/central-asia on the bundled data).
  it('orders the growth-ratio counts best first with their shares', () => {
    const counts = { deterioration: 2, 'limited-progress': 1, 'acceleration-needed': 1, 'on-track': 1 };
    expect(orderedCounts('growthRatio', counts)).toEqual([
      { category: 'on-track', count: 1, share: 0.2 },
      { category: 'acceleration-needed', count: 1, share: 0.2 },
      { category: 'limited-progress', count: 1, share: 0.2 },
      { category: 'deterioration', count: 2, share: 0.4 },
    ]);
  });

  it('puts the members without a verdict last and leaves out empty categories', () => {
    // Central Asia, women managers (UNSD): 3 of 5 members have data.
    const counts = { 'no-data': 2, accelerate: 2, 'insufficient-data': 1, maintain: 0 };
    expect(orderedCounts('escapApi', counts).map((c) => [c.category, c.count])).toEqual([
      ['accelerate', 2],
      ['insufficient-data', 1],
      ['no-data', 2],
    ]);
  });
});
