import { describe, expect, it } from 'vitest';
import { FatalImportError } from './diagnostic.ts';
import { loadOpenSdgLabels, openSdgLabel, parseFlatYaml } from './open-sdg-labels.ts';

const KZ_LABELS = 'data/open-sdg-kazstat/translations/en';

describe(parseFlatYaml, () => {
  it('reads plain, quoted and continued values', () => {
    const yaml = [
      '# comment',
      'A: plain label  ',
      "B: 'it''s: quoted'",
      'C: "tab\\tand \\"quote\\""',
      'D: first part',
      '  second part',
      "E: 'quoted over",
      "  two lines'",
      "'[X]': quoted key",
      'million USD: key with a space',
      'F: value # trailing comment',
      '',
    ].join('\n');
    expect(Object.fromEntries(parseFlatYaml(yaml, 't.yml'))).toEqual({
      A: 'plain label',
      B: "it's: quoted",
      C: 'tab\tand "quote"',
      D: 'first part second part',
      E: 'quoted over two lines',
      '[X]': 'quoted key',
      'million USD': 'key with a space',
      F: 'value',
    });
  });

  it.each([
    ['A:\n  b: nested', /t\.yml:2: nested mappings are not supported/],
    ['A: |\n  block', /t\.yml:1: cannot read the value of A/],
    ['- item', /t\.yml:1: expected `KEY: label`/],
    ["A: 'unterminated", /t\.yml:1: cannot read the value of A/],
    ['  indented: x', /t\.yml:1: unexpected indented line/],
  ])('refuses YAML it does not read: %j', (yaml, message) => {
    expect(() => parseFlatYaml(yaml, 't.yml')).toThrow(FatalImportError);
    expect(() => parseFlatYaml(yaml, 't.yml')).toThrow(message);
  });
});

describe(loadOpenSdgLabels, () => {
  it.each([
    ['series', 'SG_GEN_PARL', 'National Parliament (Mazhilis)'],
    ['series', 'SG_GEN_LOCG', 'Local Representative Bodies (Maslikhats)'],
    [
      'series',
      'SI_COV_MATNL',
      'Number of Beneficiaries: (social benefits related to newborns and child care of infants less than 1 year old)',
    ],
    ['ref_area', 'KZAKM', 'Akmola'],
    ['unit', 'PT', 'Percent'],
    ['unit', '[REMOVE]', 'killed per 100 000 people'],
    ['unit', 'million USD', 'millions of US dollars'],
    ['sex', 'F', 'Female'],
    ['urbanisation', 'U', 'urban'],
    ['age', 'Y10T14', 'age: 10-14 years old'],
    [
      'composite_breakdown',
      '_L_BUD_EXP_RWFFSP',
      'Rural services, water services, forestry, fisheries, specially protected natural areas, environmental protection and wildlife, land relations',
    ],
    ['composite_breakdown', '_L_PRSP_ARG', 'Argali (latin: Ovis ammon)'],
  ])('reads the real Kazakhstan labels: %s %s', async (key, code, label) => {
    const labels = await loadOpenSdgLabels(KZ_LABELS);
    expect(openSdgLabel(labels, key, code)).toBe(label);
  });

  it('reads every concept file whole and skips the sources extract', async () => {
    const labels = await loadOpenSdgLabels(KZ_LABELS);
    expect(Object.keys(labels).sort()).toEqual([
      'activity',
      'age',
      'composite_breakdown',
      'education_lev',
      'income_wealth_quantile',
      'ref_area',
      'series',
      'sex',
      'unit',
      'urbanisation',
    ]);
    // Line counts minus continuation lines of the real files.
    expect(Object.keys(labels.series!)).toHaveLength(66);
    expect(Object.keys(labels.ref_area!)).toHaveLength(65);
    expect(Object.keys(labels.unit!)).toHaveLength(35);
    expect(Object.keys(labels.composite_breakdown!)).toHaveLength(54);
  });

  it('gives undefined for a code without a label', async () => {
    const labels = await loadOpenSdgLabels(KZ_LABELS);
    expect(openSdgLabel(labels, 'series', 'NO_SUCH')).toBeUndefined();
    expect(openSdgLabel(undefined, 'series', 'SG_GEN_PARL')).toBeUndefined();
  });
});
