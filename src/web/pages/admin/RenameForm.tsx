import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatchUser, User } from './admin-types.ts';
import { Done, Field, FieldError } from './Field.tsx';
import { useFormErrors } from './use-form-errors.ts';
import { renameRequest } from './user-form.ts';

const ORDER = ['displayName'] as const;

/** Changes the user's display name. */
export function RenameForm(props: { user: User; patch: PatchUser }): ReactNode {
  const { t } = useTranslation('admin');
  const id = useId();
  const [name, setName] = useState(props.user.displayName);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const errors = useFormErrors<'displayName'>(id, ORDER);

  const submit = async () => {
    setDone(null);
    const checked = renameRequest(name);
    if (!checked.ok) return errors.setProblems(checked.problems);
    errors.clear();
    setBusy(true);
    const r = await props.patch(checked.body);
    setBusy(false);
    if (!r.ok) return errors.setFailure(r, { displayName: 'displayName' });
    setDone(r.data.displayName);
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
      <h2 id={`${id}-h`}>{t('rename.title')}</h2>
      <Field id={`${id}-displayName`} label={t('fields.name')} error={errors.of('displayName')}>
        {(c) => (
          <input
            {...c}
            type="text"
            autoComplete="off"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        )}
      </Field>
      {errors.general && <FieldError message={errors.general} />}
      {done !== null && <Done>{t('rename.done', { name: done })}</Done>}
      <div className="admin-actions">
        <button type="submit" disabled={busy}>
          {t('rename.submit')}
        </button>
      </div>
    </form>
  );
}
