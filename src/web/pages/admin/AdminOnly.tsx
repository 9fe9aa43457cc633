import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useLang } from '../../app/App.tsx';
import { withLang } from '../../app/url-state.ts';
import { hasRole } from '../../session/memberships.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import type { User } from './admin-types.ts';

/**
 * Renders an administration page for administrators only; anyone else is told what the page is
 * for (and the public offered to sign in). This only hides: the server refuses every request of
 * these pages to anyone else, and `AdminOnlyNotice` says the same when it does (roles changed).
 */
export function AdminOnly(props: { title: string; children: (admin: User) => ReactNode }): ReactNode {
  const { t } = useTranslation('admin');
  const session = useSession();
  if (session.state === 'loading')
    return (
      <p className="status" role="status">
        {t('common:loading')}
      </p>
    );
  if (session.actor.kind === 'user' && hasRole(session.actor, 'administrator'))
    return props.children(session.actor.user);
  return (
    <article className="admin-page">
      <h1>{props.title}</h1>
      <AdminOnlyNotice signedIn={session.actor.kind === 'user'} />
    </article>
  );
}

/** "Administrators only", with a way to sign in for the public. */
export function AdminOnlyNotice(props: { signedIn: boolean }): ReactNode {
  const { t } = useTranslation('admin');
  const lang = useLang();
  const [location] = useLocation();
  return (
    <div className="status status-warning admin-only" role="alert">
      <p>
        <strong>{t('adminOnly.title')}</strong>{' '}
        {t(props.signedIn ? 'adminOnly.signedIn' : 'adminOnly.public')}
      </p>
      {!props.signedIn && (
        <p>
          <Link href={withLang(`/sign-in?next=${encodeURIComponent(location)}`, lang)}>
            {t('adminOnly.signIn')}
          </Link>
        </p>
      )}
    </div>
  );
}
