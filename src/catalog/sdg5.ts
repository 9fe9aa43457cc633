/**
 * SDG 5 ("Achieve gender equality and empower all women and girls"): its 9 targets and 14 global
 * indicators. Official wording from METHODS.md S16; short titles, tiers and custodians from
 * METHODS.md §5.1 (UK ONS metadata S15, snapshot of September 2025; tiers change over time).
 *
 * SDG 5 sets no numeric target values. The only quantitative goals its wording implies are
 * parity (50 % women, 5.5.1 and 5.5.2: "full and effective participation and equal
 * opportunities") and zero where the target says "eliminate" (5.2, 5.3). Those are recorded as
 * `impliedGoal`, labelled as an interpretation of the wording, not as UN-set values.
 */
export type Tier = 'I' | 'II' | 'III';

export interface Sdg5Target {
  /** `5.1` … `5.6`, `5.a` … `5.c`. */
  readonly id: string;
  readonly title: string;
}

export interface ImpliedGoal {
  readonly value: number;
  readonly kind: 'parity' | 'elimination';
  readonly note: string;
}

export interface Sdg5Indicator {
  /** `5.1.1` … `5.c.1`. */
  readonly id: string;
  readonly target: string;
  readonly title: string;
  readonly shortTitle: string;
  readonly tier: Tier;
  readonly custodians: readonly string[];
  readonly custodianNote?: string;
  readonly impliedGoal?: ImpliedGoal;
}

export const sdg5Targets: readonly Sdg5Target[] = [
  { id: '5.1', title: 'End all forms of discrimination against all women and girls everywhere' },
  {
    id: '5.2',
    title:
      'Eliminate all forms of violence against all women and girls in the public and private spheres, including trafficking and sexual and other types of exploitation',
  },
  {
    id: '5.3',
    title:
      'Eliminate all harmful practices, such as child, early and forced marriage and female genital mutilation',
  },
  {
    id: '5.4',
    title:
      'Recognize and value unpaid care and domestic work through the provision of public services, infrastructure and social protection policies and the promotion of shared responsibility within the household and the family as nationally appropriate',
  },
  {
    id: '5.5',
    title:
      "Ensure women's full and effective participation and equal opportunities for leadership at all levels of decision-making in political, economic and public life",
  },
  {
    id: '5.6',
    title:
      'Ensure universal access to sexual and reproductive health and reproductive rights as agreed in accordance with the Programme of Action of the International Conference on Population and Development and the Beijing Platform for Action and the outcome documents of their review conferences',
  },
  {
    id: '5.a',
    title:
      'Undertake reforms to give women equal rights to economic resources, as well as access to ownership and control over land and other forms of property, financial services, inheritance and natural resources, in accordance with national laws',
  },
  {
    id: '5.b',
    title:
      'Enhance the use of enabling technology, in particular information and communications technology, to promote the empowerment of women',
  },
  {
    id: '5.c',
    title:
      'Adopt and strengthen sound policies and enforceable legislation for the promotion of gender equality and the empowerment of all women and girls at all levels',
  },
];

const PARITY: ImpliedGoal = {
  value: 50,
  kind: 'parity',
  note: 'Interpretation: equal participation means women hold 50 % (no numeric value is set by SDG 5).',
};
const ELIMINATION: ImpliedGoal = {
  value: 0,
  kind: 'elimination',
  note: 'Interpretation: the target says "eliminate", hence 0 % (no numeric value is set by SDG 5).',
};
const VAW = ['UNICEF', 'UN Women', 'UNFPA', 'WHO', 'UNODC'];

export const sdg5Indicators: readonly Sdg5Indicator[] = [
  {
    id: '5.1.1',
    target: '5.1',
    title:
      'Whether or not legal frameworks are in place to promote, enforce and monitor equality and non-discrimination on the basis of sex',
    shortTitle:
      'Legal frameworks that promote, enforce and monitor equality and non-discrimination on the basis of sex',
    tier: 'II',
    custodians: ['UN Women', 'World Bank', 'OECD'],
  },
  {
    id: '5.2.1',
    target: '5.2',
    title:
      'Proportion of ever-partnered women and girls aged 15 years and older subjected to physical, sexual or psychological violence by a current or former intimate partner in the previous 12 months, by form of violence and by age',
    shortTitle:
      'Ever-partnered women and girls 15+ subjected to physical, sexual or psychological intimate-partner violence in the previous 12 months',
    tier: 'II',
    custodians: VAW,
    impliedGoal: ELIMINATION,
  },
  {
    id: '5.2.2',
    target: '5.2',
    title:
      'Proportion of women and girls aged 15 years and older subjected to sexual violence by persons other than an intimate partner in the previous 12 months, by age and place of occurrence',
    shortTitle: 'Women and girls 15+ subjected to sexual violence by non-partners in the previous 12 months',
    tier: 'II',
    custodians: VAW,
    impliedGoal: ELIMINATION,
  },
  {
    id: '5.3.1',
    target: '5.3',
    title:
      'Proportion of women aged 20–24 years who were married or in a union before age 15 and before age 18',
    shortTitle: 'Women aged 20–24 married or in a union before age 15 and before age 18',
    tier: 'I',
    custodians: ['UNICEF'],
    impliedGoal: ELIMINATION,
  },
  {
    id: '5.3.2',
    target: '5.3',
    title:
      'Proportion of girls and women aged 15–49 years who have undergone female genital mutilation/cutting, by age',
    shortTitle: 'Girls and women aged 15–49 who have undergone FGM',
    tier: 'I',
    custodians: ['UNICEF'],
    impliedGoal: ELIMINATION,
  },
  {
    id: '5.4.1',
    target: '5.4',
    title: 'Proportion of time spent on unpaid domestic and care work, by sex, age and location',
    shortTitle: 'Time spent on unpaid domestic and care work, by sex, age and location',
    tier: 'II',
    custodians: ['UNSD', 'UN Women'],
  },
  {
    id: '5.5.1',
    target: '5.5',
    title: 'Proportion of seats held by women in (a) national parliaments and (b) local governments',
    shortTitle: 'Seats held by women in (a) national parliaments and (b) local governments',
    tier: 'I',
    custodians: ['IPU', 'UN Women'],
    custodianNote: 'IPU for part (a) and UN Women for part (b): UNCONFIRMED as a split (METHODS.md §5.1).',
    impliedGoal: PARITY,
  },
  {
    id: '5.5.2',
    target: '5.5',
    title: 'Proportion of women in managerial positions',
    shortTitle: 'Women in managerial positions',
    tier: 'I',
    custodians: ['ILO'],
    impliedGoal: PARITY,
  },
  {
    id: '5.6.1',
    target: '5.6',
    title:
      'Proportion of women aged 15–49 years who make their own informed decisions regarding sexual relations, contraceptive use and reproductive health care',
    shortTitle:
      'Women 15–49 who make their own informed decisions on sexual relations, contraceptive use and reproductive health care',
    tier: 'II',
    custodians: ['UNFPA'],
  },
  {
    id: '5.6.2',
    target: '5.6',
    title:
      'Number of countries with laws and regulations that guarantee full and equal access to women and men aged 15 years and older to sexual and reproductive health care, information and education',
    shortTitle:
      'Countries with laws and regulations guaranteeing full and equal access to SRH care, information and education (15+)',
    tier: 'II',
    custodians: ['UNFPA'],
  },
  {
    id: '5.a.1',
    target: '5.a',
    title:
      '(a) Proportion of total agricultural population with ownership or secure rights over agricultural land, by sex; and (b) share of women among owners or rights-bearers of agricultural land, by type of tenure',
    shortTitle:
      "(a) Agricultural population with ownership or secure rights over agricultural land, by sex; (b) women's share among owners or rights-bearers, by tenure type",
    tier: 'II',
    custodians: ['FAO'],
    custodianNote:
      'S15 lists FAO, UN Women and UNSD together; which is lead is UNCONFIRMED (METHODS.md §5.1).',
  },
  {
    id: '5.a.2',
    target: '5.a',
    title:
      "Proportion of countries where the legal framework (including customary law) guarantees women's equal rights to land ownership and/or control",
    shortTitle:
      "Countries whose legal framework, including customary law, guarantees women's equal rights to land ownership and/or control",
    tier: 'II',
    custodians: ['FAO'],
  },
  {
    id: '5.b.1',
    target: '5.b',
    title: 'Proportion of individuals who own a mobile telephone, by sex',
    shortTitle: 'Individuals who own a mobile telephone, by sex',
    tier: 'II',
    custodians: ['ITU'],
  },
  {
    id: '5.c.1',
    target: '5.c',
    title:
      "Proportion of countries with systems to track and make public allocations for gender equality and women's empowerment",
    shortTitle:
      'Countries with systems to track and make public allocations for gender equality and women’s empowerment',
    tier: 'II',
    custodians: ['UN Women', 'OECD'],
    custodianNote: 'UNDP is also commonly listed: UNCONFIRMED (METHODS.md §5.1).',
  },
];

/** An SDG 5 indicator by id (`5.5.1`); undefined for other ids, including national add-ons. */
export function sdg5Indicator(id: string): Sdg5Indicator | undefined {
  return sdg5Indicators.find((i) => i.id === id);
}

/** An SDG 5 target by id (`5.5`, `5.a`); undefined otherwise. */
export function sdg5Target(id: string): Sdg5Target | undefined {
  return sdg5Targets.find((t) => t.id === id);
}

/**
 * The target an SDG indicator id belongs to: `5.5.1` → `5.5`, national add-ons too
 * (`5.2.1.1` → `5.2`); `8.5.1` → `8.5`. Undefined when the id is not dotted numbers/letters.
 */
export function targetOfIndicator(id: string): string | undefined {
  const m = /^(\d{1,2}\.(?:\d{1,2}|[a-z]))\.\d+(?:\.\d+)*$/.exec(id);
  return m?.[1];
}
