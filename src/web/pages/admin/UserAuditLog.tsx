import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Loadable } from '../../api/use-api.ts';
import { AuditTable } from '../../components/AuditTable.tsx';
import type { Lang } from '../../i18n/i18n.ts';
import { membershipLabel } from '../../session/role-label.ts';
import { formatMoment } from '../review/review-format.ts';
import type { AuditEntry, AuditPage } from './admin-types.ts';
import { auditDetail, isUserAction } from './audit-detail.ts';
import { Status } from '../../components/Status.tsx';

/** The user's audit log, newest first: when, who, what, in words (unknown entries as their JSON). */
export function UserAuditLog(props: {
  audit: Loadable<AuditPage>;
  names: ReadonlyMap<string, string>;
  lang: Lang;
  limit: number;
}): ReactNode {
  const { t } = useTranslation('admin');
  const id = useId();
  return (
    <section aria-labelledby={`${id}-h`} className="admin-audit">
      <h2 id={`${id}-h`}>{t('audit.title')}</h2>
      <Status data={props.audit} isEmpty={(a) => a.items.length === 0} empty={t('audit.none')}>
        {(a) => (
          <>
            {a.total > a.items.length && (
              <p className="note">{t('audit.partial', { shown: a.items.length, total: a.total })}</p>
            )}
            <AuditTable
              entries={a.items}
              label={t('audit.title')}
              heads={[t('audit.at'), t('audit.who'), t('audit.action'), t('audit.detail')]}
              className="admin-audit-table"
              lang={props.lang}
              who={(e) => (e.actor ? (e.actor.email ?? `#${e.actor.id}`) : t('audit.system'))}
              action={(e) =>
                isUserAction(e.action) ? t(`audit.actions.${e.action}`) : <code>{e.action}</code>
              }
              detail={(e) => <Detail entry={e} names={props.names} lang={props.lang} />}
            />
          </>
        )}
      </Status>
    </section>
  );
}

function Detail(props: { entry: AuditEntry; names: ReadonlyMap<string, string>; lang: Lang }): ReactNode {
  const { t } = useTranslation('admin');
  const d = auditDetail(props.entry);
  switch (d.kind) {
    case 'none':
      return null;
    case 'create':
      return t('audit.details.create', {
        email: d.email,
        name: d.displayName,
        roles:
          d.memberships.length === 0
            ? t('users.noRole')
            : d.memberships.map((m) => membershipLabel(t, m, props.names)).join(', '),
      });
    case 'rename':
      return t('audit.details.rename', { from: d.from, to: d.to });
    case 'membership':
      return membershipLabel(t, d.membership, props.names);
    case 'sessions':
      return t('audit.details.sessions', { count: d.count });
    case 'lock':
      return t('audit.details.lock', { count: d.failures, at: formatMoment(props.lang, d.until) });
    case 'ip':
      return t('audit.details.ip', { ip: d.ip });
    case 'raw':
      return <code className="admin-audit-raw">{d.text}</code>;
  }
}
