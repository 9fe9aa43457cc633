import { describe, expect, it } from 'vitest';
import { highlightSegments, type Segment } from './segments.ts';

// Kazakhstan's statement at the Beijing+30 regional review, with the spans the server returns for it.
const KAZ =
  'These include a 60% reduction in the gender inequality index; introduction of a 30% quota in Parliament ' +
  'for women and youth, including women with disabilities; and increased female leadership in state governance.';
const KAZ_SPANS = [
  { start: 0, end: 60 },
  { start: 62, end: 158 },
  { start: 164, end: 211 },
];

const shape = (segments: Segment[]) =>
  segments.map((s) => (s.kind === 'claim' ? `[${s.claim}:${s.text}]` : s.text));

describe('highlightSegments', () => {
  it('cuts the Kazakh statement into three claims and the text between them', () => {
    const s = highlightSegments(KAZ, KAZ_SPANS);
    expect(shape(s)).toEqual([
      '[0:These include a 60% reduction in the gender inequality index]',
      '; ',
      '[1:introduction of a 30% quota in Parliament for women and youth, including women with disabilities]',
      '; and ',
      '[2:increased female leadership in state governance]',
      '.',
    ]);
    expect(s.map((x) => x.text).join('')).toBe(KAZ);
    expect(s.map((x) => x.start)).toEqual([0, 60, 62, 158, 164, 211]);
  });

  it.each([
    ['no claims', 'Women hold 27% of seats.', [], ['Women hold 27% of seats.']],
    ['a claim covering everything', 'abc', [{ start: 0, end: 3 }], ['[0:abc]']],
    [
      'spans out of order keep their claim index',
      'ab cd',
      [
        { start: 3, end: 5 },
        { start: 0, end: 2 },
      ],
      ['[1:ab]', ' ', '[0:cd]'],
    ],
    ['a span past the end is clamped', 'abcdef', [{ start: 4, end: 99 }], ['abcd', '[0:ef]']],
    ['a negative start is clamped', 'abcdef', [{ start: -3, end: 2 }], ['[0:ab]', 'cdef']],
    ['an empty span is left out', 'abcdef', [{ start: 2, end: 2 }], ['abcdef']],
    [
      'an overlap goes to the span starting first',
      'abcdef',
      [
        { start: 0, end: 4 },
        { start: 2, end: 6 },
      ],
      ['[0:abcd]', '[1:ef]'],
    ],
    [
      'a span inside another is dropped',
      'abcdef',
      [
        { start: 0, end: 6 },
        { start: 2, end: 4 },
      ],
      ['[0:abcdef]'],
    ],
    ['a reversed span is read the right way round', 'abcdef', [{ start: 5, end: 1 }], ['a', '[0:bcde]', 'f']],
  ] as const)('%s', (_label, text, spans, expected) => {
    const s = highlightSegments(text, spans);
    expect(shape(s)).toEqual(expected);
  });

  it('counts in UTF-16 code units, as the server does (Russian and astral characters)', () => {
    const text = 'ИГН снизился на 60% 📉 с 2000 года';
    const s = highlightSegments(text, [
      { start: 0, end: 19 },
      { start: 20, end: 22 },
    ]);
    expect(shape(s)).toEqual(['[0:ИГН снизился на 60%]', ' ', '[1:📉]', ' с 2000 года']);
  });
});
