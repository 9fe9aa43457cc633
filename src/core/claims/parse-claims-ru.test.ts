import { describe, it } from 'vitest';
import { buildClaimLexicon } from '../../services/claim-lexicon.ts';
import { parseClaims } from './parse-claims.ts';
import {
  change,
  expectRow,
  fromTo,
  GII,
  GII_RANK,
  level,
  LFPR,
  MMR,
  QUOTA,
  rank,
  SEATS,
  trend,
  years,
  type Row,
} from './test-table.ts';

// Russian, with the real lexicon: inflected indicator and country names, decimal commas,
// "в N раз", "вдвое", "процентные пункты", "с … года", "N-е место".
const lexicon = buildClaimLexicon();

const RUSSIAN: Record<string, Row> = {
  'снижение … на 60%': {
    input: 'снижение индекса гендерного неравенства на 60%',
    claims: [{ a: change('decrease', 60, 'percent'), codes: GII, subject: 'индекса гендерного неравенства' }],
  },
  'доля … составляет': {
    input: 'доля женщин в парламенте составляет 27%',
    claims: [{ a: level(27, 'percent'), codes: SEATS, subject: 'доля женщин в парламенте' }],
  },
  'квота для женщин и молодёжи': {
    input: 'квота 30% для женщин и молодёжи',
    claims: [
      { a: { kind: 'quota', threshold: 30, groups: ['women', 'youth'] }, codes: QUOTA, subject: 'квота' },
    ],
  },
  'процентные пункты с года': {
    input: 'Доля женщин в парламенте увеличилась на 5 процентных пунктов с 2015 года.',
    claims: [
      {
        a: change('increase', 5, 'points'),
        codes: SEATS,
        subject: 'Доля женщин в парламенте',
        years: years(2015),
      },
    ],
  },
  'десятичная запятая, с … по': {
    input: 'ИГН снизился на 54,6% с 2000 по 2022 год.',
    claims: [
      { a: change('decrease', 54.6, 'percent'), codes: GII, subject: 'ИГН', years: years(2000, 2022) },
    ],
  },
  'уровень индекса, страна в родительном падеже': {
    input: 'Индекс гендерного неравенства Казахстана составил 0,182 в 2023 году.',
    claims: [
      {
        a: level(0.182, 'number'),
        codes: GII,
        subject: 'Индекс гендерного неравенства',
        country: 'KAZ',
        years: years(undefined, 2023),
      },
    ],
  },
  // A country adjective and the chamber's name inside the indicator phrase (indicator-view.ts).
  'казахстанском парламенте': {
    input: 'Доля женщин в казахстанском парламенте составляет 27%.',
    claims: [
      {
        a: level(27, 'percent'),
        codes: SEATS,
        subject: 'Доля женщин в казахстанском парламенте',
        country: 'KAZ',
      },
    ],
  },
  'в Мажилисе': {
    input: 'Доля женщин в Мажилисе Казахстана составляет 27%.',
    claims: [{ a: level(27, 'percent'), codes: SEATS, subject: 'Доля женщин в Мажилисе', country: 'KAZ' }],
  },
  'в 4 раза': {
    input: 'Материнская смертность сократилась в 4 раза с 2000 года.',
    claims: [
      {
        a: change('decrease', 4, 'times'),
        codes: MMR,
        subject: 'Материнская смертность',
        years: years(2000),
      },
    ],
  },
  вдвое: {
    input: 'Материнская смертность снизилась вдвое.',
    claims: [{ a: change('decrease', 2, 'times'), codes: MMR, subject: 'Материнская смертность' }],
  },
  наполовину: {
    input: 'Материнская смертность сократилась наполовину.',
    claims: [{ a: change('decrease', 2, 'times'), codes: MMR, subject: 'Материнская смертность' }],
  },
  'место из': {
    input: 'Казахстан занял 50-е место из 193 стран по ИГН.',
    claims: [{ a: rank(50, 193), codes: GII_RANK, subject: 'ИГН', country: 'KAZ' }],
  },
  'не менее': {
    input: 'Уровень участия женщин в рабочей силе составляет не менее 60%.',
    claims: [
      { a: level(60, 'percent', 'at-least'), codes: LFPR, subject: 'Уровень участия женщин в рабочей силе' },
    ],
  },
  'почти, падеж': {
    input: 'Женщины занимают почти 25% мест в парламенте.',
    claims: [{ a: level(25, 'percent', 'at-most'), codes: SEATS, subject: 'мест в парламенте' }],
  },
  'процентная квота в партийных списках в Мажилис': {
    input: 'Введена 30-процентная квота для женщин и молодёжи в партийных списках в Мажилис.',
    claims: [
      {
        a: {
          kind: 'quota',
          threshold: 30,
          body: 'lower-chamber',
          appliesTo: 'candidate-lists',
          groups: ['women', 'youth'],
        },
        codes: QUOTA,
        subject: 'квота для женщин',
      },
    ],
  },
  'с … до …, страна в предложном падеже': {
    input: 'В Кыргызстане доля женщин в парламенте выросла с 19,2% до 20,5%.',
    opts: { country: 'KAZ' },
    claims: [
      {
        a: fromTo('increase', 1.3, 19.2, 20.5),
        codes: SEATS,
        subject: 'доля женщин в парламенте',
        country: 'KGZ',
      },
    ],
  },
  'рост без числа': {
    input: 'Рост представленности женщин в государственном управлении.',
    claims: [
      { a: trend('increase'), codes: [], subject: 'представленности женщин в государственном управлении' },
    ],
  },
  'два утверждения через «и»': {
    input: 'ИГН снизился на 10% и введена квота 30% для женщин.',
    claims: [
      { text: 'ИГН снизился на 10%', a: change('decrease', 10, 'percent'), codes: GII, subject: 'ИГН' },
      {
        text: 'введена квота 30% для женщин',
        a: { kind: 'quota', threshold: 30, groups: ['women'] },
        codes: QUOTA,
        subject: 'квота',
      },
    ],
  },
};

describe(parseClaims, () => {
  it.each(Object.entries(RUSSIAN))('%s', (_label, row) => expectRow(row, lexicon, 'ru'));
});
