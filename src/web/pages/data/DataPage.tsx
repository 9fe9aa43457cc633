import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/App.tsx';
import { AvailabilitySection } from './AvailabilitySection.tsx';
import { ImportRunsSection } from './ImportRunsSection.tsx';
import { SourcesSection } from './SourcesSection.tsx';

/**
 * Data and sources (`/data`): where every value comes from (publisher, edition, licence, whether
 * it may be redistributed, citation, file hashes), the import history with rejected rows, and the
 * availability matrix (latest year per member and indicator). The page's choices live in the URL
 * (`?regionSet=`, `?runs=` offset, `?run=` id of the import run whose rejected rows are shown).
 */
export default function DataPage(): ReactNode {
  const lang = useLang();
  const { t } = useTranslation('data');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">{t('intro')}</p>
      <nav aria-label={t('toc.label')} className="toc">
        <ul>
          <li>
            <a href="#sources">{t('sources.heading')}</a>
          </li>
          <li>
            <a href="#imports">{t('imports.heading')}</a>
          </li>
          <li>
            <a href="#availability">{t('availability.heading')}</a>
          </li>
        </ul>
      </nav>
      <SourcesSection lang={lang} />
      <ImportRunsSection lang={lang} />
      <AvailabilitySection lang={lang} />
    </>
  );
}
