import {
  gii25,
  gii2324,
  hdrSeats25,
  hdrSeats2324,
  wdiSeats,
  unsdSeats,
  kazSeats,
  ministers,
  managers,
  gii25Points,
  gii2324Points,
  hdrSeats25Points,
  hdrSeats2324Points,
  wdiSeatsPoints,
  unsdSeatsPoints,
  kazSeatsPoints,
  ministersPoints,
  managersPoints,
} from './claims-fixture-series.ts';
import type { ClaimsCheckResponse, Finding, SeriesMeta } from './claims-types.ts';

/**
 * What `POST /api/claims/check` answered for Kazakhstan's statement at the Beijing+30 regional
 * review (country KAZ) on the bundled data, for the page's unit tests; the leadership claim keeps
 * three of its eight context series (and their points: claims-fixture-series.ts).
 */

type Fields = Omit<Finding, 'kind' | 'series' | 'quota'>;

function series(s: SeriesMeta, f: Fields): Finding {
  return { kind: 'series', series: s, ...f };
}

export const KAZ_CHECK: ClaimsCheckResponse = {
  text: 'These include a 60% reduction in the gender inequality index; introduction of a 30% quota in Parliament for women and youth, including women with disabilities; and increased female leadership in state governance.',
  country: 'KAZ',
  claims: [
    {
      claim: {
        span: { start: 0, end: 60 },
        text: 'These include a 60% reduction in the gender inequality index',
        language: 'en',
        assertion: { kind: 'change', direction: 'decrease', amount: 60, unit: 'percent' },
        subject: { phrase: 'gender inequality index', span: { start: 37, end: 60 } },
        indicatorCodes: ['hdr.gii'],
        years: {},
        country: 'KAZ',
      },
      verdict: 'not-supported',
      summary:
        'Not supported: no source shows a 60 % fall in Gender Inequality Index (GII) for KAZ (first to latest year); the closest is HDR25 2000–2022: −54.6 %.',
      findings: [
        series(gii25, {
          role: 'claimed',
          years: [2000, 2023],
          values: [0.37, 0.182],
          computed: -50.810810810810814,
          computedText: '−50.8 %',
          computation: '(0.182 − 0.370) / 0.370 = −50.8 %',
          matches: false,
        }),
        series(gii2324, {
          role: 'claimed',
          years: [2000, 2022],
          values: [0.372, 0.177],
          computed: -52.41935483870967,
          computedText: '−52.4 %',
          computation: '(0.177 − 0.372) / 0.372 = −52.4 %',
          matches: false,
        }),
      ],
      closest: series(gii25, {
        role: 'other-window',
        years: [2000, 2022],
        values: [0.37, 0.168],
        computed: -54.59459459459459,
        computedText: '−54.6 %',
        computation: '(0.168 − 0.370) / 0.370 = −54.6 %',
        matches: false,
      }),
      qualifiers: [],
      series: [gii25Points, gii2324Points],
    },
    {
      claim: {
        span: { start: 62, end: 158 },
        text: 'introduction of a 30% quota in Parliament for women and youth, including women with disabilities',
        language: 'en',
        assertion: {
          kind: 'quota',
          threshold: 30,
          body: 'parliament',
          groups: ['women', 'youth', 'women-with-disabilities'],
        },
        subject: { phrase: 'quota in Parliament', span: { start: 84, end: 103 } },
        indicatorCodes: ['unsd.quota_legislated'],
        years: {},
        country: 'KAZ',
      },
      verdict: 'partly-supported',
      summary:
        'Partly supported: Parity holds a 30 % quota for women, youth and women with disabilities in parliament for KAZ, but the quota rests only on the statement itself; no legal act or dataset in Parity.',
      findings: [
        {
          kind: 'quota',
          quota: {
            id: 'kaz-mazhilis-party-lists',
            country: 'KAZ',
            body: 'lower-chamber',
            kind: 'legislated-candidate-quota',
            appliesTo: 'candidate-lists',
            threshold: 30,
            groups: ['women', 'youth', 'women-with-disabilities'],
            source:
              'Kazakhstan, statement at the Beijing+30 Regional Review Meeting for the UNECE region, Geneva, October 2024',
            sourceKind: 'statement',
            note: 'The statement: "These include a 60% reduction in the gender inequality index; introduction of a 30% quota in Parliament for women and youth, including women with disabilities; and increased female leadership in state governance." It says "in Parliament"; the quota is recorded as one on party lists for the Mazhilis (lower chamber). The legal act that introduced it (and its date) could not be established here, offline: the statement is the only source, so a check against this row is not independent evidence. The UN Minimum Set of Gender Indicators (bundled, data of 2019) shows no quota for Kazakhstan: series QIV.1 (legislated quotas: reserved seats and legislated candidate quotas, file 9600) has no row for Kazakhstan, and series QIV.2 (voluntary party quotas, file 9700) gives "No".',
          },
          role: 'quota',
          years: [],
          values: [30],
          computed: 30,
          computedText: '30 %',
          computation:
            '30 % for women, youth and women with disabilities on candidate lists for the lower chamber (legislated-candidate-quota; source: statement); agrees with the claim',
          matches: true,
        },
        series(hdrSeats25, {
          role: 'context',
          years: [2023],
          values: [19.59459459],
          computed: 19.59459459,
          computedText: '19.6 %',
          computation: '19.6 % in 2023 against the 30 % threshold: below',
          matches: false,
        }),
        series(hdrSeats2324, {
          role: 'context',
          years: [2022],
          values: [24.67532468],
          computed: 24.67532468,
          computedText: '24.7 %',
          computation: '24.7 % in 2022 against the 30 % threshold: below',
          matches: false,
        }),
        series(wdiSeats, {
          role: 'context',
          years: [2020],
          values: [27.1028037383178],
          computed: 27.1028037383178,
          computedText: '27.1 %',
          computation: '27.1 % in 2020 against the 30 % threshold: below',
          matches: false,
        }),
        series(unsdSeats, {
          role: 'context',
          years: [2021],
          values: [27.1],
          computed: 27.1,
          computedText: '27.1 %',
          computation: '27.1 % in 2021 against the 30 % threshold: below',
          matches: false,
        }),
        series(kazSeats, {
          role: 'context',
          years: [2023],
          values: [23],
          computed: 23,
          computedText: '23.0 %',
          computation: '23.0 % in 2023 against the 30 % threshold: below',
          matches: false,
        }),
      ],
      qualifiers: [
        'rests only on the statement itself; no legal act or dataset in Parity',
        'the quota applies to the lower chamber',
        'the quota is on candidate lists: it does not fix the share of seats',
      ],
      series: [hdrSeats25Points, hdrSeats2324Points, wdiSeatsPoints, unsdSeatsPoints, kazSeatsPoints],
    },
    {
      claim: {
        span: { start: 164, end: 211 },
        text: 'increased female leadership in state governance',
        language: 'en',
        assertion: { kind: 'trend', direction: 'increase' },
        subject: { phrase: 'female leadership in state governance', span: { start: 174, end: 211 } },
        indicatorCodes: [],
        years: {},
        country: 'KAZ',
      },
      verdict: 'not-checkable',
      summary:
        'Not checkable: the claim states a direction of "female leadership in state governance" with no amount and no indicator Parity holds; related series are shown for context.',
      reason: 'no-quantity',
      findings: [
        series(ministers, {
          role: 'context',
          years: [2014, 2019],
          values: [20, 5.6],
          computed: -14.4,
          computedText: '−14.4 points',
          computation: '5.6 − 20.0 = −14.4 points',
          matches: false,
        }),
        series(hdrSeats25, {
          role: 'context',
          years: [2018, 2023],
          values: [22.07792208, 19.59459459],
          computed: -2.4833274900000006,
          computedText: '−2.5 points',
          computation: '19.6 − 22.1 = −2.5 points',
          matches: false,
        }),
        series(managers, {
          role: 'context',
          years: [2012, 2017],
          values: [39.75, 36.96],
          computed: -2.789999999999999,
          computedText: '−2.8 points',
          computation: '37.0 − 39.8 = −2.8 points',
          matches: false,
        }),
      ],
      qualifiers: [],
      series: [ministersPoints, hdrSeats25Points, managersPoints],
    },
  ],
};
