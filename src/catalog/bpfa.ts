import type { Lang } from './countries.ts';

/** Letter of a critical area of concern of the Beijing Platform for Action (1995), chapter IV. */
export type BpfaArea = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K' | 'L';

export const BPFA_LETTERS: readonly BpfaArea[] = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'];

export interface BpfaCriticalArea {
  readonly letter: BpfaArea;
  /** Title of the chapter IV section, as in the UN texts of the Platform in each language. */
  readonly title: Readonly<Record<Lang, string>>;
  /** The matching problem statement of paragraph 44 (chapter III), in English. */
  readonly problem: string;
}

/*
 * Sources: METHODS.md §5.2 (S17: letters, order and paragraph-44 wording, CONFIRMED) and the
 * chapter IV headings of the UN / UN Women edition of the Platform (English titles).
 * The paragraph-44 statements below follow the official English text as I know it; METHODS
 * paraphrases them and the wording of G was checked against UN document E/CN.6/1995/3/Add.6.
 * French and Russian titles: the headings of the UN French ("Programme d'action de Beijing",
 * A/CONF.177/20) and Russian ("Пекинская платформа действий") texts to my knowledge. "La petite
 * fille" (L) was checked against a French copy of the strategic objectives; the other French and
 * all Russian titles were NOT checked against the documents in this session: verify before print.
 */
export const bpfaAreas: readonly BpfaCriticalArea[] = [
  {
    letter: 'A',
    title: { en: 'Women and poverty', fr: 'Les femmes et la pauvreté', ru: 'Женщины и нищета' },
    problem: 'The persistent and increasing burden of poverty on women',
  },
  {
    letter: 'B',
    title: {
      en: 'Education and training of women',
      fr: 'Éducation et formation des femmes',
      ru: 'Образование и профессиональная подготовка женщин',
    },
    problem: 'Inequalities and inadequacies in and unequal access to education and training',
  },
  {
    letter: 'C',
    title: { en: 'Women and health', fr: 'Les femmes et la santé', ru: 'Женщины и здравоохранение' },
    problem: 'Inequalities and inadequacies in and unequal access to health care and related services',
  },
  {
    letter: 'D',
    title: {
      en: 'Violence against women',
      fr: "La violence à l'égard des femmes",
      ru: 'Насилие в отношении женщин',
    },
    problem: 'Violence against women',
  },
  {
    letter: 'E',
    title: {
      en: 'Women and armed conflict',
      fr: 'Les femmes et les conflits armés',
      ru: 'Женщины и вооруженный конфликт',
    },
    problem:
      'The effects of armed or other kinds of conflict on women, including those living under foreign occupation',
  },
  {
    letter: 'F',
    title: { en: 'Women and the economy', fr: "Les femmes et l'économie", ru: 'Женщины и экономика' },
    problem:
      'Inequality in economic structures and policies, in all forms of productive activities and in access to resources',
  },
  {
    letter: 'G',
    title: {
      en: 'Women in power and decision-making',
      fr: 'Les femmes et la prise de décisions',
      ru: 'Участие женщин в осуществлении власти и принятии решений',
    },
    problem: 'Inequality between men and women in the sharing of power and decision-making at all levels',
  },
  {
    letter: 'H',
    title: {
      en: 'Institutional mechanisms for the advancement of women',
      fr: 'Mécanismes institutionnels chargés de favoriser la promotion de la femme',
      ru: 'Институциональные механизмы улучшения положения женщин',
    },
    problem: 'Insufficient mechanisms at all levels to promote the advancement of women',
  },
  {
    letter: 'I',
    title: {
      en: 'Human rights of women',
      fr: 'Les droits fondamentaux de la femme',
      ru: 'Права человека женщин',
    },
    problem: 'Lack of respect for and inadequate promotion and protection of the human rights of women',
  },
  {
    letter: 'J',
    title: {
      en: 'Women and the media',
      fr: 'Les femmes et les médias',
      ru: 'Женщины и средства массовой информации',
    },
    problem:
      "Stereotyping of women and inequality in women's access to and participation in all communication systems, especially in the media",
  },
  {
    letter: 'K',
    title: {
      en: 'Women and the environment',
      fr: "Les femmes et l'environnement",
      ru: 'Женщины и окружающая среда',
    },
    problem:
      'Gender inequalities in the management of natural resources and in the safeguarding of the environment',
  },
  {
    letter: 'L',
    title: { en: 'The girl child', fr: 'La petite fille', ru: 'Девочки' },
    problem: 'Persistent discrimination against and violation of the rights of the girl child',
  },
];

const byLetter = new Map(bpfaAreas.map((a) => [a.letter, a]));

/** True when `s` is one of the letters A–L (upper case only: letters are codes, not text). */
export function isBpfaArea(s: string): s is BpfaArea {
  return byLetter.has(s as BpfaArea);
}

/** The critical area for a letter; undefined for anything but A–L. */
export function bpfaArea(letter: string): BpfaCriticalArea | undefined {
  return byLetter.get(letter as BpfaArea);
}

/**
 * Areas named by a list of strategic objectives as the UNSD minimum-set catalogue writes them
 * (`"C.2, F.1, H.3"` → `['C', 'F', 'H']`): distinct letters, in A–L order. Null or empty → [].
 * Throws on a token that does not start with a letter A–L, so a catalogue typo is not lost.
 */
export function bpfaAreasFromObjectives(objectives: string | null | undefined): BpfaArea[] {
  if (!objectives?.trim()) return [];
  const letters = new Set<BpfaArea>();
  for (const token of objectives.split(',')) {
    const letter = token.trim().charAt(0);
    if (!isBpfaArea(letter)) throw new Error(`not a BPfA strategic objective: "${token.trim()}"`);
    letters.add(letter);
  }
  return BPFA_LETTERS.filter((l) => letters.has(l));
}
