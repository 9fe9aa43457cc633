import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { withLang } from '../app/url-state.ts';
import type { Lang } from '../i18n/i18n.ts';
import { hasRole } from './memberships.ts';
import { membershipLabel } from './role-label.ts';
import { useSession } from './SessionProvider.tsx';

/**
 * The header's account corner: "Sign in" for the public; for a user, a button with their name
 * that opens their roles, a link to their account and "Sign out" (Escape or a click elsewhere
 * closes it; focus returns to the button).
 */
export function UserMenu(props: { lang: Lang }): ReactNode {
  const { t } = useTranslation('account');
  const session = useSession();
  const [location, navigate] = useLocation();
  const [open, setOpen] = useState(false);
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onClick = (e: MouseEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);
  useEffect(() => setOpen(false), [location]);

  if (session.state === 'loading') return <div className="user-menu" aria-hidden="true" />;
  if (session.actor.kind === 'public') {
    const here = `${location}${window.location.search}`;
    const next = location === '/sign-in' ? '' : `?next=${encodeURIComponent(here)}`;
    return (
      <div className="user-menu">
        <Link href={withLang(`/sign-in${next}`, props.lang)} className="sign-in-link">
          {t('menu.signIn')}
        </Link>
      </div>
    );
  }
  const { user } = session.actor;
  return (
    <div className="user-menu" ref={box}>
      <button
        ref={button}
        type="button"
        className="secondary user-menu-button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="visually-hidden">{t('menu.signedInAs')} </span>
        {user.displayName}
        <span aria-hidden="true"> ▾</span>
      </button>
      <div id={`${id}-panel`} className="user-menu-panel" hidden={!open}>
        <p className="user-menu-email">{user.email}</p>
        <ul className="user-menu-roles" aria-label={t('menu.roles')}>
          {user.memberships.length === 0 && <li>{t('menu.noRole')}</li>}
          {user.memberships.map((m, i) => (
            <li key={i}>{membershipLabel(t, m)}</li>
          ))}
        </ul>
        <ul className="user-menu-links">
          <li>
            <Link href={withLang('/account', props.lang)}>{t('menu.account')}</Link>
          </li>
          <li>
            <Link href={withLang('/cycles', props.lang)}>{t('menu.cycles')}</Link>
          </li>
          {hasRole(session.actor, 'administrator') && (
            <li>
              <Link href={withLang('/admin/users', props.lang)}>{t('admin:menu.users')}</Link>
            </li>
          )}
        </ul>
        <button
          type="button"
          onClick={() => {
            void session.signOut().then(() => navigate(withLang('/', props.lang)));
          }}
        >
          {t('menu.signOut')}
        </button>
      </div>
    </div>
  );
}
