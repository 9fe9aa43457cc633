import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../app/App.tsx';
import { Status } from '../../components/Status.tsx';
import { useSessionApi } from '../../session/use-session-api.ts';
import type { UserPage } from './admin-types.ts';
import { AdminOnly, AdminOnlyNotice } from './AdminOnly.tsx';
import { CreateUserForm } from './CreateUserForm.tsx';
import { useScopeOptions } from './use-scope-options.ts';
import { UsersTable } from './UsersTable.tsx';

/** `/admin/users`: every user with their roles and state, and a form to create one (administrators only). */
export default function AdminUsersPage(): ReactNode {
  const { t } = useTranslation('admin');
  useEffect(() => {
    document.title = `${t('users.title')} · Parity`;
  }, [t]);
  return <AdminOnly title={t('users.title')}>{() => <UsersView />}</AdminOnly>;
}

function UsersView(): ReactNode {
  const { t } = useTranslation('admin');
  const lang = useLang();
  const [users, reload] = useSessionApi<UserPage>('users', { limit: 1000 });
  const options = useScopeOptions(lang);
  if (users.state === 'error' && (users.status === 401 || users.status === 403))
    return (
      <article className="admin-page">
        <h1>{t('users.title')}</h1>
        <AdminOnlyNotice signedIn={users.status === 403} />
      </article>
    );
  return (
    <article className="admin-page">
      <h1>{t('users.title')}</h1>
      <p className="lede">{t('users.intro')}</p>
      <Status data={users} isEmpty={(d) => d.items.length === 0} empty={t('users.none')}>
        {(d) => (
          <>
            <p className="note">{t('users.count', { count: d.total })}</p>
            <UsersTable users={d.items} names={options.names} lang={lang} />
          </>
        )}
      </Status>
      <CreateUserForm lang={lang} options={options} onCreated={reload} />
    </article>
  );
}
