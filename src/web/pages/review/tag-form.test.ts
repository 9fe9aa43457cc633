import { describe, expect, it } from 'vitest';
import { parseTargets, passageOf } from './tag-form.ts';

describe('the tag form', () => {
  it.each([
    { text: '5.5', targets: ['5.5'] },
    { text: '5.5, 5.a 5.c;5.5', targets: ['5.5', '5.a', '5.c'] },
    { text: '', targets: [] },
    { text: '5', targets: null },
    { text: 'SDG 5.5', targets: null },
  ])('parseTargets($text)', ({ text, targets }) => {
    expect(parseTargets(text)).toEqual(targets);
  });

  it('collapses the spaces of a selection', () => {
    expect(passageOf('  a 30 % quota for women\n and youth ')).toBe('a 30 % quota for women and youth');
  });
});
