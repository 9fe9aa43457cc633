import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFixed } from '../../components/format-fixed.ts';
import type { Lang } from '../../i18n/i18n.ts';
import type { Dated } from './compare-types.ts';
import { ScrollBox } from '../../components/ScrollBox.tsx';

export interface CompareRow {
  readonly key: string;
  readonly label: string;
  readonly note: string;
  readonly digits: number;
  readonly latest: ReadonlyMap<string, Dated>;
}

/** Countries side by side (one column each): the latest value of each index and indicator, with year and edition. */
export function CompareTable(props: {
  codes: readonly string[];
  names: ReadonlyMap<string, string>;
  rows: readonly CompareRow[];
  lang: Lang;
}): ReactNode {
  const { t } = useTranslation('compare');
  return (
    <ScrollBox label={t('table.title')}>
      <table className="compare-table">
        <caption>{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.indicator')}</th>
            {props.codes.map((c) => (
              <th scope="col" className="num" key={c}>
                {props.names.get(c) ?? c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                {row.label}
                <br />
                <span className="note">{row.note}</span>
              </th>
              {props.codes.map((c) => {
                const v = row.latest.get(c);
                return (
                  <td className="num" key={c}>
                    {v ? (
                      <>
                        <span className="cell-value">{formatFixed(props.lang, v.value, row.digits)}</span>
                        <br />
                        <span className="note">
                          {t('table.yearEdition', { year: v.year, edition: v.edition })}
                        </span>
                      </>
                    ) : (
                      <span className="muted">{t('table.noValue')}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
