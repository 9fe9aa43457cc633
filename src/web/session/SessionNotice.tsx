import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { withLang } from '../app/url-state.ts';
import type { Lang } from '../i18n/i18n.ts';
import { useSession } from './SessionProvider.tsx';

/**
 * On every page but the account page: a notice when an administrator set the user's password,
 * since the server refuses every other write until it is changed.
 */
export function SessionNotice(props: { lang: Lang }): ReactNode {
  const { t } = useTranslation('account');
  const session = useSession();
  const [location] = useLocation();
  if (session.actor.kind !== 'user' || !session.actor.user.mustChangePassword || location === '/account')
    return null;
  return (
    <p className="status status-warning session-notice">
      {t('account.mustChange')}{' '}
      <Link href={withLang('/account?must=1', props.lang)}>{t('password.title')}</Link>
    </p>
  );
}
