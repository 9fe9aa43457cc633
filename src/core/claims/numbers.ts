import type { ClaimLanguage, Span } from './claim.ts';
import { WORD_END, WORD_START } from './words.ts';

/**
 * Amounts written in a claim: digits ("60%", "60 per cent", "54.6", "0,182" in Russian), number
 * words with a unit ("sixty per cent", up to one hundred), fractions ("a third", "half",
 * "треть") and factors ("two-fold", "в два раза", "вдвое"). Years are numbers too: callers drop
 * the ones years.ts finds.
 */

export type QuantityUnit = 'percent' | 'points' | 'number' | 'factor';

export interface Quantity {
  /** Relative to the text searched; covers the number and its unit ("60 per cent"). */
  readonly span: Span;
  readonly value: number;
  readonly unit: QuantityUnit;
  readonly written: 'digits' | 'words' | 'fraction';
}

const UNITS: Readonly<Record<ClaimLanguage, readonly [QuantityUnit, RegExp][]>> = {
  en: [
    [
      'points',
      /^[\s\u00a0-]?(?:percentage[\s-]points?|per[\s-]?cent(?:age)?[\s-]points?|pp|p\.p\.|points?|pts?)(?![\p{L}])/iu,
    ],
    ['percent', /^(?:[\s\u00a0]?%|[\s\u00a0-]?(?:per[\s-]?cent|percent|pct)(?![\p{L}]))/iu],
  ],
  ru: [
    ['points', /^[\s\u00a0-]?(?:процентн[а-яё]*\s+пункт[а-яё]*|п\.\s?п\.?|пп|пункт[а-яё]*)(?![\p{L}])/iu],
    ['percent', /^(?:[\s\u00a0]?%|[\s\u00a0-]?(?:процент[а-яё]*|проц\.))/iu],
  ],
};

/** A number that counts time is no claim amount ("over the last 10 years", "за 5 лет"). */
const DURATION =
  /^[\s\u00a0-]*(?:years?|months?|decades?|days?|weeks?|лет|года?|годы|месяц[а-яё]*|недел[а-яё]*)(?![\p{L}])/iu;

const DIGITS: Readonly<Record<ClaimLanguage, RegExp>> = {
  // A comma before exactly three digits groups thousands in English; "0,182" is not a number there.
  en: /(?<![\p{L}\p{N}.,])([1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\p{N}|[.,]\d)/gu,
  // Russian writes decimals with a comma.
  ru: /(?<![\p{L}\p{N}.,])(\d+(?:[.,]\d+)?)(?!\p{N}|[.,]\d)/gu,
};

function parseDigits(raw: string, language: ClaimLanguage): number {
  return Number(language === 'en' ? raw.replace(/,/g, '') : raw.replace(',', '.'));
}

function unitAfter(
  text: string,
  at: number,
  language: ClaimLanguage,
): { unit: QuantityUnit; length: number } | undefined {
  const rest = text.slice(at);
  for (const [unit, re] of UNITS[language]) {
    const m = re.exec(rest);
    if (m) return { unit, length: m[0].length };
  }
  return undefined;
}

function digitQuantities(text: string, language: ClaimLanguage): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(DIGITS[language])) {
    const end = m.index + m[0].length;
    const unit = unitAfter(text, end, language);
    // "50th", "50-е место": ordinals are ranks (rank.ts), not amounts.
    if (!unit && (/^[\p{L}]/u.test(text.slice(end)) || /^-[\p{L}]{1,3}(?![\p{L}])/u.test(text.slice(end))))
      continue;
    if (!unit && DURATION.test(text.slice(end))) continue;
    found.push({
      span: { start: m.index, end: end + (unit?.length ?? 0) },
      value: parseDigits(m[1]!, language),
      unit: unit?.unit ?? 'number',
      written: 'digits',
    });
  }
  return found;
}

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const NUMBER_WORDS = new RegExp(
  `${WORD_START}(?:(?:a|one)\\s+hundred|(${TENS.join('|')})(?:[\\s-](${ONES.slice(1, 10).join('|')}))?|(${ONES.join('|')}))${WORD_END}`,
  'giu',
);

function wordValue(m: RegExpMatchArray): number {
  if (m[1])
    return (TENS.indexOf(m[1].toLowerCase()) + 2) * 10 + (m[2] ? ONES.indexOf(m[2].toLowerCase()) : 0);
  if (m[3]) return ONES.indexOf(m[3].toLowerCase());
  return 100;
}

/** English number words count only with a unit: "sixty per cent", not "one of the". */
function wordQuantities(text: string, language: ClaimLanguage): Quantity[] {
  if (language !== 'en') return [];
  const found: Quantity[] = [];
  for (const m of text.matchAll(NUMBER_WORDS)) {
    const end = m.index + m[0].length;
    const unit = unitAfter(text, end, language);
    if (!unit || !/^[\s-]/.test(text.slice(end))) continue;
    found.push({
      span: { start: m.index, end: end + unit.length },
      value: wordValue(m),
      unit: unit.unit,
      written: 'words',
    });
  }
  return found;
}

const FRACTIONS: readonly [RegExp, number][] = [
  [/(?:two[\s-]thirds|две\s+трети)/iu, 200 / 3],
  [/(?:three[\s-]quarters|три\s+четверти)/iu, 75],
  [/(?:(?:a|one)\s+third|трет[ьи]ю?)/iu, 100 / 3],
  [/(?:(?:a|one)\s+quarter|четверт[ьи]ю?)/iu, 25],
  [/(?:(?:a|one)\s+fifth|пят(?:ую|ая)\s+част[ьи])/iu, 20],
  [/(?:half|(?:a|one)\s+half|наполовину|половин[а-яё]*)/iu, 50],
];
const FRACTION_ANY = new RegExp(
  `${WORD_START}(?:${FRACTIONS.map(([re]) => re.source).join('|')})${WORD_END}`,
  'giu',
);

/** Fractions of a whole, as a per-cent amount; "the first half of 2023" is a period, not an amount. */
function fractionQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(FRACTION_ANY)) {
    if (/(?:first|second|other|latter|former|перв[а-яё]*|втор[а-яё]*)\s+$/iu.test(text.slice(0, m.index)))
      continue;
    const value = FRACTIONS.find(([re]) => new RegExp(`^(?:${re.source})$`, 'iu').test(m[0]))![1];
    found.push({
      span: { start: m.index, end: m.index + m[0].length },
      value,
      unit: 'percent',
      written: 'fraction',
    });
  }
  return found;
}

const FACTOR_WORDS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  ten: 10,
  два: 2,
  две: 2,
  три: 3,
  четыре: 4,
  пять: 5,
  десять: 10,
  вдвое: 2,
  втрое: 3,
  вчетверо: 4,
  впятеро: 5,
};
const FACTORS =
  /(?<![\p{L}\p{N}])(?:(two|three|four|five|ten|\d+)[\s-]?fold|by\s+a\s+factor\s+of\s+(two|three|four|five|ten|\d+(?:\.\d+)?)|(вдвое|втрое|вчетверо|впятеро)|в\s+(два|две|три|четыре|пять|десять|\d+(?:[.,]\d+)?)\s+раза?)(?![\p{L}\p{N}])/giu;

/** "two-fold", "by a factor of 3", "в два раза", "вдвое": a factor, whose direction the clause says. */
function factorQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of text.matchAll(FACTORS)) {
    const raw = (m[1] ?? m[2] ?? m[3] ?? m[4])!.toLowerCase();
    const value = FACTOR_WORDS[raw] ?? Number(raw.replace(',', '.'));
    found.push({
      span: { start: m.index, end: m.index + m[0].length },
      value,
      unit: 'factor',
      written: 'words',
    });
  }
  return found;
}

/**
 * Every amount in `text`, in order, none overlapping (a factor or a fraction wins over the bare
 * digit inside it: "в 2 раза" is one factor, not the number 2).
 */
export function findQuantities(text: string, language: ClaimLanguage): Quantity[] {
  const candidates = [
    ...factorQuantities(text),
    ...fractionQuantities(text),
    ...wordQuantities(text, language),
    ...digitQuantities(text, language),
  ];
  const kept: Quantity[] = [];
  for (const q of candidates) {
    if (!kept.some((k) => q.span.start < k.span.end && k.span.start < q.span.end)) kept.push(q);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}
