import { describe, expect, it } from 'vitest';
import { EMPTY_MEASURE, fieldsOf, measureOf } from './measure-form.ts';

// The Spotlight Initiative's Central Asia programme, the example of a programme.
const spotlight = {
  ...EMPTY_MEASURE,
  title: '  Spotlight Initiative: Central Asia regional programme ',
  kind: 'programme' as const,
  date: '2020',
  criticalAreas: ['L', 'D'] as const,
  clusters: [3],
  source: 'UN-EU Spotlight Initiative',
  url: 'https://www.spotlightinitiative.org/',
};

describe('the measure form', () => {
  it('trims, sorts and leaves out empty optional fields', () => {
    expect(measureOf(spotlight)).toEqual({
      ok: true,
      measure: {
        title: 'Spotlight Initiative: Central Asia regional programme',
        kind: 'programme',
        date: '2020',
        criticalAreas: ['D', 'L'],
        clusters: [3],
        source: 'UN-EU Spotlight Initiative',
        url: 'https://www.spotlightinitiative.org/',
      },
    });
  });

  it.each([
    { name: 'nothing filled', fields: EMPTY_MEASURE, wrong: ['title', 'date', 'source'] },
    { name: 'a month 13', fields: { ...spotlight, date: '2023-13' }, wrong: ['date'] },
    { name: 'a day', fields: { ...spotlight, date: '2023-06-31' }, wrong: [] },
    { name: 'a script link', fields: { ...spotlight, url: 'javascript:alert(1)' }, wrong: ['url'] },
    { name: 'a French date', fields: { ...spotlight, date: '21/10/2024' }, wrong: ['date'] },
  ])('$name', ({ fields, wrong }) => {
    const r = measureOf(fields);
    expect(r.ok ? [] : r.fields).toEqual(wrong);
  });

  it('round-trips a stored measure', () => {
    const r = measureOf(spotlight);
    if (!r.ok) throw new Error('expected a measure');
    expect(measureOf(fieldsOf(r.measure))).toEqual(r);
  });
});
