import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { withLang } from '../../app/url-state.ts';
import { ScrollBox } from '../../components/ScrollBox.tsx';
import type { Lang } from '../../i18n/i18n.ts';
import { membershipLabel } from '../../session/role-label.ts';
import { formatDay } from '../review/review-format.ts';
import type { User } from './admin-types.ts';
import { membershipKey } from './membership-form.ts';
import { UserStates } from './UserStates.tsx';

/** Every user: name (opening their page), email, roles with their scope, state, when created. */
export function UsersTable(props: {
  users: readonly User[];
  names: ReadonlyMap<string, string>;
  lang: Lang;
}): ReactNode {
  const { t } = useTranslation('admin');
  return (
    <ScrollBox label={t('users.tableLabel')}>
      <table className="admin-users">
        <caption className="visually-hidden">{t('users.tableLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fields.name')}</th>
            <th scope="col">{t('fields.email')}</th>
            <th scope="col">{t('users.roles')}</th>
            <th scope="col">{t('users.state')}</th>
            <th scope="col">{t('users.created')}</th>
          </tr>
        </thead>
        <tbody>
          {props.users.map((u) => (
            <tr key={u.id}>
              <th scope="row">
                <Link href={withLang(`/admin/users/${u.id}`, props.lang)}>{u.displayName}</Link>
              </th>
              <td>{u.email}</td>
              <td>
                {u.memberships.length === 0 ? (
                  <span className="muted">{t('users.noRole')}</span>
                ) : (
                  <ul className="admin-roles">
                    {u.memberships.map((m) => (
                      <li key={membershipKey(m)}>{membershipLabel(t, m, props.names)}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                <UserStates user={u} lang={props.lang} />
              </td>
              <td>{formatDay(props.lang, u.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
