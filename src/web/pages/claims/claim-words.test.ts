import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../i18n/i18n.ts';
import { KAZ_CHECK } from './claims-fixture.ts';
import type { ClaimCheck, Finding } from './claims-types.ts';
import {
  allFindings,
  claimPhrase,
  computedText,
  localSummary,
  verdictCounts,
  yearsText,
  type Translate,
} from './claim-words.ts';
import { claimsT } from './test-translate.ts';

const [gii, quota, leadership] = KAZ_CHECK.claims as [ClaimCheck, ClaimCheck, ClaimCheck];
const t: Partial<Record<Lang, Translate>> = {};
beforeAll(async () => {
  for (const lang of ['en', 'fr', 'ru'] as const) t[lang] = await claimsT(lang);
});

describe('verdictCounts', () => {
  it('counts the Kazakh statement’s verdicts in the legend’s order', () => {
    expect(verdictCounts(KAZ_CHECK.claims)).toEqual([
      { verdict: 'partly-supported', count: 1 },
      { verdict: 'not-supported', count: 1 },
      { verdict: 'not-checkable', count: 1 },
    ]);
  });
});

describe('yearsText', () => {
  it.each([
    [[2000, 2022], '2000–2022'],
    [[2023], '2023'],
    [[2021, 2021], '2021'],
    [[], ''],
  ])('%j → %s', (years, text) => expect(yearsText(years)).toBe(text));
});

describe('claimPhrase', () => {
  it.each([
    ['en', gii, 'a 60% fall in “gender inequality index”'],
    ['fr', gii, 'une baisse de 60 % de « gender inequality index »'],
    ['ru', gii, 'снижение «gender inequality index» на 60 %'],
    ['en', quota, 'a 30% quota'],
    ['en', leadership, 'a rise in “female leadership in state governance”'],
  ] as const)('%s: %s', (lang, check, phrase) => {
    expect(claimPhrase(t[lang]!, lang, check.claim).replace(/\u202f|\u00a0/g, ' ')).toBe(phrase);
  });
});

describe('computedText', () => {
  const closest = gii.closest!;
  const context = leadership.findings[0]!;
  it.each([
    ['en', closest, '-54.6%'],
    ['fr', closest, '-54,6 %'],
    ['ru', closest, '-54,6 %'],
    ['en', context, '-14.4 points'],
    ['ru', context, '-14,4 п. п.'],
  ] as const)('%s: %s → %s', (lang, f: Finding, text) => {
    const a = (f === context ? leadership : gii).claim.assertion;
    expect(
      computedText(t[lang]!, lang, a, f).replace(/\u202f|\u00a0|\u2212/g, (c) =>
        c === '\u2212' ? '-' : ' ',
      ),
    ).toBe(text);
  });
});

describe('localSummary', () => {
  const norm = (s: string) => s.replace(/\u202f|\u00a0/g, ' ').replace(/\u2212/g, '-');
  it('says the GII claim is not supported, naming both editions and the closest window', () => {
    expect(norm(localSummary(t.en!, 'en', gii))).toBe(
      'Not supported: no source shows a 60% fall in “gender inequality index” (HDR25 2000–2023: -50.8% and HDR23-24 2000–2022: -52.4%); the closest is HDR25 2000–2022: -54.6%.',
    );
    const ru = norm(localSummary(t.ru!, 'ru', gii));
    expect(ru).toMatch(/^Не подтверждается/);
    expect(ru).toContain('HDR25 2000–2022: -54,6 %');
    expect(ru).toContain('HDR23-24');
  });

  it('says the quota rests on the statement alone', () => {
    expect(norm(localSummary(t.en!, 'en', quota))).toBe(
      'Partly supported: Parity holds a 30% quota for women, youth and women with disabilities on candidate lists for the lower chamber of parliament, but its only source is the statement itself.',
    );
    expect(norm(localSummary(t.fr!, 'fr', quota))).toMatch(
      /^Partiellement confirmé.*la déclaration elle-même/,
    );
  });

  it('says why the leadership claim cannot be checked, and that the series shown are context', () => {
    expect(localSummary(t.en!, 'en', leadership)).toBe(
      'Not checkable: the claim states a direction without an amount, and names no indicator Parity holds. Related series are shown for context; they do not change the verdict.',
    );
  });

  it('names the sources where a claim holds and where it does not', () => {
    const f = (source: string, computed: number, matches: boolean): Finding => ({
      ...(gii.findings[0] as Finding & { kind: 'series' }),
      series: { ...(gii.findings[0] as Finding & { kind: 'series' }).series, source },
      computed,
      matches,
    });
    const partly: ClaimCheck = {
      ...gii,
      verdict: 'partly-supported',
      claim: {
        ...gii.claim,
        assertion: { kind: 'change', direction: 'decrease', amount: 51, unit: 'percent' },
      },
      findings: [f('HDR25', -50.8, true), f('HDR23-24', -52.4, false)],
    };
    expect(norm(localSummary(t.en!, 'en', partly))).toBe(
      'Partly supported: a 51% fall in “gender inequality index” holds in HDR25 2000–2023: -50.8%, but not in HDR23-24 2000–2023: -52.4%.',
    );
  });
});

describe('allFindings', () => {
  it('adds the closest reading when it is not among the findings', () => {
    expect(allFindings(gii).map((f) => `${f.role} ${yearsText(f.years)}`)).toEqual([
      'claimed 2000–2023',
      'claimed 2000–2022',
      'other-window 2000–2022',
    ]);
    expect(allFindings(quota)).toHaveLength(quota.findings.length);
  });
});
