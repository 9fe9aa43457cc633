import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FatalImportError } from './diagnostic.ts';
import { listFiles, parseFiles } from './parse-files.ts';
import type { ParseInput, ParseResult } from './types.ts';

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'parse-files-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

/** A stand-in parser: counts bytes, fails on files whose first byte is `!`. */
async function byteCounter(input: ParseInput): Promise<ParseResult> {
  let n = 0;
  let first: number | undefined;
  for await (const chunk of input.bytes) {
    first ??= chunk[0];
    n += chunk.length;
    input.onProgress?.(n);
  }
  if (first === 0x21) throw new FatalImportError({ file: input.file, line: 1, message: 'bang' });
  const source = { dataset: 'd', publisher: 'p', title: 't', edition: input.edition ?? 'e' };
  return {
    source: { ...source, licence: 'l', redistribution: true, citation: 'c' },
    observations: [],
    aggregates: [],
    rejected: [],
    notes: [],
    linesRead: n,
  };
}

describe(listFiles, () => {
  it('lists matching files with numbers in numeric order', async () => {
    const dir = await folder({ '5200__b.csv': '', '600__a.csv': '', '10900__c.csv': '', 'README.md': '' });
    expect(await listFiles(dir, /\.csv$/, 'CSV files')).toEqual(
      ['600__a.csv', '5200__b.csv', '10900__c.csv'].map((n) => join(dir, n)),
    );
  });

  it.each([
    [{ 'README.md': '' }, /no CSV files in this folder/],
    [undefined, /cannot read the folder \(ENOENT\)/],
  ])('fails clearly on a folder without matching files (%j)', async (files, message) => {
    const dir = files ? await folder(files) : join(tmpdir(), 'no-such-folder-parity');
    await expect(listFiles(dir, /\.csv$/, 'CSV files')).rejects.toThrow(message);
  });
});

describe(parseFiles, () => {
  it('returns one outcome per file, a fatal error stopping only its file', async () => {
    const dir = await folder({ 'a.csv': 'abc', 'b.csv': '!x', 'c.csv': 'hello' });
    const progress: string[] = [];
    const files = await listFiles(dir, /\.csv$/, 'CSV files');
    const out = await parseFiles(files, byteCounter, {
      edition: 'E1',
      onProgress: (f, n) => progress.push(`${f.slice(dir.length + 1)}:${n}`),
    });
    expect(out.map((o) => [o.result?.linesRead, o.result?.source.edition, o.error?.message])).toEqual([
      [3, 'E1', undefined],
      [undefined, undefined, `${join(dir, 'b.csv')}:1: bang`],
      [5, 'E1', undefined],
    ]);
    expect(progress).toEqual(['a.csv:3', 'b.csv:2', 'c.csv:5']);
  });

  it('rethrows errors that are not about the input', async () => {
    const dir = await folder({ 'a.csv': 'x' });
    const broken = async (): Promise<ParseResult> => {
      throw new TypeError('bug');
    };
    await expect(parseFiles([join(dir, 'a.csv')], broken)).rejects.toThrow(TypeError);
  });
});
