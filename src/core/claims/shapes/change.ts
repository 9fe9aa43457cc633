import type { ClaimAssertion, ClaimYears } from '../claim.ts';
import { between, nothingBetween, type Clause, type Reading } from '../clause.ts';
import type { Quantity } from '../numbers.ts';
import { COMPARATOR_GAP, type Direction, type DirectionWord } from '../words.ts';
import { findYears } from '../years.ts';

/**
 * Changes: an indicator fell or rose by an amount. The shapes, tried in this order:
 * 1. from … to …: "fell from 0.370 in 2000 to 0.168 in 2022", "с 20% до 27%", and
 *    "27% of seats, up from 20% in 2015": points, amount = |to − from|, `from`/`to` kept;
 * 2. a verb that is a factor: "halved", "cut in half", "сократилась наполовину" (a fall by a
 *    factor of 2), "doubled" (×2);
 * 3. a factor with a direction: "a two-fold increase" (×2), "снизилась вдвое", "в 4 раза" (a fall
 *    by a factor of 2, of 4);
 * 4. an amount right before a direction noun: "a 60% reduction", "a 10-point increase";
 * 5. a direction word, then "by" / "of" (nouns only) / "на" and the amount: "fell by 54.6 per
 *    cent", "reduction of 60%", "cut maternal mortality by a third", "снижение ИГН на 60%";
 * 6. "up 5 points", "down 10%".
 * Amounts in % are `percent`; points and bare numbers are the indicator's own `points`. A fall by
 * a factor k is `times` k with direction `decrease`, not the equivalent 100·(1 − 1/k) %: a factor
 * said in words has no last digit to round at, so the judge reads it within its factor tolerance
 * (±10 %: "halved" holds for a fall by 1.8–2.2 times, i.e. 44–55 %), where "50 %" would allow
 * only ±1.25. "Fell by half" is "halved"; "rose by half" is +50 %.
 */

const FROM = new RegExp(`(?<![\\p{L}])(?:from|с|со)\\s+${COMPARATOR_GAP}$`, 'iu');
const TO = new RegExp(`^[^;]{0,60}?(?<![\\p{L}])(?:to|до)\\s+${COMPARATOR_GAP}$`, 'iu');
const UP_DOWN_FROM = /(?<![\p{L}])(up|down|rising|falling|increasing|decreasing|rose|fell)\s+from\s+$/iu;
const BY = new RegExp(`(?<![\\p{L}])(by|of|на)\\s+${COMPARATOR_GAP}$`, 'iu');
const YEAR_AFTER = /^\s*\(?(?:in|as\s+of|в)\s+((?:19|20)\d\d)(?!\p{N})/iu;
/** Not "make up 27 %": that is a level. */
const UP_DOWN = /(?<![\p{L}])(?<!(?:make|makes|made|making)\s+)(up|down)\s+(?:by\s+)?$/iu;
const FACTOR_VERB =
  /(?<![\p{L}])(?:(?:more\s+than|almost|nearly)\s+)?(halved|doubled|tripled|trebled|quadrupled)(?![\p{L}])/iu;
const CUT_IN_HALF =
  /(?<![\p{L}])(?:(?:cut|reduced|slashed)\s+(?:[\p{L}'’]+\s+){0,5}?in\s+half|(?:сниз|сократ|сокращ|уменьш)[а-яё]*\s+наполовину|наполовину\s+(?:сниз|сократ|сокращ|уменьш)[а-яё]*)(?![\p{L}])/iu;
const FACTOR_OF_VERB: Readonly<Record<string, number>> = {
  doubled: 2,
  tripled: 3,
  trebled: 3,
  quadrupled: 4,
};

const AMOUNT_UNITS = new Set(['percent', 'points', 'number']);

type Size = { amount: number; unit: 'percent' | 'points' | 'times' };

const HALVED: Size = { amount: 2, unit: 'times' };

/** The size of a change by an amount; a fall "by half" is a halving. */
function amount(q: Quantity, direction: Direction): Size {
  if (direction === 'decrease' && q.written === 'fraction' && q.value === 50) return HALVED;
  return { amount: q.value, unit: q.unit === 'percent' ? 'percent' : 'points' };
}

function change(direction: Direction, value: Size): Reading {
  return { assertion: { kind: 'change', direction, ...value } };
}

function changeBy(direction: Direction, q: Quantity): Reading {
  return change(direction, amount(q, direction));
}

/** Decimal places of the inputs, so 0.370 − 0.168 is 0.202, not 0.20199999999999998. */
function difference(a: number, b: number): number {
  const places = Math.max(...[a, b].map((v) => (String(v).split('.')[1] ?? '').length));
  return Number(Math.abs(b - a).toFixed(places));
}

function fromToChange(from: Quantity, to: Quantity, word?: Direction): Reading {
  const direction: Direction =
    word && word !== 'unspecified'
      ? word
      : to.value < from.value
        ? 'decrease'
        : to.value > from.value
          ? 'increase'
          : 'unspecified';
  const assertion: ClaimAssertion = {
    kind: 'change',
    direction,
    amount: difference(from.value, to.value),
    unit: 'points',
    from: from.value,
    to: to.value,
  };
  return { assertion };
}

function firstDirection(clause: Clause): Direction | undefined {
  return clause.directions.find((d) => d.direction !== 'unspecified')?.direction;
}

function fromTo(clause: Clause): Reading | undefined {
  const qs = clause.quantities.filter((q) => AMOUNT_UNITS.has(q.unit));
  for (let i = 0; i < qs.length - 1; i++) {
    const a = qs[i]!;
    const b = qs[i + 1]!;
    if (!FROM.test(clause.text.slice(0, a.span.start)) || !TO.test(between(clause, a.span, b.span))) continue;
    return fromToChange(a, b, firstDirection(clause));
  }
  for (let i = 1; i < qs.length; i++) {
    const m = UP_DOWN_FROM.exec(clause.text.slice(0, qs[i]!.span.start));
    if (!m) continue;
    const word: Direction = /^(?:up|rising|increasing|rose)$/i.test(m[1]!) ? 'increase' : 'decrease';
    return { ...fromToChange(qs[i]!, qs[i - 1]!, word), ...upFromYears(clause, qs[i]!) };
  }
  return undefined;
}

/**
 * In "19.6% in 2023, down from 24.7% in 2022" the year after the earlier value is `from`, and a
 * year before "down from" is `to`; the clause-wide rule would take them in reading order.
 */
function upFromYears(clause: Clause, from: Quantity): { years: ClaimYears } | undefined {
  const after = YEAR_AFTER.exec(clause.text.slice(from.span.end));
  if (!after) return undefined;
  const to = findYears(clause.text.slice(0, from.span.start)).years.to;
  return { years: { from: Number(after[1]), ...(to !== undefined ? { to } : {}) } };
}

function factorVerb(clause: Clause): Reading | undefined {
  if (CUT_IN_HALF.test(clause.text)) return change('decrease', HALVED);
  const m = FACTOR_VERB.exec(clause.text);
  if (!m) return undefined;
  const verb = m[1]!.toLowerCase();
  if (verb === 'halved') return change('decrease', HALVED);
  return change('increase', { amount: FACTOR_OF_VERB[verb]!, unit: 'times' });
}

function factorAmount(clause: Clause): Reading | undefined {
  const q = clause.quantities.find((x) => x.unit === 'factor');
  const direction = firstDirection(clause);
  if (!q || !direction) return undefined;
  return change(direction, { amount: q.value, unit: 'times' });
}

function amountBeforeDirection(clause: Clause): Reading | undefined {
  for (const q of clause.quantities) {
    if (!AMOUNT_UNITS.has(q.unit)) continue;
    const d = clause.directions.find(
      (w) =>
        w.role !== 'verb' &&
        w.span.start >= q.span.end &&
        /^[\s-]*(?:overall\s+)?$/iu.test(between(clause, q.span, w.span)),
    );
    if (d) return changeBy(d.direction, q);
  }
  return undefined;
}

function directionThenAmount(clause: Clause): Reading | undefined {
  for (const d of clause.directions) {
    if (d.role === 'adjective') continue;
    const q = clause.quantities.find((x) => x.span.start >= d.span.end && AMOUNT_UNITS.has(x.unit));
    if (!q || !nothingBetween(clause, d.span, q.span)) continue;
    const gap = between(clause, d.span, q.span);
    const m = BY.exec(gap);
    if (!m || gap.length > 90 || gap.includes(';')) continue;
    if (m[1]!.toLowerCase() === 'of' && d.role !== 'noun') continue;
    return changeBy(d.direction, q);
  }
  return undefined;
}

/** Russian also puts the amount first: "ИГН на 60% снизился". */
function amountThenDirection(clause: Clause): Reading | undefined {
  if (clause.language !== 'ru') return undefined;
  for (const q of clause.quantities) {
    if (!AMOUNT_UNITS.has(q.unit) || !/(?<![\p{L}])на\s+$/iu.test(clause.text.slice(0, q.span.start)))
      continue;
    const d: DirectionWord | undefined = clause.directions.find(
      (w) => w.span.start >= q.span.end && between(clause, q.span, w.span).length <= 30,
    );
    if (d) return changeBy(d.direction, q);
  }
  return undefined;
}

function upDown(clause: Clause): Reading | undefined {
  for (const q of clause.quantities) {
    const m = AMOUNT_UNITS.has(q.unit) ? UP_DOWN.exec(clause.text.slice(0, q.span.start)) : null;
    if (m) return changeBy(m[1]!.toLowerCase() === 'up' ? 'increase' : 'decrease', q);
  }
  return undefined;
}

export function readChange(clause: Clause): Reading | undefined {
  return (
    fromTo(clause) ??
    factorVerb(clause) ??
    factorAmount(clause) ??
    amountBeforeDirection(clause) ??
    directionThenAmount(clause) ??
    amountThenDirection(clause) ??
    upDown(clause)
  );
}

/** Words that make a clause a change even without an amount the other readers see. */
export const CHANGE_WORDS = new RegExp(`${FACTOR_VERB.source}|${CUT_IN_HALF.source}`, 'iu');
