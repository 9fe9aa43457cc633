import { describe, expect, it } from 'vitest';
import { claimsLink, sentenceAround } from './verdict-link.ts';

// Kazakhstan's statement at the Geneva meeting (issue 4 §5): the claim checked is the first one.
const KAZ =
  'These include a 60% reduction in the gender inequality index; introduction of a 30% quota in Parliament ' +
  'for women and youth, including women with disabilities; and increased female leadership in state governance.';
const span = { start: 0, end: 59 };

describe('the link from a checked claim to the claims page', () => {
  it('carries the whole statement and the country when the statement fits in an address', () => {
    const url = new URL(claimsLink({ text: KAZ, country: 'KAZ' }, { span }, 'fr'), 'http://x');
    expect(url.pathname).toBe('/claims');
    expect(url.searchParams.get('text')).toBe(KAZ);
    expect(url.searchParams.get('country')).toBe('KAZ');
    expect(url.searchParams.get('lang')).toBe('fr');
  });

  it('carries the sentence of the claim when the statement is too long', () => {
    const long = `${'Opening words. '.repeat(120)}${KAZ} Closing words.`;
    const at = long.indexOf('These include');
    const url = new URL(
      claimsLink({ text: long, country: null }, { span: { start: at, end: at + 59 } }, 'en'),
      'http://x',
    );
    expect(url.searchParams.get('text')).toBe(KAZ);
    expect(url.searchParams.has('country')).toBe(false);
  });

  it.each([
    { text: 'One. Two has 30%. Three.', start: 5, end: 16, sentence: 'Two has 30%.' },
    { text: 'No full stop here', start: 3, end: 7, sentence: 'No full stop here' },
    { text: 'First line\nSecond 60% line\nThird', start: 11, end: 21, sentence: 'Second 60% line' },
  ])('sentenceAround($text)', ({ text, start, end, sentence }) => {
    expect(sentenceAround(text, { start, end })).toBe(sentence);
  });
});
