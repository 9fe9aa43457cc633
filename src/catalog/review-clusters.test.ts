import { describe, expect, it } from 'vitest';
import { BPFA_LETTERS } from './bpfa.ts';
import { clustersForBpfaArea, reviewCluster, reviewClusters } from './review-clusters.ts';

describe('review clusters (METHODS.md §5.3, UNCONFIRMED)', () => {
  // Rows of the METHODS table.
  it.each([
    [1, 'Inclusive development, shared prosperity and decent work', 'AFIL', [1, 5, 8, 10]],
    [2, 'Poverty eradication, social protection and social services', 'ABCIL', [1, 3, 4, 5, 10]],
    [3, 'Freedom from violence, stigma and stereotypes', 'DIJL', [5, 16]],
    [4, 'Participation, accountability and gender-responsive institutions', 'GHIJL', [5, 16]],
    [5, 'Peaceful and inclusive societies', 'EIL', [5, 16]],
    [6, 'Environmental conservation, protection and rehabilitation', 'KIL', [2, 5, 6, 7, 11, 12, 13, 14, 15]],
  ])('cluster %i', (id, en, areas, sdgs) => {
    const c = reviewCluster(id)!;
    expect(c.title.en).toBe(en);
    expect(c.bpfa.join('')).toBe(areas);
    expect(c.sdgs).toEqual(sdgs);
    expect(c.title.fr && c.title.ru).toBeTruthy();
  });

  it('is marked unconfirmed, with the reason', () => {
    expect(reviewClusters).toHaveLength(6);
    for (const c of reviewClusters) {
      expect(c.confirmed).toBe(false);
      expect(c.note).toMatch(/UNCONFIRMED/);
    }
  });

  it('places every BPfA area in at least one cluster', () => {
    for (const letter of BPFA_LETTERS) expect(clustersForBpfaArea(letter).length, letter).toBeGreaterThan(0);
    expect(clustersForBpfaArea('G').map((c) => c.id)).toEqual([4]);
    expect(clustersForBpfaArea('L').map((c) => c.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(reviewCluster(7)).toBeUndefined();
  });
});
