import type { VersionRecord } from '../store/report-reads.ts';
import type { Attachment, ListedBlock, Measure, ReportContent } from './report-content.ts';
import type { PinnedEvidence } from './report-evidence.ts';

/**
 * The `evidence` column of a version: the blocks listed beside the text, and once the version is
 * submitted, every block's value as it was then.
 */
export interface StoredEvidence {
  readonly blocks: readonly ListedBlock[];
  readonly pinned?: PinnedEvidence;
}

/** A stored version's content, as written by the services (the JSON columns are theirs alone). */
export function contentOf(v: VersionRecord): ReportContent & { readonly pinned?: PinnedEvidence } {
  const evidence = (v.evidence ?? { blocks: [] }) as StoredEvidence;
  return {
    sections: v.sections,
    evidence: evidence.blocks,
    measures: v.measures as Measure[],
    attachments: v.attachments as Attachment[],
    ...(evidence.pinned ? { pinned: evidence.pinned } : {}),
  };
}

export function storedEvidence(content: ReportContent, pinned?: PinnedEvidence): StoredEvidence {
  return { blocks: content.evidence, ...(pinned ? { pinned } : {}) };
}
