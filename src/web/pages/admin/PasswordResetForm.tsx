import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FieldError } from '../../components/form/Field.tsx';
import { Done, Form } from '../../components/form/Form.tsx';
import { useFormErrors } from '../../components/form/use-form-errors.ts';
import type { PatchUser, User } from './admin-types.ts';
import { PasswordInput } from './PasswordInput.tsx';
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
  const [done, setDone] = useState(false);
  const errors = useFormErrors<'password'>(id, ORDER, 'admin:problems');

  const submit = async () => {
    setDone(false);
    const checked = resetRequest(password, props.user.email);
    if (!checked.ok) return errors.setProblems(checked.problems);
    const r = await errors.send(props.patch(checked.body));
    if (!r.ok) return errors.setFailure(r);
    setDone(true);
  };

  return (
    <Form
      prefix={id}
      className="admin-form card"
      heading={t('reset.title')}
      busy={errors.busy}
      onSubmit={submit}
    >
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
        <button type="submit" disabled={errors.busy}>
          {t('reset.submit')}
        </button>
      </div>
    </Form>
  );
}
