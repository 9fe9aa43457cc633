import type { MethodResult } from '../core/progress/outcome.ts';
import type { TargetUsed } from './progress-view.ts';
import type { RegionProgress, RegionProgressRow } from './region-progress.ts';
import { mdCell, mdText, sectionHeading, tableHead } from './synthesis-sections.ts';
import type { SynthesisText } from './synthesis-text.ts';

/**
 * Section 2 of a generated synthesis: the regional aggregates of each progress indicator and the
 * progress methods' verdicts on the regional mean (region-progress.ts), in the language of `text`.
 */

const DIGITS: Readonly<Record<string, number>> = { index: 3, ratio: 3 };

/** A value in its unit's precision, as the language writes numbers ("31,1 %" in French). */
export function formatValue(value: number | null | undefined, unit: string, text: SynthesisText): string {
  if (value === null || value === undefined) return '—';
  const digits = DIGITS[unit] ?? (unit.startsWith('percent') ? 1 : 2);
  return withUnit(text.number(value, digits), unit);
}

// A no-break space: a table cell never breaks "31.1 %" in two.
function withUnit(number: string, unit: string): string {
  return unit.startsWith('percent') ? `${number}\u00a0%` : number;
}

export function indicatorsSection(
  progress: RegionProgress | { readonly failed: string },
  set: string,
  text: SynthesisText,
): string[] {
  const { t } = text;
  const lines = [sectionHeading(2, t('indicators.heading')), ''];
  if ('failed' in progress)
    return [...lines, t('indicators.failed', { reason: text.english(mdText(progress.failed)) }), ''];
  if (progress.rows.length === 0) return [...lines, t('indicators.none'), ''];
  const members = progress.regionSet.members;
  lines.push(
    t('indicators.method', {
      share: withUnit(text.number(Math.round(progress.rule.minShare * 100)), 'percent'),
      members: text.count(members).n,
      ofMembers: t('ofMembers', text.count(members)),
      min: text.count(progress.rule.minCount).n,
      base: progress.baseYear,
      target: progress.targetYear,
      link: `\`/progress/region/${set}\``,
    }),
    '',
    ...tableHead(
      ['indicator', 'source', 'year', 'mean', 'median', 'weightedMean', 'membersWithData'].map((k) =>
        t(`indicators.${k}`),
      ),
      [2, 3, 4, 5, 6],
    ),
  );
  for (const row of progress.rows) lines.push(levelRow(row, text));
  lines.push(
    '',
    ...tableHead(
      ['indicator', 'target', 'growthRatio', 'sdsnTrend', 'escapApi', 'methods'].map((k) =>
        t(`indicators.${k}`),
      ),
    ),
  );
  for (const row of progress.rows) lines.push(verdictRow(row, text));
  lines.push('');
  return lines;
}

function levelRow(row: RegionProgressRow, text: SynthesisText): string {
  const latest = [...row.aggregates].reverse().find((a) => a.ok);
  const unit = row.indicator.unit;
  const head = `| ${mdCell(row.indicator.name)} (\`${row.indicator.code}\`) | ${mdCell(sourceText(row.series, text))}`;
  if (!latest || !latest.ok) return `${head} | — | ${text.t('indicators.noYear')} | | | |`;
  const coverage = text.t('nOf', { n: text.count(latest.n).n, total: text.count(latest.members).n });
  return (
    `${head} | ${latest.year} | ${formatValue(latest.mean, unit, text)} | ${formatValue(latest.median, unit, text)} | ` +
    `${formatValue(latest.weightedMean, unit, text)} | ${coverage} |`
  );
}

function verdictRow(row: RegionProgressRow, text: SynthesisText): string {
  const { t } = text;
  const a = row.assessment;
  const { agree, consensus, verdicts } = a.agreement;
  const common = (v: string) => t(`agreement.verdict.${v}`);
  const methods =
    agree === undefined
      ? t('agreement.tooFew')
      : agree
        ? t('agreement.agree', { verdict: common(consensus!) })
        : t('agreement.disagree', {
            list: verdicts
              .map((v) =>
                t('agreement.methodVerdict', {
                  method: t(`agreement.method.${v.method}`),
                  verdict: common(v.verdict),
                }),
              )
              .join(t('agreement.sep')),
          });
  return (
    `| ${mdCell(row.indicator.name)} | ${targetText(row.target, row.indicator.unit, text)} | ` +
    `${method(a.growthRatio, 'growthRatio', (g) => g.category, text)} | ` +
    `${method(a.sdsn, 'sdsnTrend', (s) => s.trend.trend, text)} | ` +
    `${method(a.escapApi, 'escapApi', (e) => e.category, text)} | ${methods} |`
  );
}

function method<T>(
  r: MethodResult<T>,
  words: 'growthRatio' | 'sdsnTrend' | 'escapApi',
  category: (t: T) => string,
  text: SynthesisText,
): string {
  return r.ok ? text.t(`category.${words}.${category(r.value)}`) : text.t(`category.noResult.${r.reason}`);
}

/** The source edition in words (headline-series.ts `sourceLabel`, in the language). */
function sourceText(series: RegionProgressRow['series'], text: SynthesisText): string {
  const { dataset, edition } = series;
  if (dataset === 'undp-hdr-composite') return edition;
  if (dataset === 'wdi') return text.t('source.wdi', { edition });
  if (dataset === 'unsd-minset')
    return text.t('source.unsd-minset', { edition: edition.replace(/^minset-/, '') });
  if (dataset.startsWith('open-sdg')) return text.t('source.open-sdg', { edition });
  return series.source;
}

/** The target the regional mean was assessed against: its kind, value and (when it names one) year. */
function targetText(target: TargetUsed | null, unit: string, text: SynthesisText): string {
  if (!target) return text.t('target.none');
  const fields = {
    kind: text.t(`target.kind.${target.kind}`),
    value: withUnit(text.number(target.value, 0, 3), unit),
    year: target.year,
  };
  return text.t(target.yearAssumed ? 'target.noYear' : 'target.withYear', fields);
}
