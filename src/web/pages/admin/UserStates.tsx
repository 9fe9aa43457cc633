import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../i18n/i18n.ts';
import { formatMoment } from '../review/review-format.ts';
import type { User } from './admin-types.ts';
import { userStates } from './user-state.ts';

/** An account's states as words (never colour alone): active, disabled, locked until …, must change password. */
export function UserStates(props: { user: User; lang: Lang }): ReactNode {
  const { t } = useTranslation('admin');
  const states = userStates(props.user, new Date());
  return (
    <ul className="admin-states">
      {states.map((s) => (
        <li key={s} className={`badge admin-state-${s}`}>
          {s === 'locked'
            ? t('state.lockedUntil', { at: formatMoment(props.lang, props.user.lockedUntil!) })
            : t(`state.${s}`)}
        </li>
      ))}
    </ul>
  );
}
