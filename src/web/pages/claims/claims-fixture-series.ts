import type { ClaimSeriesPoints, SeriesMeta } from './claims-types.ts';

/**
 * The series of the claims page's fixture (claims-fixture.ts), as \`POST /api/claims/check\` gave them
 * for Kazakhstan on the bundled data: each series as findings name it, and with its points as the
 * check's \`series\` carries them. Definition notes are cut to their first sentence.
 */

function meta(
  indicator: string,
  name: string,
  concept: string,
  unit: string,
  dataset: string,
  edition: string,
  source: string,
  dims: Record<string, string>,
  definitionNote: string,
  kind: 'national' | 'international' = 'international',
): SeriesMeta {
  const pairs = Object.entries(dims).sort(([a], [b]) => a.localeCompare(b));
  const dimsLabel = pairs.length === 0 ? 'total' : pairs.map(([k, v]) => `${k}=${v}`).join(', ');
  const orientation =
    unit === 'percent'
      ? { direction: 'parity' as const, parityValue: 50 }
      : { direction: 'lower-is-better' as const };
  return {
    indicator,
    name,
    concept,
    unit,
    orientation,
    dataset,
    edition,
    source,
    kind,
    dims,
    dimsLabel,
    definitionNote,
  };
}

export const gii25 = meta(
  'hdr.gii',
  'Gender Inequality Index (GII)',
  'gii',
  'index',
  'undp-hdr-composite',
  'HDR25',
  'HDR25',
  {},
  'Composite measure of gender inequality in reproductive health (maternal mortality ratio, adolescent birth rate), empowerment (shares of parliamentary seats and of the population aged 25+ with at least some secondary education, by sex) and the labour market (labour-force participation by sex).',
);
export const gii2324 = meta(
  'hdr.gii',
  'Gender Inequality Index (GII)',
  'gii',
  'index',
  'undp-hdr-composite',
  'HDR23-24',
  'HDR23-24',
  {},
  'Composite measure of gender inequality in reproductive health (maternal mortality ratio, adolescent birth rate), empowerment (shares of parliamentary seats and of the population aged 25+ with at least some secondary education, by sex) and the labour market (labour-force participation by sex).',
);
export const hdrSeats25 = meta(
  'hdr.pr',
  'Share of seats in parliament',
  'women-parliament-seats',
  'percent',
  'undp-hdr-composite',
  'HDR25',
  'HDR25',
  { sex: 'F' },
  'HDR counts BOTH chambers combined; SDG 5.5.1(a), IPU, UNSD 7100 and WDI count the single or lower chamber only.',
);
export const hdrSeats2324 = meta(
  'hdr.pr',
  'Share of seats in parliament',
  'women-parliament-seats',
  'percent',
  'undp-hdr-composite',
  'HDR23-24',
  'HDR23-24',
  { sex: 'F' },
  'HDR counts BOTH chambers combined; SDG 5.5.1(a), IPU, UNSD 7100 and WDI count the single or lower chamber only.',
);
export const wdiSeats = meta(
  'wdi.SG.GEN.PARL.ZS',
  'Proportion of seats held by women in national parliaments (%)',
  'women-parliament-seats',
  'percent',
  'wdi',
  '2022-02-15',
  'WDI 2022-02-15',
  {},
  'Single or lower chamber like SDG 5.5.1(a), but WDI dates each value at the end of its year (IPU status at end-December) while UNSD/SDG date it at 1 January or 1 February: WDI year Y ≈ SDG year Y+1 (KAZ: WDI 2007 = 15.89 = UNSD 2008).',
);
export const unsdSeats = meta(
  'unsd.parl_seats',
  'Proportion of seats held by women in national parliament',
  'women-parliament-seats',
  'percent',
  'unsd-minset',
  'minset-2021-09-30',
  'UNSD minimum set 2021-09-30',
  { sex: 'F' },
  'Single or lower chamber (KAZ: the Mazhilis), dated 1 January/1 February; values repeat between elections.',
);
export const kazSeats = meta(
  'sdg.5.5.1',
  'Seats held by women in (a) national parliaments and (b) local governments',
  'women-parliament-seats',
  'percent',
  'open-sdg-kaz',
  '2024-10-24',
  'national SDG platform 2024-10-24',
  { unit: 'PT', series: 'SG_GEN_PARL' },
  'National figures: Kazakhstan’s SG_GEN_PARL gives 22.2 % for 2016–2019, 30.5 for 2020–2021 and 23.0 for 2022–2023, where IPU/UNSD give 27.1 for 2017–2021; UK Commons values exist for election years only.',
  'national',
);
export const ministers = meta(
  'unsd.ministers',
  'Women’s share of government ministerial positions',
  'women-ministers',
  'percent',
  'unsd-minset',
  'minset-2021-09-30',
  'UNSD minimum set 2021-09-30',
  { sex: 'F' },
  'The proportion of women in ministerial positions out of all ministers, counting Deputy Prime Ministers and Ministers (and Prime Ministers holding a portfolio) once each (IPU).',
);
export const managers = meta(
  'unsd.managers',
  'Proportion of women in managerial positions',
  'women-managers',
  'percent',
  'unsd-minset',
  'minset-2021-09-30',
  'UNSD minimum set 2021-09-30',
  { sex: 'F' },
  'Total management (including junior management), ILO.',
);

/** A series with its points as the API gives them, from its years and values side by side. */
function line(s: SeriesMeta, years: readonly number[], values: readonly number[]): ClaimSeriesPoints {
  if (years.length !== values.length)
    throw new Error(`${s.indicator} ${s.source}: ${years.length} years, ${values.length} values`);
  return {
    indicator: s.indicator,
    dataset: s.dataset,
    edition: s.edition,
    dims: s.dims,
    label: s.source,
    unit: s.unit,
    points: years.map((year, i) => ({ year, value: values[i]! })),
  };
}

/** A series with a value every year from `from`. */
function yearly(s: SeriesMeta, from: number, values: readonly number[]): ClaimSeriesPoints {
  return line(
    s,
    values.map((_, i) => from + i),
    values,
  );
}

export const gii25Points = yearly(
  gii25,
  2000,
  [
    0.37, 0.357, 0.347, 0.35, 0.333, 0.337, 0.328, 0.302, 0.3, 0.282, 0.27, 0.26, 0.236, 0.233, 0.229, 0.217,
    0.212, 0.198, 0.195, 0.192, 0.182, 0.182, 0.168, 0.182,
  ],
);
export const gii2324Points = yearly(
  gii2324,
  2000,
  [
    0.372, 0.357, 0.345, 0.347, 0.329, 0.335, 0.327, 0.302, 0.299, 0.283, 0.266, 0.259, 0.234, 0.231, 0.227,
    0.215, 0.209, 0.196, 0.194, 0.19, 0.185, 0.181, 0.177,
  ],
);
export const hdrSeats25Points = yearly(
  hdrSeats25,
  1990,
  [
    11.40350877, 11.40350877, 11.40350877, 11.40350877, 11.40350877, 11.40350877, 11.40350877, 11.40350877,
    11.40350877, 11.40350877, 11.20689655, 11.20689655, 11.20689655, 8.620689655, 9.482758621, 8.620689655,
    8.620689655, 12.33766234, 12.33766234, 13.63636364, 13.63636364, 13.63636364, 18.18181818, 18.18181818,
    19.75308642, 20.12987013, 20.77922078, 22.07792208, 22.07792208, 22.07792208, 24.51612903, 24.51612903,
    24.67532468, 19.59459459,
  ],
);
// HDR23-24 gives HDR25's values for 1990–2022.
export const hdrSeats2324Points = yearly(
  hdrSeats2324,
  1990,
  hdrSeats25Points.points.slice(0, -1).map((p) => p.value),
);
export const wdiSeatsPoints = yearly(
  wdiSeats,
  1997,
  [
    13.4328358208955, 13.4328358208955, 10.8108108108108, 10.3896103896104, 10.3896103896104,
    10.3896103896104, 10.3896103896104, 10.3896103896104, 10.3896103896104, 10.3896103896104,
    15.8878504672897, 15.8878504672897, 17.7570093457944, 17.7570093457944, 17.7570093457944,
    24.2990654205607, 24.2990654205607, 25.2173913043478, 26.1682242990654, 27.1028037383178,
    27.1028037383178, 27.1028037383178, 27.1028037383178, 27.1028037383178,
  ],
);
export const unsdSeatsPoints = yearly(
  unsdSeats,
  2000,
  [
    10.39, 10.39, 10.39, 10.39, 10.39, 10.39, 10.39, 10.39, 15.89, 15.89, 17.76, 17.76, 24.3, 24.3, 25.22,
    26.17, 26.17, 27.1, 27.1, 27.1, 27.1, 27.1,
  ],
);
export const kazSeatsPoints = yearly(
  kazSeats,
  2011,
  [16.9, 17, 18.2, 18.4, 18.8, 22.2, 22.1, 22.2, 22.2, 30.5, 30.5, 23, 23],
);
export const ministersPoints = line(
  ministers,
  [2005, 2008, 2010, 2012, 2014, 2015, 2017, 2019],
  [17.6470588235294, 5.55555555555556, 5, 15.8, 20, 13.33, 5.6, 5.6],
);
export const managersPoints = line(
  managers,
  [2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2015, 2017],
  [32.99, 33.77, 34.2, 37.97, 35.64, 35.84, 36.79, 38.36, 38.77, 37.17, 38.46, 39.75, 38.32, 37.06, 36.96],
);
