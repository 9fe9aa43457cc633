import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatchUser, User } from './admin-types.ts';
import { Done, Field, FieldError } from './Field.tsx';
import { PasswordInput } from './PasswordInput.tsx';
import { useFormErrors } from './use-form-errors.ts';
import { resetRequest } from './user-form.ts';

const ORDER = ['password'] as const;

/**
 * Sets a new password for the user (forgotten, or a lock to clear): it ends their sessions and
 * they must change it at the next sign-in. Parity sends no email, so the administrator passes it
 * on by another way; the password stays in the field after success to be read out or copied.
 */
export function PasswordResetForm(props: { user: User; patch: PatchUser }): ReactNode {
  const { t } = useTranslation('admin');
  const id = useId();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const errors = useFormErrors<'password'>(id, ORDER);

  const submit = async () => {
    setDone(false);
    const checked = resetRequest(password, props.user.email);
    if (!checked.ok) return errors.setProblems(checked.problems);
    errors.clear();
    setBusy(true);
    const r = await props.patch(checked.body);
    setBusy(false);
    if (!r.ok) return errors.setFailure(r, { password: 'password' });
    setDone(true);
  };

  return (
    <form
      className="admin-form card"
      noValidate
      aria-labelledby={`${id}-h`}
      aria-busy={busy}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id={`${id}-h`}>{t('reset.title')}</h2>
      <p className="note">{t('reset.intro', { name: props.user.displayName })}</p>
      <Field
        id={`${id}-password`}
        label={t('fields.newPassword')}
        hint={t('password.rules')}
        error={errors.of('password')}
      >
        {(c) => (
          <PasswordInput
            control={c}
            value={password}
            onChange={(p) => {
              setPassword(p);
              setDone(false);
            }}
          />
        )}
      </Field>
      {errors.general && <FieldError message={errors.general} />}
      {done && <Done>{t('reset.done', { name: props.user.displayName })}</Done>}
      <div className="admin-actions">
        <button type="submit" disabled={busy}>
          {t('reset.submit')}
        </button>
      </div>
    </form>
  );
}
