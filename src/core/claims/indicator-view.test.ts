import { describe, expect, it } from 'vitest';
import type { ClaimLexicon } from './claim.ts';
import { indicatorView } from './indicator-view.ts';
import { compileLexicon } from './lexicon-match.ts';

const lexicon: ClaimLexicon = {
  indicators: [],
  countries: [
    { phrase: 'kazakhstan', iso3: 'KAZ' },
    { phrase: 'republic of kazakhstan', iso3: 'KAZ' },
    { phrase: 'armenia', iso3: 'ARM' },
    { phrase: 'uk', iso3: 'GBR' },
    { phrase: 'british', iso3: 'GBR' },
    { phrase: 'the netherlands', iso3: 'NLD' },
    { phrase: 'казахстанский', iso3: 'KAZ' },
    { phrase: 'казахстан', iso3: 'KAZ' },
  ],
};
const compiled = compileLexicon(lexicon);

describe(indicatorView, () => {
  it.each<[string, string]>([
    ["seats in Kazakhstan's parliament", 'seats in parliament'],
    ['seats in Kazakhstan’s parliament', 'seats in parliament'],
    ['seats in the Republic of Kazakhstan’s parliament', 'seats in parliament'],
    ['seats in the UK parliament', 'seats in parliament'],
    ["seats in the Netherlands' parliament", 'seats in parliament'],
    ['women in the British Parliament', 'women in parliament'],
    ["women's share of seats in Kazakhstan's Mazhilis", "women's share of seats in parliament"],
    ["the share of women in Armenia's National Assembly", 'the share of women in parliament'],
    ["women in the country's lower house", 'women in parliament'],
    ['women in the House of Commons', 'women in parliament'],
    ['доля женщин в казахстанском парламенте', 'доля женщин в парламенте'],
    ['доля женщин в Мажилисе Казахстана', 'доля женщин в парламент '],
    ['доля женщин в Государственной Думе', 'доля женщин в парламент'],
    // Upper chambers are not what the seat series count; a council for women is no parliament.
    ['women in the Senate', 'women in the Senate'],
    ['the National Council for Women', 'the National Council for Women'],
    ['Kazakhstan, women', ', women'],
  ])('%j reads %j', (text, read) => {
    expect(indicatorView(text, compiled).text).toBe(read);
  });
});
