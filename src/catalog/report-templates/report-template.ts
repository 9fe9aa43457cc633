import type { BpfaArea } from '../bpfa.ts';
import type { Lang } from '../countries.ts';
import type { ClusterId } from '../review-clusters.ts';

/**
 * A national report template: the review's structure as versioned data. A template is never edited
 * in place once a cycle uses it (reports keep `template_id`); a new structure is a new id
 * (`beijing30-v2`), so submitted reports always read against the sections they were written in.
 */
export interface ReportTemplate {
  /** `<review>-v<version>`, e.g. `beijing30-v1`. */
  readonly id: string;
  readonly version: number;
  readonly title: Readonly<Record<Lang, string>>;
  readonly parts: readonly TemplatePart[];
  /** Every section in reading order; ids are unique within the template. */
  readonly sections: readonly TemplateSection[];
  /** `unconfirmed` while the structure is recollected rather than read in the guidance note. */
  readonly status: 'confirmed' | 'unconfirmed';
  readonly note: string;
}

/** A numbered part of the report (the guidance note's "sections" 1–5). */
export interface TemplatePart {
  readonly number: number;
  readonly title: Readonly<Record<Lang, string>>;
}

export interface TemplateSection {
  /** Stable key of the section in every report version (`sections[id]` holds its Markdown). */
  readonly id: string;
  /** The part it belongs to. */
  readonly part: number;
  readonly title: Readonly<Record<Lang, string>>;
  /** What to write, in English; French and Russian where they have been written. */
  readonly guidance: { readonly en: string } & Partial<Readonly<Record<Exclude<Lang, 'en'>, string>>>;
  /** The BPfA critical areas the section reports on. */
  readonly bpfa: readonly BpfaArea[];
  /** The review clusters the section reports on (the clusters are UNCONFIRMED: see review-clusters.ts). */
  readonly clusters: readonly ClusterId[];
}
