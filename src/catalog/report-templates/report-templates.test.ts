import { describe, expect, it } from 'vitest';
import { BPFA_LETTERS } from '../bpfa.ts';
import { LANGS } from '../countries.ts';
import { reviewClusters } from '../review-clusters.ts';
import { reportTemplates, templateById, templateSection } from './index.ts';

const t = templateById('beijing30-v1')!;

describe('beijing30-v1', () => {
  it('has the five parts of the national review, in order', () => {
    expect(t.parts.map((p) => [p.number, p.title.en])).toEqual([
      [1, 'Priorities, achievements, challenges and setbacks'],
      [2, 'Progress across the 12 critical areas of concern'],
      [3, 'National institutions and processes'],
      [4, 'Data and statistics'],
      [5, 'Conclusions and next steps'],
    ]);
  });

  it('lists its sections in reading order, each id once, each in a known part', () => {
    expect(t.sections.map((s) => s.id)).toEqual([
      'priorities',
      'achievements',
      'challenges-setbacks',
      'cluster-1',
      'cluster-2',
      'cluster-3',
      'cluster-4',
      'cluster-5',
      'cluster-6',
      'institutions',
      'data-statistics',
      'conclusions',
    ]);
    const parts = t.sections.map((s) => s.part);
    expect(parts).toEqual([...parts].sort((a, b) => a - b));
    expect(parts.every((p) => t.parts.some((x) => x.number === p))).toBe(true);
  });

  it.each(reviewClusters.map((c) => [c.id, c] as const))(
    'part 2 reports cluster %i with its areas and the UNCONFIRMED caveat in every language',
    (id, cluster) => {
      const s = templateSection(t, `cluster-${id}`)!;
      expect(s.part).toBe(2);
      expect(s.title).toEqual(cluster.title);
      expect(s.bpfa).toEqual(cluster.bpfa);
      expect(s.clusters).toEqual([id]);
      expect(s.guidance.en).toMatch(/^Progress over the last five years on the critical areas /);
      expect(s.guidance.en).toContain('UNCONFIRMED');
      expect(s.guidance.fr).toContain('NON CONFIRMÉ');
      expect(s.guidance.ru).toContain('НЕ ПОДТВЕРЖДЕНО');
    },
  );

  it('covers all 12 critical areas in part 2', () => {
    const covered = new Set(t.sections.filter((s) => s.part === 2).flatMap((s) => s.bpfa));
    expect([...covered].sort()).toEqual([...BPFA_LETTERS]);
  });

  it('names every section and gives guidance in English, French and Russian', () => {
    for (const s of t.sections)
      for (const lang of LANGS) {
        expect(s.title[lang], `${s.id} title ${lang}`).toMatch(/\S/);
        expect(s.guidance[lang], `${s.id} guidance ${lang}`).toMatch(/\S{3}/);
      }
  });

  it('says the structure is unconfirmed', () => {
    expect(t.status).toBe('unconfirmed');
    expect(t.note).toMatch(/^UNCONFIRMED/);
  });
});

describe(templateById, () => {
  it.each([
    ['beijing30-v1', 'beijing30-v1'],
    ['beijing30-v2', undefined],
    ['', undefined],
  ])('%j → %j', (id, found) => {
    expect(templateById(id)?.id).toBe(found);
  });

  it('finds every template by its own id', () => {
    for (const x of reportTemplates) expect(templateById(x.id)).toBe(x);
  });
});
