import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from './admin-types.ts';
import { Field } from './Field.tsx';
import { ROLES, scopeKindOf } from './membership-form.ts';
import type { ScopeOptions } from './use-scope-options.ts';
import type { FieldMessage } from './use-form-errors.ts';

/**
 * A role and its scope: a country for a focal point or a contributor, a region set for a regional
 * reviewer, nothing for an administrator (the whole instance). Ids: `<prefix>-role`, `<prefix>-scope`.
 */
export function RoleScopeFields(props: {
  prefix: string;
  role: Role | '';
  scope: string;
  onRole: (role: Role | '') => void;
  onScope: (scope: string) => void;
  options: ScopeOptions;
  error: FieldMessage | null;
  /** Offer "no role yet" (a new user may start without one). */
  allowNone?: boolean;
}): ReactNode {
  const { t } = useTranslation('admin');
  const kind = props.role === '' ? 'instance' : scopeKindOf(props.role);
  return (
    <>
      <Field id={`${props.prefix}-role`} label={t('membership.role')} error={null}>
        {(control) => (
          <select
            {...control}
            value={props.role}
            onChange={(e) => {
              props.onRole(e.target.value as Role | '');
              props.onScope('');
            }}
          >
            {props.allowNone && <option value="">{t('membership.noRole')}</option>}
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`account:roles.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {kind === 'instance' ? (
        props.role === 'administrator' && <p className="note">{t('membership.instance')}</p>
      ) : (
        <Field
          id={`${props.prefix}-scope`}
          label={t(kind === 'country' ? 'membership.country' : 'membership.regionSet')}
          error={props.error}
          hint={props.options.failed ? <ScopeRetry options={props.options} /> : undefined}
        >
          {(control) => (
            <select {...control} value={props.scope} onChange={(e) => props.onScope(e.target.value)}>
              <option value="">
                {t(kind === 'country' ? 'membership.chooseCountry' : 'membership.chooseSet')}
              </option>
              {kind === 'country'
                ? props.options.countries.map((c) => (
                    <option key={c.iso3} value={c.iso3}>
                      {c.name} ({c.iso3})
                    </option>
                  ))
                : props.options.regionSets.map((g) => (
                    <optgroup
                      key={g.kind}
                      label={t(`explore:regionKinds.${g.kind}`, { defaultValue: g.kind })}
                    >
                      {g.sets.map((s) => (
                        <option key={s.code} value={s.code}>
                          {s.name}
                        </option>
                      ))}
                    </optgroup>
                  ))}
            </select>
          )}
        </Field>
      )}
    </>
  );
}

function ScopeRetry(props: { options: ScopeOptions }): ReactNode {
  const { t } = useTranslation('admin');
  return (
    <>
      {t('membership.listsFailed')}{' '}
      <button type="button" className="secondary" onClick={props.options.failed?.retry}>
        {t('common:error.retry')}
      </button>
    </>
  );
}
