import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../i18n/i18n.ts';
import { EditionsChart } from './EditionsChart.tsx';
import { GiiComponentCharts } from './GiiComponentCharts.tsx';
import { GiiDecompositionView } from './GiiDecompositionView.tsx';
import { GiiTrendChart } from './GiiTrendChart.tsx';
import { GiiWhatIf } from './GiiWhatIf.tsx';
import { HeadlineIndices } from './HeadlineIndices.tsx';
import { missingParts } from './profile-data.ts';
import type { CountryProfile } from './profile-types.ts';
import { SourceComparisons } from './SourceComparisons.tsx';
import { SourcesList } from './SourcesList.tsx';

/** Every section of a loaded country profile, in reading order. */
export function CountryProfileView(props: {
  profile: CountryProfile;
  /** The edition asked for in the URL, if any (the newest otherwise). */
  requestedEdition: string | null;
  lang: Lang;
}): ReactNode {
  const { t } = useTranslation('country');
  const { profile, lang } = props;
  const name = profile.country.name;
  const missing = missingParts(profile);
  const edition =
    profile.edition ??
    profile.headline.find((h) => h.index === 'gii')?.edition ??
    profile.headline[0]?.edition ??
    props.requestedEdition ??
    profile.editions[0]?.edition;
  const editionText = edition ?? t('edition.newest');
  const hasGii = !missing.includes('giiSeries');
  return (
    <>
      {missing.length > 0 && (
        <div className="status missing-data" role="note">
          <p>
            <strong>{t('missing.title', { name })}</strong>
          </p>
          <ul>
            {missing.map((m) => (
              <li key={m}>{t(`missing.${m}`, { edition: editionText })}</li>
            ))}
          </ul>
        </div>
      )}
      <section aria-labelledby="headline-h">
        <h2 id="headline-h">{t('headline.title')}</h2>
        <HeadlineIndices headline={profile.headline} edition={editionText} lang={lang} />
      </section>
      <section aria-labelledby="gii-h">
        <h2 id="gii-h">{t('gii.title')}</h2>
        <p>{t('gii.intro')}</p>
        {hasGii ? (
          <>
            <GiiTrendChart series={profile.gii.series} name={name} lang={lang} edition={edition} />
            <h3>{t('components.title')}</h3>
            <p>{t('components.intro')}</p>
            <GiiComponentCharts series={profile.gii.series} lang={lang} />
            <h3>{t('decomposition.title')}</h3>
            <GiiDecompositionView
              iso3={profile.country.iso3}
              name={name}
              edition={edition}
              decomposition={profile.gii.decomposition ?? null}
              lang={lang}
            />
            <h3>{t('whatIf.title')}</h3>
            <GiiWhatIf
              iso3={profile.country.iso3}
              series={profile.gii.series}
              edition={edition}
              lang={lang}
            />
          </>
        ) : (
          <p className="status">{t('gii.none', { name, edition: editionText })}</p>
        )}
      </section>
      <section aria-labelledby="comparisons-h">
        <h2 id="comparisons-h">{t('comparisons.title')}</h2>
        <SourceComparisons comparisons={profile.comparisons} name={name} lang={lang} />
      </section>
      <section aria-labelledby="editions-h">
        <h2 id="editions-h">{t('editions.title')}</h2>
        <EditionsChart editions={profile.editions} current={edition} name={name} lang={lang} />
      </section>
      <section aria-labelledby="sources-h">
        <h2 id="sources-h">{t('sources.title')}</h2>
        <SourcesList sources={profile.sources} />
      </section>
    </>
  );
}
