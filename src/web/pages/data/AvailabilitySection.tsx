import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUrlParam } from '../../app/url-state.ts';
import { RegionSetSelect } from '../../components/RegionSetSelect.tsx';
import { Status } from '../../components/Status.tsx';
import { useStaleApi } from '../../components/use-stale-api.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { AvailabilityMatrix } from './AvailabilityMatrix.tsx';
import type { Availability } from './data-types.ts';

/** Catalogue code prefixes, one per publisher family, for narrowing the matrix's columns. */
export const FAMILIES = ['hdr', 'wdi', 'unsd', 'sdg'] as const;

/**
 * The availability matrix (member × indicator → latest year) for a region set (`?regionSet=`,
 * default UNECE), its columns narrowed to one publisher family (`?family=`) if wished.
 */
export function AvailabilitySection(props: { readonly lang: Lang }): ReactNode {
  const { t } = useTranslation('data');
  const [regionSetParam, setRegionSet] = useUrlParam('regionSet');
  const [familyParam, setFamily] = useUrlParam('family');
  const regionSet = regionSetParam ?? 'unece';
  const family = FAMILIES.find((f) => f === familyParam) ?? '';
  const matrix = useStaleApi<Availability>('availability', { regionSet, lang: props.lang });
  return (
    <section aria-labelledby="availability">
      <h2 id="availability" tabIndex={-1}>
        {t('availability.heading')}
      </h2>
      <p>{t('availability.intro')}</p>
      <form className="controls" aria-label={t('availability.controls')} onSubmit={(e) => e.preventDefault()}>
        <RegionSetSelect
          label={t('availability.regionSet')}
          value={regionSet}
          lang={props.lang}
          onChange={(code) => setRegionSet(code === 'unece' ? null : code)}
        />
        <label>
          <span>{t('availability.family')}</span>
          <select value={family} onChange={(e) => setFamily(e.target.value || null)}>
            <option value="">{t('availability.allFamilies')}</option>
            {FAMILIES.map((f) => (
              <option key={f} value={f}>
                {t(`availability.families.${f}`)}
              </option>
            ))}
          </select>
        </label>
      </form>
      {matrix.updating && (
        <p className="status updating" role="status">
          {t('updating')}
        </p>
      )}
      {matrix.data ? (
        <AvailabilityMatrix data={matrix.data} family={family} lang={props.lang} />
      ) : (
        <Status data={matrix.current}>{() => null}</Status>
      )}
    </section>
  );
}
