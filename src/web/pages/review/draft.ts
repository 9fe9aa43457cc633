import type {
  Attachment,
  DraftBody,
  EvidenceSpec,
  ListedBlock,
  Measure,
  ReportContent,
  ReportView,
} from './review-types.ts';

/**
 * The editor's working copy of a report: the Markdown of each section, the blocks listed beside
 * them, measures and attachments, and the version it started from (sent as `baseVersion`, so a
 * save over someone else's newer version is refused rather than lost).
 */
export interface Draft {
  readonly baseVersion: number;
  readonly sections: Readonly<Record<string, string>>;
  readonly evidence: readonly ListedBlock[];
  readonly measures: readonly Measure[];
  readonly attachments: readonly Attachment[];
}

/** The draft of a report as the server last stored it. */
export function draftOf(view: ReportView): Draft {
  return {
    baseVersion: view.currentVersion,
    sections: Object.fromEntries(view.sections.map((s) => [s.id, s.markdown ?? ''])),
    evidence: view.listedEvidence,
    measures: view.measures,
    attachments: view.attachments,
  };
}

/** The body of `PUT /api/reports/{id}`: empty sections left out, listed blocks flattened. */
export function draftBody(d: Draft): DraftBody {
  return {
    baseVersion: d.baseVersion,
    sections: Object.fromEntries(Object.entries(d.sections).filter(([, md]) => md.trim() !== '')),
    evidence: d.evidence.map(
      (b) => ({ sectionId: b.sectionId, ...b.spec }) as { sectionId: string } & EvidenceSpec,
    ),
    measures: d.measures,
    attachments: d.attachments,
  };
}

/** True when the draft differs from what the server holds (whitespace at the ends of a section aside). */
export function isDirty(d: Draft, saved: Draft): boolean {
  const ids = new Set([...Object.keys(d.sections), ...Object.keys(saved.sections)]);
  for (const id of ids) if ((d.sections[id] ?? '').trim() !== (saved.sections[id] ?? '').trim()) return true;
  return (
    JSON.stringify([d.evidence, d.measures, d.attachments]) !==
    JSON.stringify([saved.evidence, saved.measures, saved.attachments])
  );
}

/** The sections whose text differs between two contents: what a merge must decide. */
export function conflictingSections(
  mine: Readonly<Record<string, string>>,
  theirs: Readonly<Record<string, string>>,
  order: readonly string[],
): string[] {
  return order.filter((id) => (mine[id] ?? '').trim() !== (theirs[id] ?? '').trim());
}

export type Side = 'mine' | 'theirs';

/**
 * The draft after a refused save: based on the server's version, with each conflicting section
 * taken from the side the user chose (their own text by default, so nothing typed is lost), and
 * the lists (evidence, measures, attachments) taken whole from the side chosen for them.
 */
export function mergeDraft(
  mine: ReportContent,
  theirs: Draft,
  choices: Readonly<Record<string, Side>>,
  lists: Side,
): Draft {
  const ids = new Set([...Object.keys(mine.sections), ...Object.keys(theirs.sections)]);
  const sections: Record<string, string> = {};
  for (const id of ids)
    sections[id] =
      (choices[id] ?? 'mine') === 'mine' ? (mine.sections[id] ?? '') : (theirs.sections[id] ?? '');
  const from = lists === 'mine' ? mine : theirs;
  return {
    baseVersion: theirs.baseVersion,
    sections,
    evidence: from.evidence,
    measures: from.measures,
    attachments: from.attachments,
  };
}
