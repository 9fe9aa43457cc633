import { describe, expect, it } from 'vitest';
import { BPFA_LETTERS, bpfaArea, bpfaAreas, bpfaAreasFromObjectives, isBpfaArea } from './bpfa.ts';

describe('BPfA critical areas', () => {
  it('has the 12 areas A–L in the order of chapter IV, each titled in three languages', () => {
    expect(bpfaAreas.map((a) => a.letter)).toEqual([...'ABCDEFGHIJKL']);
    expect(BPFA_LETTERS).toHaveLength(12);
    for (const a of bpfaAreas) {
      expect(a.title.en && a.title.fr && a.title.ru && a.problem).toBeTruthy();
      expect(a.title.ru).toMatch(/[а-яё]/i);
    }
  });

  // METHODS.md §5.2 titles and paragraph-44 key phrases.
  it.each([
    ['A', 'Women and poverty', 'burden of poverty'],
    ['B', 'Education and training of women', 'education and training'],
    ['D', 'Violence against women', 'Violence against women'],
    ['G', 'Women in power and decision-making', 'sharing of power and decision-making'],
    ['H', 'Institutional mechanisms for the advancement of women', 'Insufficient mechanisms'],
    ['K', 'Women and the environment', 'natural resources'],
    ['L', 'The girl child', 'rights of the girl child'],
  ])('%s: %s', (letter, title, phrase) => {
    expect(bpfaArea(letter)?.title.en).toBe(title);
    expect(bpfaArea(letter)?.problem).toContain(phrase);
  });

  it.each([
    ['C.2, F.1, H.3', ['C', 'F', 'H']],
    ['G.1', ['G']],
    ['F.1, F.5, G.1', ['F', 'G']],
    ['L.1, L.2', ['L']],
    [null, []],
    ['', []],
  ])('reads UNSD objectives %s', (objectives, letters) => {
    expect(bpfaAreasFromObjectives(objectives)).toEqual(letters);
  });

  it('rejects what is not a letter A–L', () => {
    expect(isBpfaArea('M')).toBe(false);
    expect(isBpfaArea('g')).toBe(false);
    expect(bpfaArea('Z')).toBeUndefined();
    expect(() => bpfaAreasFromObjectives('G.1, X.2')).toThrow('X.2');
  });
});
