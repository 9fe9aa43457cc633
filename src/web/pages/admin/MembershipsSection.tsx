import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/form/Field.tsx';
import { Done, Form } from '../../components/form/Form.tsx';
import { useFormErrors } from '../../components/form/use-form-errors.ts';
import { membershipLabel } from '../../session/role-label.ts';
import type { Membership, PatchUser, Role, User } from './admin-types.ts';
import { membershipKey } from './membership-form.ts';
import { RoleScopeFields } from './RoleScopeFields.tsx';
import type { ScopeOptions } from './use-scope-options.ts';
import { grantRequest } from './user-form.ts';

const ORDER = ['scope'] as const;

/**
 * The user's roles, each with a button to revoke it, and a form to grant another (role and
 * scope). The server refuses to take the role from the last enabled administrator and says why.
 */
export function MembershipsSection(props: {
  user: User;
  patch: PatchUser;
  options: ScopeOptions;
}): ReactNode {
  const { t } = useTranslation('admin');
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [role, setRole] = useState<Role | ''>('focal-point');
  const [scope, setScope] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const grantErrors = useFormErrors<'scope'>(`${id}-grant`, ORDER, 'admin:problems');
  const revokeErrors = useFormErrors<never>(`${id}-revoke`, []);
  const label = (m: Membership) => membershipLabel(t, m, props.options.names);

  const send = async (body: Record<string, unknown>) => {
    setDone(null);
    grantErrors.clear();
    revokeErrors.clear();
    setBusy(true);
    const r = await props.patch(body);
    setBusy(false);
    return r;
  };
  const grant = async () => {
    if (role === '') return;
    const checked = grantRequest(role, scope, props.user.memberships);
    if (!checked.ok) return grantErrors.setProblems(checked.problems);
    const r = await send(checked.body);
    if (!r.ok) return grantErrors.setFailure(r, { grant: 'scope' });
    setScope('');
    setDone(t('roles.granted', { role: label(checked.body.grant[0]!) }));
  };
  const revoke = async (m: Membership) => {
    const r = await send({ revoke: [m] });
    if (!r.ok) return revokeErrors.setFailure(r);
    setDone(t('roles.revoked', { role: label(m) }));
    heading.current?.focus();
  };

  return (
    <section className="card admin-form" aria-labelledby={`${id}-h`} aria-busy={busy}>
      <h2 id={`${id}-h`} ref={heading} tabIndex={-1}>
        {t('roles.title')}
      </h2>
      {props.user.memberships.length === 0 ? (
        <p className="muted">{t('users.noRole')}</p>
      ) : (
        <ul className="admin-membership-list">
          {props.user.memberships.map((m) => (
            <li key={membershipKey(m)}>
              <span>{label(m)}</span>{' '}
              <button
                type="button"
                className="secondary small"
                disabled={busy}
                aria-label={`${t('roles.revoke')}: ${label(m)}`}
                onClick={() => void revoke(m)}
              >
                {t('roles.revoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {revokeErrors.general && <FieldError message={revokeErrors.general} />}
      <Form prefix={`${id}-grant`} onSubmit={grant}>
        <fieldset className="admin-fieldset">
          <legend>{t('roles.grantTitle')}</legend>
          <RoleScopeFields
            prefix={`${id}-grant`}
            role={role}
            scope={scope}
            onRole={setRole}
            onScope={setScope}
            options={props.options}
            error={grantErrors.of('scope')}
          />
          {grantErrors.general && <FieldError message={grantErrors.general} />}
          <div className="admin-actions">
            <button type="submit" disabled={busy}>
              {t('roles.grant')}
            </button>
          </div>
        </fieldset>
      </Form>
      {done && <Done>{done}</Done>}
    </section>
  );
}
