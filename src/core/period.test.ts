import { describe, expect, it } from 'vitest';
import { parsePeriod } from './period.ts';

describe(parsePeriod, () => {
  it.each([
    ['2022', 2022, 2022],
    ['2004/05', 2004, 2005],
    ['1999/00', 1999, 2000],
    ['2004-2005', 2004, 2005],
    [' 2010 ', 2010, 2010],
  ])('reads %j as %i–%i', (raw, start, end) => {
    const r = parsePeriod(raw);
    expect(r).toMatchObject({ ok: true, period: { start, end } });
  });

  it.each(['', 'abc', '20', '2004/03', '2004/2020', '0999', 'This is a non-statistical indicator'])(
    'rejects %j',
    (raw) => {
      expect(parsePeriod(raw).ok).toBe(false);
    },
  );
});
