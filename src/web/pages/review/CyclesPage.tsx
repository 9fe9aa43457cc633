import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useLang } from '../../app/App.tsx';
import { withLang } from '../../app/url-state.ts';
import { Status } from '../../components/Status.tsx';
import { formatDate } from '../../i18n/format.ts';
import { hasRole } from '../../session/memberships.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { useSessionApi } from '../../session/use-session-api.ts';
import { CycleForm } from './CycleForm.tsx';
import type { CycleList } from './review-types.ts';

/**
 * `/cycles`: every review cycle (cycles are public: their dates and region set are what countries
 * report to); for administrators, a form to create one.
 */
export default function CyclesPage(): ReactNode {
  const { t } = useTranslation('review');
  const lang = useLang();
  const session = useSession();
  const [cycles] = useSessionApi<CycleList>('cycles', { lang });
  useEffect(() => {
    document.title = `${t('cycles.title')} · Parity`;
  }, [t]);
  return (
    <article className="review-page">
      <h1>{t('cycles.title')}</h1>
      <p className="lede">{t('cycles.intro')}</p>
      {hasRole(session.actor, 'administrator') && <CycleForm lang={lang} />}
      <Status data={cycles} isEmpty={(d) => d.items.length === 0} empty={t('cycles.none')}>
        {(d) => (
          <ul className="cycle-list">
            {d.items.map((c) => (
              <li key={c.code} className="card">
                <h2>
                  <Link href={withLang(`/cycles/${c.code}`, lang)}>{c.title}</Link>
                </h2>
                <p>
                  {t('cycles.facts', {
                    region: c.regionSet.name,
                    opens: formatDate(lang, c.opensOn),
                    deadline: formatDate(lang, c.submissionDeadline),
                  })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Status>
    </article>
  );
}
