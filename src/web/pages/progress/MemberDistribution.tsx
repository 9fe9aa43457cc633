import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { formatValue } from '../../components/format-value.ts';
import type { Lang } from '../../i18n/i18n.ts';
import type { MemberCounts, MemberResult } from './progress-types.ts';
import { countCategoryView } from './progress-verdicts.ts';
import { memberProgressPath, membersByCategory, type CountedMethod } from './region-data.ts';

const METHODS: readonly CountedMethod[] = ['growthRatio', 'sdsn', 'escapApi'];
const METHOD_KEY: Readonly<Record<CountedMethod, string>> = {
  growthRatio: 'method.growth-ratio',
  sdsn: 'method.sdsnTrend',
  escapApi: 'method.escap-api',
};

/**
 * The member countries by category of each method, each member assessed against its own most
 * specific target: a stacked bar per method (symbols in the segments; the bar is drawn for sighted
 * readers, the table beside it says the same) and a table of the counts, where each category opens
 * onto its members, each linking to its own progress page.
 */
export function MemberDistribution(props: {
  readonly members: MemberCounts;
  /** How many members the set has. */
  readonly setSize: number;
  readonly unit: string;
  readonly lang: Lang;
}): ReactNode {
  const { t } = useTranslation('progress');
  const search = useSearch();
  return (
    <div className="member-distribution">
      <p>{t('region.withData', { n: props.members.withData, members: props.setSize })}</p>
      <div className="grid distribution-grid">
        {METHODS.map((m) => {
          const list = membersByCategory(m, props.members, props.lang);
          const title = t(METHOD_KEY[m]);
          return (
            <figure key={m} className="distribution" data-method={m}>
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
                      <tr key={c.category} data-category={c.category}>
                        <th scope="row">
                          <details className="category-members">
                            <summary>
                              <span className={`verdict tone-${view.tone}`}>
                                <span className="verdict-symbol" aria-hidden="true">
                                  {view.symbol}
                                </span>{' '}
                                {t(`verdict.${view.key}`)}
                              </span>
                            </summary>
                            <MemberList
                              members={c.members}
                              search={search}
                              unit={props.unit}
                              lang={props.lang}
                            />
                          </details>
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

/** The members of one category, each with its latest value and a link to its progress page. */
function MemberList(props: {
  readonly members: readonly MemberResult[];
  readonly search: string;
  readonly unit: string;
  readonly lang: Lang;
}): ReactNode {
  return (
    <ul className="plain">
      {props.members.map((m) => (
        <li key={m.iso3}>
          <Link href={memberProgressPath(m.iso3, props.search, props.lang)}>{m.name}</Link>
          {m.latest && (
            <span className="muted">
              {' '}
              {formatValue(props.lang, m.latest.value, props.unit)} ({m.latest.year})
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
