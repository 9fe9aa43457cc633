import { describe, expect, it } from 'vitest';
import { HttpError } from '../http-error.ts';
import * as p from './params.ts';
import { issuesOf, validationHook } from './validation-hook.ts';

const schema = p.query({ from: p.year('From.'), limit: p.limit });

describe(issuesOf, () => {
  it.each<[Record<string, unknown>, { param: string; message: string }[]]>([
    [{ from: '20x' }, [{ param: 'from', message: 'expected a year between 1900 and 2100, got "20x"' }]],
    [
      { from: '20x', limit: '0' },
      [
        { param: 'from', message: 'expected a year between 1900 and 2100, got "20x"' },
        { param: 'limit', message: 'expected an integer from 1 to 1000, got "0"' },
      ],
    ],
    [
      { year: '2020', from: ['2020', '2021'] },
      [
        { param: 'from', message: 'expected a year between 1900 and 2100, got ["2020","2021"]' },
        { param: 'year', message: 'unknown parameter: this endpoint takes from, limit' },
      ],
    ],
  ])('%j', (raw, expected) => {
    const r = schema.safeParse(raw);
    expect(issuesOf(r.error!, raw)).toEqual(expect.arrayContaining(expected));
    expect(issuesOf(r.error!, raw)).toHaveLength(expected.length);
  });
});

describe('validationHook', () => {
  it('throws a 400 HttpError naming the parameter', () => {
    const raw = { from: '20x' };
    const error = schema.safeParse(raw).error!;
    const run = () =>
      validationHook({ success: false, error, target: 'query', data: raw } as never, {} as never);
    expect(run).toThrow(HttpError);
    try {
      run();
    } catch (e) {
      expect((e as HttpError).status).toBe(400);
      expect((e as HttpError).message).toBe(
        'invalid parameter from: expected a year between 1900 and 2100, got "20x"',
      );
      expect((e as HttpError).issues).toEqual([
        { param: 'from', message: 'expected a year between 1900 and 2100, got "20x"' },
      ]);
    }
  });

  it('lets valid input through', () => {
    expect(
      validationHook({ success: true, data: {}, target: 'query' } as never, {} as never),
    ).toBeUndefined();
  });
});
