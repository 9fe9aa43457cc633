import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { sendJson } from '../../api/client.ts';
import { withLang } from '../../app/url-state.ts';
import type { Lang } from '../../i18n/i18n.ts';
import type { User } from './admin-types.ts';
import { Done, Field, FieldError } from './Field.tsx';
import { PasswordInput } from './PasswordInput.tsx';
import { RoleScopeFields } from './RoleScopeFields.tsx';
import { useFormErrors } from './use-form-errors.ts';
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
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<User | null>(null);
  const errors = useFormErrors<NewUserField>(id, ORDER);
  const set = (patch: Partial<NewUserFields>) => setF((x) => ({ ...x, ...patch }));

  const submit = async () => {
    setCreated(null);
    const checked = newUserRequest(f);
    if (!checked.ok) return errors.setProblems(checked.problems);
    errors.clear();
    setBusy(true);
    const r = await sendJson<User>('POST', 'users', checked.body);
    setBusy(false);
    if (!r.ok) return errors.setFailure(r, FIELD_OF);
    setF(EMPTY_NEW_USER);
    setCreated(r.data);
    props.onCreated();
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
      <h2 id={`${id}-h`}>{t('create.title')}</h2>
      <Field id={`${id}-email`} label={t('fields.email')} error={errors.of('email')}>
        {(c) => (
          <input
            {...c}
            type="email"
            autoComplete="off"
            spellCheck={false}
            value={f.email}
            onChange={(e) => set({ email: e.target.value })}
          />
        )}
      </Field>
      <Field id={`${id}-displayName`} label={t('fields.name')} error={errors.of('displayName')}>
        {(c) => (
          <input
            {...c}
            type="text"
            autoComplete="off"
            value={f.displayName}
            onChange={(e) => set({ displayName: e.target.value })}
          />
        )}
      </Field>
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
        <button type="submit" disabled={busy}>
          {t('create.submit')}
        </button>
      </div>
    </form>
  );
}
