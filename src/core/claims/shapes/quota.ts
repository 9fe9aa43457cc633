import type { QuotaAppliesTo, QuotaBody, QuotaGroup } from '../claim.ts';
import type { Clause, Reading } from '../clause.ts';

/**
 * Quotas: "a 30% quota in Parliament for women and youth, including women with disabilities",
 * "a 40% gender quota on party lists", "reserved seats for women (30%)", "квота 30% для женщин
 * и молодёжи". The threshold is the percentage nearest the word "quota"; the body, what the quota
 * applies to and the groups are read as written, and left out (groups: []) when not said.
 * "Gender quota" names no group: the groups stay [].
 */

export const QUOTA_WORD =
  /(?<![\p{L}])(?:quotas?|reserved\s+seats?|seats?\s+reserved|квот[а-яё]*|зарезервирован[а-яё]*\s+мест[а-яё]*|мест[а-яё]*,?\s+зарезервирован[а-яё]*)(?![\p{L}])/iu;

const BODIES: readonly [QuotaBody, RegExp][] = [
  [
    'local-councils',
    /(?<![\p{L}])(?:local\s+(?:councils?|governments?|assemblies|bodies|elections)|municipal\s+councils?|maslikhats?|маслихат[а-яё]*|местн[а-яё]*\s+(?:совет|представительн|орган|выбор)[а-яё]*)/iu,
  ],
  [
    'upper-chamber',
    /(?<![\p{L}])(?:upper\s+(?:house|chamber)|senate|сенат[а-яё]*|верхн[а-яё]*\s+палат[а-яё]*)/iu,
  ],
  [
    'lower-chamber',
    /(?<![\p{L}])(?:lower\s+(?:house|chamber)|mazhilis|majilis|state\s+duma|house\s+of\s+representatives|мажилис[а-яё]*|нижн[а-яё]*\s+палат[а-яё]*|государственн[а-яё]*\s+дум[а-яё]*)/iu,
  ],
  ['parliament', /(?<![\p{L}])(?:parliament[\p{L}]*|legislature|парламент[а-яё]*)/iu],
];

const APPLIES_TO: readonly [QuotaAppliesTo, RegExp][] = [
  [
    'candidate-lists',
    /(?<![\p{L}])(?:(?:party|candidate|electoral)\s+lists?|lists|candidates|списк[а-яё]*|кандидат[а-яё]*)(?![\p{L}])/iu,
  ],
  ['seats', /(?<![\p{L}])(?:reserved\s+seats?|seats?|мест(?:а|ах)?|зарезервирован[а-яё]*)(?![\p{L}])/iu],
];

/** Longer group names first: "women with disabilities" is not also "women" at the same place. */
const GROUPS: readonly [QuotaGroup, RegExp][] = [
  [
    'women-with-disabilities',
    /(?<![\p{L}])(?:women\s+with\s+disabilit(?:y|ies)|disabled\s+women|женщин[а-яё]*\s+с\s+инвалидност[а-яё]*)/giu,
  ],
  [
    'persons-with-disabilities',
    /(?<![\p{L}])(?:(?:persons|people)\s+with\s+disabilit(?:y|ies)|лиц[а-яё]*\s+с\s+инвалидност[а-яё]*|люд[а-яё]*\s+с\s+инвалидност[а-яё]*)/giu,
  ],
  ['women', /(?<![\p{L}])(?:women|female|woman|женщин[а-яё]*)(?![\p{L}])/giu],
  [
    'youth',
    /(?<![\p{L}])(?:youth|young\s+people|young\s+persons|молод[её]ж[а-яё]*|молод[а-яё]*\s+люд[а-яё]*)(?![\p{L}])/giu,
  ],
];

function groupsIn(text: string): QuotaGroup[] {
  const taken: { start: number; end: number }[] = [];
  const found: { group: QuotaGroup; at: number }[] = [];
  for (const [group, re] of GROUPS) {
    for (const m of text.matchAll(re)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (taken.some((t) => span.start < t.end && t.start < span.end)) continue;
      taken.push(span);
      found.push({ group, at: span.start });
    }
  }
  const ordered = found.sort((a, b) => a.at - b.at).map((f) => f.group);
  return [...new Set(ordered)];
}

export function readQuota(clause: Clause): Reading | undefined {
  const word = QUOTA_WORD.exec(clause.text);
  if (!word) return undefined;
  const at = word.index;
  const percents = clause.quantities.filter((q) => q.unit === 'percent');
  const nearest = percents.sort((a, b) => Math.abs(a.span.start - at) - Math.abs(b.span.start - at))[0];
  if (!nearest) return undefined;
  const body = BODIES.find(([, re]) => re.test(clause.text))?.[0];
  const appliesTo = APPLIES_TO.find(([, re]) => re.test(clause.text))?.[0];
  return {
    anchor: { start: at, end: at + word[0].length },
    assertion: {
      kind: 'quota',
      threshold: nearest.value,
      ...(body ? { body } : {}),
      ...(appliesTo ? { appliesTo } : {}),
      groups: groupsIn(clause.text),
    },
  };
}
