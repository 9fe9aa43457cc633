import type { Span } from './claim.ts';

/**
 * The closed word classes of the claim grammar (direction words, comparators, women's words), in
 * English and Russian. Open classes (indicator and country names) come from the lexicon instead.
 * Russian words are matched by stem because the language inflects them ("снижение", "снизился",
 * "снизилась" all say the same).
 */

/** `\b` is ASCII-only in JavaScript; these work for Cyrillic too. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';

export type Direction = 'decrease' | 'increase' | 'unspecified';

/**
 * How a direction word is used: a noun ("a 60% reduction", "reduction of 60%"), a verb ("fell
 * by"), or an adjective that only says which way ("increased female leadership", "greater").
 * Only nouns take "of <amount>"; only the adjectives-only forms are kept out of changes.
 */
export type DirectionRole = 'noun' | 'verb' | 'adjective';

export interface DirectionWord {
  readonly span: Span;
  readonly direction: Direction;
  readonly role: DirectionRole;
}

interface DirectionRule {
  readonly pattern: string;
  readonly direction: Direction;
  readonly role: DirectionRole;
}

const EN_RULES: readonly DirectionRule[] = [
  {
    direction: 'decrease',
    role: 'noun',
    pattern: 'reductions?|decreases?|declines?|drops?|falls?|cuts?|contraction|narrowing|lowering|shrinking',
  },
  {
    direction: 'decrease',
    role: 'verb',
    pattern:
      'reduced|reduces?|reducing|decreased|decreasing|declined|declining|dropped|dropping|fell|fallen|falling|' +
      'cutting|lowered|shrank|shrunk|narrowed|diminished|(?:went|gone|come|came) down',
  },
  { direction: 'decrease', role: 'adjective', pattern: 'lower|smaller|fewer' },
  {
    direction: 'increase',
    role: 'noun',
    pattern: 'increases?|rises?|growth|gains?|expansion|upturn|surge',
  },
  {
    direction: 'increase',
    role: 'verb',
    pattern:
      'increased|increasing|rose|risen|rising|grew|grown|grows?|growing|gained|climbed|climbing|' +
      'boosted|raised|expanded|(?:went|gone) up',
  },
  { direction: 'increase', role: 'adjective', pattern: 'higher|greater|larger|stronger' },
  {
    direction: 'unspecified',
    role: 'noun',
    pattern: 'changes?|improvements?|progress|deterioration',
  },
  { direction: 'unspecified', role: 'verb', pattern: 'changed|improved|worsened|deteriorated' },
];

const RU_RULES: readonly DirectionRule[] = [
  {
    direction: 'decrease',
    role: 'noun',
    pattern: 'снижени[а-яё]*|сокращени[а-яё]*|уменьшени[а-яё]*|падени[а-яё]*|понижени[а-яё]*|спад[а-яё]*',
  },
  {
    direction: 'decrease',
    role: 'verb',
    pattern: 'сниз[а-яё]*|снижа[а-яё]*|сократ[а-яё]*|сокраща[а-яё]*|уменьш[а-яё]*|упал[а-яё]*|понизил[а-яё]*',
  },
  {
    direction: 'increase',
    role: 'noun',
    pattern: 'рост[а-яё]{0,2}|прирост[а-яё]*|увеличени[а-яё]*|повышени[а-яё]*|расширени[а-яё]*',
  },
  {
    direction: 'increase',
    role: 'verb',
    pattern:
      'увелич[а-яё]*|вырос[а-яё]*|возрос[а-яё]*|повысил[а-яё]*|повыша[а-яё]*|растёт|растет|рос(?:ла|ло|ли)?',
  },
  { direction: 'unspecified', role: 'noun', pattern: 'изменени[а-яё]*|улучшени[а-яё]*' },
  { direction: 'unspecified', role: 'verb', pattern: 'измени[а-яё]*|улучши[а-яё]*' },
];

function compileRules(rules: readonly DirectionRule[]) {
  return rules.map((r) => ({ ...r, re: new RegExp(`${WORD_START}(?:${r.pattern})${WORD_END}`, 'giu') }));
}
const COMPILED = { en: compileRules(EN_RULES), ru: compileRules(RU_RULES) };

/** Every direction word in `text`, in order; spans relative to `text`. */
export function findDirectionWords(text: string, language: 'en' | 'ru'): DirectionWord[] {
  const found: DirectionWord[] = [];
  for (const rule of COMPILED[language]) {
    for (const m of text.matchAll(rule.re)) {
      found.push({
        span: { start: m.index, end: m.index + m[0].length },
        direction: rule.direction,
        role: rule.role,
      });
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

/**
 * Words that say a phrase is about women or gender: a clause with a direction word but no
 * indicator from the lexicon is a trend claim only when it is about them ("increased female
 * leadership"), not "we increased our efforts".
 */
export const WOMEN_WORDS =
  /(?<![\p{L}\p{N}])(?:women|woman|women['’]s|female|girls?|gender|maternal|mothers?|женщин[а-яё]*|женск[а-яё]*|девоч[а-яё]*|девуш[а-яё]*|гендерн[а-яё]*|материнск[а-яё]*)(?![\p{L}\p{N}])/iu;

export type Comparator = 'about' | 'at-least' | 'more-than' | 'at-most' | 'less-than';

/** Read right-to-left from just before a number: "is over 60%", "составляет не менее 30%". */
const COMPARATORS: readonly [Comparator, RegExp][] = [
  ['at-least', /(?:at\s+least|no\s+less\s+than|не\s+менее|не\s+ниже|как\s+минимум|минимум)\s*$/iu],
  [
    'more-than',
    /(?:more\s+than|over|above|in\s+excess\s+of|exceed(?:ing|s|ed)?|upwards\s+of|свыше|более|больше|выше)\s*$/iu,
  ],
  ['less-than', /(?:less\s+than|fewer\s+than|under|below|менее|меньше|ниже)\s*$/iu],
  ['at-most', /(?:almost|nearly|up\s+to|at\s+most|no\s+more\s+than|почти|не\s+более|не\s+выше|до)\s*$/iu],
  ['about', /(?:about|around|approximately|roughly|some|circa|около|примерно|порядка|приблизительно)\s*$/iu],
];

/** The comparator written just before a number, and how many characters it takes; 'about' when none. */
export function comparatorBefore(textBefore: string): { comparator: Comparator; length: number } {
  for (const [comparator, re] of COMPARATORS) {
    const m = re.exec(textBefore);
    if (m && /(?<![\p{L}\p{N}])$/u.test(textBefore.slice(0, m.index)))
      return { comparator, length: m[0].length };
  }
  return { comparator: 'about', length: 0 };
}

/** An optional comparator between a linking word and a number ("by some 10 points", "на почти 60%"). */
export const COMPARATOR_GAP =
  '(?:(?:about|around|approximately|roughly|some|almost|nearly|over|more\\s+than|at\\s+least|' +
  'почти|около|примерно|более\\s+чем|более|свыше|не\\s+менее)\\s+)?';

/**
 * Names of a national parliament, or of the chamber the seat series count (the single or lower
 * one: IPU, HDR and WDI), that indicator phrases say as "parliament": "the share of women in the
 * Mazhilis" is the lexicon's "share of women in parliament". Upper chambers are left out, as the
 * seat series do not count them. A determiner before the name ("the", "our", "the country's") goes
 * with it. Russian names are matched by stem.
 */
export const LEGISLATURE = new RegExp(
  `${WORD_START}(?:(?:(?:the|our|its|their)\\s+)?(?:(?:country|nation)['’]s\\s+)?` +
    '(?:parliament|grand\\s+national\\s+assembly|national\\s+assembly|assembly\\s+of\\s+the\\s+republic|' +
    'lower\\s+(?:house|chamber)|legislative\\s+chamber|house\\s+of\\s+(?:representatives|commons)|' +
    'chamber\\s+of\\s+deputies|state\\s+duma|ma[zj]h?ilis|jogorku\\s+kenesh|verkhovna\\s+rada|' +
    'oliy\\s+majlis|milli\\s+majlis|mejlis|sejm|bundestag|riksdag|storting|folketing|althingi?|' +
    'eduskunta|riigikogu|saeima|seimas|knesset)' +
    '|мажилис[а-яё]*|государственн[а-яё]*\\s+дум[а-яё]*|нижн[а-яё]*\\s+палат[а-яё]*|' +
    'законодательн[а-яё]*\\s+палат[а-яё]*|национальн[а-яё]*\\s+собрани[а-яё]*|жогорку\\s+кенеш[а-яё]*|' +
    'верховн[а-яё]*\\s+рад[а-яё]{0,2}|олий\\s+мажлис[а-яё]*|милли\\s+меджлис[а-яё]*|меджлис[а-яё]*)' +
    WORD_END,
  'giu',
);
