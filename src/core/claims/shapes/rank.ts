import type { Clause, Reading } from '../clause.ts';

/**
 * Ranks: "ranked 50th", "ranks 50th out of 193", "50th out of 193 countries in the GII",
 * "in 50th place", "rank 50", "заняла 50-е место из 193 стран", "на 50-м месте".
 * An ordinal alone is no rank ("the 69th session"): it needs a ranking verb before it or
 * "place", "position", "out of N", "of N", "among N" after it.
 */

const RANKED =
  /(?<![\p{L}])(?:ranked|ranks|ranking|rank|placed|positioned|position|place)\s+(?:at\s+|in\s+)?(?:no\.?\s*|number\s+|#\s*)?(\d{1,3})(?:st|nd|rd|th)?(?![\p{L}\p{N}])/iu;
const ORDINAL = /(?<![\p{L}\p{N}.,])(\d{1,3})(?:st|nd|rd|th)(?![\p{L}\p{N}])/giu;
const RANK_VERB_BEFORE =
  /(?<![\p{L}])(?:ranked|ranks|ranking|placed|came|comes|stands|stood|is|was|at|in)\s+(?:the\s+)?$/iu;
const RANK_AFTER =
  /^\s*(?:place|position|out\s+of\s+\d|of\s+\d|among\s+\d|in\s+the\s+(?:world|region|ranking))/iu;
const RU_PLACE =
  /(?<![\p{L}\p{N}])(\d{1,3})\s*(?:[-‑–]?\s*(?:е|ое|м|ом|й|ю|го|ее))?\s+мест[а-яё]*(?![\p{L}])|(?<![\p{L}])мест[а-яё]*\s+(?:№\s*)?(\d{1,3})(?![\p{N}])/iu;
const OUT_OF = /^[^;]{0,40}?(?<![\p{L}])(?:out\s+of|of|among|from|из|среди)\s+(\d{1,3})(?![\p{N}])/iu;

function ordinalRank(text: string): RegExpExecArray | undefined {
  for (const m of text.matchAll(ORDINAL)) {
    const after = text.slice(m.index + m[0].length);
    if (RANK_VERB_BEFORE.test(text.slice(0, m.index)) || RANK_AFTER.test(after)) return m as RegExpExecArray;
  }
  return undefined;
}

export function readRank(clause: Clause): Reading | undefined {
  const m = RANKED.exec(clause.text) ?? ordinalRank(clause.text) ?? RU_PLACE.exec(clause.text) ?? undefined;
  if (!m) return undefined;
  const rank = Number(m[1] ?? m[2]);
  if (!(rank >= 1)) return undefined;
  const outOf = OUT_OF.exec(clause.text.slice(m.index + m[0].length))?.[1];
  return { assertion: { kind: 'rank', rank, ...(outOf ? { outOf: Number(outOf) } : {}) } };
}

/** Whether a clause has a rank in it (for cutting clauses). */
export function hasRank(text: string): boolean {
  return RANKED.test(text) || ordinalRank(text) !== undefined || RU_PLACE.test(text);
}
