import { countryByIso3 } from '../catalog/index.ts';
import type { Verdict } from '../core/claims/claim.ts';
import type { MethodResult } from '../core/progress/outcome.ts';
import type { MeetingRecord, StatementRecord } from '../store/meetings.ts';
import type { ClaimsCheck } from './check-claims.ts';
import type { RegionProgress, RegionProgressRow } from './region-progress.ts';
import type { Tracker } from './tracker.ts';

/**
 * The numbered sections of a generated synthesis (synthesis-draft.ts), as Markdown lines. User
 * text (names, speakers, claims) goes through `mdText`/`mdCell`, which escape Markdown syntax so
 * that it reads as the words it is.
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

export function submissionSection(t: Tracker): string[] {
  const { summary } = t;
  const started = t.rows.filter((r) => r.state !== 'not-started');
  const notStarted = t.rows.filter((r) => r.state === 'not-started');
  const lines = [
    '## 1. Submission status',
    '',
    `${summary.submitted} of ${summary.members} member States have submitted a national report` +
      `${summary.late > 0 ? ` (${summary.late} after the deadline of ${t.cycle.submissionDeadline})` : ''}; ` +
      `${summary.started} have started one.`,
    '',
  ];
  if (started.length > 0) {
    lines.push('| Member State | State | First submitted | Empty sections |', '|---|---|---|---|');
    for (const r of started) {
      const empty =
        r.emptySections.length === 0
          ? 'none'
          : `${r.emptySections.length} of ${t.sections.length}: ${r.emptySections.map((id) => t.sections.find((s) => s.id === id)?.title ?? id).join('; ')}`;
      const when = r.submittedAt ? `${r.submittedAt.slice(0, 10)}${r.late ? ' (late)' : ''}` : '—';
      lines.push(`| ${mdCell(r.name)} | ${r.state} | ${when} | ${mdCell(empty)} |`);
    }
    lines.push('');
  }
  // Semicolons: some names hold a comma ("Moldova, Republic of").
  if (notStarted.length > 0)
    lines.push(
      `No report yet (${notStarted.length}): ${notStarted.map((r) => mdText(r.name)).join('; ')}.`,
      '',
    );
  return lines;
}

const DIGITS: Readonly<Record<string, number>> = { index: 3, ratio: 3 };

export function formatValue(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return '—';
  const digits = DIGITS[unit] ?? (unit.startsWith('percent') ? 1 : 2);
  const text = value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  // A no-break space: a table cell never breaks "31.1 %" in two.
  return unit.startsWith('percent') ? `${text}\u00a0%` : text;
}

function words(category: string): string {
  return category.replace(/-/g, ' ');
}

function method<T>(r: MethodResult<T>, category: (t: T) => string): string {
  if (r.ok) return words(category(r.value));
  return r.reason === 'not-enough-data' ? 'not enough data' : 'not applicable';
}

export function indicatorsSection(
  progress: RegionProgress | { readonly failed: string },
  set: string,
): string[] {
  const lines = ['## 2. Regional indicators', ''];
  if ('failed' in progress)
    return [...lines, `The regional indicators could not be computed: ${mdText(progress.failed)}`, ''];
  if (progress.rows.length === 0)
    return [...lines, 'No progress indicator has data for this region set.', ''];
  lines.push(
    `The regional value is the simple mean of the members with data (the UNECE convention), with the median and the ` +
      `mean weighted by population; a year is shown only when at least ${Math.round(progress.rule.minShare * 100)} % of the ${progress.regionSet.members} members ` +
      `(and at least ${progress.rule.minCount}) have data. Progress is assessed on the regional mean from ${progress.baseYear} ` +
      `towards ${progress.targetYear} by three methods; where their verdicts differ, the table says so. ` +
      `Each member's category per method: \`/progress/region/${set}\` in Parity.`,
    '',
    '| Indicator | Source | Year | Mean | Median | Population-weighted mean | Members with data |',
    '|---|---|---:|---:|---:|---:|---:|',
  );
  for (const row of progress.rows) lines.push(levelRow(row));
  lines.push(
    '',
    '| Indicator | Target | Growth ratio | SDSN trend | ESCAP anticipated progress | Methods |',
    '|---|---|---|---|---|---|',
  );
  for (const row of progress.rows) lines.push(verdictRow(row));
  lines.push('');
  return lines;
}

function levelRow(row: RegionProgressRow): string {
  const latest = [...row.aggregates].reverse().find((a) => a.ok);
  const unit = row.indicator.unit;
  const head = `| ${mdCell(row.indicator.name)} (\`${row.indicator.code}\`) | ${mdCell(row.series.source)}`;
  if (!latest || !latest.ok) return `${head} | — | no year with enough members | | | |`;
  return (
    `${head} | ${latest.year} | ${formatValue(latest.mean, unit)} | ${formatValue(latest.median, unit)} | ` +
    `${formatValue(latest.weightedMean, unit)} | ${latest.n} of ${latest.members} |`
  );
}

function verdictRow(row: RegionProgressRow): string {
  const a = row.assessment;
  const agreement = a.agreement;
  const methods =
    agreement.agree === undefined
      ? 'fewer than two verdicts'
      : agreement.agree
        ? `agree: ${words(agreement.consensus!)}`
        : `disagree: ${agreement.verdicts.map((v) => `${v.method} ${words(v.verdict)}`).join(', ')}`;
  const target = row.target ? `${mdCell(row.target.label)}` : 'none';
  return (
    `| ${mdCell(row.indicator.name)} | ${target} | ${method(a.growthRatio, (g) => g.category)} | ` +
    `${method(a.sdsn, (s) => s.trend.trend)} | ${method(a.escapApi, (e) => e.category)} | ${methods} |`
  );
}

const VERDICT_WORDS: Readonly<Record<Verdict, string>> = {
  supported: 'supported',
  'partly-supported': 'partly supported',
  'not-supported': 'not supported',
  'not-checkable': 'not checkable',
};

export function claimsSection(statements: readonly StatementOfMeeting[]): string[] {
  const lines = ['## 4. Claims checked in statements', ''];
  if (statements.length === 0) return [...lines, 'No meeting statement has been recorded yet.', ''];
  lines.push(
    "Each statement's quantitative claims, checked against every source and edition Parity holds when the statement was recorded.",
    '',
  );
  let meetingId: number | undefined;
  for (const { meeting, statement: s, check } of statements) {
    if (meeting.id !== meetingId) {
      meetingId = meeting.id;
      lines.push(
        `### ${mdText(meeting.title)}, ${mdText(meeting.place)}, ${meeting.from} to ${meeting.to}`,
        '',
      );
    }
    const on = s.country ? (countryByIso3(s.country)?.names.en ?? s.country) : s.organisation;
    const who = [s.speakerTitle, on].filter((x): x is string => Boolean(x)).map(mdText);
    lines.push(
      `**${mdText(s.speaker)}**${who.length > 0 ? `, ${who.join(', ')}` : ''}: ` +
        `[statement ${s.id}](/api/statements/${s.id}), claims checked ${s.checkedAt.toISOString().slice(0, 10)}.`,
      '',
    );
    if (check.claims.length === 0) {
      lines.push('No quantitative claim found.', '');
      continue;
    }
    lines.push('| Claim | Verdict | What the data say |', '|---|---|---|');
    for (const c of check.claims)
      lines.push(`| “${mdCell(c.claim.text)}” | ${VERDICT_WORDS[c.verdict]} | ${mdCell(c.summary)} |`);
    lines.push('');
  }
  return lines;
}

/**
 * Per progress concept (all its international series together: a member whose HDR series stops in
 * 2017 but whose UNSD series has 2020 is not a gap), the members with no value at all and those
 * whose latest value is older than `staleBefore`.
 */
export function dataGapsSection(t: Tracker, staleBefore: number): string[] {
  const { indicators, rows } = t.availability;
  const lines = ['## 5. Gaps in the data', ''];
  if (indicators.length === 0)
    return [...lines, 'Parity holds no progress indicator for this region set.', ''];
  lines.push(
    `For each progress indicator (every international series Parity holds of it, all editions): the member States ` +
      `with no value, and those whose latest value is older than ${staleBefore}.`,
    '',
    `| Indicator | Series | Members with data | No data | Latest value before ${staleBefore} |`,
    '|---|---|---:|---|---|',
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
    lines.push(
      `| ${mdCell(series[0]!.name)} | ${series.map((i) => `\`${i.code}\``).join(', ')} | ${rows.length - none.length} of ${rows.length} | ` +
        `${none.join('; ') || '—'} | ${stale.join('; ') || '—'} |`,
    );
  }
  lines.push('');
  return lines;
}
