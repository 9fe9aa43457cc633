import type { Kysely } from 'kysely';
import { bpfaArea, regionSetByCode, type Lang } from '../catalog/index.ts';
import type { Database } from '../store/database.ts';
import { readMeetingsOfCycle, readStatements, type MeetingRecord } from '../store/meetings.ts';
import type { CycleRecord } from '../store/report-cycles.ts';
import { readVersion } from '../store/report-reads.ts';
import { readTagsOfCycle, type TagRecord } from '../store/report-tags.ts';
import type { ClaimsCheck } from './check-claims.ts';
import { regionProgress, type RegionProgress } from './region-progress.ts';
import { sectionMarkdownWithEvidence } from './report-render.ts';
import { TAG_CRITERIA, tagView, type TagView } from './report-tags.ts';
import { contentOf } from './report-version-content.ts';
import { trackCycle, type Tracker } from './tracker.ts';
import {
  claimsSection,
  dataGapsSection,
  indicatorsSection,
  mdCell,
  mdText,
  submissionSection,
  type StatementOfMeeting,
} from './synthesis-sections.ts';

/**
 * The generated draft of a regional synthesis: a Markdown document reviewers then edit. It is
 * written from what Parity holds when it runs: the submission tracker, the regional indicators
 * (aggregates and the progress methods' verdicts on the regional mean, region-progress.ts), the
 * passages reviewers tagged in submitted report versions (quoted with their country; tags on
 * draft text are counted, not quoted: the country has not sent that text), the claims checked in
 * the meeting statements (linked), and the gaps in the data (availability of the progress
 * indicators). Every piece of user text is escaped as Markdown text or quoted as a blockquote; the
 * exports render or make it inert again (synthesis-export.ts).
 */

/** A latest value older than this many years before the cycle's opening year counts as a gap. */
export const STALE_YEARS = 5;

export interface SynthesisInputs {
  readonly cycle: CycleRecord;
  readonly tracker: Tracker;
  readonly progress: RegionProgress | { readonly failed: string };
  readonly quoted: readonly QuotedTag[];
  /** Tags on draft text (not quoted). */
  readonly unsubmittedTags: number;
  readonly statements: readonly StatementOfMeeting[];
}

export interface QuotedTag extends TagView {
  /** The quote with its evidence blocks in words, as pinned when the version was submitted. */
  readonly markdown: string;
}

export async function gatherSynthesisInputs(
  db: Kysely<Database>,
  cycle: CycleRecord,
  lang: Lang,
): Promise<SynthesisInputs> {
  const [tracker, progress, tags, meetings] = await Promise.all([
    trackCycle(db, cycle, lang),
    regionProgress(db, { regionSet: cycle.regionSetCode, lang }),
    readTagsOfCycle(db, cycle.id),
    readMeetingsOfCycle(db, cycle.id),
  ]);
  const submitted = tags.filter((t) => t.versionSubmitted);
  return {
    cycle,
    tracker,
    progress: progress.ok ? progress.value : { failed: progress.message },
    quoted: await quoteTags(db, submitted, cycle.templateId, lang),
    unsubmittedTags: tags.length - submitted.length,
    statements: await statementsOf(db, meetings),
  };
}

async function quoteTags(
  db: Kysely<Database>,
  tags: readonly TagRecord[],
  templateId: string,
  lang: Lang,
): Promise<QuotedTag[]> {
  const versions = new Map<string, Awaited<ReturnType<typeof readVersion>>>();
  const quoted: QuotedTag[] = [];
  for (const t of tags) {
    const key = `${t.reportId}:${t.version}`;
    if (!versions.has(key)) versions.set(key, await readVersion(db, t.reportId, t.version));
    const pinned = versions.get(key) ? contentOf(versions.get(key)!).pinned : undefined;
    const markdown = pinned
      ? sectionMarkdownWithEvidence(t.quote, {
          lang,
          values: new Map(pinned.values.map((e) => [e.key, e])),
          pinned: { at: pinned.at, dataVersion: pinned.dataVersion },
        })
      : t.quote;
    quoted.push({ ...tagView(t, lang, templateId), markdown });
  }
  return quoted;
}

async function statementsOf(
  db: Kysely<Database>,
  meetings: readonly MeetingRecord[],
): Promise<StatementOfMeeting[]> {
  const byId = new Map(meetings.map((m) => [m.id, m]));
  const rows = await readStatements(
    db,
    meetings.map((m) => m.id),
  );
  return rows.map((s) => ({ meeting: byId.get(s.meetingId)!, statement: s, check: s.claims as ClaimsCheck }));
}

/** The draft's Markdown. */
export function synthesisMarkdown(inputs: SynthesisInputs, generatedAt: Date, lang: Lang): string {
  const { cycle } = inputs;
  const set = regionSetByCode(cycle.regionSetCode);
  const meeting = cycle.meetingFrom
    ? ` · regional review meeting ${cycle.meetingFrom} to ${cycle.meetingTo}`
    : '';
  const lines = [
    `# Regional synthesis: ${mdText(cycle.title)}`,
    '',
    `Region set: ${mdText(set?.name[lang] ?? cycle.regionSetCode)} (\`${cycle.regionSetCode}\`, ${inputs.tracker.summary.members} member States) · ` +
      `cycle \`${cycle.code}\` · submissions due ${cycle.submissionDeadline}${meeting}`,
    '',
    `> Draft generated by Parity on ${generatedAt.toISOString().slice(0, 10)} from the data, national reports, ` +
      'tags and meeting statements it held then. Edit it freely: every save is a new version, and regenerating ' +
      'makes a new version from the current data; earlier versions are kept.',
    '',
    ...submissionSection(inputs.tracker),
    ...indicatorsSection(inputs.progress, cycle.regionSetCode),
    ...tagsSection(inputs.quoted, inputs.unsubmittedTags, lang),
    ...claimsSection(inputs.statements),
    ...dataGapsSection(inputs.tracker, Number(cycle.opensOn.slice(0, 4)) - STALE_YEARS),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

const CRITERION_TITLE: Readonly<Record<string, string>> = {
  'good-practice': 'Good practices',
  partnerships: 'Partnerships',
  'political-will': 'Political will',
  'use-of-data': 'Use of data',
};

function tagsSection(quoted: readonly QuotedTag[], unsubmitted: number, lang: Lang): string[] {
  const lines = ['## 3. Good practices and other tagged passages', ''];
  if (quoted.length === 0) lines.push('No passage of a submitted national report has been tagged yet.', '');
  const groups = [...TAG_CRITERIA, undefined].map((criterion) => ({
    title: criterion ? CRITERION_TITLE[criterion]! : 'Other tagged passages',
    tags: quoted.filter(
      (t) => t.criteria.find((c) => (TAG_CRITERIA as readonly string[]).includes(c)) === criterion,
    ),
  }));
  for (const g of groups.filter((x) => x.tags.length > 0)) {
    lines.push(`### ${g.title}`, '');
    for (const t of g.tags) lines.push(...quoteBlock(t, lang), '');
  }
  if (unsubmitted > 0)
    lines.push(
      `${unsubmitted} tagged passage${unsubmitted === 1 ? ' is' : 's are'} on draft text that the country has not submitted, and ${unsubmitted === 1 ? 'is' : 'are'} not quoted.`,
      '',
    );
  return lines;
}

function quoteBlock(t: QuotedTag, lang: Lang): string[] {
  const body = t.markdown
    .trim()
    .split('\n')
    .map((l) => `> ${l}`.trimEnd());
  const codes = [
    t.bpfa.length > 0
      ? `BPfA ${t.bpfa.map((l) => `${l} (${bpfaArea(l)?.title[lang] ?? l})`).join(', ')}`
      : '',
    t.clusters.length > 0 ? `cluster${t.clusters.length > 1 ? 's' : ''} ${t.clusters.join(', ')}` : '',
    t.sdgTargets.length > 0 ? `SDG ${t.sdgTargets.join(', ')}` : '',
    t.criteria.length > 1 ? `also ${t.criteria.slice(1).join(', ')}` : '',
  ].filter(Boolean);
  const note = t.note ? ` Reviewer's note: ${mdText(t.note)}` : '';
  return [
    ...body,
    '>',
    `> — **${mdText(t.countryName)}**, “${mdCell(t.sectionTitle)}” (report version ${t.version}, ${t.reportState})` +
      `${codes.length > 0 ? `; ${codes.map(mdText).join('; ')}` : ''}.${note}`,
  ];
}
