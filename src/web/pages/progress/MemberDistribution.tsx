import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatValue } from '../../components/format-value.ts';
import type { Lang } from '../../i18n/i18n.ts';
import type { MemberCounts } from './progress-types.ts';
import { countCategoryView, orderedCounts } from './progress-verdicts.ts';

const METHODS = ['growthRatio', 'sdsn', 'escapApi'] as const;
const METHOD_KEY: Readonly<Record<(typeof METHODS)[number], string>> = {
  growthRatio: 'method.growth-ratio',
  sdsn: 'method.sdsnTrend',
  escapApi: 'method.escap-api',
};

/**
 * How many member countries each method puts in each category, each member assessed against its
 * own most specific target: a stacked bar per method (symbols in the segments; the bar is drawn for
 * sighted readers, the table beside it says the same) and the counts in a table.
 */
export function MemberDistribution(props: {
  readonly counts: MemberCounts;
  readonly members: number;
  readonly lang: Lang;
}): ReactNode {
  const { t } = useTranslation('progress');
  return (
    <div className="member-distribution">
      <p>{t('region.withData', { n: props.counts.withData, members: props.members })}</p>
      <div className="grid distribution-grid">
        {METHODS.map((m) => {
          const list = orderedCounts(m, props.counts[m]);
          const title = t(METHOD_KEY[m]);
          return (
            <figure key={m} className="distribution">
              <figcaption>
                <strong>{title}</strong>
              </figcaption>
              <div className="stacked-bar" aria-hidden="true">
                {list.map((c) => {
                  const view = countCategoryView(m, c.category);
                  return (
                    <span
                      key={c.category}
                      className={`segment tone-${view.tone}`}
                      style={{ width: `${c.share * 100}%` }}
                      title={`${t(`verdict.${view.key}`)}: ${c.count}`}
                    >
                      {c.share >= 0.06 ? view.symbol : ''}
                    </span>
                  );
                })}
              </div>
              <table className="distribution-table">
                <caption className="visually-hidden">{title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('region.category')}</th>
                    <th scope="col" className="num">
                      {t('region.countries')}
                    </th>
                    <th scope="col" className="num">
                      {t('region.share')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((c) => {
                    const view = countCategoryView(m, c.category);
                    return (
                      <tr key={c.category}>
                        <th scope="row">
                          <span className={`verdict tone-${view.tone}`}>
                            <span className="verdict-symbol" aria-hidden="true">
                              {view.symbol}
                            </span>{' '}
                            {t(`verdict.${view.key}`)}
                          </span>
                        </th>
                        <td className="num">{c.count}</td>
                        <td className="num">{formatValue(props.lang, c.share * 100, 'percent')}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </figure>
          );
        })}
      </div>
    </div>
  );
}
