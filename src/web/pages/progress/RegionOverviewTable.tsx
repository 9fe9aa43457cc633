import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatValue } from '../../components/format-value.ts';
import { ScrollBox } from '../../components/ScrollBox.tsx';
import type { Lang } from '../../i18n/i18n.ts';
import type { RegionProgress } from './progress-types.ts';
import { latestAggregate } from './region-data.ts';
import { TargetText } from './TargetText.tsx';
import { AgreementMarker, EscapVerdict, GrowthRatioVerdict, SdsnVerdict } from './Verdicts.tsx';
import { ProgressTableHead } from './ProgressTableHead.tsx';

/**
 * One row per indicator: its source, the latest regional mean with its coverage, the target and
 * each method's verdict on the regional mean; a button shows the indicator's detail below.
 */
export function RegionOverviewTable(props: {
  readonly progress: RegionProgress;
  readonly selected: string | undefined;
  readonly onSelect: (code: string) => void;
  readonly lang: Lang;
}): ReactNode {
  const { t } = useTranslation('progress');
  const { progress, lang } = props;
  const caption = t('region.tableCaption', {
    region: progress.regionSet.name,
    base: progress.baseYear,
    target: progress.targetYear,
  });
  return (
    <ScrollBox label={caption}>
      <table className="progress-table region-table">
        <caption>{caption}</caption>
        <ProgressTableHead latest={t('region.latestMean')} />
        <tbody>
          {progress.rows.map((row) => {
            const last = latestAggregate(row.aggregates);
            const selected = props.selected === row.indicator.code;
            return (
              <tr
                key={row.indicator.code}
                className={
                  [row.disagree ? 'row-disagree' : '', selected ? 'row-selected' : ''].join(' ').trim() ||
                  undefined
                }
                data-indicator={row.indicator.code}
              >
                <th scope="row">
                  {row.indicator.name}
                  <br />
                  <code className="muted">{row.indicator.code}</code>
                  <br />
                  <button
                    type="button"
                    className="secondary small detail-toggle"
                    aria-pressed={selected}
                    onClick={() => props.onSelect(row.indicator.code)}
                  >
                    {t('region.show')}
                    <span className="visually-hidden"> {row.indicator.name}</span>
                  </button>
                </th>
                <td>{row.series.source}</td>
                <td className="num">
                  {last ? (
                    <>
                      <span className="cell-value">{formatValue(lang, last.mean, row.indicator.unit)}</span>
                      <br />
                      <span className="note">
                        {t('region.latestCoverage', {
                          year: last.year,
                          n: last.n,
                          members: last.members,
                          share: formatValue(lang, last.coverage * 100, 'percent'),
                        })}
                      </span>
                    </>
                  ) : (
                    <span className="muted">{t('region.belowRule')}</span>
                  )}
                </td>
                <td>
                  <TargetText target={row.target} unit={row.indicator.unit} lang={lang} />
                </td>
                <td>
                  <GrowthRatioVerdict result={row.assessment.growthRatio} />
                </td>
                <td>
                  <SdsnVerdict result={row.assessment.sdsn} lang={lang} />
                </td>
                <td>
                  <EscapVerdict csi={row.assessment.escapCsi} api={row.assessment.escapApi} lang={lang} />
                </td>
                <td>
                  <AgreementMarker assessment={row.assessment} disagree={row.disagree} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollBox>
  );
}
