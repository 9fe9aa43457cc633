import { YearTable } from '../../components/YearTable.tsx';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { categoryLines, type CategoryPoint } from '../../components/category-lines.ts';
import { formatFixed } from '../../components/format-fixed.ts';
import { PlotFigure } from '../../components/PlotFigure.tsx';
import type { Lang } from '../../i18n/i18n.ts';
import { editionDifference, finite } from './profile-data.ts';
import type { EditionSeries } from './profile-types.ts';

/** The GII series of each HDR edition on one chart, with the warning not to mix them. */
export function EditionsChart(props: {
  editions: readonly EditionSeries[];
  /** The edition the rest of the page shows: drawn first and solid. */
  current: string | undefined;
  name: string;
  lang: Lang;
}): ReactNode {
  const { t } = useTranslation('country');
  const { lang, name } = props;
  const editions = props.editions
    .filter((e) => e.gii.some((p) => finite(p.value) !== null))
    .sort((a, b) => Number(b.edition === props.current) - Number(a.edition === props.current));
  if (editions.length === 0) return <p className="status">{t('editions.none', { name })}</p>;
  const categories = editions.map((e) => e.edition);
  const points: CategoryPoint[] = editions.flatMap((e) =>
    e.gii.flatMap((p) => {
      const value = finite(p.value);
      return value === null ? [] : [{ category: e.edition, year: p.year, value }];
    }),
  );
  const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
  const diff = editionDifference(editions);
  const example = diff
    ? t('editions.example', {
        year: diff.year,
        values: diff.values.map((v) => `${formatFixed(lang, v.value, 3)} (${v.edition})`).join(', '),
      })
    : '';
  return (
    <>
      <p className="note callout">
        {t('editions.warning')} {example}
      </p>
      <PlotFigure
        title={t('editions.chartTitle', { name })}
        summary={
          editions.length < 2
            ? t('editions.single', { edition: categories[0] })
            : t('editions.summary', { edition: categories[0] })
        }
        deps={[points, lang]}
        render={() =>
          categoryLines({
            points,
            categories,
            dashed: categories.slice(1),
            xLabel: t('axis.year'),
            yLabel: t('axis.gii'),
          })
        }
        tableLabel={t('table.show')}
        table={
          <YearTable
            label={t('editions.chartTitle', { name })}
            yearHeading={t('axis.year')}
            years={years}
            columns={categories.map((c) => ({ key: c, heading: c }))}
            cell={(c, y) => formatFixed(lang, points.find((p) => p.year === y && p.category === c)?.value, 3)}
          />
        }
      />
    </>
  );
}
