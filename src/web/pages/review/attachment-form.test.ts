import { describe, expect, it } from 'vitest';
import { attachmentOf, EMPTY_ATTACHMENT, parseSize } from './attachment-form.ts';

describe('attachment metadata', () => {
  it.each([
    { text: '1200', bytes: 1200 },
    { text: '340 kB', bytes: 340_000 },
    { text: '2,5 MB', bytes: 2_500_000 },
    { text: '1.2GB', bytes: 1_200_000_000 },
    { text: 'big', bytes: null },
    { text: '', bytes: null },
  ])('parseSize($text)', ({ text, bytes }) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it('keeps what a file is and where it lives', () => {
    expect(
      attachmentOf({
        name: ' national-review-KAZ.pdf ',
        type: 'application/pdf',
        size: '2.5 MB',
        description: 'The national review as sent to ECE',
        url: 'https://example.org/kaz.pdf',
      }),
    ).toEqual({
      ok: true,
      attachment: {
        name: 'national-review-KAZ.pdf',
        type: 'application/pdf',
        size: 2_500_000,
        description: 'The national review as sent to ECE',
        url: 'https://example.org/kaz.pdf',
      },
    });
  });

  it.each([
    { name: 'empty', fields: EMPTY_ATTACHMENT, wrong: ['name', 'size'] },
    {
      name: 'no media type',
      fields: { ...EMPTY_ATTACHMENT, name: 'a.pdf', type: 'pdf', size: '1' },
      wrong: ['type'],
    },
    {
      name: 'a data link',
      fields: { ...EMPTY_ATTACHMENT, name: 'a.pdf', size: '1', url: 'data:text/html,x' },
      wrong: ['url'],
    },
  ])('$name', ({ fields, wrong }) => {
    const r = attachmentOf(fields);
    expect(r.ok ? [] : r.fields).toEqual(wrong);
  });
});
