import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFixed } from '../../components/format-fixed.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { finite, INDEX_NAMES } from './profile-data.ts';
import type { HeadlineIndex, Rank } from './profile-types.ts';

/** GII, GDI and HDI as cards: value, year, edition, ranks and group/category. */
export function HeadlineIndices(props: {
  headline: readonly HeadlineIndex[];
  /** The edition the page shows, named when an index has no value in it. */
  edition: string;
  lang: Lang;
}): ReactNode {
  return (
    <ul className="grid headline-cards">
      {INDEX_NAMES.map((index) => (
        <IndexCard
          key={index}
          index={index}
          item={props.headline.find((h) => h.index === index)}
          edition={props.edition}
          lang={props.lang}
        />
      ))}
    </ul>
  );
}

function IndexCard(props: {
  index: string;
  item: HeadlineIndex | undefined;
  edition: string;
  lang: Lang;
}): ReactNode {
  const { t } = useTranslation('country');
  const { item, lang, index } = props;
  const value = finite(item?.value);
  return (
    <li className="card">
      <h3>{t(`index.${index}.name`)}</h3>
      {value === null ? (
        <p className="muted">{t('headline.noValue', { edition: item?.edition ?? props.edition })}</p>
      ) : (
        <>
          <p className="kpi">{formatFixed(lang, value, 3)}</p>
          <p className="muted">
            {t('headline.yearEdition', { year: item?.year ?? '–', edition: item?.edition ?? '' })}
          </p>
          <RankLine label={t('headline.rankUnece')} rank={item?.rankUnece} />
          <RankLine label={t('headline.rankWorld')} rank={item?.rankWorld} />
          <GroupLine index={index} group={item?.group} />
        </>
      )}
      <p className="note">{t(`index.${index}.reading`)}</p>
    </li>
  );
}

function RankLine(props: { label: string; rank: Rank | null | undefined }): ReactNode {
  const { t } = useTranslation('country');
  if (!props.rank) return null;
  return (
    <p className="rank-line">
      {props.label}: <strong>{t('headline.rankOf', { rank: props.rank.rank, of: props.rank.of })}</strong>
    </p>
  );
}

const HDI_CATEGORY: Readonly<Record<string, string>> = {
  'very high': 'veryHigh',
  'very-high': 'veryHigh',
  veryhigh: 'veryHigh',
  high: 'high',
  medium: 'medium',
  low: 'low',
};

/** A GDI group (1–5) or an HDI category in the reader's language; nothing when the API gave none. */
function GroupLine(props: { index: string; group: HeadlineIndex['group'] }): ReactNode {
  const { t } = useTranslation('country');
  const { index } = props;
  const group = typeof props.group === 'object' && props.group !== null ? props.group.code : props.group;
  if (group === null || group === undefined || group === '') return null;
  const n = typeof group === 'number' ? group : Number(group);
  if (index === 'gdi' && Number.isInteger(n) && n >= 1 && n <= 5)
    return <p>{t('headline.gdiGroup', { group: n, label: t(`gdiGroup.${n}`) })}</p>;
  const category = HDI_CATEGORY[String(group).toLowerCase()];
  if (index === 'hdi' && category)
    return <p>{t('headline.hdiCategory', { label: t(`hdiCategory.${category}`) })}</p>;
  return <p>{t('headline.group', { group: String(group) })}</p>;
}
