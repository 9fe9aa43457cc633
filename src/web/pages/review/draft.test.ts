import { describe, expect, it } from 'vitest';
import { conflictingSections, draftBody, isDirty, mergeDraft, type Draft } from './draft.ts';
import type { ReportContent } from './review-types.ts';

const spotlight = {
  title: 'Spotlight Initiative in Central Asia',
  kind: 'programme' as const,
  date: '2020',
  criticalAreas: ['D' as const],
  clusters: [3],
  source: 'UN Spotlight Initiative',
};

const saved: Draft = {
  baseVersion: 3,
  sections: { priorities: 'Ending violence against women.', achievements: '', conclusions: 'More data.' },
  evidence: [{ sectionId: 'data-statistics', spec: { kind: 'index', index: 'gii', area: 'KAZ' } }],
  measures: [spotlight],
  attachments: [],
};

describe('the draft the editor sends', () => {
  it('leaves out empty sections and flattens listed blocks as PUT /api/reports/{id} takes them', () => {
    expect(draftBody(saved)).toEqual({
      baseVersion: 3,
      sections: { priorities: 'Ending violence against women.', conclusions: 'More data.' },
      evidence: [{ sectionId: 'data-statistics', kind: 'index', index: 'gii', area: 'KAZ' }],
      measures: [spotlight],
      attachments: [],
    });
  });

  it.each([
    { name: 'unchanged', change: {}, dirty: false },
    {
      name: 'trailing spaces only',
      change: { sections: { ...saved.sections, conclusions: 'More data.  \n' } },
      dirty: false,
    },
    {
      name: 'a section written',
      change: { sections: { ...saved.sections, achievements: 'Quota law.' } },
      dirty: true,
    },
    { name: 'a measure removed', change: { measures: [] }, dirty: true },
  ])('isDirty: $name', ({ change, dirty }) => {
    expect(isDirty({ ...saved, ...change }, saved)).toBe(dirty);
  });
});

describe('merging after a refused save', () => {
  const mine: ReportContent = {
    sections: { priorities: 'Ending violence against women and girls.', conclusions: 'More data.' },
    evidence: saved.evidence,
    measures: [],
    attachments: [],
  };
  const theirs: Draft = {
    ...saved,
    baseVersion: 4,
    sections: { ...saved.sections, priorities: 'Ending violence.', achievements: 'Quota law of 2023.' },
  };
  const order = ['priorities', 'achievements', 'challenges-setbacks', 'conclusions'];

  it('names the sections whose text differs', () => {
    expect(conflictingSections(mine.sections, theirs.sections, order)).toEqual([
      'priorities',
      'achievements',
    ]);
  });

  it('keeps my text by default, takes theirs where chosen, and bases the result on their version', () => {
    const merged = mergeDraft(mine, theirs, { achievements: 'theirs' }, 'theirs');
    expect(merged.baseVersion).toBe(4);
    expect(merged.sections).toEqual({
      priorities: 'Ending violence against women and girls.',
      achievements: 'Quota law of 2023.',
      conclusions: 'More data.',
    });
    expect(merged.measures).toEqual([spotlight]);
    expect(mergeDraft(mine, theirs, {}, 'mine').measures).toEqual([]);
    expect(mergeDraft(mine, theirs, {}, 'mine').sections.achievements).toBe('');
  });
});
