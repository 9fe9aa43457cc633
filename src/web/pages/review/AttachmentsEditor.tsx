import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/i18n.ts';
import {
  attachmentOf,
  EMPTY_ATTACHMENT,
  fieldsOfAttachment,
  type AttachmentField,
  type AttachmentFields,
} from './attachment-form.ts';
import type { Attachment } from './review-types.ts';

/** The attachments' metadata (Parity stores no file): a list, with Edit and Remove when editing. */
export function AttachmentsList(props: {
  attachments: readonly Attachment[];
  lang: Lang;
  actions?: (a: Attachment, index: number) => ReactNode;
}): ReactNode {
  const { t } = useTranslation('review');
  if (props.attachments.length === 0) return <p className="muted">{t('attachments.none')}</p>;
  return (
    <ul className="attachment-list">
      {props.attachments.map((a, i) => (
        <li key={`${a.name}-${i}`}>
          {a.url && /^https?:\/\//i.test(a.url) ? (
            <a href={a.url} rel="noopener noreferrer nofollow">
              {a.name}
            </a>
          ) : (
            <strong>{a.name}</strong>
          )}{' '}
          <span className="muted">
            ({a.type}, {t('attachments.kb', { size: formatNumber(props.lang, a.size / 1000, 1) })})
          </span>
          {a.description && <span> — {a.description}</span>}
          {props.actions && <span className="row-actions"> {props.actions(a, i)}</span>}
        </li>
      ))}
    </ul>
  );
}

export function AttachmentsEditor(props: {
  attachments: readonly Attachment[];
  onChange: (attachments: Attachment[]) => void;
  lang: Lang;
}): ReactNode {
  const { t } = useTranslation('review');
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const list = [...props.attachments];
  return (
    <>
      <AttachmentsList
        attachments={props.attachments}
        lang={props.lang}
        actions={(a, i) => (
          <>
            <button type="button" className="secondary" onClick={() => setEditing(i)}>
              {t('attachments.edit')}
              <span className="visually-hidden">: {a.name}</span>
            </button>{' '}
            <button
              type="button"
              className="secondary"
              onClick={() => props.onChange(list.filter((_, j) => j !== i))}
            >
              {t('attachments.remove')}
              <span className="visually-hidden">: {a.name}</span>
            </button>
          </>
        )}
      />
      {editing === null ? (
        <button type="button" className="secondary" onClick={() => setEditing('new')}>
          {t('attachments.add')}
        </button>
      ) : (
        <AttachmentForm
          key={String(editing)}
          initial={editing === 'new' ? EMPTY_ATTACHMENT : fieldsOfAttachment(list[editing]!)}
          onCancel={() => setEditing(null)}
          onDone={(a) => {
            props.onChange(editing === 'new' ? [...list, a] : list.map((x, j) => (j === editing ? a : x)));
            setEditing(null);
          }}
        />
      )}
    </>
  );
}

function AttachmentForm(props: {
  initial: AttachmentFields;
  onDone: (a: Attachment) => void;
  onCancel: () => void;
}): ReactNode {
  const { t } = useTranslation('review');
  const id = useId();
  const [f, setF] = useState(props.initial);
  const [wrong, setWrong] = useState<AttachmentField[]>([]);
  const field = (name: keyof AttachmentFields) => {
    const bad = (wrong as string[]).includes(name);
    return (
      <div className="field">
        <label htmlFor={`${id}-${name}`}>{t(`attachments.${name}`)}</label>
        <input
          id={`${id}-${name}`}
          type="text"
          value={f[name]}
          onChange={(e) => setF({ ...f, [name]: e.target.value })}
          aria-invalid={bad ? true : undefined}
          aria-describedby={bad ? `${id}-${name}-error` : undefined}
        />
        {bad && (
          <p id={`${id}-${name}-error`} className="field-error">
            {t(`attachments.errors.${name}`)}
          </p>
        )}
      </div>
    );
  };
  return (
    <fieldset className="attachment-form card">
      <legend>{t('attachments.formTitle')}</legend>
      <p className="note">{t('attachments.metadataOnly')}</p>
      {field('name')}
      {field('type')}
      {field('size')}
      {field('description')}
      {field('url')}
      <div className="controls">
        <button
          type="button"
          onClick={() => {
            const r = attachmentOf(f);
            if (r.ok) props.onDone(r.attachment);
            else {
              setWrong(r.fields);
              document.getElementById(`${id}-${r.fields[0]}`)?.focus();
            }
          }}
        >
          {t('attachments.keep')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('attachments.cancel')}
        </button>
      </div>
    </fieldset>
  );
}
