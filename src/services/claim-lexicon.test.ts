import { describe, expect, it } from 'vitest';
import { countryByIso3, indicatorByCode, regionSetByCode } from '../catalog/index.ts';
import { buildClaimLexicon, COUNTRY_WORDS } from './claim-lexicon.ts';

const lexicon = buildClaimLexicon();
const codesOf = (phrase: string) => lexicon.indicators.find((e) => e.phrase === phrase)?.codes;
const countryOf = (phrase: string) => lexicon.countries.find((e) => e.phrase === phrase)?.iso3;

describe(buildClaimLexicon, () => {
  it.each<[string, string[]]>([
    ['gender inequality index', ['hdr.gii']],
    ['gii', ['hdr.gii']],
    ['игн', ['hdr.gii']],
    ['индекс гендерного неравенства', ['hdr.gii']],
    // the name without its bracket, from "Gender Inequality Index (GII)"
    ['indice d’inégalité de genre'.replace('’', "'"), ['hdr.gii']],
    ['women in parliament', ['hdr.pr', 'wdi.SG.GEN.PARL.ZS', 'unsd.parl_seats', 'sdg.5.5.1']],
    ["women's representation", ['hdr.pr', 'wdi.SG.GEN.PARL.ZS', 'unsd.parl_seats', 'sdg.5.5.1']],
    ['доля женщин в парламенте', ['hdr.pr', 'wdi.SG.GEN.PARL.ZS', 'unsd.parl_seats', 'sdg.5.5.1']],
    ['female labour force participation', ['hdr.lfpr', 'wdi.SL.TLF.CACT.FE.ZS', 'unsd.lfpr']],
    ['maternal mortality', ['hdr.mmr', 'unsd.mmr']],
    ['gender inequality index rank', ['hdr.gii_rank']],
    ['quota', ['unsd.quota_legislated']],
  ])('%j → %j', (phrase, codes) => {
    expect(codesOf(phrase)).toEqual(codes);
  });

  it('keys every phrase once, in lower case, to codes of the catalogue', () => {
    const phrases = lexicon.indicators.map((e) => e.phrase);
    expect(new Set(phrases).size).toBe(phrases.length);
    for (const e of lexicon.indicators) {
      expect(e.phrase).toBe(e.phrase.toLowerCase());
      for (const code of e.codes) expect(indicatorByCode(code), code).toBeDefined();
    }
  });

  it.each<[string, string | undefined]>([
    ['kazakhstan', 'KAZ'],
    ['kazakh', 'KAZ'],
    ['казахстан', 'KAZ'],
    ['british', 'GBR'],
    ['uk', 'GBR'],
    ['kyrgyz', 'KGZ'],
    ['uzbek', 'UZB'],
    ['russian', 'RUS'],
    ['moldova', 'MDA'],
    ['royaume-uni', 'GBR'],
    ['us', undefined],
    ['того', undefined],
  ])('country %j → %j', (phrase, iso3) => {
    expect(countryOf(phrase)).toBe(iso3);
  });

  it('adds short forms only for UNECE members, each a known country', () => {
    const unece = new Set(regionSetByCode('unece')!.members);
    for (const iso3 of Object.keys(COUNTRY_WORDS)) {
      expect(countryByIso3(iso3), iso3).toBeDefined();
      expect(unece.has(iso3), iso3).toBe(true);
    }
  });
});
