import { describe, expect, it } from 'vitest';
import { latestIndex, latestObservation, type ObservationRow } from './live-value.ts';

// Kazakhstan's GII in the two bundled HDR editions (data/undp-hdr: HDR25 to 2023, HDR23-24 to 2022).
const gii: ObservationRow[] = [
  { year: 2021, dims: {}, value: 0.182, dataset: 'undp-hdr-composite', edition: 'HDR25' },
  { year: 2022, dims: {}, value: 0.168, dataset: 'undp-hdr-composite', edition: 'HDR25' },
  { year: 2023, dims: {}, value: 0.182, dataset: 'undp-hdr-composite', edition: 'HDR25' },
  { year: 2021, dims: {}, value: 0.181, dataset: 'undp-hdr-composite', edition: 'HDR23-24' },
  { year: 2022, dims: {}, value: 0.177, dataset: 'undp-hdr-composite', edition: 'HDR23-24' },
];
// Kazakhstan's women's share of seats (WDI 2022-02-15: 27.1 % in 2019 and 2020), stored here by sex
// only, as the minimum set stores its series, to exercise the rule "women when there is no total".
const seats: ObservationRow[] = [
  { year: 2019, dims: { sex: 'F' }, value: 27.1028037383178, dataset: 'wdi', edition: '2022-02-15' },
  { year: 2020, dims: { sex: 'F' }, value: 27.1028037383178, dataset: 'wdi', edition: '2022-02-15' },
  { year: 2020, dims: { sex: 'M' }, value: 72.8971962616822, dataset: 'wdi', edition: '2022-02-15' },
];

describe('the live value beside the evidence inserter', () => {
  it.each([
    {
      name: 'newest edition, latest year',
      rows: gii,
      opts: {},
      expected: { year: 2023, value: 0.182, edition: 'HDR25', points: 3 },
    },
    {
      name: 'an edition asked for',
      rows: gii,
      opts: { source: 'HDR23-24' },
      expected: { year: 2022, value: 0.177, edition: 'HDR23-24', points: 2 },
    },
    {
      name: 'a year asked for',
      rows: gii,
      opts: { year: 2021 },
      expected: { year: 2021, value: 0.182, edition: 'HDR25', points: 3 },
    },
    {
      name: 'women when there is no total',
      rows: seats,
      opts: {},
      expected: { year: 2020, value: 27.1028037383178, edition: '2022-02-15', points: 2, breakdown: 'sex=F' },
    },
  ])('$name', ({ rows, opts, expected }) => {
    expect(latestObservation(rows, opts)).toMatchObject(expected);
  });

  it('is null without numeric data, or without the year asked for', () => {
    expect(latestObservation([])).toBeNull();
    expect(latestObservation(gii, { year: 1990 })).toBeNull();
    expect(latestObservation(gii, { source: 'HDR21' })).toBeNull();
  });

  it('takes the newest computable index value in the newest edition', () => {
    const rows = [
      { year: 2022, edition: 'HDR23-24', computable: true, rounded: 0.177 },
      { year: 2022, edition: 'HDR25', computable: true, rounded: 0.168 },
      { year: 2023, edition: 'HDR25', computable: true, rounded: 0.182 },
      { year: 1990, edition: 'HDR25', computable: false, rounded: null },
    ];
    expect(latestIndex(rows)).toMatchObject({ year: 2023, value: 0.182, edition: 'HDR25', points: 2 });
    expect(latestIndex(rows, 'HDR23-24')).toMatchObject({ year: 2022, value: 0.177, edition: 'HDR23-24' });
    expect(latestIndex([])).toBeNull();
  });
});
