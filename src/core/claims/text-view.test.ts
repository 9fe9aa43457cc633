import { describe, expect, it } from 'vitest';
import { editText, originalSpan } from './text-view.ts';

const TEXT = "seats in the UK's Mazhilis fell";
// "the UK's " (9–18) removed, "Mazhilis" (18–26) read as "parliament".
const view = editText(TEXT, [
  { span: { start: 18, end: 26 }, with: 'parliament' },
  { span: { start: 9, end: 18 }, with: '' },
]);

describe(editText, () => {
  it('applies the edits in text order', () => {
    expect(view.text).toBe('seats in parliament fell');
  });

  it('drops an edit overlapping an earlier one', () => {
    const edits = [
      { span: { start: 0, end: 5 }, with: '' },
      { span: { start: 3, end: 8 }, with: 'x' },
    ];
    expect(editText('abcdefghij', edits).text).toBe('fghij');
  });

  it('leaves a text without edits as it is', () => {
    expect(editText(TEXT, []).text).toBe(TEXT);
  });
});

describe(originalSpan, () => {
  it.each<[string, string]>([
    ['seats in parliament', "seats in the UK's Mazhilis"],
    ['parliament', 'Mazhilis'],
    ['arliamen', 'Mazhilis'],
    ['seats', 'seats'],
    ['fell', 'fell'],
    ['in parliament fell', "in the UK's Mazhilis fell"],
  ])('%j in the view is %j in the text', (phrase, written) => {
    const start = view.text.indexOf(phrase);
    const span = originalSpan(view, { start, end: start + phrase.length });
    expect(TEXT.slice(span.start, span.end)).toBe(written);
  });
});
