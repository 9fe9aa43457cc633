import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatValue } from '../../components/format-value.ts';
import { ScrollBox } from '../../components/ScrollBox.tsx';
import { formatNumber } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { UnconfirmedBadge } from './MethodsPanel.tsx';
import type { Change } from './progress-types.ts';
import {
  changeText,
  extremeKeys,
  formatSlope,
  percentChange,
  projectionAt,
  reasonOf,
  spanText,
  timeShown,
} from './trend-analysis.ts';
import type {
  NotApplicable,
  NotEnoughData,
  SeriesTrend,
  TimeToTargetPace,
  TrendResult,
  TrendView,
  Weighting,
} from './trend-types.ts';

type T = (key: string, o?: Record<string, unknown>) => string;

/** One line of the table: its heading and each edition's cell. */
interface Measure {
  readonly key: string;
  readonly heading: ReactNode;
  readonly cell: (s: SeriesTrend) => ReactNode;
}

/**
 * The trend measures side by side, one column per edition (the row's own first): the window,
 * the change and CAGR over it, the largest improvement and deterioration, the ordinary and
 * time-weighted slopes and their projections to the target year, and the years to the target at
 * the linear and compound pace. A measure without a value says why, in words.
 */
export function TrendMeasures(props: {
  readonly view: TrendView;
  /** The row's series in each edition, the row's own first. */
  readonly series: readonly SeriesTrend[];
  readonly targetYear: number;
  readonly name: string;
  readonly lang: Lang;
}): ReactNode {
  const { t } = useTranslation('progress');
  const { view, lang } = props;
  const caption = t('trend.tableCaption', { indicator: view.indicator.name, name: props.name });
  const measures = measureList(t, props);
  return (
    <>
      <TargetLine view={view} lang={lang} />
      <ScrollBox label={caption}>
        <table className="trend-measures">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('trend.measure')}</th>
              {props.series.map((s) => (
                <th scope="col" key={`${s.series.dataset}|${s.series.edition}`}>
                  {s.series.source}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {measures.map((m) => (
              <tr key={m.key} data-measure={m.key}>
                <th scope="row">{m.heading}</th>
                {props.series.map((s) => (
                  <td key={`${s.series.dataset}|${s.series.edition}`}>{m.cell(s)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </>
  );
}

function measureList(
  t: T,
  props: { readonly view: TrendView; readonly targetYear: number; readonly lang: Lang },
): Measure[] {
  const { view, targetYear, lang } = props;
  const unit = view.indicator.unit;
  const v = (x: number): string => formatValue(lang, x, unit);
  const keys = extremeKeys(view.indicator.direction);
  const extreme = (which: 'improvement' | 'deterioration') => (s: SeriesTrend) =>
    orReason(s.extremes, (ex) =>
      ex[which] ? <ChangeCell change={ex[which]} unit={unit} lang={lang} /> : t(`trend.no.${which}`),
    );
  const slope = (w: Weighting) => (s: SeriesTrend) =>
    orReason(s.fits[w], ({ fit }) =>
      t('trend.slopeText', {
        slope: formatSlope(lang, fit.slope),
        n: fit.n,
        from: fit.fromYear,
        to: fit.toYear,
      }),
    );
  const projection = (w: Weighting) => (s: SeriesTrend) =>
    orReason(projectionAt(s, w, targetYear, view.projectionYear), (p) => v(p.value));
  const weighted = (text: string): ReactNode => (
    <>
      {text} <UnconfirmedBadge />
    </>
  );
  return [
    {
      key: 'window',
      heading: t('trend.windowUsed'),
      cell: (s) =>
        s.points.length > 0
          ? t('trend.windowText', { span: spanText(s.points), count: s.points.length })
          : t('trend.reason.fewer-than-two-points'),
    },
    {
      key: 'change',
      heading: t('trend.change'),
      cell: (s) => orReason(s.change, ({ change }) => <ChangeCell change={change} unit={unit} lang={lang} />),
    },
    {
      key: 'cagr',
      heading: t('trend.cagr'),
      cell: (s) => orReason(s.cagr, ({ cagr }) => t('trend.perYear', { value: percentChange(lang, cagr) })),
    },
    { key: 'improvement', heading: t(keys.improvement), cell: extreme('improvement') },
    { key: 'deterioration', heading: t(keys.deterioration), cell: extreme('deterioration') },
    { key: 'slope-ols', heading: t('trend.slope.none'), cell: slope('none') },
    { key: 'slope-weighted', heading: weighted(t('trend.slope.recency')), cell: slope('recency') },
    {
      key: 'projection-ols',
      heading: t('trend.projection.none', { year: targetYear }),
      cell: projection('none'),
    },
    {
      key: 'projection-weighted',
      heading: weighted(t('trend.projection.recency', { year: targetYear })),
      cell: projection('recency'),
    },
    ...timeMeasures(t, view, lang),
  ];
}

/** The years to the target at each pace; one line saying why when there is no target. */
function timeMeasures(t: T, view: TrendView, lang: Lang): Measure[] {
  const kind = view.target?.kind === 'parity' ? 'parity' : 'target';
  const towards = t(`timeToTarget.towards.${kind}`);
  const paces: TimeToTargetPace[] = ['linear', 'compound'];
  if (view.target === null)
    return [
      {
        key: 'time',
        heading: t(`trend.time.any.${kind}`),
        cell: (s) => ('ok' in s.timeToTarget ? <Reason result={s.timeToTarget} /> : null),
      },
    ];
  return paces.map((pace) => ({
    key: `time-${pace}`,
    heading: t(`trend.time.${pace}.${kind}`),
    cell: (s: SeriesTrend) => {
      if ('ok' in s.timeToTarget) return <Reason result={s.timeToTarget} />;
      return orReason(s.timeToTarget[pace], ({ time }) => {
        const shown = timeShown(time);
        if (shown.kind === 'reached') return t('timeToTarget.reached', { towards });
        if (shown.kind === 'never')
          return (
            <>
              <span aria-hidden="true">∞</span> {t('timeToTarget.never', { towards })}
            </>
          );
        return t('timeToTarget.years', {
          count: shown.years,
          years: formatNumber(lang, shown.years, shown.digits),
          year: shown.year,
          towards,
        });
      });
    },
  }));
}

/** The target the years are counted to, or that there is none. */
function TargetLine(props: { readonly view: TrendView; readonly lang: Lang }): ReactNode {
  const { t } = useTranslation('progress');
  const target = props.view.target;
  if (!target) return <p className="note">{t('trend.noTarget')}</p>;
  return (
    <p className="note">
      {t('trend.target', {
        value: formatValue(props.lang, target.value, props.view.indicator.unit),
        kind: t(`target.kind.${target.kind}`, { defaultValue: target.kind }),
      })}
    </p>
  );
}

function ChangeCell(props: {
  readonly change: Change;
  readonly unit: string;
  readonly lang: Lang;
}): ReactNode {
  const { t } = useTranslation('progress');
  const c = changeText(props.lang, props.change, props.unit);
  return <>{t('trend.changeText', { ...c })}</>;
}

function orReason<V>(r: TrendResult<V>, render: (value: V) => ReactNode): ReactNode {
  return r.ok ? render(r) : <Reason result={r} />;
}

/** Why a measure has no value, in the reader's language (the years it misses named). */
function Reason(props: { readonly result: NotEnoughData | NotApplicable }): ReactNode {
  const { t } = useTranslation('progress');
  const { key, years } = reasonOf(props.result);
  return <span className="muted trend-reason">{t(key, { years: years.join(', ') })}</span>;
}
