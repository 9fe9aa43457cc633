import { bpfaAreas, reviewClusters, sdg5Targets, type BpfaArea, type Lang } from '../catalog/index.ts';
import { MEASURE_KIND_LABELS, TAG_CRITERION_LABELS } from '../catalog/review-labels.ts';
import { MEASURE_KINDS, type MeasureKind } from './report-content.ts';
import { TAG_CRITERIA, type TagCriterion } from './report-tags.ts';

/**
 * The codes the report and review forms offer, each with its name in the reader's language, from
 * the catalogue: the web app lists these instead of importing the catalogue (it talks to the API
 * only). The codes are the ones the services accept, in the order they list them.
 */
export interface ReviewVocabularies {
  readonly lang: Lang;
  /** The twelve critical areas of concern of the Beijing Platform for Action. */
  readonly criticalAreas: readonly { readonly letter: BpfaArea; readonly title: string }[];
  /** The six thematic clusters of the national review guidance, each with its BPfA areas. */
  readonly clusters: readonly {
    readonly code: number;
    readonly title: string;
    readonly areas: readonly BpfaArea[];
    /** False while the titles and mappings are unchecked against the guidance note. */
    readonly confirmed: boolean;
  }[];
  /** What reviewers tag a passage as (good practice, …). */
  readonly tagCriteria: readonly { readonly code: TagCriterion; readonly label: string }[];
  /** What a reported measure is (law, policy, …). */
  readonly measureKinds: readonly { readonly code: MeasureKind; readonly label: string }[];
  /** The SDG 5 targets a tag may name; the catalogue holds their official English wording only. */
  readonly sdg5Targets: readonly {
    readonly code: string;
    readonly title: string;
    readonly titleLang: 'en';
  }[];
}

export function reviewVocabularies(lang: Lang): ReviewVocabularies {
  return {
    lang,
    criticalAreas: bpfaAreas.map((a) => ({ letter: a.letter, title: a.title[lang] })),
    clusters: reviewClusters.map((c) => ({
      code: c.id,
      title: c.title[lang],
      areas: c.bpfa,
      confirmed: c.confirmed,
    })),
    tagCriteria: TAG_CRITERIA.map((code) => ({ code, label: TAG_CRITERION_LABELS[code][lang] })),
    measureKinds: MEASURE_KINDS.map((code) => ({ code, label: MEASURE_KIND_LABELS[code][lang] })),
    sdg5Targets: sdg5Targets.map((t) => ({ code: t.id, title: t.title, titleLang: 'en' as const })),
  };
}
