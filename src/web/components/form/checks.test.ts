import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Checks, toggled } from './Checks.tsx';

describe(toggled, () => {
  it.each([
    [['A', 'D'], 'B', ['A', 'D', 'B']],
    [['A', 'D'], 'A', ['D']],
    [[], 'L', ['L']],
  ])('%o with %s is %o', (list, value, want) => {
    expect(toggled(list, value)).toEqual(want);
  });
});

describe('a group of checkboxes', () => {
  it('checks the chosen options under its legend, its note after them', () => {
    const out = renderToStaticMarkup(
      h(Checks<number>, {
        legend: 'Clusters',
        options: [
          { value: 1, label: '1. One' },
          { value: 2, label: '2. Two' },
        ],
        selected: [2],
        onChange: () => undefined,
        note: 'Provisional.',
      }),
    );
    expect(out).toBe(
      '<fieldset class="checks"><legend>Clusters</legend>' +
        '<label><input type="checkbox"/> 1. One</label>' +
        '<label><input type="checkbox" checked=""/> 2. Two</label>' +
        '<p class="note">Provisional.</p></fieldset>',
    );
  });
});
