import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatValue } from '../../components/format-value.ts';
import type { Lang } from '../../i18n/i18n.ts';
import type { TargetUsed } from './progress-types.ts';

/** The target a series was assessed against: value and year, and its kind (SDG, national, parity). */
export function TargetText(props: {
  readonly target: TargetUsed | null;
  readonly unit: string;
  readonly lang: Lang;
}): ReactNode {
  const { t } = useTranslation('progress');
  const target = props.target;
  if (!target) return <span className="muted">{t('target.none')}</span>;
  return (
    <span className="target-text">
      <span className="cell-value">{formatValue(props.lang, target.value, props.unit)}</span>{' '}
      {target.yearAssumed
        ? t('target.byAssumed', { year: target.year })
        : t('target.by', { year: target.year })}
      <br />
      <span className={`badge target-${target.kind}`}>{t(`target.kind.${target.kind}`)}</span>
    </span>
  );
}

/** The target a detail is about, with where it comes from (in English, as the targets data gives it). */
export function TargetSource(props: {
  readonly target: TargetUsed | null;
  readonly unit: string;
  readonly lang: Lang;
}): ReactNode {
  const { t } = useTranslation('progress');
  const target = props.target;
  return (
    <p className="note target-source">
      {target ? (
        <>
          {t('detail.targetUsed', {
            value: formatValue(props.lang, target.value, props.unit),
            year: target.year,
            kind: t(`target.kind.${target.kind}`),
          })}{' '}
          <span lang="en">{target.source}</span>
        </>
      ) : (
        t('detail.noTarget')
      )}
    </p>
  );
}
