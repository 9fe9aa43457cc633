import { describe, expect, it } from 'vitest';
import { competitionRanks } from './rank.ts';

describe(competitionRanks, () => {
  it.each<[string, number[], number[]]>([
    ['empty', [], []],
    ['one', [0.182], [1]],
    // HDR25 GII 2023 of KAZ, KGZ, TJK, UZB: lower is better.
    ['distinct, any order', [0.182, 0.34, 0.258, 0.291], [1, 4, 2, 3]],
    ['ties share a rank and the next skips', [0.2, 0.1, 0.2, 0.3], [2, 1, 2, 4]],
    ['all tied', [0.5, 0.5, 0.5], [1, 1, 1]],
    ['tie at the end', [0.1, 0.3, 0.3], [1, 2, 2]],
    // |0.975 − 1| and |1.025 − 1| differ in binary; at published precision they tie.
    ['float noise ties', [Math.abs(0.975 - 1), Math.abs(1.025 - 1), 0.03], [1, 1, 3]],
    ['negated scores (higher is better)', [-0.837, -0.9, -0.837], [2, 1, 2]],
  ])('%s', (_name, scores, expected) => {
    expect(competitionRanks(scores)).toEqual(expected);
  });

  it('a zero tolerance keeps near-equal scores apart', () => {
    expect(competitionRanks([Math.abs(0.975 - 1), Math.abs(1.025 - 1)], 0)).toEqual([2, 1]);
  });
});
