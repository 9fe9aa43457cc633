import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useLang } from '../../app/App.tsx';
import { useUrlParam, withLang } from '../../app/url-state.ts';
import { useSession } from '../../session/SessionProvider.tsx';
import { nextPath } from './next-path.ts';

/**
 * `/sign-in?next=`: email and password. A wrong pair gets the server's one message (it does not
 * say which was wrong); a throttled or locked account says how long to wait. After signing in the
 * user goes back where they were, or first to their account when an administrator set the password.
 */
export default function SignInPage(): ReactNode {
  const { t } = useTranslation('account');
  const lang = useLang();
  const session = useSession();
  const [, navigate] = useLocation();
  const [next] = useUrlParam('next');
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const emailRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = `${t('signIn.title')} · Parity`;
  }, [t]);

  const target = (mustChange: boolean) =>
    mustChange ? withLang('/account?must=1', lang) : withLang(nextPath(next), lang);

  const submit = async () => {
    if (!email.trim() || !password) {
      setError(t('signIn.missing'));
      emailRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const r = await session.signIn(email.trim(), password);
    setBusy(false);
    if (r.ok) {
      navigate(target(r.data.user.mustChangePassword));
      return;
    }
    setPassword('');
    setError(
      r.status === 0
        ? t('common:error.network')
        : r.status === 401
          ? t('signIn.wrong')
          : r.status === 403
            ? t('signIn.disabled')
            : r.status === 429
              ? t('signIn.throttled', { message: r.message })
              : r.message,
    );
  };

  if (session.actor.kind === 'user')
    return (
      <article className="account-page">
        <h1>{t('signIn.title')}</h1>
        <p>{t('signIn.already', { name: session.actor.user.displayName })}</p>
        <p>
          <a
            href={target(false)}
            onClick={(e) => {
              e.preventDefault();
              navigate(target(false));
            }}
          >
            {t('signIn.continue')}
          </a>
        </p>
      </article>
    );

  return (
    <article className="account-page">
      <h1>{t('signIn.title')}</h1>
      <p className="lede">{t('signIn.intro')}</p>
      <form
        className="account-form"
        noValidate
        aria-busy={busy}
        aria-describedby={error ? `${id}-error` : undefined}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label htmlFor={`${id}-email`}>{t('signIn.email')}</label>
        <input
          id={`${id}-email`}
          ref={emailRef}
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={error ? true : undefined}
          required
        />
        <label htmlFor={`${id}-password`}>{t('signIn.password')}</label>
        <input
          id={`${id}-password`}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={error ? true : undefined}
          required
        />
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="controls">
          <button type="submit" disabled={busy}>
            {busy ? t('signIn.busy') : t('signIn.submit')}
          </button>
        </div>
        <p className="note">{t('signIn.help')}</p>
      </form>
    </article>
  );
}
