import { countryByIso3 } from '../catalog/index.ts';
import type { MeetingRecord, StatementRecord } from '../store/meetings.ts';
import type { ClaimsCheck } from './check-claims.ts';
import type { SynthesisText } from './synthesis-text.ts';
import type { Tracker } from './tracker.ts';

/**
 * The numbered sections of a generated synthesis (synthesis-draft.ts) other than the indicators
 * (synthesis-indicators.ts) and the tagged passages (in the draft), as Markdown lines in the
 * language of `text`. User text (names, speakers, claims) goes through `mdText`/`mdCell`, which
 * escape Markdown syntax so that it reads as the words it is; the claim checker's summaries are in
 * English only and are marked so (`text.english`).
 */

export interface StatementOfMeeting {
  readonly meeting: MeetingRecord;
  readonly statement: StatementRecord;
  readonly check: ClaimsCheck;
}

/** Text that Markdown shows as written: its syntax characters backslash-escaped, lines joined. */
export function mdText(s: string): string {
  return s
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/^([-+=>#]|\d+[.)])/, '\\$1');
}

/** Text for a table cell. */
export function mdCell(s: string): string {
  return mdText(s);
}

/** A table's header and alignment rows; `right` marks the columns of numbers. */
export function tableHead(cells: readonly string[], right: readonly number[] = []): string[] {
  return [
    `| ${cells.join(' | ')} |`,
    `|${cells.map((_, i) => (right.includes(i) ? '---:' : '---')).join('|')}|`,
  ];
}

export function sectionHeading(n: number, title: string): string {
  return `## ${n}. ${title}`;
}

export function submissionSection(tracker: Tracker, text: SynthesisText): string[] {
  const { t } = text;
  const { summary } = tracker;
  const started = tracker.rows.filter((r) => r.state !== 'not-started');
  const notStarted = tracker.rows.filter((r) => r.state === 'not-started');
  const deadline = text.date(tracker.cycle.submissionDeadline);
  const sentence = t('submission.summary', {
    submitted: t('submission.submitted', {
      ...text.count(summary.submitted),
      total: text.count(summary.members).n,
      ofMembers: t('ofMembers', text.count(summary.members)),
    }),
    late: summary.late > 0 ? t('submission.late', { n: text.count(summary.late).n, deadline }) : '',
    started: t('submission.started', text.count(summary.started)),
  });
  const lines = [sectionHeading(1, t('submission.heading')), '', sentence, ''];
  if (started.length > 0) {
    lines.push(
      ...tableHead([
        t('submission.memberState'),
        t('submission.state'),
        t('submission.firstSubmitted'),
        t('submission.emptySections'),
      ]),
    );
    for (const r of started) {
      const empty =
        r.emptySections.length === 0
          ? t('submission.noneEmpty')
          : t('submission.emptyOf', {
              n: text.count(r.emptySections.length).n,
              total: text.count(tracker.sections.length).n,
              list: r.emptySections
                .map((id) => mdCell(tracker.sections.find((s) => s.id === id)?.title ?? id))
                .join(t('listSep')),
            });
      const when = r.submittedAt
        ? `${text.date(r.submittedAt)}${r.late ? ` ${t('submission.lateMark')}` : ''}`
        : '—';
      lines.push(`| ${mdCell(r.name)} | ${t(`reportState.${r.state}`)} | ${when} | ${empty} |`);
    }
    lines.push('');
  }
  // Semicolons: some names hold a comma ("Moldova, Republic of").
  if (notStarted.length > 0)
    lines.push(
      t('submission.notStarted', {
        n: text.count(notStarted.length).n,
        list: notStarted.map((r) => mdText(r.name)).join(t('listSep')),
      }),
      '',
    );
  return lines;
}

export function claimsSection(statements: readonly StatementOfMeeting[], text: SynthesisText): string[] {
  const { t } = text;
  const lines = [sectionHeading(4, t('claims.heading')), ''];
  if (statements.length === 0) return [...lines, t('claims.none'), ''];
  lines.push(t('claims.intro'), '');
  let meetingId: number | undefined;
  for (const { meeting, statement: s, check } of statements) {
    if (meeting.id !== meetingId) {
      meetingId = meeting.id;
      lines.push(
        `### ${t('claims.meeting', {
          title: mdText(meeting.title),
          place: mdText(meeting.place),
          dates: text.dateRange(meeting.from, meeting.to),
        })}`,
        '',
      );
    }
    const on = s.country ? (countryByIso3(s.country)?.names[text.lang] ?? s.country) : s.organisation;
    const who = [s.speakerTitle, on].filter((x): x is string => Boolean(x)).map(mdText);
    lines.push(
      t('claims.speaker', {
        who: `**${mdText(s.speaker)}**${who.length > 0 ? `, ${who.join(', ')}` : ''}`,
        id: s.id,
        href: `/api/statements/${s.id}`,
        date: text.date(s.checkedAt),
      }),
      '',
    );
    if (check.claims.length === 0) {
      lines.push(t('claims.noClaim'), '');
      continue;
    }
    lines.push(...tableHead([t('claims.claim'), t('claims.verdictHead'), t('claims.evidence')]));
    for (const c of check.claims)
      lines.push(
        `| ${text.quote(mdCell(c.claim.text))} | ${t(`claims.verdict.${c.verdict}`)} | ` +
          `${text.english(mdCell(c.summary))} |`,
      );
    lines.push('');
  }
  return lines;
}

/**
 * Per progress concept (all its international series together: a member whose HDR series stops in
 * 2017 but whose UNSD series has 2020 is not a gap), the members with no value at all and those
 * whose latest value is older than `staleBefore`.
 */
export function dataGapsSection(tracker: Tracker, staleBefore: number, text: SynthesisText): string[] {
  const { t } = text;
  const { indicators, rows } = tracker.availability;
  const lines = [sectionHeading(5, t('gaps.heading')), ''];
  if (indicators.length === 0) return [...lines, t('gaps.none'), ''];
  lines.push(
    t('gaps.intro', { year: staleBefore }),
    '',
    ...tableHead(
      [
        t('gaps.indicator'),
        t('gaps.series'),
        t('gaps.membersWithData'),
        t('gaps.noData'),
        t('gaps.stale', { year: staleBefore }),
      ],
      [2],
    ),
  );
  const concepts = [...new Set(indicators.map((i) => i.concept))];
  for (const concept of concepts) {
    const series = indicators.filter((i) => i.concept === concept);
    const latest = (r: (typeof rows)[number]) => {
      const years = series
        .map((i) => r.latest[i.code])
        .filter((y): y is number => y !== null && y !== undefined);
      return years.length > 0 ? Math.max(...years) : null;
    };
    // Semicolons: some names hold a comma ("Moldova, Republic of").
    const none = rows.filter((r) => latest(r) === null).map((r) => mdCell(r.name));
    const stale = rows
      .filter((r) => latest(r) !== null && latest(r)! < staleBefore)
      .map((r) => `${mdCell(r.name)} (${latest(r)})`);
    const withData = t('nOf', {
      n: text.count(rows.length - none.length).n,
      total: text.count(rows.length).n,
    });
    lines.push(
      `| ${mdCell(series[0]!.name)} | ${series.map((i) => `\`${i.code}\``).join(', ')} | ${withData} | ` +
        `${none.join(t('listSep')) || '—'} | ${stale.join(t('listSep')) || '—'} |`,
    );
  }
  lines.push('');
  return lines;
}
