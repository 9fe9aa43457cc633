import * as Plot from '@observablehq/plot';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, type Loadable } from '../../api/use-api.ts';
import { fittedWidth } from '../../components/category-lines.ts';
import { formatFixed } from '../../components/format-fixed.ts';
import { OKABE_ITO } from '../../components/okabe-ito.ts';
import { PlotFigure } from '../../components/PlotFigure.tsx';
import { Status } from '../../components/Status.tsx';
import { formatNumber } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { decompositionRows, type DecompositionRow } from './profile-data.ts';
import type { GiiDecomposition } from './profile-types.ts';
import { ScrollBox } from '../../components/ScrollBox.tsx';

const DIMENSIONS = ['reproductiveHealth', 'empowerment', 'labourMarket'] as const;

/**
 * Which GII indicators and dimensions make up the GII (Shapley contributions), as a bar chart and a
 * table. Uses the profile's decomposition, or asks `GET /api/indices/gii/decomposition` when the
 * profile came without one.
 */
export function GiiDecompositionView(props: {
  iso3: string;
  name: string;
  edition: string | undefined;
  decomposition: GiiDecomposition | null;
  lang: Lang;
}): ReactNode {
  const { t } = useTranslation('country');
  const given = props.decomposition?.byIndicator ? props.decomposition : null;
  const fetched = useApi<GiiDecomposition>(given ? null : 'indices/gii/decomposition', {
    country: props.iso3,
    edition: props.edition,
  });
  const data: Loadable<GiiDecomposition> = given ? { state: 'ready', data: given } : fetched;
  return (
    <>
      <p>{t('decomposition.explain')}</p>
      <Status data={data}>{(d) => <DecompositionFigure d={d} name={props.name} lang={props.lang} />}</Status>
    </>
  );
}

function DecompositionFigure(props: { d: GiiDecomposition; name: string; lang: Lang }): ReactNode {
  const { t } = useTranslation('country');
  const { d, lang, name } = props;
  const rows = decompositionRows(d);
  const label = (r: DecompositionRow): string => t(`decomposition.indicator.${r.indicator}`);
  const dim = (key: string): string => t(`decomposition.dimension.${key}`);
  const largest = [...rows].sort((a, b) => b.contribution - a.contribution)[0];
  const summary = largest
    ? t('decomposition.summary', {
        name,
        year: d.year,
        edition: d.edition,
        gii: formatFixed(lang, d.gii, 3),
        largest: label(largest),
        share: formatNumber(lang, largest.share, 0),
      })
    : '';
  const data = rows.map((r) => ({ ...r, label: label(r), dim: dim(r.dimension) }));
  return (
    <>
      <PlotFigure
        title={t('decomposition.chartTitle', { name, year: d.year, edition: d.edition })}
        summary={summary}
        deps={[d, lang]}
        render={() =>
          Plot.plot({
            width: fittedWidth(900),
            height: 250,
            marginBottom: 48,
            marginLeft: fittedWidth(900) < 600 ? 170 : 230,
            marginRight: 60,
            style: { fontSize: '13px' },
            x: { label: t('decomposition.axis'), grid: true, labelArrow: 'none', labelOffset: 40 },
            y: { label: null, domain: data.map((r) => r.label) },
            color: {
              legend: true,
              domain: DIMENSIONS.map(dim),
              range: OKABE_ITO.slice(0, 3),
            },
            marks: [
              Plot.barX(data, { y: 'label', x: 'contribution', fill: 'dim' }),
              Plot.ruleX([0]),
              Plot.text(data, {
                y: 'label',
                x: 'contribution',
                text: (r: DecompositionRow) => formatFixed(lang, r.contribution, 3),
                textAnchor: 'start',
                dx: 6,
              }),
            ],
          })
        }
        tableLabel={t('table.show')}
        table={<DecompositionTable d={d} rows={rows} lang={lang} />}
      />
      <p className="note">
        {t('decomposition.method')}: {t('decomposition.methodText')}
      </p>
    </>
  );
}

function DecompositionTable(props: { d: GiiDecomposition; rows: DecompositionRow[]; lang: Lang }): ReactNode {
  const { t } = useTranslation('country');
  const { rows, lang } = props;
  return (
    <ScrollBox label={t('decomposition.title')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('decomposition.col.indicator')}</th>
            <th scope="col">{t('decomposition.col.dimension')}</th>
            <th scope="col" className="num">
              {t('decomposition.col.contribution')}
            </th>
            <th scope="col" className="num">
              {t('decomposition.col.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.indicator}>
              <th scope="row">{t(`decomposition.indicator.${r.indicator}`)}</th>
              <td>{t(`decomposition.dimension.${r.dimension}`)}</td>
              <td className="num">{formatFixed(lang, r.contribution, 3)}</td>
              <td className="num">{formatNumber(lang, r.share, 1)}</td>
            </tr>
          ))}
        </tbody>
        <tbody>
          {DIMENSIONS.map((key) => {
            const sum = rows.filter((r) => r.dimension === key).reduce((a, r) => a + r.contribution, 0);
            const share = rows.filter((r) => r.dimension === key).reduce((a, r) => a + (r.share ?? 0), 0);
            return (
              <tr key={key}>
                <th scope="row">{t('decomposition.dimensionTotal')}</th>
                <td>{t(`decomposition.dimension.${key}`)}</td>
                <td className="num">{formatFixed(lang, sum, 3)}</td>
                <td className="num">{formatNumber(lang, share, 1)}</td>
              </tr>
            );
          })}
          <tr>
            <th scope="row">{t('decomposition.total')}</th>
            <td />
            <td className="num">{formatFixed(lang, props.d.gii, 3)}</td>
            <td className="num">{formatNumber(lang, 100, 0)}</td>
          </tr>
        </tbody>
      </table>
    </ScrollBox>
  );
}
