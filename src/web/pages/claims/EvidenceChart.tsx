import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategoryPoint } from '../../components/category-lines.ts';
import { formatFixed } from '../../components/format-fixed.ts';
import { formatValue } from '../../components/format-value.ts';
import { formatNumber } from '../../i18n/format.ts';
import { PlotFigure } from '../../components/PlotFigure.tsx';
import { YearTable } from '../../components/YearTable.tsx';
import type { Lang } from '../../i18n/i18n.ts';
import { claimPhrase, yearsText, type Translate } from './claim-words.ts';
import type { ClaimCheck, YearPoint } from './claims-types.ts';
import { evidencePlot } from './evidence-plot.ts';
import {
  highlightWindow,
  seriesKey,
  statedRule,
  type EvidenceGroup,
  type Rule,
  type Window,
} from './evidence.ts';

/**
 * The chart of one group of series behind a claim (one concept in one unit), with its text summary
 * (each series' first and last value, the shaded window, the rule) and a year × series table. The
 * points come with the check: nothing is read.
 */
export function EvidenceChart(props: {
  check: ClaimCheck;
  n: number;
  group: EvidenceGroup;
  name: string;
  lang: Lang;
}): ReactNode {
  const { t: tr } = useTranslation('claims');
  const t = tr as Translate;
  const { check, group, lang } = props;
  const unit = group.unit;
  const fmt = (v: number | null | undefined) => formatValue(lang, v, unit);
  const lines = group.series.map((s, i) => ({
    key: seriesKey(s),
    label: group.labels[i]!,
    points: group.points[i] ?? [],
  }));
  const data: CategoryPoint[] = lines.flatMap((l) =>
    l.points.map((p) => ({ category: l.label, year: p.year, value: p.value })),
  );
  const title = t('chart.title', { name: props.name, n: props.n });
  if (data.length === 0)
    return (
      <div className="chart">
        <p>
          <strong>{title}</strong>
        </p>
        <p className="status">{t('chart.none')}</p>
      </div>
    );
  const used: CategoryPoint[] = group.findings.flatMap((f) => {
    const label = group.labels[group.series.findIndex((s) => seriesKey(s) === seriesKey(f.series))]!;
    return f.years.map((year, i) => ({ category: label, year, value: f.values[i]! }));
  });
  const window = highlightWindow(check, group);
  const rule = statedRule(check, group);
  const summary = [
    ...lines.filter((l) => l.points.length > 0).map((l) => seriesSentence(t, l.label, l.points, fmt)),
    ...(window ? [windowSentence(t, window)] : []),
    ...(rule ? [ruleSentence(t, lang, check, rule, fmt)] : []),
    t('chart.marked'),
  ].join(' ');
  const years = [...new Set(data.map((d) => d.year))].sort((a, b) => a - b);
  return (
    <PlotFigure
      title={title}
      summary={summary}
      // The check (from the answer, stable across renders) holds the points; the group is rebuilt each render.
      deps={[check, group.key, lang, window?.from, window?.to, rule?.value]}
      render={() =>
        evidencePlot({
          points: data,
          categories: lines.map((l) => l.label),
          used,
          ...(window ? { window } : {}),
          ...(rule
            ? {
                rule: {
                  value: rule.value,
                  label: t(`chart.ruleLabel.${rule.why}`, { value: fmt(rule.value) }),
                },
              }
            : {}),
          xLabel: t('chart.year'),
          yLabel: t(`unit.${unitKey(unit)}`),
          yTickFormat: (v: number) =>
            unit === 'index' || unit === 'ratio' ? formatFixed(lang, v, 2) : formatNumber(lang, v, 1),
        })
      }
      tableLabel={t('chart.table')}
      table={
        <YearTable
          label={title}
          yearHeading={t('chart.year')}
          years={years}
          columns={lines.map((l) => ({ key: l.key, heading: l.label }))}
          cell={(key, year) =>
            fmt(lines.find((l) => l.key === key)?.points.find((p) => p.year === year)?.value)
          }
        />
      }
    />
  );
}

function unitKey(unit: string): string {
  return ['percent', 'index', 'ratio', 'rank'].includes(unit) ? unit : 'value';
}

function seriesSentence(
  t: Translate,
  label: string,
  points: readonly YearPoint[],
  fmt: (v: number) => string,
): string {
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return points.length === 1
    ? t('chart.seriesOne', { label, value: fmt(first.value), year: first.year })
    : t('chart.series', {
        label,
        first: fmt(first.value),
        firstYear: first.year,
        last: fmt(last.value),
        lastYear: last.year,
      });
}

function windowSentence(t: Translate, w: Window): string {
  return t(`chart.window.${w.why}`, { years: yearsText([w.from, w.to]) });
}

function ruleSentence(
  t: Translate,
  lang: Lang,
  check: ClaimCheck,
  rule: Rule,
  fmt: (v: number) => string,
): string {
  if (rule.why !== 'implied') return t(`chart.rule.${rule.why}`, { value: fmt(rule.value) });
  return t('chart.rule.implied', {
    value: fmt(rule.value),
    phrase: claimPhrase(t, lang, check.claim),
    base: fmt(rule.base.value),
    year: rule.base.year,
    source: rule.base.source,
  });
}
