import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api.ts';
import { useUrlParam } from '../../app/url-state.ts';
import { Status } from '../../components/Status.tsx';
import type { Lang } from '../../i18n/i18n.ts';
import { breakdownKey, breakdowns, pickBreakdown, type Breakdown } from './compare-data.ts';
import type { IndicatorSummary, Observation, Paged } from '../../components/api-types.ts';
import { IndicatorPicker } from '../../components/IndicatorPicker.tsx';
import { useUrlUpdate } from '../../app/url-state.ts';
import { CountryLinesChart } from './CountryLinesChart.tsx';

/** Secondary education (women) by default: the GII dimension the other charts do not show. */
const DEFAULT_INDICATOR = 'hdr.se';

const DIGITS: Readonly<Record<string, number>> = { index: 3, ratio: 3 };

/**
 * A chart of any indicator for the chosen countries (`?indicator=`), for one source edition and
 * breakdown at a time (`?breakdown=`), so that editions and breakdowns are never mixed in a line.
 */
export function ExtraIndicatorChart(props: {
  codes: readonly string[];
  names: ReadonlyMap<string, string>;
  lang: Lang;
}): ReactNode {
  const { t } = useTranslation('compare');
  const id = useId();
  const { lang } = props;
  const [indicator] = useUrlParam('indicator');
  const [wanted] = useUrlParam('breakdown');
  const update = useUrlUpdate();
  const code = indicator ?? DEFAULT_INDICATOR;
  const list = useApi<Paged<IndicatorSummary>>('indicators', { lang, limit: 1000 });
  const obs = useApi<Paged<Observation>>('observations', {
    indicator: code,
    country: props.codes,
    lang,
    limit: 1000,
  });
  // Any indicator with numeric data, national platforms' too (one country each, but comparable in time).
  const indicators =
    list.state === 'ready'
      ? list.data.items.filter((i) => i.unit !== 'category' && i.editions.length > 0)
      : [];
  const current = indicators.find((i) => i.code === code);
  return (
    <>
      <div className="controls">
        <IndicatorPicker
          indicators={indicators}
          value={code}
          // A breakdown belongs to one indicator: a new indicator starts from its default.
          onChange={(next) => update({ indicator: next, breakdown: null })}
          label={t('extra.indicator')}
          lang={lang}
          searchable
        />
        {obs.state === 'ready' && (
          <BreakdownSelect
            id={`${id}-breakdown`}
            all={breakdowns(obs.data.items)}
            wanted={wanted}
            onChange={(key) => update({ breakdown: key })}
          />
        )}
      </div>
      {list.state === 'error' && <Status data={list}>{() => null}</Status>}
      <Status
        data={obs}
        isEmpty={(d) => breakdowns(d.items).length === 0}
        empty={t('extra.empty', { indicator: current?.name ?? code })}
      >
        {(d) => {
          const b = pickBreakdown(breakdowns(d.items), wanted)!;
          const points = d.items
            .filter((o) => breakdownKey(o) === b.key)
            .map((o) => ({ area: o.area, year: o.year, value: o.value, edition: o.edition }));
          return (
            <>
              <CountryLinesChart
                title={t('extra.chartTitle', { indicator: current?.name ?? code, breakdown: describe(b, t) })}
                yLabel={t(`unit.${current?.unit ?? 'value'}`, { defaultValue: current?.unit ?? '' })}
                codes={props.codes}
                names={props.names}
                points={points}
                digits={DIGITS[current?.unit ?? ''] ?? 1}
                lang={lang}
              />
              {d.total > d.items.length && (
                <p className="note">{t('extra.truncated', { shown: d.items.length, total: d.total })}</p>
              )}
            </>
          );
        }}
      </Status>
    </>
  );
}

/** "HDR25 · Women" for a breakdown: its edition and dims (sex translated, other dims as given). */
function describe(b: Breakdown, t: (key: string, opts?: Record<string, unknown>) => string): string {
  const dims = b.dims
    ? b.dims
        .split(',')
        .map((kv) =>
          kv === 'sex=F' ? t('extra.sexF') : kv === 'sex=M' ? t('extra.sexM') : kv.replace('=', ': '),
        )
        .join(', ')
    : t('extra.total');
  return `${b.edition} · ${dims}`;
}

function BreakdownSelect(props: {
  id: string;
  all: Breakdown[];
  wanted: string | null;
  onChange: (key: string) => void;
}): ReactNode {
  const { t } = useTranslation('compare');
  if (props.all.length < 2) return null;
  const chosen = pickBreakdown(props.all, props.wanted);
  return (
    <label htmlFor={props.id}>
      {t('extra.breakdown')}
      <select id={props.id} value={chosen?.key ?? ''} onChange={(e) => props.onChange(e.target.value)}>
        {props.all.map((b) => (
          <option key={b.key} value={b.key}>
            {describe(b, t)} ({b.dataset})
          </option>
        ))}
      </select>
    </label>
  );
}
