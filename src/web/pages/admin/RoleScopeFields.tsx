import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionSetSummary } from '../../components/api-types.ts';
import { Field } from '../../components/form/Field.tsx';
import type { FieldMessage } from '../../components/form/use-form-errors.ts';
import type { Role } from './admin-types.ts';
import { ROLES, scopeKindOf } from './membership-form.ts';
import type { ScopeOptions } from './use-scope-options.ts';

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
      <Field id={`${props.prefix}-role`} label={t('membership.role')}>
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
              {kind === 'country' ? (
                props.options.countries.map((c) => (
                  <option key={c.iso3} value={c.iso3}>
                    {c.name} ({c.iso3})
                  </option>
                ))
              ) : (
                <RegionSetOptions groups={props.options.regionSets} />
              )}
            </select>
          )}
        </Field>
      )}
    </>
  );
}

/** Region sets as options, grouped by kind (`groupRegionSets`), each kind named in the reader's language. */
export function RegionSetOptions(props: {
  groups: readonly { kind: string; sets: readonly RegionSetSummary[] }[];
}): ReactNode {
  const { t } = useTranslation('explore');
  return props.groups.map((g) => (
    <optgroup key={g.kind} label={t(`regionKinds.${g.kind}`, { defaultValue: g.kind })}>
      {g.sets.map((s) => (
        <option key={s.code} value={s.code}>
          {s.name}
        </option>
      ))}
    </optgroup>
  ));
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
