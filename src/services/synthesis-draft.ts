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
import { indicatorsSection } from './synthesis-indicators.ts';
import {
  claimsSection,
  dataGapsSection,
  mdCell,
  mdText,
  sectionHeading,
  submissionSection,
  type StatementOfMeeting,
} from './synthesis-sections.ts';
import { synthesisText, type SynthesisText } from './synthesis-text.ts';

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

/** The draft's Markdown, in `lang`: every sentence Parity writes; names follow `lang` too (gathered so). */
export function synthesisMarkdown(inputs: SynthesisInputs, generatedAt: Date, lang: Lang): string {
  const text = synthesisText(lang);
  const { t } = text;
  const { cycle } = inputs;
  const set = regionSetByCode(cycle.regionSetCode);
  const note = [t('head.languageNote'), t('head.englishOnlyNote')].filter(Boolean).join(' ');
  const lines = [
    `# ${t('head.title', { title: mdText(cycle.title) })}`,
    '',
    t('head.regionLine', {
      name: mdText(set?.name[lang] ?? cycle.regionSetCode),
      code: cycle.regionSetCode,
      members: t('memberStates', text.count(inputs.tracker.summary.members)),
      cycle: cycle.code,
      deadline: text.date(cycle.submissionDeadline),
      meeting:
        cycle.meetingFrom && cycle.meetingTo
          ? t('head.meeting', { dates: text.dateRange(cycle.meetingFrom, cycle.meetingTo) })
          : '',
    }),
    '',
    `> ${t('head.draftNote', { date: text.date(generatedAt) })}`,
    '>',
    `> ${note}`,
    '',
    ...submissionSection(inputs.tracker, text),
    ...indicatorsSection(inputs.progress, cycle.regionSetCode, text),
    ...tagsSection(inputs.quoted, inputs.unsubmittedTags, text),
    ...claimsSection(inputs.statements, text),
    ...dataGapsSection(inputs.tracker, Number(cycle.opensOn.slice(0, 4)) - STALE_YEARS, text),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

function tagsSection(quoted: readonly QuotedTag[], unsubmitted: number, text: SynthesisText): string[] {
  const { t } = text;
  const lines = [sectionHeading(3, t('tags.heading')), ''];
  if (quoted.length === 0) lines.push(t('tags.none'), '');
  const groups = [...TAG_CRITERIA, undefined].map((criterion) => ({
    title: t(`tags.group.${criterion ?? 'other'}`),
    tags: quoted.filter(
      (q) => q.criteria.find((c) => (TAG_CRITERIA as readonly string[]).includes(c)) === criterion,
    ),
  }));
  for (const g of groups.filter((x) => x.tags.length > 0)) {
    lines.push(`### ${g.title}`, '');
    for (const q of g.tags) lines.push(...quoteBlock(q, text), '');
  }
  if (unsubmitted > 0) lines.push(t('tags.unsubmitted', text.count(unsubmitted)), '');
  return lines;
}

/** The passage as written (a blockquote), then who wrote it where, and the codes it was tagged with. */
function quoteBlock(q: QuotedTag, text: SynthesisText): string[] {
  const { t, lang } = text;
  const body = q.markdown
    .trim()
    .split('\n')
    .map((l) => `> ${l}`.trimEnd());
  const list = (items: readonly (string | number)[]) => items.join(', ');
  const codes = [
    q.bpfa.length > 0
      ? t('tags.bpfa', {
          list: list(q.bpfa.map((l) => t('tags.area', { letter: l, title: bpfaArea(l)?.title[lang] ?? l }))),
        })
      : '',
    q.clusters.length > 0 ? t('tags.cluster', { count: q.clusters.length, list: list(q.clusters) }) : '',
    q.sdgTargets.length > 0 ? t('tags.sdg', { list: list(q.sdgTargets) }) : '',
    q.criteria.length > 1
      ? t('tags.also', { list: list(q.criteria.slice(1).map((c) => t(`tags.criterion.${c}`, c))) })
      : '',
  ].filter(Boolean);
  const attribution = t('tags.attribution', {
    country: mdText(q.countryName),
    section: text.quote(mdCell(q.sectionTitle)),
    version: t('tags.reportVersion', { version: q.version, state: t(`reportState.${q.reportState}`) }),
    codes: codes.length > 0 ? `${t('listSep')}${codes.map(mdText).join(t('listSep'))}` : '',
    note: q.note ? t('tags.note', { note: mdText(q.note) }) : '',
  });
  return [...body, '>', `> ${attribution}`];
}
