import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDetail } from '../../components/api-types.ts';
import type { Lang } from '../../i18n/i18n.ts';

/**
 * What the indicator is: definition, unit, direction, publisher, concept note (how it differs
 * from other series of the same concept), the BPfA critical areas and SDG targets it maps to.
 */
export function IndicatorInfo(props: {
  readonly indicator: IndicatorDetail;
  readonly lang: Lang;
}): ReactNode {
  const { t } = useTranslation('explore');
  const ind = props.indicator;
  return (
    <aside className="card indicator-info" aria-labelledby="indicator-info-heading">
      <h2 id="indicator-info-heading">{t('info.heading')}</h2>
      <p className="indicator-name">
        <strong>{ind.name}</strong> <code>{ind.code}</code>
      </p>
      <p>{ind.definition}</p>
      <dl className="facts">
        <dt>{t('info.unit')}</dt>
        <dd>{t(`units.${ind.unit}`, { defaultValue: ind.unit })}</dd>
        <dt>{t('info.direction')}</dt>
        <dd>{t(`directions.${ind.direction}`, { defaultValue: ind.direction })}</dd>
        <dt>{t('info.publisher')}</dt>
        <dd>{ind.publisher}</dd>
        {ind.concept && (
          <>
            <dt>{t('info.concept')}</dt>
            <dd>
              <code>{ind.concept}</code>
              {ind.conceptNote && <p className="note">{ind.conceptNote}</p>}
            </dd>
          </>
        )}
        <dt>{t('info.bpfa')}</dt>
        <dd>
          {ind.bpfa.length ? (
            <ul className="plain">
              {ind.bpfa.map((letter) => (
                <li key={letter}>
                  <span className="badge">{letter}</span> {t(`bpfa.${letter}`, { defaultValue: letter })}
                </li>
              ))}
            </ul>
          ) : (
            t('info.none')
          )}
        </dd>
        <dt>{t('info.sdg')}</dt>
        <dd>{ind.sdgTargets.length ? ind.sdgTargets.join(', ') : t('info.none')}</dd>
      </dl>
      {ind.definition && props.lang !== 'en' && <p className="note">{t('info.englishOnly')}</p>}
    </aside>
  );
}
