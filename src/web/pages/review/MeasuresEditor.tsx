import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Status } from '../../components/Status.tsx';
import type { Lang } from '../../i18n/i18n.ts';
import { EMPTY_MEASURE, fieldsOf, measureOf, type MeasureField, type MeasureFields } from './measure-form.ts';
import { MeasuresList } from './MeasuresList.tsx';
import type { Measure, MeasureKind } from './review-types.ts';
import { Checks } from '../../components/form/Checks.tsx';
import { areaOptions, clusterOptions, useVocabularies, type Vocabularies } from './use-vocabularies.ts';

/** The measures of the draft: the list with Edit and Remove, and a form to add or change one. */
export function MeasuresEditor(props: {
  measures: readonly Measure[];
  onChange: (measures: Measure[]) => void;
  lang: Lang;
}): ReactNode {
  const { t } = useTranslation('review');
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  // Asked for with the list, so the form has its choices when it opens.
  const vocabularies = useVocabularies(props.lang);
  const list = [...props.measures];
  return (
    <>
      <MeasuresList
        measures={props.measures}
        actions={(m, i) => (
          <span className="row-actions">
            <button type="button" className="secondary" onClick={() => setEditing(i)}>
              {t('measures.edit')}
              <span className="visually-hidden">: {m.title}</span>
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => props.onChange(list.filter((_, j) => j !== i))}
            >
              {t('measures.remove')}
              <span className="visually-hidden">: {m.title}</span>
            </button>
          </span>
        )}
      />
      {editing === null ? (
        <button type="button" className="secondary" onClick={() => setEditing('new')}>
          {t('measures.add')}
        </button>
      ) : (
        <fieldset className="measure-form card">
          <legend>{t('measures.formTitle')}</legend>
          <Status data={vocabularies}>
            {(v) => (
              <MeasureForm
                key={String(editing)}
                initial={editing === 'new' ? EMPTY_MEASURE : fieldsOf(list[editing]!)}
                vocabularies={v}
                onCancel={() => setEditing(null)}
                onDone={(m) => {
                  props.onChange(
                    editing === 'new' ? [...list, m] : list.map((x, j) => (j === editing ? m : x)),
                  );
                  setEditing(null);
                }}
              />
            )}
          </Status>
        </fieldset>
      )}
    </>
  );
}

/** The fields of a measure; the kinds, areas and clusters offered are the API's vocabularies. */
function MeasureForm(props: {
  initial: MeasureFields;
  vocabularies: Vocabularies;
  onDone: (m: Measure) => void;
  onCancel: () => void;
}): ReactNode {
  const { t } = useTranslation('review');
  const id = useId();
  const [f, setF] = useState<MeasureFields>(props.initial);
  const [wrong, setWrong] = useState<MeasureField[]>([]);
  const set = (patch: Partial<MeasureFields>) => setF((x) => ({ ...x, ...patch }));
  const text = (field: MeasureField | 'beneficiaries' | 'description', multiline = false) => {
    const bad = (wrong as string[]).includes(field);
    const common = {
      id: `${id}-${field}`,
      value: f[field],
      'aria-invalid': bad ? true : undefined,
      'aria-describedby': bad ? `${id}-${field}-error` : undefined,
    } as const;
    return (
      <div className="field">
        <label htmlFor={`${id}-${field}`}>{t(`measures.${field}`)}</label>
        {multiline ? (
          <textarea {...common} rows={3} onChange={(e) => set({ [field]: e.target.value })} />
        ) : (
          <input {...common} type="text" onChange={(e) => set({ [field]: e.target.value })} />
        )}
        {bad && (
          <p id={`${id}-${field}-error`} className="field-error">
            {t(`measures.errors.${field}`)}
          </p>
        )}
      </div>
    );
  };
  const v = props.vocabularies;
  return (
    <>
      {text('title')}
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('measures.kind')}</label>
        <select
          id={`${id}-kind`}
          value={f.kind}
          onChange={(e) => set({ kind: e.target.value as MeasureKind })}
        >
          {v.measureKinds.map((k) => (
            <option key={k.code} value={k.code}>
              {k.label}
            </option>
          ))}
        </select>
      </div>
      {text('date')}
      <Checks
        legend={t('measures.areas')}
        options={areaOptions(v)}
        selected={f.criticalAreas}
        onChange={(criticalAreas) => set({ criticalAreas })}
      />
      <Checks
        legend={t('measures.clusters')}
        options={clusterOptions(v)}
        selected={f.clusters}
        onChange={(clusters) => set({ clusters })}
        note={t('measures.clustersNote')}
      />
      {text('beneficiaries')}
      {text('source')}
      {text('url')}
      {text('description', true)}
      {wrong.length > 0 && (
        <p className="field-error" role="alert">
          {t('measures.errors.summary', { count: wrong.length })}
        </p>
      )}
      <div className="controls">
        <button
          type="button"
          onClick={() => {
            const r = measureOf(f);
            if (r.ok) props.onDone(r.measure);
            else {
              setWrong(r.fields);
              document.getElementById(`${id}-${r.fields[0]}`)?.focus();
            }
          }}
        >
          {t('measures.keep')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('measures.cancel')}
        </button>
      </div>
    </>
  );
}
