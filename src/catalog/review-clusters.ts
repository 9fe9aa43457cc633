import type { BpfaArea } from './bpfa.ts';
import type { Lang } from './countries.ts';

/** Number of a thematic cluster of the Beijing+25 / Beijing+30 national review guidance notes. */
export type ClusterId = 1 | 2 | 3 | 4 | 5 | 6;

export interface ReviewCluster {
  readonly id: ClusterId;
  readonly title: Readonly<Record<Lang, string>>;
  readonly bpfa: readonly BpfaArea[];
  /** SDG goal numbers. */
  readonly sdgs: readonly number[];
  /** False until the titles and mappings are checked against the guidance note (see `note`). */
  readonly confirmed: false;
  readonly note: string;
}

const UNCONFIRMED =
  'UNCONFIRMED: title, BPfA areas and SDGs are recollected (METHODS.md §5.3), not read in the UN Women / ' +
  'regional commissions guidance notes (Beijing+25, 2019; Beijing+30, 2024). Verify before use.';

/*
 * English titles and mappings exactly as METHODS.md §5.3 recollects them. The French and Russian
 * titles are my translations of those recollected English titles, not official UN wording.
 */
export const reviewClusters: readonly ReviewCluster[] = [
  {
    id: 1,
    title: {
      en: 'Inclusive development, shared prosperity and decent work',
      fr: 'Développement inclusif, prospérité partagée et travail décent',
      ru: 'Инклюзивное развитие, общее процветание и достойный труд',
    },
    bpfa: ['A', 'F', 'I', 'L'],
    sdgs: [1, 5, 8, 10],
    confirmed: false,
    note: UNCONFIRMED,
  },
  {
    id: 2,
    title: {
      en: 'Poverty eradication, social protection and social services',
      fr: 'Élimination de la pauvreté, protection sociale et services sociaux',
      ru: 'Искоренение нищеты, социальная защита и социальные услуги',
    },
    bpfa: ['A', 'B', 'C', 'I', 'L'],
    sdgs: [1, 3, 4, 5, 10],
    confirmed: false,
    note: UNCONFIRMED,
  },
  {
    id: 3,
    title: {
      en: 'Freedom from violence, stigma and stereotypes',
      fr: 'Vivre à l’abri de la violence, de la stigmatisation et des stéréotypes',
      ru: 'Свобода от насилия, стигматизации и стереотипов',
    },
    bpfa: ['D', 'I', 'J', 'L'],
    sdgs: [5, 16],
    confirmed: false,
    note: UNCONFIRMED,
  },
  {
    id: 4,
    title: {
      en: 'Participation, accountability and gender-responsive institutions',
      fr: 'Participation, responsabilité et institutions sensibles au genre',
      ru: 'Участие, подотчетность и учитывающие гендерную проблематику институты',
    },
    bpfa: ['G', 'H', 'I', 'J', 'L'],
    sdgs: [5, 16],
    confirmed: false,
    note: UNCONFIRMED,
  },
  {
    id: 5,
    title: {
      en: 'Peaceful and inclusive societies',
      fr: 'Sociétés pacifiques et inclusives',
      ru: 'Мирные и инклюзивные общества',
    },
    bpfa: ['E', 'I', 'L'],
    sdgs: [5, 16],
    confirmed: false,
    note: UNCONFIRMED,
  },
  {
    id: 6,
    title: {
      en: 'Environmental conservation, protection and rehabilitation',
      fr: "Conservation, protection et remise en état de l'environnement",
      ru: 'Сохранение, защита и восстановление окружающей среды',
    },
    bpfa: ['K', 'I', 'L'],
    sdgs: [2, 5, 6, 7, 11, 12, 13, 14, 15],
    confirmed: false,
    note: `${UNCONFIRMED} The SDG list of this cluster is the least certain part.`,
  },
];

/** The cluster with this number (1–6); undefined otherwise. */
export function reviewCluster(id: number): ReviewCluster | undefined {
  return reviewClusters.find((c) => c.id === id);
}

/** Clusters that list a BPfA area, in cluster order (e.g. 'G' → cluster 4). */
export function clustersForBpfaArea(area: BpfaArea): ReviewCluster[] {
  return reviewClusters.filter((c) => c.bpfa.includes(area));
}
