import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../api/client.ts';
import type { Schema } from '../../api/schema.ts';
import { passwordProblem, type PasswordProblem } from './password-rules.ts';

/** Change your own password: the current one, the new one twice; the server's rules checked first here. */
export function PasswordForm(props: { email: string; autoFocus: boolean; onChanged: () => void }): ReactNode {
  const { t } = useTranslation('account');
  const id = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<PasswordProblem | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<number | null>(null);

  const submit = async () => {
    const p = passwordProblem(next, again, props.email);
    setProblem(p);
    setDone(null);
    setError(null);
    if (p) return;
    setBusy(true);
    const r = await sendJson<Schema<'PasswordChanged'>>('POST', 'auth/password', {
      currentPassword: current,
      newPassword: next,
    });
    setBusy(false);
    if (!r.ok) {
      setError(r.status === 401 ? t('password.wrongCurrent') : r.message);
      return;
    }
    setCurrent('');
    setNext('');
    setAgain('');
    setDone(r.data.sessionsEnded);
    props.onChanged();
  };

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('password.title')}</h2>
      <form
        className="account-form"
        noValidate
        aria-busy={busy}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <input type="text" name="username" autoComplete="username" value={props.email} readOnly hidden />
        <label htmlFor={`${id}-current`}>{t('password.current')}</label>
        <input
          id={`${id}-current`}
          type="password"
          autoComplete="current-password"
          autoFocus={props.autoFocus}
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <label htmlFor={`${id}-new`}>{t('password.new')}</label>
        <input
          id={`${id}-new`}
          type="password"
          autoComplete="new-password"
          value={next}
          onChange={(e) => setNext(e.target.value)}
          aria-invalid={problem && problem !== 'mismatch' ? true : undefined}
          aria-describedby={`${id}-rules${problem ? ` ${id}-problem` : ''}`}
        />
        <p id={`${id}-rules`} className="note">
          {t('password.rules')}
        </p>
        <label htmlFor={`${id}-again`}>{t('password.again')}</label>
        <input
          id={`${id}-again`}
          type="password"
          autoComplete="new-password"
          value={again}
          onChange={(e) => setAgain(e.target.value)}
          aria-invalid={problem === 'mismatch' ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
        />
        {problem && (
          <p id={`${id}-problem`} className="field-error" role="alert">
            {t(`password.problem.${problem}`)}
          </p>
        )}
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
        {done !== null && (
          <p className="status" role="status">
            {t('password.done', { count: done })}
          </p>
        )}
        <div className="controls">
          <button type="submit" disabled={busy}>
            {t('password.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
