import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, TextField } from '../../components/form/Field.tsx';
import { Done, Form } from '../../components/form/Form.tsx';
import { useFormErrors } from '../../components/form/use-form-errors.ts';
import type { PatchUser, User } from './admin-types.ts';
import { renameRequest } from './user-form.ts';

const ORDER = ['displayName'] as const;

/** Changes the user's display name. */
export function RenameForm(props: { user: User; patch: PatchUser }): ReactNode {
  const { t } = useTranslation('admin');
  const id = useId();
  const [name, setName] = useState(props.user.displayName);
  const [done, setDone] = useState<string | null>(null);
  const errors = useFormErrors<'displayName'>(id, ORDER, 'admin:problems');

  const submit = async () => {
    setDone(null);
    const checked = renameRequest(name);
    if (!checked.ok) return errors.setProblems(checked.problems);
    const r = await errors.send(props.patch(checked.body));
    if (!r.ok) return errors.setFailure(r);
    setDone(r.data.displayName);
  };

  return (
    <Form
      prefix={id}
      className="admin-form card"
      heading={t('rename.title')}
      busy={errors.busy}
      onSubmit={submit}
    >
      <TextField
        id={`${id}-displayName`}
        label={t('fields.name')}
        autoComplete="off"
        value={name}
        onChange={setName}
        error={errors.of('displayName')}
      />
      {errors.general && <FieldError message={errors.general} />}
      {done !== null && <Done>{t('rename.done', { name: done })}</Done>}
      <div className="admin-actions">
        <button type="submit" disabled={errors.busy}>
          {t('rename.submit')}
        </button>
      </div>
    </Form>
  );
}
