import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/form/Field.tsx';
import { Done } from '../../components/form/Form.tsx';
import { useFormErrors } from '../../components/form/use-form-errors.ts';
import type { PatchUser, User } from './admin-types.ts';

const NONE = [] as const;

/**
 * Disable (after a confirmation: it ends the user's sessions at once) or enable the account. The
 * server refuses to disable the last enabled administrator and says why.
 */
export function AccountStateSection(props: { user: User; patch: PatchUser }): ReactNode {
  const { t } = useTranslation('admin');
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<'disabled' | 'enabled' | null>(null);
  const errors = useFormErrors<never>(id, NONE);
  const disableButton = useRef<HTMLButtonElement>(null);
  const name = props.user.displayName;

  const change = async (disabled: boolean) => {
    setDone(null);
    const r = await errors.send(props.patch({ disabled }));
    setConfirming(false);
    if (!r.ok) return errors.setFailure(r);
    setDone(disabled ? 'disabled' : 'enabled');
  };

  return (
    <section className="card admin-form" aria-labelledby={`${id}-h`} aria-busy={errors.busy}>
      <h2 id={`${id}-h`}>{t('account.title')}</h2>
      <p>{t(props.user.disabled ? 'account.isDisabled' : 'account.isEnabled', { name })}</p>
      {props.user.disabled ? (
        <div className="admin-actions">
          <button type="button" disabled={errors.busy} onClick={() => void change(false)}>
            {t('account.enable')}
          </button>
        </div>
      ) : confirming ? (
        <div className="admin-confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>{t('account.confirm', { name })}</p>
          <div className="admin-actions">
            <button
              type="button"
              className="admin-danger"
              disabled={errors.busy}
              autoFocus
              onClick={() => void change(true)}
            >
              {t('account.confirmDisable')}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => disableButton.current?.focus());
              }}
            >
              {t('account.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="admin-actions">
          <button
            ref={disableButton}
            type="button"
            className="secondary"
            onClick={() => {
              setDone(null);
              setConfirming(true);
            }}
          >
            {t('account.disable')}
          </button>
        </div>
      )}
      {errors.general && <FieldError message={errors.general} />}
      {done && (
        <Done>{t(done === 'disabled' ? 'account.doneDisabled' : 'account.doneEnabled', { name })}</Done>
      )}
    </section>
  );
}
