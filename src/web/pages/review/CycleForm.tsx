import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { sendJson } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { withLang } from '../../app/url-state.ts';
import type { Paged, RegionSetSummary } from '../../components/api-types.ts';
import { Field, FieldError, TextField } from '../../components/form/Field.tsx';
import { Form } from '../../components/form/Form.tsx';
import { useFormErrors } from '../../components/form/use-form-errors.ts';
import { groupRegionSets } from '../../components/RegionSetSelect.tsx';
import type { Lang } from '../../i18n/i18n.ts';
import { cycleRequest, EMPTY_CYCLE, type CycleField, type CycleFields } from '../admin/cycle-form.ts';
import { RegionSetOptions } from '../admin/RoleScopeFields.tsx';
import type { CycleView, ReportTemplate } from './review-types.ts';

const ORDER: readonly CycleField[] = [
  'code',
  'title',
  'regionSet',
  'opensOn',
  'submissionDeadline',
  'meetingFrom',
  'meetingTo',
];
/** The template the server uses when none is named (src/services/cycles.ts); the only one so far. */
const DEFAULT_TEMPLATE = 'beijing30-v1';

/**
 * "New review cycle", for administrators (the server refuses anyone else): code, title, region
 * set, opening date, submission deadline, meeting dates (optional); the report template is the
 * server's default. On success the new cycle's page opens. Strings in the `admin` namespace.
 */
export function CycleForm(props: { lang: Lang }): ReactNode {
  const { t } = useTranslation('admin');
  const id = useId();
  const [, navigate] = useLocation();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  return (
    <div className="admin-cycle">
      <p>
        <button
          ref={toggle}
          type="button"
          className={open ? 'secondary' : undefined}
          aria-expanded={open}
          aria-controls={`${id}-form`}
          onClick={() => setOpen((o) => !o)}
        >
          {t('cycle.open')}
        </button>
      </p>
      {open && (
        <CycleFormBody
          id={id}
          lang={props.lang}
          onCancel={() => {
            setOpen(false);
            toggle.current?.focus();
          }}
          onCreated={(c) => navigate(withLang(`/cycles/${c.code}`, props.lang))}
        />
      )}
    </div>
  );
}

function CycleFormBody(props: {
  id: string;
  lang: Lang;
  onCancel: () => void;
  onCreated: (c: CycleView) => void;
}): ReactNode {
  const { t } = useTranslation('admin');
  const { id, lang } = props;
  const [f, setF] = useState<CycleFields>(EMPTY_CYCLE);
  const errors = useFormErrors<CycleField>(id, ORDER, 'admin:problems');
  const sets = useApi<Paged<RegionSetSummary>>('region-sets', { lang, limit: 1000 });
  const template = useApi<ReportTemplate>(`templates/${DEFAULT_TEMPLATE}`, { lang });
  const set = (patch: Partial<CycleFields>) => setF((x) => ({ ...x, ...patch }));

  const submit = async () => {
    const checked = cycleRequest(f);
    if (!checked.ok) return errors.setProblems(checked.problems);
    const r = await errors.send(sendJson<CycleView>('POST', 'cycles', checked.body));
    if (!r.ok) return errors.setFailure(r);
    props.onCreated(r.data);
  };
  const date = (field: CycleField, label: string) => (
    <TextField
      id={`${id}-${field}`}
      label={label}
      type="date"
      value={f[field]}
      onChange={(v) => set({ [field]: v })}
      error={errors.of(field)}
    />
  );

  return (
    <Form
      prefix={id}
      className="admin-form admin-cycle-form card"
      heading={t('cycle.title')}
      busy={errors.busy}
      onSubmit={submit}
    >
      <TextField
        id={`${id}-code`}
        label={t('cycle.code')}
        hint={t('cycle.codeHint')}
        autoComplete="off"
        spellCheck={false}
        autoFocus
        value={f.code}
        onChange={(code) => set({ code })}
        error={errors.of('code')}
      />
      <TextField
        id={`${id}-title`}
        label={t('cycle.name')}
        value={f.title}
        onChange={(title) => set({ title })}
        error={errors.of('title')}
      />
      <Field id={`${id}-regionSet`} label={t('cycle.regionSet')} error={errors.of('regionSet')}>
        {(c) => (
          <select {...c} value={f.regionSet} onChange={(e) => set({ regionSet: e.target.value })}>
            {sets.state !== 'ready' && <option value={f.regionSet}>{f.regionSet}</option>}
            {sets.state === 'ready' && <RegionSetOptions groups={groupRegionSets(sets.data.items)} />}
          </select>
        )}
      </Field>
      {date('opensOn', t('cycle.opensOn'))}
      {date('submissionDeadline', t('cycle.deadline'))}
      <fieldset className="admin-fieldset">
        <legend>{t('cycle.meeting')}</legend>
        <p className="note">{t('cycle.meetingHint')}</p>
        {date('meetingFrom', t('cycle.meetingFrom'))}
        {date('meetingTo', t('cycle.meetingTo'))}
      </fieldset>
      <p className="note">
        {t('cycle.template', {
          title: template.state === 'ready' ? template.data.title : DEFAULT_TEMPLATE,
        })}
      </p>
      {errors.general && <FieldError message={errors.general} />}
      {errors.busy && (
        <p className="status" role="status">
          {t('cycle.creating')}
        </p>
      )}
      <div className="admin-actions">
        <button type="submit" disabled={errors.busy}>
          {t('cycle.submit')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('cycle.cancel')}
        </button>
      </div>
    </Form>
  );
}
