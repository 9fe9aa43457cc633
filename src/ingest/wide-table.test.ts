import { describe, expect, it } from 'vitest';
import { FatalImportError } from './diagnostic.ts';
import { memoryBytes, readCsv } from './read-csv.ts';
import {
  assertUniqueColumns,
  baseName,
  collectWideValues,
  fieldCountProblem,
  checkFirstLine,
  headerTokens,
  nextRecord,
} from './wide-table.ts';
import type { ValueColumn, WideSink } from './wide-table.ts';
import type { ByteSource } from './types.ts';

const HEADER = ['iso3', 'country', 'gii_2022', 'gii_2023'];
const COLUMNS: ValueColumn[] = [
  { index: 2, field: 'gii_2022', indicator: 'hdr.gii', period: '2022', dims: {} },
  { index: 3, field: 'gii_2023', indicator: 'hdr.gii', period: '2023', dims: {} },
];

describe(collectWideValues, () => {
  it.each([
    [['KAZ', 'Kazakhstan', '0.168', '0.182'], [0.168, 0.182], []],
    [['KAZ', 'Kazakhstan', '', ' '], [], []],
    [['KAZ', 'Kazakhstan', ' 1e-3 ', '0'], [0.001, 0], []],
    [['KAZ', 'Kazakhstan', '1,5', '0.182'], [0.182], ['f.csv:9:3: gii_2022: expected a number, got "1,5"']],
    [
      ['KAZ', 'Kazakhstan', 'NaN', 'Infinity'],
      [],
      [
        'f.csv:9:3: gii_2022: expected a number, got "NaN"',
        'f.csv:9:4: gii_2023: expected a number, got "Infinity"',
      ],
    ],
    [['KAZ', 'Kazakhstan', 'n/a', '-0.5'], [-0.5], ['f.csv:9:3: gii_2022: expected a number, got "n/a"']],
  ])('%j → values %j, rejected %j', (fields, values, rejected) => {
    const sink: WideSink = { observations: [], rejected: [] };
    collectWideValues('f.csv', { line: 9, fields }, 'KAZ', COLUMNS, sink);
    expect(sink.observations.map((o) => o.value)).toEqual(values);
    expect(sink.rejected.map((d) => `${d.file}:${d.line}:${d.column}: ${d.field}: ${d.message}`)).toEqual(
      rejected,
    );
  });

  it('carries line, 1-based column and header on each observation', () => {
    const sink: WideSink = { observations: [], rejected: [] };
    collectWideValues('f.csv', { line: 9, fields: ['KAZ', 'K', '', '0.182'] }, 'KAZ', COLUMNS, sink);
    expect(sink.observations).toEqual([
      {
        indicator: 'hdr.gii',
        area: 'KAZ',
        period: '2023',
        dims: {},
        value: 0.182,
        line: 9,
        column: 4,
        field: 'gii_2023',
      },
    ]);
  });
});

describe(fieldCountProblem, () => {
  it.each([
    [['KAZ', 'K', '1', '2'], 4, undefined],
    [
      ['KAZ', 'K', '1'],
      4,
      { column: 4, field: 'gii_2023', message: 'expected 4 fields, found 3 (truncated line?)' },
    ],
    [['KAZ', 'K', '1'], 3, undefined],
    [['KAZ', 'K', '1', '2', '3'], 4, { column: 5, message: 'expected 4 fields, found 5' }],
  ])('%j (at least %d) → %o', (fields, min, expected) => {
    const d = fieldCountProblem('f.csv', { line: 3, fields }, HEADER, min);
    expect(d).toEqual(expected && { file: 'f.csv', line: 3, ...expected });
  });
});

describe(checkFirstLine, () => {
  const check = (data: string | Uint8Array, chunk = 3) =>
    checkFirstLine('f.csv', memoryBytes(data, chunk), 'test CSV', 'expected header "iso3,…"', (line) =>
      headerTokens(line).includes('iso3'),
    );
  const text = async (bytes: ByteSource) => {
    const parts: Uint8Array[] = [];
    for await (const c of bytes) parts.push(c);
    return Buffer.concat(parts).toString('latin1');
  };

  it.each([
    'iso3,country\nKAZ,Kazakhstan\n',
    '\uFEFF"iso3","country"\r\nKAZ,Kazakhstan\r\n',
    'country,iso3',
    '',
  ])('passes %j and replays every byte', async (data) => {
    const replayed = await text(await check(data));
    expect(replayed).toBe(Buffer.from(data).toString('latin1'));
  });

  it.each([
    [
      '{"iso3": "KAZ"}\n',
      'f.csv:1: not a test CSV file: expected header "iso3,…"; found "{\\"iso3\\": \\"KAZ\\"}"',
    ],
    [
      '<!DOCTYPE html>\n<html>',
      'f.csv:1: not a test CSV file: expected header "iso3,…"; found "<!DOCTYPE html>"',
    ],
    [
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
      'f.csv:1: not a test CSV file: expected header "iso3,…"; found "?PNG"',
    ],
  ])('rejects %j on line 1, saying what was expected', async (data, message) => {
    await expect(check(data)).rejects.toThrow(
      new FatalImportError({ file: 'f.csv', line: 1, message: message.replace(/^f\.csv:1: /, '') }),
    );
  });

  it('stops reading a source that is not the right kind', async () => {
    let pulled = 0;
    let closed = false;
    async function* endless() {
      try {
        for (;;) {
          pulled++;
          yield new Uint8Array(1000).fill(0x41);
        }
      } finally {
        closed = true;
      }
    }
    await expect(
      checkFirstLine('f.csv', endless(), 'test CSV', 'expected a header', () => false),
    ).rejects.toThrow(/^f\.csv:1: not a test CSV file: expected a header; found "A{60}"$/);
    expect(pulled).toBe(66);
    expect(closed).toBe(true);
  });
});

describe(headerTokens, () => {
  it.each([
    ['iso3,country, hdicode ,region', ['iso3', 'country', 'hdicode', 'region']],
    ['"Data Source","World Development Indicators",', ['Data Source', 'World Development Indicators', '']],
  ])('%j → %j', (line, tokens) => expect(headerTokens(line)).toEqual(tokens));
});

describe(nextRecord, () => {
  it('returns the next record, or says the file ends early and what was expected', async () => {
    const records = readCsv(memoryBytes('a,b\n'), { file: 'f.csv', encoding: 'utf-8' });
    expect(await nextRecord(records, 'f.csv', 0, 'expected a header')).toEqual({
      line: 1,
      fields: ['a', 'b'],
    });
    await expect(nextRecord(records, 'f.csv', 1, 'expected a data row')).rejects.toThrow(
      'f.csv:1: the file ends early: expected a data row',
    );
  });
});

describe(assertUniqueColumns, () => {
  it('accepts unique names and repeated empty ones', () => {
    expect(() => assertUniqueColumns('f.csv', 1, ['a', 'b', '', ''])).not.toThrow();
  });
  it('names both columns of a duplicate', () => {
    expect(() => assertUniqueColumns('f.csv', 1, ['iso3', 'gii_2022', 'gii_2022'])).toThrow(
      'f.csv:1:3: gii_2022: column "gii_2022" appears twice (columns 2 and 3): expected each column once',
    );
  });
});

describe(baseName, () => {
  it.each([
    ['data/undp-hdr/HDR25_x.csv', 'HDR25_x.csv'],
    ['C:\\data\\HDR25_x.csv', 'HDR25_x.csv'],
    ['HDR25_x.csv', 'HDR25_x.csv'],
  ])('%s → %s', (file, name) => expect(baseName(file)).toBe(name));
});
