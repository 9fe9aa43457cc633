import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { sendJson } from '../../api/client.ts';
import { useLang } from '../../app/App.tsx';
import { withLang } from '../../app/url-state.ts';
import { Status } from '../../components/Status.tsx';
import { useSessionApi } from '../../session/use-session-api.ts';
import { formatMoment } from '../review/review-format.ts';
import { AccountStateSection } from './AccountStateSection.tsx';
import type { AuditPage, PatchUser, User } from './admin-types.ts';
import { AdminOnly, AdminOnlyNotice } from './AdminOnly.tsx';
import { MembershipsSection } from './MembershipsSection.tsx';
import { PasswordResetForm } from './PasswordResetForm.tsx';
import { RenameForm } from './RenameForm.tsx';
import { useScopeOptions } from './use-scope-options.ts';
import { UserAuditLog } from './UserAuditLog.tsx';
import { lastSignIn } from './user-state.ts';
import { UserStates } from './UserStates.tsx';

const AUDIT_LIMIT = 200;

/**
 * `/admin/users/:id`: a user's facts (email, state, last sign-in), and the administrator's
 * changes, each its own form: rename, disable or enable, set a new password, grant and revoke
 * roles; then the user's audit log, newest first.
 */
export default function AdminUserPage(): ReactNode {
  const { t } = useTranslation('admin');
  return <AdminOnly title={t('user.title')}>{(admin) => <UserView adminId={admin.id} />}</AdminOnly>;
}

function UserView(props: { adminId: string }): ReactNode {
  const { t } = useTranslation('admin');
  const lang = useLang();
  const { id } = useParams<{ id: string }>();
  const [user, reloadUser] = useSessionApi<User>(`users/${encodeURIComponent(id)}`);
  const [audit, reloadAudit] = useSessionApi<AuditPage>('audit', {
    entityKind: 'user',
    entityId: id,
    limit: AUDIT_LIMIT,
  });
  const options = useScopeOptions(lang);
  const name = user.state === 'ready' ? user.data.displayName : t('user.title');
  useEffect(() => {
    document.title = `${name} · ${t('users.title')} · Parity`;
  }, [name, t]);

  const patch: PatchUser = async (body) => {
    const r = await sendJson<User>('PATCH', `users/${encodeURIComponent(id)}`, body);
    if (r.ok) {
      reloadUser();
      reloadAudit();
    }
    return r;
  };

  if (user.state === 'error' && (user.status === 401 || user.status === 403))
    return (
      <article className="admin-page">
        <h1>{t('user.title')}</h1>
        <AdminOnlyNotice signedIn={user.status === 403} />
      </article>
    );
  const signedIn = audit.state === 'ready' ? lastSignIn(audit.data.items) : null;
  return (
    <article className="admin-page">
      <p className="breadcrumb">
        <Link href={withLang('/admin/users', lang)}>{t('users.title')}</Link>
      </p>
      <Status data={user}>
        {(u) => (
          <>
            <h1>{u.displayName}</h1>
            <dl className="facts">
              <dt>{t('fields.email')}</dt>
              <dd>{u.email}</dd>
              <dt>{t('users.state')}</dt>
              <dd>
                <UserStates user={u} lang={lang} />
              </dd>
              <dt>{t('users.created')}</dt>
              <dd>{formatMoment(lang, u.createdAt)}</dd>
              <dt>{t('user.lastSignIn')}</dt>
              <dd>
                {audit.state !== 'ready'
                  ? '…'
                  : signedIn
                    ? formatMoment(lang, signedIn)
                    : t(audit.data.total > AUDIT_LIMIT ? 'user.signInNotRecent' : 'user.neverSignedIn')}
              </dd>
            </dl>
            {u.id === props.adminId && <p className="note">{t('user.itsYou')}</p>}
            <div className="admin-sections">
              <RenameForm key={`name-${u.id}`} user={u} patch={patch} />
              <AccountStateSection user={u} patch={patch} />
              <PasswordResetForm key={`pw-${u.id}`} user={u} patch={patch} />
              <MembershipsSection user={u} patch={patch} options={options} />
            </div>
            <UserAuditLog audit={audit} names={options.names} lang={lang} limit={AUDIT_LIMIT} />
          </>
        )}
      </Status>
    </article>
  );
}
