import { describe, expect, it } from 'vitest';
import { formatDay, formatDays } from './review-format.ts';

describe('calendar days in the reader’s language, whatever the time zone', () => {
  it.each([
    { lang: 'en' as const, day: '2024-10-21', text: '21 Oct 2024' },
    { lang: 'fr' as const, day: '2024-10-21', text: '21 oct. 2024' },
    { lang: 'ru' as const, day: '2024-10-21', text: '21 окт. 2024 г.' },
  ])('$lang: $day', ({ lang, day, text }) => {
    expect(formatDay(lang, day)).toBe(text);
  });

  it('spans two days as one range, one day as a day', () => {
    expect(formatDays('en', '2024-10-21', '2024-10-22')).toMatch(/^21\s–\s22 Oct 2024$/);
    expect(formatDays('en', '2024-10-21', '2024-10-21')).toBe('21 Oct 2024');
  });
});
