import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FatalImportError, formatDiagnostic } from './diagnostic.ts';
import { parseHdr } from './hdr.ts';
import { memoryBytes } from './read-csv.ts';
import type { ParseResult } from './types.ts';
import { parseWdi } from './wdi.ts';

// Bad input at parser level: whole-file problems are FatalImportError naming file:line[:column]
// and what was expected; row problems are `rejected` diagnostics and the other rows are kept.

const HDR25 = 'data/undp-hdr/HDR25_Composite_indices_complete_time_series.csv';
const HDR_FILE = 'HDR25_test.csv';
const HDR_HEAD = 'iso3,country,hdicode,region,hdi_rank_2023,gii_2023,pr_f_2023';
const KAZ = 'KAZ,Kazakhstan,Very High,ECA,60,0.182,19.59459459';
const GBR = 'GBR,United Kingdom,Very High,,13,0.094,32.64';

type Bytes = string | Uint8Array;
const hdr = (data: Bytes, chunk?: number) => parseHdr({ file: HDR_FILE, bytes: memoryBytes(data, chunk) });
const hdrCsv = (...rows: string[]) => [HDR_HEAD, ...rows].join('\r\n') + '\r\n';

const q = (fields: string[]) => fields.map((f) => `"${f}"`).join(',') + ',\r\n';
const WDI_PREAMBLE =
  '\uFEFF' +
  q(['Data Source', 'World Development Indicators']) +
  '\r\n' +
  q(['Last Updated Date', '2022-02-15']) +
  '\r\n';
const WDI_HEAD = ['Country Name', 'Country Code', 'Indicator Name', 'Indicator Code', '2019', '2020'];
const PARL = ['Proportion of seats held by women in national parliaments (%)', 'SG.GEN.PARL.ZS'];
const wdiCsv = (...rows: string[][]) => WDI_PREAMBLE + q(WDI_HEAD) + rows.map(q).join('');
const wdi = (data: Bytes, chunk?: number) => parseWdi({ file: 'w.csv', bytes: memoryBytes(data, chunk) });

async function fatal(p: Promise<ParseResult>): Promise<string> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(FatalImportError);
  return (e as FatalImportError).message;
}
const rejected = (r: ParseResult) => r.rejected.map(formatDiagnostic);
// What a windows-1252 editor writes (no BOM: that is a UTF-8 marker).
const latin1 = (s: string) => Uint8Array.from(s.replace(/^\uFEFF/, ''), (c) => c.charCodeAt(0));

describe('wrong encoding', () => {
  it('WDI (UTF-8 expected) saved as windows-1252 with a non-ASCII name: fatal naming the line', async () => {
    const csv = wdiCsv(
      ['Kazakhstan', 'KAZ', ...PARL, '27.1', '27.1'],
      ["Côte d'Ivoire", 'CIV', ...PARL, '11.6', '14.2'],
    );
    expect(await fatal(wdi(latin1(csv)))).toMatch(
      /^w\.csv:7: byte 0xF4 is not valid UTF-8: expected a UTF-8 file \(was it saved as windows-1252/,
    );
  });

  it('HDR (windows-1252 as published) re-saved as UTF-8: accepted and decoded the same', async () => {
    const original = readFileSync(HDR25);
    const utf8 = new TextEncoder().encode(new TextDecoder('windows-1252').decode(original));
    expect(utf8.length).toBe(original.length + 2); // ô and ü take two bytes each
    const [a, b] = await Promise.all([
      parseHdr({ file: HDR25, bytes: memoryBytes(original) }),
      parseHdr({ file: HDR25, bytes: memoryBytes(utf8) }),
    ]);
    expect(b.observations).toHaveLength(200_004);
    expect(b.observations).toEqual(a.observations);
    const named = hdrCsv(KAZ, 'ZZX.TEST,Côte et Türkiye,,,,0.3,');
    for (const bytes of [latin1(named), new TextEncoder().encode(named)])
      expect((await hdr(bytes, 16)).aggregates).toEqual([{ code: 'ZZX.TEST', name: 'Côte et Türkiye' }]);
  });
});

describe('BOM', () => {
  it('HDR with a UTF-8 BOM (and UTF-8 text) still works', async () => {
    const text = new TextDecoder('windows-1252').decode(readFileSync(HDR25));
    const r = await parseHdr({ file: HDR25, bytes: memoryBytes('\uFEFF' + text) });
    expect(r.observations).toHaveLength(200_004);
    expect(r.observations[0]).toMatchObject({ area: 'AFG', field: 'hdi_rank_2023', column: 5 });
  });

  it('HDR with a BOM but windows-1252 bytes (a contradiction): fatal naming the line', async () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...latin1(hdrCsv(KAZ, "CIV,Côte d'Ivoire,Medium,SSA,166,0.5,")),
    ]);
    expect(await fatal(hdr(bytes))).toMatch(/^HDR25_test\.csv:3: byte 0xF4 is not valid UTF-8/);
  });
});

describe('truncated last line', () => {
  it('HDR25 cut in the middle of its last row: that row rejected, the 205 others kept', async () => {
    const bytes = readFileSync(HDR25);
    const r = await parseHdr({ file: HDR25, bytes: memoryBytes(bytes.subarray(0, bytes.length - 5000)) });
    expect(r.linesRead).toBe(206);
    expect(r.rejected).toHaveLength(1);
    expect(formatDiagnostic(r.rejected[0]!)).toMatch(
      /^data\/undp-hdr\/HDR25_Composite_indices_complete_time_series\.csv:207:\d+: \w+: expected 1112 fields, found \d+ \(truncated line\?\)$/,
    );
    expect(r.observations.some((o) => o.area === 'ZZK.WORLD')).toBe(false);
    expect(r.observations.filter((o) => o.area === 'ZZJ.SSA').length).toBeGreaterThan(0);
  });

  it('WDI cut between fields: the row rejected, others kept', async () => {
    const csv = wdiCsv(['Kazakhstan', 'KAZ', ...PARL, '27.1', '27.1']) + '"World","WLD","Proportion of seats';
    expect(await fatal(wdi(csv))).toMatch(/^w\.csv:7: not readable as CSV \(CSV_QUOTE_NOT_CLOSED\)/);
    const cut =
      wdiCsv(['Kazakhstan', 'KAZ', ...PARL, '27.1', '27.1']) + '"World","WLD","Women","SG.GEN.PARL.ZS"';
    const r = await wdi(cut);
    expect(r.observations).toHaveLength(2);
    expect(rejected(r)).toEqual(['w.csv:7:5: 2019: expected 7 fields, found 4 (truncated line?)']);
  });
});

describe('empty file and header only', () => {
  it.each([
    ['HDR', () => hdr('')],
    ['WDI', () => wdi('')],
  ])('%s: empty file', async (_, run) => {
    expect(await fatal(run())).toMatch(
      /^(HDR25_test|w)\.csv: the file is empty: expected a CSV header line$/,
    );
  });

  it.each([
    [
      'HDR',
      () => hdr(hdrCsv()),
      'HDR25_test.csv:1: no data rows: expected one row per country or aggregate after the header',
    ],
    [
      'HDR, no final newline',
      () => hdr(HDR_HEAD),
      'HDR25_test.csv:1: no data rows: expected one row per country or aggregate after the header',
    ],
    ['WDI', () => wdi(wdiCsv()), 'w.csv:5: no data rows: expected one row per economy after the header'],
    ['WDI, preamble only', () => wdi(WDI_PREAMBLE), /^w\.csv:3: the file ends early: expected the preamble/],
  ])('%s: header only', async (_, run, expected) => {
    expect(await fatal(run())).toMatch(expected);
  });
});

describe('unknown country code', () => {
  it('HDR: the row rejected naming line, column and field; other rows kept', async () => {
    const r = await hdr(hdrCsv(KAZ, 'XYZ,Nowhere,Low,SSA,190,0.6,10', GBR));
    expect(rejected(r)).toEqual([
      'HDR25_test.csv:3:1: iso3: unknown country code "XYZ": expected an ISO 3166-1 alpha-3 code of the country catalogue, or a ZZ* aggregate code',
    ]);
    expect(new Set(r.observations.map((o) => o.area))).toEqual(new Set(['KAZ', 'GBR']));
  });

  it('WDI: the row rejected naming line, column and field', async () => {
    const r = await wdi(
      wdiCsv(['Nowhere', 'XYZ', ...PARL, '1', '2'], ['Kazakhstan', 'KAZ', ...PARL, '27.1', '27.1']),
    );
    expect(rejected(r)).toEqual([
      'w.csv:6:2: Country Code: unknown country code "XYZ": expected an ISO 3166-1 alpha-3 code of the country catalogue or a World Bank aggregate code',
    ]);
    expect(r.observations).toHaveLength(2);
  });
});

describe('non-numeric value', () => {
  it.each([
    ['n/a', 'HDR25_test.csv:2:6: gii_2023: expected a number, got "n/a"'],
    ['"0,182"', 'HDR25_test.csv:2:6: gii_2023: expected a number, got "0,182"'],
    ['..', 'HDR25_test.csv:2:6: gii_2023: expected a number, got ".."'],
  ])('HDR %j: the cell rejected with column and header, the rest of the row kept', async (cell, message) => {
    const r = await hdr(hdrCsv(`KAZ,Kazakhstan,Very High,ECA,60,${cell},19.59459459`));
    expect(rejected(r)).toEqual([message]);
    expect(r.observations.map((o) => o.indicator)).toEqual(['hdr.hdi_rank', 'hdr.pr']);
  });

  it('WDI: the cell rejected with column and header', async () => {
    const r = await wdi(wdiCsv(['Kazakhstan', 'KAZ', ...PARL, 'abc', '27.1']));
    expect(rejected(r)).toEqual(['w.csv:6:5: 2019: expected a number, got "abc"']);
    expect(r.observations.map((o) => o.period)).toEqual(['2020']);
  });
});

describe('negative share', () => {
  it('is kept by the parser with line, column and field, for the import service to reject', async () => {
    const r = await hdr(hdrCsv('KAZ,Kazakhstan,Very High,ECA,60,0.182,-5'));
    expect(r.rejected).toEqual([]);
    expect(r.observations.find((o) => o.indicator === 'hdr.pr')).toEqual({
      indicator: 'hdr.pr',
      area: 'KAZ',
      period: '2023',
      dims: { sex: 'F' },
      value: -5,
      line: 2,
      column: 7,
      field: 'pr_f_2023',
    });
  });
});

describe('duplicate rows', () => {
  const WLD = 'ZZK.WORLD,World,,,,0.455,';
  const wld = ['World', 'WLD', ...PARL, '', '25.6'];
  it.each([
    ['HDR', () => hdr(hdrCsv(KAZ, GBR, KAZ, WLD, WLD)), 3, [2, 4], 'ZZK.WORLD'],
    [
      'WDI',
      () =>
        wdi(
          wdiCsv(
            ['Kazakhstan', 'KAZ', ...PARL, '', '27.1'],
            ['Kazakhstan', 'KAZ', ...PARL, '', '27.1'],
            wld,
            wld,
          ),
        ),
      1,
      [6, 7],
      'WB.WLD',
    ],
  ])('%s: the parser keeps both, with distinct lines', async (_, run, perRow, lines, aggregate) => {
    const r = await run();
    const kaz = r.observations.filter((o) => o.area === 'KAZ');
    expect(kaz).toHaveLength(2 * perRow);
    expect([...new Set(kaz.map((o) => o.line))]).toEqual(lines);
    expect(r.rejected).toEqual([]);
    // An aggregate named twice is listed once; both rows' observations are kept.
    expect(r.aggregates.map((a) => a.code)).toEqual([aggregate]);
    expect(r.observations.filter((o) => o.area === aggregate)).toHaveLength(2);
  });
});

describe('missing columns', () => {
  it.each([
    [
      'HDR without region',
      () => hdr('iso3,country,hdicode,gii_2023\r\nKAZ,Kazakhstan,Very High,0.182\r\n'),
      'HDR25_test.csv:1: missing required column "region": expected the identifier columns iso3, country, hdicode, region',
    ],
    [
      'HDR without country and hdicode',
      () => hdr('iso3,region,gii_2023\r\nKAZ,ECA,0.182\r\n'),
      'HDR25_test.csv:1: missing required columns "country", "hdicode": expected the identifier columns iso3, country, hdicode, region',
    ],
    [
      'WDI without Indicator Code',
      () =>
        wdi(
          WDI_PREAMBLE +
            q(['Country Name', 'Country Code', 'Indicator Name', '2020']) +
            q(['Kazakhstan', 'KAZ', 'x', '1']),
        ),
      'w.csv:5: missing required column "Indicator Code": expected the columns Country Name, Country Code, Indicator Name, Indicator Code and one column per year',
    ],
  ])('%s: fatal naming it', async (_, run, message) => {
    expect(await fatal(run())).toBe(message);
  });
});

describe('extra columns', () => {
  it.each([
    [
      'HDR unknown variable',
      () => hdr('iso3,country,hdicode,region,gii_2023,happiness_2023\r\n' + 'KAZ,K,High,ECA,0.2,6\r\n'),
      /^HDR25_test\.csv:1:6: happiness_2023: unknown column "happiness_2023": expected <variable>_<year> with a variable of the HDR composite indices \(hdi, hdi_f, /,
    ],
    [
      'HDR column without a year',
      () => hdr('iso3,country,hdicode,region,gii_2023,notes\r\nKAZ,K,High,ECA,0.2,x\r\n'),
      /^HDR25_test\.csv:1:6: notes: unknown column "notes"/,
    ],
    [
      'HDR duplicate column',
      () => hdr('iso3,country,hdicode,region,gii_2023,gii_2023\r\nKAZ,K,High,ECA,0.2,0.2\r\n'),
      /^HDR25_test\.csv:1:6: gii_2023: column "gii_2023" appears twice \(columns 5 and 6\)/,
    ],
    [
      'WDI non-year column',
      () =>
        wdi(WDI_PREAMBLE + q([...WDI_HEAD, 'Source']) + q(['Kazakhstan', 'KAZ', ...PARL, '1', '2', 'IPU'])),
      /^w\.csv:5:7: Source: unknown column "Source": expected a year \(1960, 1961, …\)/,
    ],
  ])(
    '%s: fatal naming the column (decided: an unknown column may be data we would drop)',
    async (_, run, re) => {
      expect(await fatal(run())).toMatch(re);
    },
  );

  it.each([
    ['HDR', () => hdr(hdrCsv(KAZ + ',extra', GBR)), 'HDR25_test.csv:2:8: expected 7 fields, found 8'],
    [
      'WDI',
      () =>
        wdi(
          wdiCsv(['Kazakhstan', 'KAZ', ...PARL, '1', '2', '', 'extra'], ['World', 'WLD', ...PARL, '1', '2']),
        ),
      'w.csv:6:8: expected 7 fields, found 9',
    ],
  ])('%s: a row with more fields than the header is rejected, others kept', async (_, run, message) => {
    const r = await run();
    expect(rejected(r)).toEqual([message]);
    expect(r.observations.length).toBeGreaterThan(0);
  });
});

describe('50 MB of random bytes', () => {
  // xorshift32, seeded: the same "random" file on every run.
  function randomBytes(size: number, seed: number, noNul = false): Uint8Array {
    const words = new Uint32Array(size / 4);
    let x = seed;
    for (let i = 0; i < words.length; i++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      words[i] = x >>> 0;
    }
    const bytes = new Uint8Array(words.buffer);
    if (noNul) for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) bytes[i] = 0x20;
    return bytes;
  }
  const SIZE = 50 * 1024 * 1024;

  const NOT_HDR =
    /^HDR25_test\.csv:1: not a UNDP HDR composite indices CSV file: expected a header starting "iso3,country,hdicode,region,".*; found ".*"$/;
  const NOT_WDI =
    /^w\.csv:1: not a World Bank WDI bulk CSV file: expected the preamble "Data Source","World Development Indicators".*; found ".*"$/;

  it.each([
    ['HDR', false, NOT_HDR],
    ['WDI', false, NOT_WDI],
    ['HDR', true, NOT_HDR],
    ['WDI', true, NOT_WDI],
  ])(
    '%s (NUL bytes replaced: %s): fails fast with a clear fatal error, reading only the start',
    async (kind, noNul, re) => {
      const data = randomBytes(SIZE, kind === 'HDR' ? 20251 : 20220215, noNul);
      let pulled = 0;
      async function* counted() {
        for await (const chunk of memoryBytes(data)) {
          pulled += chunk.length;
          yield chunk;
        }
      }
      const input = { bytes: counted() };
      const run =
        kind === 'HDR' ? parseHdr({ ...input, file: HDR_FILE }) : parseWdi({ ...input, file: 'w.csv' });
      expect(await fatal(run)).toMatch(re);
      expect(pulled).toBeLessThanOrEqual(64 * 1024);
    },
    30_000,
  );

  it('a text file that starts like an HDR file but turns to random bytes: fatal on the line where it does', async () => {
    const noise = randomBytes(4 * 1024 * 1024, 7);
    const bytes = new Uint8Array([...new TextEncoder().encode(hdrCsv(KAZ)), ...noise]);
    expect(await fatal(hdr(bytes))).toMatch(
      /^HDR25_test\.csv:\d+: (the file contains NUL bytes|not readable as CSV)/,
    );
  });
});

describe('not a CSV file', () => {
  const PNG = new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
  ]);
  const JSON_DOC = '{\n  "iso3": "KAZ",\n  "gii": [0.182]\n}\n';
  const HTML =
    '<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head><body>Not found</body></html>\n';

  it.each([
    [
      'PNG',
      PNG,
      /^HDR25_test\.csv:1: not a UNDP HDR composite indices CSV file: expected a header starting "iso3,country,hdicode,region,".*; found "\?PNG"$/,
    ],
    [
      'JSON',
      JSON_DOC,
      /^HDR25_test\.csv:1: not a UNDP HDR composite indices CSV file: expected a header starting "iso3,country,hdicode,region,".*; found "\{"$/,
    ],
    [
      'HTML',
      HTML,
      /^HDR25_test\.csv:1: not a UNDP HDR composite indices CSV file: expected a header starting "iso3,country,hdicode,region,".*; found "<!DOCTYPE html>"$/,
    ],
  ])('HDR given a %s document: fatal "not a … file: expected header …"', async (_, data, re) => {
    expect(await fatal(hdr(data))).toMatch(re);
  });

  it.each([
    [
      'PNG',
      PNG,
      /^w\.csv:1: not a World Bank WDI bulk CSV file: expected the preamble "Data Source","World Development Indicators".*; found "\?PNG"$/,
    ],
    [
      'JSON',
      JSON_DOC,
      /^w\.csv:1: not a World Bank WDI bulk CSV file: expected the preamble .*; found "\{"$/,
    ],
    [
      'HTML',
      HTML,
      /^w\.csv:1: not a World Bank WDI bulk CSV file: expected the preamble .* then the header "Country Name","Country Code","Indicator Name","Indicator Code","1960",…; found "<!DOCTYPE html>"$/,
    ],
    [
      'an HDR CSV',
      hdrCsv(KAZ),
      /^w\.csv:1: not a World Bank WDI bulk CSV file: expected the preamble .*; found "iso3,country,hdicode/,
    ],
    [
      'a WDI file without its preamble',
      q(WDI_HEAD),
      /^w\.csv:1: not a World Bank WDI bulk CSV file: expected the preamble .*; found "\\"Country Name\\",\\"Country Code\\"/,
    ],
  ])('WDI given %s: fatal "not a … file: expected …"', async (_, data, re) => {
    expect(await fatal(wdi(data))).toMatch(re);
  });
});
