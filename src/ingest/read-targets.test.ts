import { describe, expect, it } from 'vitest';
import { indicatorsByConcept } from '../catalog/index.ts';
import { formatDiagnostic } from './diagnostic.ts';
import { fileBytes, memoryBytes } from './read-csv.ts';
import { conceptBounds, readTargets } from './read-targets.ts';

const BUNDLED = new URL('../../data/parity/targets.csv', import.meta.url).pathname;
const HEADER = 'id,concept,scope,kind,value,year,source,source_url,note';

async function problems(csv: string): Promise<string[]> {
  const r = await readTargets({ file: 't.csv', bytes: memoryBytes(csv) });
  if (r.ok) return [];
  return r.errors.map(formatDiagnostic);
}

describe(readTargets, () => {
  it('reads the bundled file: the numeric SDG targets, quoted', async () => {
    const r = await readTargets({ file: BUNDLED, bytes: fileBytes(BUNDLED) });
    if (!r.ok) throw new Error(r.errors.map(formatDiagnostic).join('\n'));
    expect(r.rows.map((t) => [t.id, t.concept, t.value, t.year])).toEqual([
      ['sdg-3.1-maternal-mortality', 'maternal-mortality-ratio', 70, 2030],
      ['sdg-5.2-intimate-partner-violence', 'intimate-partner-violence', 0, 2030],
      ['sdg-5.2-non-partner-sexual-violence', 'non-partner-sexual-violence', 0, 2030],
      ['sdg-5.3-child-marriage', 'child-marriage', 0, 2030],
      ['sdg-5.3-female-genital-mutilation', 'female-genital-mutilation', 0, 2030],
      ['sdg-5.5-parliament-seats', 'women-parliament-seats', 50, 2030],
      ['sdg-5.5-local-government-seats', 'women-local-government-seats', 50, 2030],
      ['sdg-5.5-managers', 'women-managers', 50, 2030],
    ]);
    expect(r.rows.every((t) => t.kind === 'sdg-target' && t.scope === 'global')).toBe(true);
    expect(r.rows[0]).toMatchObject({
      line: 2,
      sourceUrl: 'https://undocs.org/A/RES/70/1',
      note: expect.stringContaining(
        'reduce the global maternal mortality ratio to less than 70 per 100,000 live births',
      ),
    });
  });

  it('reads a national and a regional target, optional cells left out', async () => {
    const csv = `${HEADER}\nkaz-parl,women-parliament-seats,KAZ,national-target,30,,Law X,,\nca,gii,region:central-asia,sdg-target,0.1,2030,Y,https://example.org/y,n\n`;
    const r = await readTargets({ file: 't.csv', bytes: memoryBytes(csv) });
    expect(r).toEqual({
      ok: true,
      rows: [
        {
          id: 'kaz-parl',
          concept: 'women-parliament-seats',
          scope: 'KAZ',
          kind: 'national-target',
          value: 30,
          source: 'Law X',
          line: 2,
        },
        {
          id: 'ca',
          concept: 'gii',
          scope: 'region:central-asia',
          kind: 'sdg-target',
          value: 0.1,
          year: 2030,
          source: 'Y',
          sourceUrl: 'https://example.org/y',
          note: 'n',
          line: 3,
        },
      ],
    });
  });

  it.each<[string, string, string]>([
    [
      'an unknown concept',
      'a,women-in-parliament,global,sdg-target,50,2030,S,,',
      't.csv:2:2: concept: expected a concept key of the indicator catalogue (src/catalog/indicators) such as maternal-mortality-ratio or women-parliament-seats, got "women-in-parliament"',
    ],
    [
      'an unknown country',
      'a,gii,XYZ,national-target,0.1,2030,S,,',
      't.csv:2:3: scope: expected global, an ISO 3166-1 alpha-3 country code such as KAZ, or region:<region set code> such as region:central-asia, got "XYZ"',
    ],
    [
      'an unknown region set',
      'a,gii,region:mars,sdg-target,0.1,2030,S,,',
      't.csv:2:3: scope: expected global, an ISO 3166-1 alpha-3 country code such as KAZ, or region:<region set code> such as region:central-asia, got "region:mars"',
    ],
    [
      'a bad kind',
      'a,gii,global,parity,0.5,,S,,',
      't.csv:2:4: kind: expected one of sdg-target, national-target, got "parity"',
    ],
    [
      'a value that is not a number',
      'a,gii,global,sdg-target,"0,5",,S,,',
      't.csv:2:5: value: expected a number, got "0,5"',
    ],
    [
      'a share above 100',
      'a,women-parliament-seats,global,sdg-target,150,,S,,',
      't.csv:2:5: value: expected a value from 0 to 100 for women-parliament-seats (unit percent), got 150',
    ],
    [
      'a negative rate',
      'a,maternal-mortality-ratio,global,sdg-target,-1,,S,,',
      't.csv:2:5: value: expected a value at least 0 for maternal-mortality-ratio (unit per-100000-live-births), got -1',
    ],
    [
      'a bad year',
      'a,gii,global,sdg-target,0.1,30,S,,',
      't.csv:2:6: year: expected a year from 1900 to 2100, or nothing, got "30"',
    ],
    [
      'no source',
      'a,gii,global,sdg-target,0.1,2030,,,',
      't.csv:2:7: source: expected the source the target is quoted from, got ""',
    ],
    [
      'a URL that is not http',
      'a,gii,global,sdg-target,0.1,2030,S,ftp://x,',
      't.csv:2:8: source_url: expected an http(s) URL, or nothing, got "ftp://x"',
    ],
    [
      'a national target without a country',
      'a,gii,global,national-target,0.1,2030,S,,',
      't.csv:2:3: scope: expected a country code (ISO3) for a national-target, got "global"',
    ],
    [
      'an SDG target for one country',
      'a,gii,KAZ,sdg-target,0.1,2030,S,,',
      't.csv:2:4: kind: expected national-target for a country scope (KAZ): an SDG target is global or regional',
    ],
    ['a short row', 'a,gii,global', 't.csv:2: expected 9 fields as in the header, got 3'],
  ])('rejects %s, naming line, column and what was expected', async (_what, row, message) => {
    expect(await problems(`${HEADER}\n${row}\n`)).toEqual([message]);
  });

  it('rejects a duplicate id, naming the first line', async () => {
    const row = 'a,gii,global,sdg-target,0.1,2030,S,,';
    expect(await problems(`${HEADER}\n${row}\n${row}\n`)).toEqual([
      't.csv:3:1: id: duplicate id "a": already used on line 2',
    ]);
  });

  it('reports every bad row, not only the first, and loads none', async () => {
    const csv = `${HEADER}\nok,gii,global,sdg-target,0.1,2030,S,,\nb,nope,global,sdg-target,1,,S,,\nc,gii,global,sdg-target,x,,S,,\n`;
    expect(await problems(csv)).toHaveLength(2);
  });

  it.each<[string, string, string[]]>([
    [
      'a missing column',
      'id,concept,scope,kind,value,year,source,source_url',
      [`t.csv:1: missing column note: expected the header ${HEADER}`],
    ],
    [
      'an unknown column',
      `${HEADER},extra`,
      [`t.csv:1:10: unknown column "extra": expected the header ${HEADER}`],
    ],
    ['an empty file', '', ['t.csv: the file is empty: expected a CSV header line']],
  ])('rejects %s as a whole', async (_what, csv, expected) => {
    expect(await problems(csv)).toEqual(expected);
  });

  it('takes the columns in any order', async () => {
    const csv = 'note,id,concept,scope,kind,value,year,source,source_url\n,a,gii,global,sdg-target,0.1,,S,\n';
    const r = await readTargets({ file: 't.csv', bytes: memoryBytes(csv) });
    expect(r.ok && r.rows[0]).toMatchObject({ id: 'a', concept: 'gii', value: 0.1 });
  });
});

describe(conceptBounds, () => {
  it.each<[string, { min?: number; max?: number }]>([
    ['women-parliament-seats', { min: 0, max: 100 }],
    // sdg.5.3.1 (mixed units) takes any value ≥ 0; unsd.child_marriage_18, a share, caps it at 100.
    ['child-marriage', { min: 0, max: 100 }],
    ['maternal-mortality-ratio', { min: 0 }],
    ['gii', { min: 0, max: 1 }],
  ])('%s', (concept, bounds) => {
    expect(conceptBounds(indicatorsByConcept(concept))).toEqual(bounds);
  });
});
