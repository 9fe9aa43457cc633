import { describe, expect, it } from 'vitest';
import * as p from './params.ts';

const schema = p.query({
  lang: p.lang,
  indicator: p.codeList('indicator codes', 'hdr.gii', 'Indicators.'),
  from: p.year('From.'),
  dims: p.dims,
  format: p.format,
  ...p.page,
});

function parse(input: Record<string, string>) {
  return schema.safeParse({ indicator: 'hdr.gii', ...input });
}

describe('query parameters', () => {
  it('applies the defaults', () => {
    expect(parse({}).data).toEqual({
      indicator: ['hdr.gii'],
      lang: 'en',
      format: 'csv',
      limit: 100,
      offset: 0,
    });
  });

  it.each<[Record<string, string>, Record<string, unknown>]>([
    [
      { indicator: 'unsd.parl_seats, wdi.SG.GEN.PARL.ZS' },
      { indicator: ['unsd.parl_seats', 'wdi.SG.GEN.PARL.ZS'] },
    ],
    [{ indicator: 'hdr.gii,hdr.gii' }, { indicator: ['hdr.gii'] }],
    [{ from: '2022' }, { from: 2022 }],
    [{ dims: 'sex:F,age:Y_GE15' }, { dims: { sex: 'F', age: 'Y_GE15' } }],
    [{ dims: 'total' }, { dims: 'total' }],
    [
      { lang: 'ru', format: 'json' },
      { lang: 'ru', format: 'json' },
    ],
    [
      { limit: '1000', offset: '5' },
      { limit: 1000, offset: 5 },
    ],
  ])('%j', (input, expected) => {
    expect(parse(input).data).toMatchObject(expected);
  });

  it.each<[Record<string, string>, string, string]>([
    [{ from: '20x' }, 'from', 'expected a year between 1900 and 2100'],
    [{ from: '1066' }, 'from', 'expected a year between 1900 and 2100'],
    [{ limit: '0' }, 'limit', 'expected an integer from 1 to 1000'],
    [{ limit: '1001' }, 'limit', 'expected an integer from 1 to 1000'],
    [{ limit: 'ten' }, 'limit', 'expected an integer from 1 to 1000'],
    [{ offset: '-1' }, 'offset', 'expected an integer ≥ 0'],
    [{ lang: 'de' }, 'lang', 'expected en, fr or ru'],
    [{ format: 'xlsx' }, 'format', 'expected csv or json'],
    [
      { dims: 'sex=F' },
      'dims',
      'expected "total" or key:value pairs separated by commas, such as sex:F,age:Y_GE15',
    ],
    [
      { indicator: 'hdr.gii;drop' },
      'indicator',
      'expected indicator codes, comma-separated, such as hdr.gii',
    ],
    [
      { contry: 'KAZ' },
      'contry',
      'unknown parameter: this endpoint takes lang, indicator, from, dims, format, limit, offset',
    ],
  ])('%j is invalid', (input, param, message) => {
    const r = parse(input);
    expect(r.success).toBe(false);
    const issue = r.error!.issues[0]!;
    const named = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[0];
    expect([named, issue.message]).toEqual([param, message]);
  });

  it('requires a required parameter', () => {
    const r = schema.safeParse({});
    expect(r.error!.issues.map((i) => i.path[0])).toEqual(['indicator']);
  });
});
