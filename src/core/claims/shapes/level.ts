import type { Clause, Reading } from '../clause.ts';
import { comparatorBefore, WOMEN_WORDS } from '../words.ts';

/**
 * Levels: an indicator is at a value ("women hold 27% of seats in parliament", "female labour
 * force participation is over 60%", "the GII stands at 0.182", "a GII of 0.168 in 2022",
 * "доля женщин в парламенте составляет 27%"). The comparator is read from the words just before
 * the value ("over", "almost", "at least", "не менее"); none means `about`.
 *
 * A bare number ("0.182") is a level only after a linking word ("is", "stands at", "of",
 * "составляет"), so "published for 193 countries" is none. A level needs an indicator from the
 * lexicon, or a percentage in a clause about women: "we spent 5% of the budget" is no claim.
 */

const LINK =
  /(?<![\p{L}])(?:is|was|are|were|be|been|stands?\s+at|stood\s+at|remains?\s+at|remained\s+at|reached|reaches|amounts?\s+to|amounted\s+to|totall?ed|totals?|of|at|to|equals?|equall?ed|составля[а-яё]*|составил[а-яё]*|достиг[а-яё]*|на\s+уровне|равн[а-яё]*)\s*$|[:=—–-]\s*$/iu;

export function readLevel(clause: Clause): Reading | undefined {
  const aboutWomen = WOMEN_WORDS.test(clause.text);
  for (const q of clause.quantities) {
    if (q.unit !== 'percent' && q.unit !== 'number') continue;
    const before = clause.text.slice(0, q.span.start);
    const { comparator, length } = comparatorBefore(before);
    if (q.unit === 'number' && !LINK.test(before.slice(0, before.length - length))) continue;
    if (!clause.hasSubject && !(q.unit === 'percent' && aboutWomen)) continue;
    return { assertion: { kind: 'level', value: q.value, unit: q.unit, comparator } };
  }
  return undefined;
}
