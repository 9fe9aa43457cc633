import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../api/client.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { AttachmentsEditor } from './AttachmentsEditor.tsx';
import { conflictOf, type SaveConflict } from './conflict.ts';
import { ConflictPanel } from './ConflictPanel.tsx';
import { draftBody, draftOf, isDirty, type Draft } from './draft.ts';
import { evidenceKey } from './evidence-token.ts';
import { MeasuresEditor } from './MeasuresEditor.tsx';
import { PartHeading } from './PartHeading.tsx';
import { formatMoment } from './review-format.ts';
import type { CommentView, ReportView, SavedDraft } from './review-types.ts';
import { SectionEditor } from './SectionEditor.tsx';
import type { Names } from './use-names.ts';

/**
 * The report while its country holds the pen (draft, changes requested): every section editable,
 * measures and attachments, and a save that names the version it started from. A save refused
 * because someone saved meanwhile shows both versions to merge; nothing typed is lost. Leaving the
 * page with unsaved changes asks first; Ctrl+S (⌘S) saves.
 */
export function ReportEditor(props: {
  report: ReportView;
  names: Names;
  lang: Lang;
  partTitles: ReadonlyMap<number, string>;
  comments: readonly CommentView[];
  canComment: boolean;
  onCommented: () => void;
  onSaved: () => void;
  onDirty: (dirty: boolean) => void;
}): ReactNode {
  const { t } = useTranslation('review');
  const id = useId();
  const { report } = props;
  const [draft, setDraft] = useState<Draft>(() => draftOf(report));
  const [conflict, setConflict] = useState<SaveConflict | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [savedNow, setSavedNow] = useState<string | null>(null);
  const stored = report.currentVersion === draft.baseVersion ? draftOf(report) : null;
  const dirty = stored === null ? conflict !== null : isDirty(draft, stored);
  // Just after a save the page still holds the previous version until it reloads: the workflow
  // waits for it, since a submit names the version it applies to.
  const syncing = stored === null && conflict === null;

  useEffect(() => props.onDirty(dirty || syncing), [dirty, syncing]);
  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const save = async () => {
    if (saving) return;
    setSaving(true);
    setError(null);
    setSavedNow(null);
    const r = await sendJson<SavedDraft>('PUT', `reports/${report.id}`, draftBody(draft));
    setSaving(false);
    if (r.ok) {
      setDraft((d) => ({ ...d, baseVersion: r.data.version.version }));
      setSavedNow(r.data.version.savedAt);
      props.onSaved();
      return;
    }
    const c = r.status === 409 ? conflictOf(r.body) : null;
    if (c) setConflict(c);
    else setError(r.message);
  };

  const byPart = groupByPart(report.sections);
  return (
    <form
      className="report-editor"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
          e.preventDefault();
          void save();
        }
      }}
    >
      <h2 id={`${id}-h`} className="visually-hidden">
        {t('editor.heading')}
      </h2>
      {conflict && (
        <ConflictPanel
          conflict={conflict}
          lang={props.lang}
          onMerged={(merged) => {
            setDraft(merged);
            setConflict(null);
            props.onSaved();
          }}
        />
      )}
      {byPart.map(([part, sections]) => (
        <div key={part} className="report-part">
          <PartHeading part={part} title={props.partTitles.get(part)} />
          {sections.map((s) => (
            <SectionEditor
              key={s.id}
              section={s}
              report={report}
              value={draft.sections[s.id] ?? ''}
              onChange={(md) => setDraft((d) => ({ ...d, sections: { ...d.sections, [s.id]: md } }))}
              listed={draft.evidence.filter((b) => b.sectionId === s.id)}
              onRemoveListed={(b) =>
                setDraft((d) => ({
                  ...d,
                  evidence: d.evidence.filter(
                    (x) => !(x.sectionId === b.sectionId && evidenceKey(x.spec) === evidenceKey(b.spec)),
                  ),
                }))
              }
              names={props.names}
              lang={props.lang}
              comments={props.comments}
              canComment={props.canComment}
              onCommented={props.onCommented}
            />
          ))}
        </div>
      ))}
      <section className="report-lists" aria-labelledby={`${id}-measures`}>
        <h2 id={`${id}-measures`}>{t('measures.heading')}</h2>
        <p className="note">{t('measures.intro')}</p>
        <MeasuresEditor
          measures={draft.measures}
          lang={props.lang}
          onChange={(measures) => setDraft((d) => ({ ...d, measures }))}
        />
      </section>
      <section className="report-lists" aria-labelledby={`${id}-attachments`}>
        <h2 id={`${id}-attachments`}>{t('attachments.heading')}</h2>
        <p className="note">{t('attachments.metadataOnly')}</p>
        <AttachmentsEditor
          attachments={draft.attachments}
          lang={props.lang}
          onChange={(attachments) => setDraft((d) => ({ ...d, attachments }))}
        />
      </section>
      <div className="save-bar">
        <p className="save-state" role="status" aria-live="polite">
          {saving
            ? t('editor.saving')
            : dirty
              ? t('editor.unsaved', { version: draft.baseVersion })
              : savedNow
                ? t('editor.savedAt', { version: draft.baseVersion, at: formatMoment(props.lang, savedNow) })
                : t('editor.upToDate', { version: draft.baseVersion })}
        </p>
        {error && (
          <p className="field-error" role="alert" lang="en">
            {error}
          </p>
        )}
        <button type="submit" disabled={saving || syncing || conflict !== null || !dirty}>
          {t('editor.save')}
        </button>
      </div>
    </form>
  );
}

/** Sections in template order, grouped by the part they belong to. */
export function groupByPart<S extends { part: number }>(sections: readonly S[]): [number, S[]][] {
  const parts = new Map<number, S[]>();
  for (const s of sections) parts.set(s.part, [...(parts.get(s.part) ?? []), s]);
  return [...parts.entries()];
}
