import { describe, expect, it } from 'vitest';
import { readCsv, memoryBytes } from './read-csv.ts';
import { FatalImportError } from './diagnostic.ts';

async function all(
  data: Uint8Array | string,
  encoding: 'utf-8' | 'windows-1252-or-utf-8' = 'utf-8',
  skipLines = 0,
  chunkSize = 7,
) {
  const out = [];
  for await (const r of readCsv(memoryBytes(data, chunkSize), { file: 'f.csv', encoding, skipLines }))
    out.push(r);
  return out;
}

async function fatal(data: Uint8Array | string, encoding: 'utf-8' | 'windows-1252-or-utf-8' = 'utf-8') {
  try {
    await all(data, encoding, 0, 1 << 16);
  } catch (e) {
    expect(e).toBeInstanceOf(FatalImportError);
    return (e as FatalImportError).message;
  }
  throw new Error('expected a fatal error');
}

describe(readCsv, () => {
  it('reads records with their line numbers, dropping a BOM and CRLF', async () => {
    const rows = await all('\uFEFFa,b\r\n1,2\r\n\r\n"x,y",3\r\n');
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 4, fields: ['x,y', '3'] },
    ]);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('gives the line where a record starts when cells span lines (%s)', async (_name, nl) => {
    const text = ['h,t', '1,"first', 'second"', '', '2,"a', 'b', 'c"', '3,x', ''].join(nl);
    const rows = await all(text);
    expect(rows.map((r) => [r.line, r.fields[0]])).toEqual([
      [1, 'h'],
      [2, '1'],
      [5, '2'],
      [8, '3'],
    ]);
  });

  it('skips a preamble', async () => {
    const rows = await all('"Data Source","WDI",\n\n"Last Updated","2022",\n\nh1,h2\nv1,v2\n', 'utf-8', 4);
    expect(rows[0]).toEqual({ line: 5, fields: ['h1', 'h2'] });
  });

  it('decodes windows-1252 when the bytes are not UTF-8, and UTF-8 when they are', async () => {
    const latin = new Uint8Array([
      ...new TextEncoder().encode('iso3,country\nCIV,C'),
      0xf4,
      ...new TextEncoder().encode("te d'Ivoire\n"),
    ]);
    expect((await all(latin, 'windows-1252-or-utf-8'))[1]!.fields[1]).toBe("Côte d'Ivoire");
    expect((await all('iso3,country\nTUR,Türkiye\n', 'windows-1252-or-utf-8'))[1]!.fields[1]).toBe('Türkiye');
  });

  it('names the line of a byte that is not UTF-8', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('a,b\n1,2\nC'), 0xf4, 0x74, 0x0a]);
    await expect(all(bytes)).rejects.toThrow(/^f\.csv:3: byte 0xF4 is not valid UTF-8/);
    expect(await fatal(bytes)).toMatch(/^f\.csv:3: byte 0xF4 is not valid UTF-8/);
  });

  it.each([
    ['', /f\.csv: the file is empty/],
    [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]), /binary, not a CSV/],
    ['a,b\n1,"unterminated\n', /f\.csv:\d+: not readable as CSV/],
  ])('fails clearly on %j', async (data, re) => {
    expect(await fatal(data)).toMatch(re);
  });
});

describe('readCsv encoding choice and early stop', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const latin = new Uint8Array([
    ...enc('iso3,country\nCIV,C'),
    0xf4,
    ...enc("te d'Ivoire\nTUR,T"),
    0xfc,
    ...enc('rkiye\n'),
  ]);

  it.each([1, 2, 3, 17, 1 << 16])(
    'decides on the first non-ASCII sequence, whatever the chunk size (%d)',
    async (size) => {
      const rows = [];
      for await (const r of readCsv(memoryBytes(latin, size), {
        file: 'f.csv',
        encoding: 'windows-1252-or-utf-8',
      }))
        rows.push(r.fields[1]);
      expect(rows).toEqual(['country', "Côte d'Ivoire", 'Türkiye']);
      const utf8 = [];
      for await (const r of readCsv(memoryBytes('\uFEFFa\nCôte\nTürkiye\n', size), {
        file: 'f.csv',
        encoding: 'windows-1252-or-utf-8',
      }))
        utf8.push(r.fields[0]);
      expect(utf8).toEqual(['a', 'Côte', 'Türkiye']);
    },
  );

  it.each([7, 1 << 16])(
    'a UTF-8 BOM settles UTF-8: a later windows-1252 byte is an error on its line (chunk %d)',
    async (size) => {
      const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...latin]);
      await expect(all(bytes, 'windows-1252-or-utf-8', 0, size)).rejects.toThrow(
        /^f\.csv:2: byte 0xF4 is not valid UTF-8/,
      );
    },
  );

  it('stops reading, and closes the byte source, when the consumer stops', async () => {
    let pulled = 0;
    let closed = false;
    async function* source() {
      try {
        for (let i = 0; i < 1000; i++, pulled++) yield enc('a,b,c\n'.repeat(2000));
      } finally {
        closed = true;
      }
    }
    for await (const r of readCsv(source(), { file: 'f.csv', encoding: 'utf-8' })) if (r.line === 1) break;
    await new Promise((r) => setTimeout(r, 50));
    expect(closed).toBe(true);
    expect(pulled).toBeLessThan(10);
  });
});
