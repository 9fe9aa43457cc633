/**
 * Standard competition ranks ("1224") of scores where LOWER is better: equal scores share a rank
 * and the next rank skips as many places as were shared. Scores within `tolerance` of the first
 * score of their tie group count as equal, so values compared at published precision (e.g.
 * |0.975 − 1| and |1.025 − 1|, which differ in binary) tie. Returns one rank per input, in input
 * order; non-finite scores are the caller's to leave out.
 */
export function competitionRanks(scores: readonly number[], tolerance = 1e-9): number[] {
  const order = scores.map((score, index) => ({ score, index })).sort((a, b) => a.score - b.score);
  const ranks = new Array<number>(scores.length);
  let groupScore = Number.NaN;
  let groupRank = 0;
  order.forEach(({ score, index }, position) => {
    if (!(Math.abs(score - groupScore) <= tolerance)) {
      groupScore = score;
      groupRank = position + 1;
    }
    ranks[index] = groupRank;
  });
  return ranks;
}
