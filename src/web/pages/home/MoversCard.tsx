import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { withLang } from '../../app/url-state.ts';
import type { IndicatorDetail } from '../../components/api-types.ts';
import { formatChange, formatValue } from '../../components/format-value.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { splitMovers } from './movers.ts';
import type { Mover, Overview } from './overview-types.ts';

/**
 * The biggest movers over the last ten years, direction-aware (for GII a fall is an improvement):
 * two lists, each entry with its values, years and change in words and numbers, not colour.
 */
export function MoversCard(props: {
  readonly lang: Lang;
  readonly indicator: IndicatorDetail;
  readonly overview: Overview;
}): ReactNode {
  const { t } = useTranslation('home');
  const { indicator } = props;
  const split = splitMovers(props.overview.movers, indicator.direction, indicator.unit);
  const [upTitle, downTitle] = split.judged
    ? [t('movers.improved'), t('movers.declined')]
    : [t('movers.rose'), t('movers.fell')];
  return (
    <section className="card" aria-labelledby="movers-heading">
      <h2 id="movers-heading">{t('movers.heading')}</h2>
      <p className="note">{t('movers.note')}</p>
      <h3>{upTitle}</h3>
      <MoverList movers={split.up} lang={props.lang} unit={indicator.unit} empty={t('movers.noneUp')} />
      <h3>{downTitle}</h3>
      <MoverList movers={split.down} lang={props.lang} unit={indicator.unit} empty={t('movers.noneDown')} />
    </section>
  );
}

function MoverList(props: {
  readonly movers: readonly Mover[];
  readonly lang: Lang;
  readonly unit: string;
  readonly empty: string;
}): ReactNode {
  const { t } = useTranslation('home');
  const { lang, unit } = props;
  if (!props.movers.length) return <p className="muted">{props.empty}</p>;
  return (
    <ol className="movers">
      {props.movers.map((m) => (
        <li key={m.iso3}>
          <Link href={withLang(`/country/${m.iso3}`, lang)}>{m.name}</Link>{' '}
          <span className="mover-change">{formatChange(lang, m.to.value - m.from.value, unit)}</span>
          <br />
          <span className="note">
            {t('movers.fromTo', {
              from: formatValue(lang, m.from.value, unit),
              fromYear: m.from.year,
              to: formatValue(lang, m.to.value, unit),
              toYear: m.to.year,
            })}
          </span>
        </li>
      ))}
    </ol>
  );
}
