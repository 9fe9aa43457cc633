import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from './diagnostic.ts';
import { fileBytes, memoryBytes } from './read-csv.ts';
import { readQuotas } from './read-quotas.ts';

const BUNDLED = new URL('../../data/parity/quotas.csv', import.meta.url).pathname;
const HEADER = 'id,country,body,kind,applies_to,threshold,groups,adopted,source,source_kind,source_url,note';
const GOOD =
  'q,KAZ,lower-chamber,reserved-seats,seats,20,women,2021-05-24,Law,legal-act,https://example.org/law,';

async function problems(row: string): Promise<string[]> {
  const r = await readQuotas({ file: 'q.csv', bytes: memoryBytes(`${HEADER}\n${row}\n`) });
  return r.ok ? [] : r.errors.map(formatDiagnostic);
}

describe(readQuotas, () => {
  it('reads the bundled file: Kazakhstan’s 30 % quota, sourced to the statement only', async () => {
    const r = await readQuotas({ file: BUNDLED, bytes: fileBytes(BUNDLED) });
    if (!r.ok) throw new Error(r.errors.map(formatDiagnostic).join('\n'));
    expect(r.rows).toHaveLength(1);
    const q = r.rows[0]!;
    expect(q).toMatchObject({
      id: 'kaz-mazhilis-party-lists',
      country: 'KAZ',
      body: 'lower-chamber',
      kind: 'legislated-candidate-quota',
      appliesTo: 'candidate-lists',
      threshold: 30,
      groups: ['women', 'youth', 'women-with-disabilities'],
      source:
        'Kazakhstan, statement at the Beijing+30 Regional Review Meeting for the UNECE region, Geneva, October 2024',
      sourceKind: 'statement',
      line: 2,
    });
    expect(q.adopted).toBeUndefined();
    expect(q.sourceUrl).toBeUndefined();
    expect(q.note).toContain(
      'introduction of a 30% quota in Parliament for women and youth, including women with disabilities',
    );
    expect(q.note).toContain('could not be established');
    expect(q.note).toContain('series QIV.2 (voluntary party quotas, file 9700) gives "No"');
  });

  it('reads every field of a full row', async () => {
    const r = await readQuotas({ file: 'q.csv', bytes: memoryBytes(`${HEADER}\n${GOOD}\n`) });
    expect(r).toEqual({
      ok: true,
      rows: [
        {
          id: 'q',
          country: 'KAZ',
          body: 'lower-chamber',
          kind: 'reserved-seats',
          appliesTo: 'seats',
          threshold: 20,
          groups: ['women'],
          adopted: '2021-05-24',
          source: 'Law',
          sourceKind: 'legal-act',
          sourceUrl: 'https://example.org/law',
          line: 2,
        },
      ],
    });
  });

  const GROUPS =
    'expected groups separated by ";", each one of women, youth, women-with-disabilities, persons-with-disabilities, none twice';
  it.each<[string, string, string]>([
    [
      'an unknown country',
      GOOD.replace('KAZ', 'KAX'),
      'q.csv:2:2: country: expected an ISO 3166-1 alpha-3 country code in capitals, such as KAZ, got "KAX"',
    ],
    [
      'a country in lower case',
      GOOD.replace('KAZ', 'kaz'),
      'q.csv:2:2: country: expected an ISO 3166-1 alpha-3 country code in capitals, such as KAZ, got "kaz"',
    ],
    [
      'a bad body',
      GOOD.replace('lower-chamber', 'senate'),
      'q.csv:2:3: body: expected one of parliament, lower-chamber, upper-chamber, local-councils, got "senate"',
    ],
    [
      'a bad kind',
      GOOD.replace('reserved-seats', 'quota'),
      'q.csv:2:4: kind: expected one of legislated-candidate-quota, reserved-seats, party-quota, got "quota"',
    ],
    [
      'a bad applies_to',
      GOOD.replace(',seats,', ',lists,'),
      'q.csv:2:5: applies_to: expected one of candidate-lists, seats, got "lists"',
    ],
    [
      'a threshold above 100',
      GOOD.replace(',20,', ',120,'),
      'q.csv:2:6: threshold: expected a number from 0 to 100, got "120"',
    ],
    [
      'a negative threshold',
      GOOD.replace(',20,', ',-5,'),
      'q.csv:2:6: threshold: expected a number from 0 to 100, got "-5"',
    ],
    [
      'a threshold with a % sign',
      GOOD.replace(',20,', ',20%,'),
      'q.csv:2:6: threshold: expected a number from 0 to 100, got "20%"',
    ],
    ['a bad group', GOOD.replace(',women,', ',women;men,'), `q.csv:2:7: groups: ${GROUPS}, got "women;men"`],
    [
      'a group twice',
      GOOD.replace(',women,', ',women;women,'),
      `q.csv:2:7: groups: ${GROUPS}, got "women;women"`,
    ],
    ['no group', GOOD.replace(',women,', ',,'), `q.csv:2:7: groups: ${GROUPS}, got ""`],
    [
      'an impossible date',
      GOOD.replace('2021-05-24', '2021-02-30'),
      'q.csv:2:8: adopted: expected a date as YYYY or YYYY-MM-DD, or nothing when not established, got "2021-02-30"',
    ],
    [
      'a bad source kind',
      GOOD.replace('legal-act', 'law'),
      'q.csv:2:10: source_kind: expected one of legal-act, dataset, statement, got "law"',
    ],
  ])('rejects %s, naming line, column and what was expected', async (_what, row, message) => {
    expect(await problems(row)).toEqual([message]);
  });

  it('rejects a duplicate id and loads nothing', async () => {
    const r = await readQuotas({ file: 'q.csv', bytes: memoryBytes(`${HEADER}\n${GOOD}\n${GOOD}\n`) });
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          file: 'q.csv',
          line: 3,
          column: 1,
          field: 'id',
          message: 'duplicate id "q": already used on line 2',
        },
      ],
    });
  });

  it('accepts a year alone as the adoption date', async () => {
    const r = await readQuotas({
      file: 'q.csv',
      bytes: memoryBytes(`${HEADER}\n${GOOD.replace('2021-05-24', '2021')}\n`),
    });
    expect(r.ok && r.rows[0]?.adopted).toBe('2021');
  });
});
