import { describe, it } from 'vitest';
import { buildClaimLexicon } from '../../services/claim-lexicon.ts';
import { parseClaims } from './parse-claims.ts';
import {
  change,
  expectRow,
  GII,
  GII_RANK,
  level,
  LFPR,
  QUOTA,
  rank,
  SEATS,
  trend,
  years,
  type Row,
} from './test-table.ts';

// English levels, ranks, quotas and trends, with the real lexicon. Figures from the bundled HDR25:
// KAZ GII 0.182 (2023), 0.168 (2022), GII rank 50 (2023), HDI rank 60; KGZ GII 0.34, rank 83 of
// 193; GBR GII rank 31, seat share 31.5 %; KAZ female LFPR 63.3 %; KAZ MMR 13.4 (2020).
const lexicon = buildClaimLexicon();

const LEVELS: Record<string, Row> = {
  'women hold a share of seats': {
    input: 'Women hold 27% of seats in parliament.',
    claims: [{ a: level(27, 'percent'), codes: SEATS, subject: 'seats in parliament' }],
  },
  'the country named in the clause': {
    input: 'In the United Kingdom, women hold 31.5% of seats in parliament.',
    opts: { country: 'KAZ' },
    claims: [{ a: level(31.5, 'percent'), codes: SEATS, subject: 'seats in parliament', country: 'GBR' }],
  },
  // The country, and the parliament's own name, inside the indicator phrase read as absent for the
  // lexicon (indicator-view.ts): "seats in Kazakhstan's parliament" is "seats in parliament".
  'a country possessive inside the indicator phrase': {
    input: "Women hold 27% of seats in Kazakhstan's parliament.",
    claims: [
      { a: level(27, 'percent'), codes: SEATS, subject: "seats in Kazakhstan's parliament", country: 'KAZ' },
    ],
  },
  '"the UK" inside the indicator phrase': {
    input: 'Women hold 34% of seats in the UK parliament.',
    claims: [
      { a: level(34, 'percent'), codes: SEATS, subject: 'seats in the UK parliament', country: 'GBR' },
    ],
  },
  'a possessive and the chamber’s name (Mazhilis)': {
    input: "Women's share of seats in Kazakhstan's Mazhilis is 27%.",
    claims: [
      {
        a: level(27, 'percent'),
        codes: SEATS,
        subject: "Women's share of seats in Kazakhstan's Mazhilis",
        country: 'KAZ',
      },
    ],
  },
  'a possessive and "National Assembly"': {
    input: "The share of women in Armenia's National Assembly is 35.5%.",
    claims: [
      {
        a: level(35.5, 'percent'),
        codes: SEATS,
        subject: "share of women in Armenia's National Assembly",
        country: 'ARM',
      },
    ],
  },
  'a typographic possessive, a country adjective and "the … Parliament"': {
    input: 'Women hold 27% of seats in Kazakhstan’s parliament; in the British Parliament they hold 34%.',
    claims: [
      {
        text: 'Women hold 27% of seats in Kazakhstan’s parliament',
        a: level(27, 'percent'),
        codes: SEATS,
        subject: 'seats in Kazakhstan’s parliament',
        country: 'KAZ',
      },
      {
        text: 'in the British Parliament they hold 34%',
        a: level(34, 'percent'),
        codes: SEATS,
        subject: 'seats in Kazakhstan’s parliament',
        country: 'GBR',
      },
    ],
  },
  '"the Mazhilis" as parliament, the country from the speaker': {
    input: 'Women hold 27% of seats in the Mazhilis.',
    opts: { country: 'KAZ' },
    claims: [{ a: level(27, 'percent'), codes: SEATS, subject: 'seats in the Mazhilis', country: 'KAZ' }],
  },
  // The lexicon's own "Mazhilis" (the national series) is still found where no longer phrase is;
  // "make up 27%" is a level, not a rise.
  'a chamber’s name alone keeps its own lexicon entry': {
    input: 'Women make up 27% of the Mazhilis.',
    claims: [{ a: level(27, 'percent'), codes: ['sdg.5.5.1'], subject: 'Mazhilis' }],
  },
  'an upper chamber is not read as parliament': {
    input: "Women hold 20% of seats in Kazakhstan's Senate.",
    claims: [{ a: level(20, 'percent'), codes: [], country: 'KAZ' }],
  },
  '"over"': {
    input: 'Female labour force participation is over 60%.',
    claims: [
      { a: level(60, 'percent', 'more-than'), codes: LFPR, subject: 'Female labour force participation' },
    ],
  },
  'an index "stands at"': {
    input: 'The GII stands at 0.182.',
    claims: [{ a: level(0.182, 'number'), codes: GII, subject: 'GII' }],
  },
  '"a GII of … in"': {
    input: 'Kazakhstan recorded a GII of 0.168 in 2022.',
    claims: [
      {
        a: level(0.168, 'number'),
        codes: GII,
        subject: 'GII',
        country: 'KAZ',
        years: years(undefined, 2022),
      },
    ],
  },
  '"almost", a country adjective': {
    input: "Kazakh women's labour force participation has reached almost 64%.",
    claims: [
      {
        a: level(64, 'percent', 'at-most'),
        codes: LFPR,
        subject: "women's labour force participation",
        country: 'KAZ',
      },
    ],
  },
  '"at least", a country abbreviation, no indicator': {
    input: 'Women hold at least 30% of seats in the U.S. Congress.',
    claims: [{ a: level(30, 'percent', 'at-least'), codes: [], country: 'USA' }],
  },
  'two levels cut at ";"': {
    input: 'Our GII is 0.182 as of 2023; the MMR is 13.4.',
    claims: [
      {
        text: 'Our GII is 0.182 as of 2023',
        a: level(0.182, 'number'),
        codes: GII,
        subject: 'GII',
        years: years(undefined, 2023),
      },
      { text: 'the MMR is 13.4', a: level(13.4, 'number'), codes: ['hdr.mmr'], subject: 'MMR' },
    ],
  },
  'two sentences, a country each': {
    input: "Kyrgyzstan's GII is 0.34. Tajikistan's GII fell by 24%.",
    opts: { country: 'KAZ' },
    claims: [
      {
        text: "Kyrgyzstan's GII is 0.34",
        a: level(0.34, 'number'),
        codes: GII,
        subject: 'GII',
        country: 'KGZ',
      },
      {
        text: "Tajikistan's GII fell by 24%",
        a: change('decrease', 24, 'percent'),
        codes: GII,
        subject: 'GII',
        country: 'TJK',
      },
    ],
  },
};

const RANKS: Record<string, Row> = {
  'ranked 50th': {
    input: 'Kazakhstan ranked 50th in the GII in 2023.',
    claims: [{ a: rank(50), codes: GII_RANK, subject: 'GII', country: 'KAZ', years: years(undefined, 2023) }],
  },
  'out of': {
    input: 'Kyrgyzstan is 83rd out of 193 countries in the gender inequality index.',
    claims: [{ a: rank(83, 193), codes: GII_RANK, subject: 'gender inequality index', country: 'KGZ' }],
  },
  ranks: {
    input: 'The United Kingdom ranks 31st on the Gender Inequality Index.',
    claims: [{ a: rank(31), codes: GII_RANK, subject: 'Gender Inequality Index', country: 'GBR' }],
  },
  'a rank indicator named': {
    input: "Kazakhstan's HDI rank improved to 60th place in 2023.",
    claims: [
      {
        a: rank(60),
        codes: ['hdr.hdi_rank'],
        subject: 'HDI rank',
        country: 'KAZ',
        years: years(undefined, 2023),
      },
    ],
  },
};

const QUOTAS: Record<string, Row> = {
  'gender quota on party lists': {
    input: 'Parties must respect a 40% gender quota on party lists.',
    claims: [
      {
        a: { kind: 'quota', threshold: 40, appliesTo: 'candidate-lists', groups: [] },
        codes: QUOTA,
        subject: 'gender quota',
      },
    ],
  },
  'reserved seats, the share in brackets': {
    input: 'Reserved seats for women (30%) were introduced in local councils.',
    claims: [
      {
        a: { kind: 'quota', threshold: 30, body: 'local-councils', appliesTo: 'seats', groups: ['women'] },
        codes: QUOTA,
        subject: 'Reserved seats',
      },
    ],
  },
  'the lower chamber; "quota" beats "Mazhilis"': {
    input: 'A quota of 30% for women and young people on candidate lists for the Mazhilis',
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
        subject: 'quota',
      },
    ],
  },
  'persons with disabilities': {
    input: 'Parliament adopted a 25% quota for persons with disabilities.',
    claims: [
      {
        a: { kind: 'quota', threshold: 25, body: 'parliament', groups: ['persons-with-disabilities'] },
        codes: QUOTA,
        subject: 'quota',
      },
    ],
  },
};

const TRENDS: Record<string, Row> = {
  'a change and a trend joined by "while"': {
    input: 'The MMR dropped by 76% from 2000 to 2020, while the adolescent birth rate declined.',
    claims: [
      {
        text: 'The MMR dropped by 76% from 2000 to 2020',
        a: change('decrease', 76, 'percent'),
        codes: ['hdr.mmr'],
        subject: 'MMR',
        years: years(2000, 2020),
      },
      {
        text: 'the adolescent birth rate declined',
        a: trend('decrease'),
        codes: ['hdr.abr', 'unsd.abr'],
        subject: 'adolescent birth rate',
      },
    ],
  },
  'an indicator': {
    input: 'The share of women ministers has grown.',
    claims: [{ a: trend('increase'), codes: ['unsd.ministers'], subject: 'women ministers' }],
  },
  'about women, no indicator': {
    input: 'Female employment rose.',
    claims: [{ a: trend('increase'), codes: [], subject: 'Female employment' }],
  },
};

describe(parseClaims, () => {
  it.each(Object.entries(LEVELS))('level: %s', (_label, row) => expectRow(row, lexicon, 'en'));
  it.each(Object.entries(RANKS))('rank: %s', (_label, row) => expectRow(row, lexicon, 'en'));
  it.each(Object.entries(QUOTAS))('quota: %s', (_label, row) => expectRow(row, lexicon, 'en'));
  it.each(Object.entries(TRENDS))('trend: %s', (_label, row) => expectRow(row, lexicon, 'en'));
});
