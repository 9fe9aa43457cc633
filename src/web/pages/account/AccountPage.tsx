import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useApi } from '../../api/use-api.ts';
import { useLang } from '../../app/App.tsx';
import { useUrlParam, withLang } from '../../app/url-state.ts';
import type { CountrySummary, Paged } from '../../components/api-types.ts';
import { membershipLabel } from '../../session/role-label.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { PasswordForm } from './PasswordForm.tsx';

/**
 * `/account`: who you are signed in as, your roles (each with its scope, countries by name), and a
 * form to change your password, which comes first when an administrator set it (`?must=1`).
 */
export default function AccountPage(): ReactNode {
  const { t } = useTranslation('account');
  const lang = useLang();
  const session = useSession();
  const [must] = useUrlParam('must');
  const countries = useApi<Paged<CountrySummary>>('countries', { lang, limit: 1000 });
  const names = useMemo(
    () => new Map(countries.state === 'ready' ? countries.data.items.map((c) => [c.iso3, c.name]) : []),
    [countries],
  );
  useEffect(() => {
    document.title = `${t('account.title')} · Parity`;
  }, [t]);

  if (session.state === 'loading')
    return (
      <p className="status" role="status">
        {t('common:loading')}
      </p>
    );
  if (session.actor.kind === 'public')
    return (
      <article className="account-page">
        <h1>{t('account.title')}</h1>
        <p>
          <Link href={withLang('/sign-in?next=%2Faccount', lang)}>{t('account.signInFirst')}</Link>
        </p>
      </article>
    );
  const { user } = session.actor;
  const mustChange = user.mustChangePassword || must === '1';
  return (
    <article className="account-page">
      <h1>{t('account.title')}</h1>
      {user.mustChangePassword && (
        <p className="status status-warning" role="alert">
          {t('account.mustChange')}
        </p>
      )}
      <dl className="account-facts">
        <dt>{t('account.name')}</dt>
        <dd>{user.displayName}</dd>
        <dt>{t('account.email')}</dt>
        <dd>{user.email}</dd>
        <dt>{t('account.roles')}</dt>
        <dd>
          {user.memberships.length === 0 ? (
            t('menu.noRole')
          ) : (
            <ul>
              {user.memberships.map((m, i) => (
                <li key={i}>{membershipLabel(t, m, names)}</li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <p className="note">{t('account.rolesNote')}</p>
      <PasswordForm email={user.email} autoFocus={mustChange} onChanged={() => void session.refresh()} />
    </article>
  );
}
