import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { sendJson } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { withLang } from '../../app/url-state.ts';
import type { Paged, RegionSetSummary } from '../../components/api-types.ts';
import { groupRegionSets } from '../../components/RegionSetSelect.tsx';
import type { Lang } from '../../i18n/i18n.ts';
import { cycleRequest, EMPTY_CYCLE, type CycleField, type CycleFields } from '../admin/cycle-form.ts';
import { Field, FieldError } from '../admin/Field.tsx';
import { useFormErrors } from '../admin/use-form-errors.ts';
import type { CycleView } from './review-types.ts';

const ORDER: readonly CycleField[] = [
  'code',
  'title',
  'regionSet',
  'opensOn',
  'submissionDeadline',
  'meetingFrom',
  'meetingTo',
];
const FIELD_OF: Readonly<Record<string, CycleField>> = Object.fromEntries(ORDER.map((f) => [f, f]));
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
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors<CycleField>(id, ORDER);
  const sets = useApi<Paged<RegionSetSummary>>('region-sets', { lang, limit: 1000 });
  const template = useApi<{ title: string }>(`templates/${DEFAULT_TEMPLATE}`, { lang });
  const set = (patch: Partial<CycleFields>) => setF((x) => ({ ...x, ...patch }));

  const submit = async () => {
    const checked = cycleRequest(f);
    if (!checked.ok) return errors.setProblems(checked.problems);
    errors.clear();
    setBusy(true);
    const r = await sendJson<CycleView>('POST', 'cycles', checked.body);
    setBusy(false);
    if (!r.ok) return errors.setFailure(r, FIELD_OF);
    props.onCreated(r.data);
  };
  const date = (field: CycleField, label: string, hint?: string) => (
    <Field id={`${id}-${field}`} label={label} hint={hint} error={errors.of(field)}>
      {(c) => (
        <input {...c} type="date" value={f[field]} onChange={(e) => set({ [field]: e.target.value })} />
      )}
    </Field>
  );

  return (
    <form
      id={`${id}-form`}
      className="admin-form admin-cycle-form card"
      noValidate
      aria-labelledby={`${id}-h`}
      aria-busy={busy}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id={`${id}-h`}>{t('cycle.title')}</h2>
      <Field id={`${id}-code`} label={t('cycle.code')} hint={t('cycle.codeHint')} error={errors.of('code')}>
        {(c) => (
          <input
            {...c}
            type="text"
            autoComplete="off"
            spellCheck={false}
            autoFocus
            value={f.code}
            onChange={(e) => set({ code: e.target.value })}
          />
        )}
      </Field>
      <Field id={`${id}-title`} label={t('cycle.name')} error={errors.of('title')}>
        {(c) => <input {...c} type="text" value={f.title} onChange={(e) => set({ title: e.target.value })} />}
      </Field>
      <Field id={`${id}-regionSet`} label={t('cycle.regionSet')} error={errors.of('regionSet')}>
        {(c) => (
          <select {...c} value={f.regionSet} onChange={(e) => set({ regionSet: e.target.value })}>
            {sets.state !== 'ready' && <option value={f.regionSet}>{f.regionSet}</option>}
            {sets.state === 'ready' &&
              groupRegionSets(sets.data.items).map((g) => (
                <optgroup key={g.kind} label={t(`explore:regionKinds.${g.kind}`, { defaultValue: g.kind })}>
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
      {busy && (
        <p className="status" role="status">
          {t('cycle.creating')}
        </p>
      )}
      <div className="admin-actions">
        <button type="submit" disabled={busy}>
          {t('cycle.submit')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('cycle.cancel')}
        </button>
      </div>
    </form>
  );
}
