import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api.ts';
import { useUrlParam, useUrlUpdate } from '../../app/url-state.ts';
import { Status } from '../../components/Status.tsx';
import { useStaleApi } from '../../components/use-stale-api.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { UnconfirmedBadge } from './MethodsPanel.tsx';
import type { MethodsResponse, ProgressRow } from './progress-types.ts';
import {
  parseWindow,
  rowTrends,
  seriesYears,
  windowChoices,
  windowParam,
  type TrendWindow,
} from './trend-analysis.ts';
import type { TrendView } from './trend-types.ts';
import { TrendMeasures } from './TrendMeasures.tsx';
import { TrendWindowsChart } from './TrendWindowsChart.tsx';

/**
 * The trend analysis of one row (`GET /api/trends`), for the row's series in each edition, over a
 * window kept in the URL (`?from=&to=`, default the series' whole span): change and CAGR, the
 * largest improvement and deterioration (marked on a small chart per edition), the ordinary and
 * time-weighted lines with their projections to the target year, and the years to the target.
 */
export function TrendAnalysis(props: {
  readonly row: ProgressRow;
  /** The row first, then the same series in other editions: their years are the window's choices. */
  readonly series: readonly ProgressRow[];
  readonly area: string;
  readonly areaName: string;
  readonly targetYear: number;
  readonly lang: Lang;
}): ReactNode {
  const { t } = useTranslation('progress');
  const { row, lang } = props;
  const headingId = useId();
  const [fromRaw] = useUrlParam('from');
  const [toRaw] = useUrlParam('to');
  const years = seriesYears(props.series);
  const window = parseWindow(fromRaw, toRaw, years);
  const trend = useStaleApi<TrendView>('trends', {
    area: props.area,
    indicator: row.indicator.code,
    from: window.from,
    to: window.to,
    lang,
  });
  const shown = trend.data?.indicator.code === row.indicator.code ? trend.data : undefined;
  return (
    <section className="trend-analysis" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('trend.title')}</h4>
      <p className="note">{t('trend.intro')}</p>
      {years.length >= 2 && <WindowControls years={years} window={window} />}
      {trend.updating && (
        <p className="status updating" role="status">
          {t('updating')}
        </p>
      )}
      {shown && trend.current.state !== 'error' ? (
        <div aria-busy={trend.updating}>
          <TrendBody view={shown} {...props} />
        </div>
      ) : (
        <Status data={trend.current}>{() => null}</Status>
      )}
      <WeightingNote lang={lang} />
    </section>
  );
}

function TrendBody(props: {
  readonly view: TrendView;
  readonly row: ProgressRow;
  readonly areaName: string;
  readonly targetYear: number;
  readonly lang: Lang;
}): ReactNode {
  const { t } = useTranslation('progress');
  const { view, row, lang } = props;
  const list = rowTrends(view, row);
  if (list.length === 0) return <p className="status">{t('trend.noSeries')}</p>;
  return (
    <>
      <TrendMeasures
        view={view}
        series={list}
        targetYear={props.targetYear}
        name={props.areaName}
        lang={lang}
      />
      <div className="grid small-multiples">
        {/* A window of fewer than two values has nothing to mark; the table says why. */}
        {list
          .filter((s) => s.points.length >= 2)
          .map((s) => (
            <TrendWindowsChart
              key={`${s.series.dataset}|${s.series.edition}`}
              trend={s}
              indicator={view.indicator}
              lang={lang}
            />
          ))}
      </div>
    </>
  );
}

/** The window's first and last year, each a choice among the series' years, and a way back to the whole span. */
function WindowControls(props: {
  readonly years: readonly number[];
  readonly window: TrendWindow;
}): ReactNode {
  const { t } = useTranslation('progress');
  const update = useUrlUpdate();
  const { years, window } = props;
  const choices = windowChoices(years, window);
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const whole = window.from === undefined && window.to === undefined;
  return (
    <form
      className="controls trend-window"
      aria-label={t('trend.window.label')}
      onSubmit={(e) => e.preventDefault()}
    >
      <label>
        <span>{t('trend.window.from')}</span>
        <select
          value={window.from ?? first}
          onChange={(e) => update({ from: windowParam(Number(e.target.value), years, 'from') })}
        >
          {choices.from.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('trend.window.to')}</span>
        <select
          value={window.to ?? last}
          onChange={(e) => update({ to: windowParam(Number(e.target.value), years, 'to') })}
        >
          {choices.to.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="secondary"
        disabled={whole}
        onClick={() => update({ from: null, to: null })}
      >
        {t('trend.window.whole', { from: first, to: last })}
      </button>
    </form>
  );
}

/**
 * ESCAP/UNECE project with a time-weighted regression whose weights they do not publish: the
 * scheme used here is Parity's default (`recencyWeights` of the trend method, from the API).
 */
function WeightingNote(props: { readonly lang: Lang }): ReactNode {
  const { t } = useTranslation('progress');
  const methods = useApi<MethodsResponse>('progress/methods', { lang: props.lang });
  const param =
    methods.state === 'ready'
      ? methods.data.methods
          .find((m) => m.id === 'trend')
          ?.parameters.find((p) => p.name === 'recencyWeights')
      : undefined;
  return (
    <p className="note trend-weighting">
      <UnconfirmedBadge /> {t('trend.weighting.note')}{' '}
      {param && (
        <>
          {t('trend.weighting.default')} <code>{String(param.default)}</code>.
        </>
      )}
    </p>
  );
}
