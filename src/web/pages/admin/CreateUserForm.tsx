import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { sendJson } from '../../api/client.ts';
import { withLang } from '../../app/url-state.ts';
import { Field, FieldError, TextField } from '../../components/form/Field.tsx';
import { Done, Form } from '../../components/form/Form.tsx';
import { useFormErrors } from '../../components/form/use-form-errors.ts';
import type { Lang } from '../../i18n/i18n.ts';
import type { User } from './admin-types.ts';
import { PasswordInput } from './PasswordInput.tsx';
import { RoleScopeFields } from './RoleScopeFields.tsx';
import type { ScopeOptions } from './use-scope-options.ts';
import { EMPTY_NEW_USER, newUserRequest, type NewUserField, type NewUserFields } from './user-form.ts';

const ORDER: readonly NewUserField[] = ['email', 'displayName', 'password', 'scope'];
/** The request's parameters → the form's fields. */
const FIELD_OF = {
  email: 'email',
  displayName: 'displayName',
  password: 'password',
  memberships: 'scope',
} as const;

/**
 * Creates a user: email, name, an initial password (the server's rules shown; the user must
 * change it at the first sign-in) and a first role with its scope. On success the form empties,
 * says so with a link to the new user, and the list reloads (`onCreated`).
 */
export function CreateUserForm(props: {
  lang: Lang;
  options: ScopeOptions;
  onCreated: () => void;
}): ReactNode {
  const { t } = useTranslation('admin');
  const id = useId();
  const [f, setF] = useState<NewUserFields>(EMPTY_NEW_USER);
  const [created, setCreated] = useState<User | null>(null);
  const errors = useFormErrors<NewUserField>(id, ORDER, 'admin:problems');
  const set = (patch: Partial<NewUserFields>) => setF((x) => ({ ...x, ...patch }));

  const submit = async () => {
    setCreated(null);
    const checked = newUserRequest(f);
    if (!checked.ok) return errors.setProblems(checked.problems);
    const r = await errors.send(sendJson<User>('POST', 'users', checked.body));
    if (!r.ok) return errors.setFailure(r, FIELD_OF);
    setF(EMPTY_NEW_USER);
    setCreated(r.data);
    props.onCreated();
  };

  return (
    <Form
      prefix={id}
      className="admin-form card"
      heading={t('create.title')}
      busy={errors.busy}
      onSubmit={submit}
    >
      <TextField
        id={`${id}-email`}
        label={t('fields.email')}
        type="email"
        autoComplete="off"
        spellCheck={false}
        value={f.email}
        onChange={(email) => set({ email })}
        error={errors.of('email')}
      />
      <TextField
        id={`${id}-displayName`}
        label={t('fields.name')}
        autoComplete="off"
        value={f.displayName}
        onChange={(displayName) => set({ displayName })}
        error={errors.of('displayName')}
      />
      <Field
        id={`${id}-password`}
        label={t('fields.initialPassword')}
        hint={`${t('password.rules')} ${t('create.passwordNote')}`}
        error={errors.of('password')}
      >
        {(c) => <PasswordInput control={c} value={f.password} onChange={(password) => set({ password })} />}
      </Field>
      <RoleScopeFields
        prefix={id}
        role={f.role}
        scope={f.scope}
        onRole={(role) => set({ role })}
        onScope={(scope) => set({ scope })}
        options={props.options}
        error={errors.of('scope')}
        allowNone
      />
      {errors.general && <FieldError message={errors.general} />}
      {created && (
        <Done>
          {t('create.done', { name: created.displayName })}{' '}
          <Link href={withLang(`/admin/users/${created.id}`, props.lang)}>
            {t('create.open', { name: created.displayName })}
          </Link>
        </Done>
      )}
      <div className="admin-actions">
        <button type="submit" disabled={errors.busy}>
          {t('create.submit')}
        </button>
      </div>
    </Form>
  );
}
