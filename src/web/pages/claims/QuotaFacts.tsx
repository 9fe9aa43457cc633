import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatValue } from '../../components/format-value.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { listText, type Translate } from './claim-words.ts';
import type { QuotaFact } from './claims-types.ts';

/**
 * A quota Parity holds, as the claim was compared with it: threshold, groups, body, what it applies
 * to, kind, date, and its source with the source's kind said in words; a quota whose only source
 * is the statement being checked says so plainly, since it cannot confirm that statement.
 */
export function QuotaFacts(props: { quota: QuotaFact; lang: Lang }): ReactNode {
  const { t: tr } = useTranslation('claims');
  const t = tr as Translate;
  const { quota: q, lang } = props;
  return (
    <div className="quota-facts">
      <h4>{t('quota.title')}</h4>
      <p className={`source-kind source-kind-${q.sourceKind}`}>
        <strong>{t(`quota.sourceKind.${q.sourceKind}`)}</strong>
        {q.sourceKind === 'statement' && <> {t('quota.statementWarning')}</>}
      </p>
      <dl className="facts">
        <dt>{t('quota.threshold')}</dt>
        <dd>{formatValue(lang, q.threshold, 'percent')}</dd>
        <dt>{t('quota.groups')}</dt>
        <dd>
          {listText(
            lang,
            q.groups.map((g) => t(`quota.group.${g}`)),
          )}
        </dd>
        <dt>{t('quota.body')}</dt>
        <dd>{t(`quota.bodyName.${q.body}`)}</dd>
        <dt>{t('quota.appliesTo')}</dt>
        <dd>{t(`quota.appliesToName.${q.appliesTo}`)}</dd>
        <dt>{t('quota.kind')}</dt>
        <dd>{t(`quota.kindName.${q.kind}`)}</dd>
        <dt>{t('quota.adopted')}</dt>
        <dd>{q.adopted ?? t('quota.adoptedUnknown')}</dd>
        <dt>{t('quota.source')}</dt>
        <dd lang="en">{q.sourceUrl ? <a href={q.sourceUrl}>{q.source}</a> : q.source}</dd>
      </dl>
      {q.note && (
        <details>
          <summary>{t('quota.note')}</summary>
          <p lang="en">{q.note}</p>
        </details>
      )}
    </div>
  );
}
