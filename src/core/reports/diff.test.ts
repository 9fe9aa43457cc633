import { describe, expect, it } from 'vitest';
import { canonicalJson, diffByKey, diffSections } from './diff.ts';

const ORDER = ['priorities', 'achievements', 'conclusions'];

describe(diffSections, () => {
  it('diffs each section word by word, in template order, extra sections last', () => {
    const from = {
      priorities: 'Domestic violence was made an administrative offence.',
      achievements: 'A 30% quota for women and youth.',
      zzz: 'old',
    };
    const to = {
      priorities: 'Domestic violence was criminalised in 2024.',
      achievements: 'A 30% quota for women and youth.',
      conclusions: 'Next: the Spotlight initiative.',
    };
    const d = diffSections(from, to, ORDER);
    expect(d.map((s) => [s.sectionId, s.change, s.wordsAdded, s.wordsRemoved])).toEqual([
      ['priorities', 'changed', 3, 4],
      ['achievements', 'unchanged', 0, 0],
      ['conclusions', 'added', 4, 0],
      ['zzz', 'removed', 0, 1],
    ]);
    expect(d[0]!.parts).toEqual([
      { kind: 'same', text: 'Domestic violence was ' },
      { kind: 'removed', text: 'made an administrative offence' },
      { kind: 'added', text: 'criminalised in 2024' },
      { kind: 'same', text: '.' },
    ]);
    expect(d[1]!.parts).toEqual([{ kind: 'same', text: 'A 30% quota for women and youth.' }]);
  });

  it('gives every template section even when both versions are empty', () => {
    expect(diffSections({}, {}, ORDER).map((s) => [s.sectionId, s.change, s.parts.length])).toEqual([
      ['priorities', 'unchanged', 0],
      ['achievements', 'unchanged', 0],
      ['conclusions', 'unchanged', 0],
    ]);
  });
});

describe(diffByKey, () => {
  it('matches items by key and compares their content whatever the key order', () => {
    const from = [
      { title: 'Law on domestic violence', kind: 'law', date: '2024-04-15' },
      { title: 'Spotlight initiative', kind: 'programme' },
      { title: 'Old plan', kind: 'policy' },
    ];
    const to = [
      { date: '2024-04-15', kind: 'law', title: 'Law on domestic violence' },
      { title: 'Spotlight initiative', kind: 'programme', beneficiaries: 'women in rural areas' },
      { title: '30% quota', kind: 'quota' },
    ];
    expect(diffByKey(from, to, (m) => m.title)).toEqual({
      added: ['30% quota'],
      removed: ['Old plan'],
      changed: ['Spotlight initiative'],
    });
  });
});

describe(canonicalJson, () => {
  it.each([
    [{ b: 1, a: [2, { d: null, c: 'x' }] }, '{"a":[2,{"c":"x","d":null}],"b":1}'],
    [{ a: undefined, b: 2 }, '{"b":2}'],
    ['<', '"<"'],
  ])('%j → %s', (value, json) => {
    expect(canonicalJson(value)).toBe(json);
  });
});
