import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Paged } from '../../components/api-types.ts';
import { useApi } from '../../api/use-api.ts';
import { formatValue } from '../../components/format-value.ts';
import { IndicatorPicker } from '../../components/IndicatorPicker.tsx';
import type { Lang } from '../../i18n/i18n.ts';
import { evidenceToken } from './evidence-token.ts';
import {
  latestIndex,
  latestObservation,
  type IndexRowLite,
  type LiveValue,
  type ObservationRow,
} from './live-value.ts';
import type { EvidenceKind, EvidenceSpec, IndexCode } from './review-types.ts';
import type { Names } from './use-names.ts';

const KINDS: readonly EvidenceKind[] = ['value', 'indicator-chart', 'index'];
const INDICES: readonly IndexCode[] = ['gii', 'gdi', 'hdi'];

/**
 * Builds an evidence block (a value, a chart of an indicator, or an index, for a country) and
 * inserts its token at the cursor. Beside it, the latest value in the data now: a draft shows live
 * values; when the report is submitted the server pins them.
 */
export function EvidenceInserter(props: {
  names: Names;
  lang: Lang;
  defaultArea: string;
  onInsert: (spec: EvidenceSpec) => void;
}): ReactNode {
  const { t } = useTranslation('review');
  const id = useId();
  const [kind, setKind] = useState<EvidenceKind>('value');
  const [area, setArea] = useState(props.defaultArea);
  const [indicator, setIndicator] = useState('hdr.gii');
  const [index, setIndex] = useState<IndexCode>('gii');
  const [source, setSource] = useState('');
  const [year, setYear] = useState('');
  const editions = props.names.indicators.get(kind === 'index' ? `hdr.${index}` : indicator)?.editions ?? [];
  const yearNumber = /^\d{4}$/.test(year) ? Number(year) : undefined;
  const spec: EvidenceSpec =
    kind === 'index'
      ? { kind, index, area, ...(source ? { edition: source } : {}) }
      : kind === 'value'
        ? {
            kind,
            area,
            indicator,
            ...(yearNumber ? { year: yearNumber } : {}),
            ...(source ? { source } : {}),
          }
        : { kind, area, indicator, ...(source ? { source } : {}) };
  const unit = props.names.indicators.get(kind === 'index' ? `hdr.${index}` : indicator)?.unit ?? 'index';

  return (
    <fieldset className="evidence-inserter">
      <legend>{t('evidence.inserter')}</legend>
      <div className="controls">
        <label>
          {t('evidence.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as EvidenceKind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`evidence.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('evidence.area')}
          <select value={area} onChange={(e) => setArea(e.target.value)}>
            {!props.names.countries.has(area) && <option value={area}>{area}</option>}
            {props.names.countryList.map((c) => (
              <option key={c.iso3} value={c.iso3}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        {kind === 'index' ? (
          <label>
            {t('evidence.index')}
            <select value={index} onChange={(e) => setIndex(e.target.value as IndexCode)}>
              {INDICES.map((i) => (
                <option key={i} value={i}>
                  {i.toUpperCase()}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <IndicatorPicker
            indicators={props.names.indicatorList}
            value={indicator}
            onChange={(code) => {
              setIndicator(code);
              setSource('');
            }}
            label={t('evidence.indicator')}
            lang={props.lang}
          />
        )}
        <label>
          {kind === 'index' ? t('evidence.edition') : t('evidence.source')}
          <select value={source} onChange={(e) => setSource(e.target.value)}>
            <option value="">{t('evidence.latestEdition')}</option>
            {editions.map((ed) => (
              <option key={`${ed.dataset}|${ed.edition}`} value={ed.edition}>
                {ed.edition} ({ed.firstYear}–{ed.lastYear})
              </option>
            ))}
          </select>
        </label>
        {kind === 'value' && (
          <label>
            {t('evidence.year')}
            <input
              type="text"
              inputMode="numeric"
              size={6}
              value={year}
              placeholder={t('evidence.latestYear')}
              onChange={(e) => setYear(e.target.value.trim())}
              aria-describedby={`${id}-year-help`}
            />
          </label>
        )}
      </div>
      {kind === 'value' && (
        <p id={`${id}-year-help`} className="note">
          {t('evidence.yearHelp')}
        </p>
      )}
      <LivePreview spec={spec} unit={unit} lang={props.lang} />
      <p className="note">
        <code>{evidenceToken(spec)}</code>
      </p>
      <button type="button" onClick={() => props.onInsert(spec)}>
        {t('evidence.insert')}
      </button>
    </fieldset>
  );
}

/** The latest value of the block now, from the public reads. */
function LivePreview(props: { spec: EvidenceSpec; unit: string; lang: Lang }): ReactNode {
  const { t } = useTranslation('review');
  const { spec } = props;
  const series = useApi<Paged<ObservationRow>>(spec.kind === 'index' ? null : 'observations', {
    indicator: spec.kind === 'index' ? undefined : spec.indicator,
    country: spec.area,
    limit: 1000,
  });
  const index = useApi<Paged<IndexRowLite>>(spec.kind === 'index' ? `indices/${spec.index}` : null, {
    country: spec.area,
    limit: 1000,
  });
  let live: LiveValue | null | undefined;
  if (spec.kind === 'index')
    live = index.state === 'ready' ? latestIndex(index.data.items, spec.edition) : undefined;
  else
    live =
      series.state === 'ready'
        ? latestObservation(series.data.items, {
            ...(spec.source ? { source: spec.source } : {}),
            ...(spec.kind === 'value' && spec.year ? { year: spec.year } : {}),
          })
        : undefined;
  const failed = (spec.kind === 'index' ? index : series).state === 'error';
  return (
    <p className="live-value" role="status" aria-live="polite">
      {failed || live === null
        ? t('evidence.noValue')
        : live === undefined
          ? t('common:loading')
          : spec.kind === 'indicator-chart'
            ? t('evidence.liveSeries', {
                count: live.points,
                from: live.firstYear,
                to: live.year,
                last: formatValue(props.lang, live.value, props.unit),
                edition: live.edition,
              })
            : t('evidence.liveValue', {
                value: formatValue(props.lang, live.value, props.unit),
                year: live.year,
                edition: live.edition,
              })}
    </p>
  );
}
