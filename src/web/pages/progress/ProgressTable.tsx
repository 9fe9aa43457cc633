import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatValue } from '../../components/format-value.ts';
import { ScrollBox } from '../../components/ScrollBox.tsx';
import type { Lang } from '../../i18n/i18n.ts';
import { groupByConcept, latest, rowKey } from './progress-data.ts';
import type { CountryProgress, ProgressRow } from './progress-types.ts';
import { SeriesDetail } from './SeriesDetail.tsx';
import { ProgressTableHead } from './ProgressTableHead.tsx';
import { TargetText } from './TargetText.tsx';
import {
  AgreementMarker,
  EscapVerdict,
  GrowthRatioVerdict,
  SdsnVerdict,
  TimeToTargetText,
} from './Verdicts.tsx';

const COLUMNS = 9;

/**
 * Every series of every progress indicator with each method's verdict side by side, grouped by
 * concept; a row opens its detail (chart, table and the inputs each method used) below it. The
 * open row is kept in the URL (`?open=`), so a shared link opens it too.
 */
export function ProgressTable(props: {
  readonly progress: CountryProgress;
  readonly open: string | null;
  readonly onOpen: (key: string | null) => void;
  readonly lang: Lang;
}): ReactNode {
  const { t } = useTranslation('progress');
  const { progress, lang } = props;
  const caption = t('table.caption', {
    name: progress.area.name,
    base: progress.baseYear,
    target: progress.targetYear,
  });
  return (
    <ScrollBox label={caption}>
      <table className="progress-table">
        <caption>{caption}</caption>
        <ProgressTableHead latest={t('table.latest')} timeToTarget />
        {groupByConcept(progress.rows).map((g) => (
          <tbody key={g.concept} className="concept-group">
            {g.rows.map((row) => {
              const key = rowKey(row);
              const isOpen = props.open === key;
              return (
                <Fragment key={key}>
                  <Row
                    row={row}
                    rowId={key}
                    open={isOpen}
                    onToggle={() => props.onOpen(isOpen ? null : key)}
                    lang={lang}
                  />
                  {isOpen && (
                    <tr className="detail-row">
                      <td colSpan={COLUMNS} id={detailId(key)}>
                        <SeriesDetail row={row} progress={progress} lang={lang} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        ))}
      </table>
    </ScrollBox>
  );
}

/** An id for the detail cell that is valid in HTML whatever the key holds. */
export function detailId(key: string): string {
  return `detail-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

function Row(props: {
  readonly row: ProgressRow;
  readonly rowId: string;
  readonly open: boolean;
  readonly onToggle: () => void;
  readonly lang: Lang;
}): ReactNode {
  const { t } = useTranslation('progress');
  const { row, lang } = props;
  const a = row.assessment;
  const last = latest(row.points);
  return (
    <tr className={row.disagree ? 'row-disagree' : undefined} data-indicator={row.indicator.code}>
      <th scope="row">
        {row.indicator.name}
        <br />
        <code className="muted">{row.indicator.code}</code>
        {row.series.breakdown === 'female-to-male-ratio' && (
          <span className="note"> · {t('table.derivedRatio')}</span>
        )}
        <br />
        <button
          type="button"
          className="secondary small detail-toggle"
          aria-expanded={props.open}
          aria-controls={props.open ? detailId(props.rowId) : undefined}
          onClick={props.onToggle}
        >
          <span aria-hidden="true">{props.open ? '▾' : '▸'} </span>
          {props.open ? t('table.hide') : t('table.show')}
          <span className="visually-hidden">
            {' '}
            {row.indicator.name}, {row.series.source}
          </span>
        </button>
      </th>
      <td>
        {row.series.source}
        <br />
        <span className={`badge source-${row.series.kind}`}>{t(`table.kind.${row.series.kind}`)}</span>
        {Object.keys(row.series.dims).length > 0 && (
          <span className="note">
            {' '}
            {Object.entries(row.series.dims)
              .map(([k, v]) => `${k}=${v}`)
              .join(', ')}
          </span>
        )}
      </td>
      <td className="num">
        {last ? (
          <>
            <span className="cell-value">{formatValue(lang, last.value, row.indicator.unit)}</span>
            <br />
            <span className="note">{last.year}</span>
          </>
        ) : (
          '–'
        )}
      </td>
      <td>
        <TargetText target={row.target} unit={row.indicator.unit} lang={lang} />
      </td>
      <td>
        <GrowthRatioVerdict result={a.growthRatio} />
      </td>
      <td>
        <SdsnVerdict result={a.sdsn} lang={lang} />
      </td>
      <td>
        <EscapVerdict csi={a.escapCsi} api={a.escapApi} lang={lang} />
      </td>
      <td>
        <TimeToTargetText result={a.trend.timeToTarget} lang={lang} />
      </td>
      <td>
        <AgreementMarker assessment={a} disagree={row.disagree} />
      </td>
    </tr>
  );
}
