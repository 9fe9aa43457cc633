import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../i18n/i18n.ts';
import { Comments } from './Comments.tsx';
import { EvidenceInserter } from './EvidenceInserter.tsx';
import { LivePreview } from './LivePreview.tsx';
import { evidenceKey, evidenceToken, insertAt } from './evidence-token.ts';
import type { CommentView, ListedBlock, ReportView, SectionView } from './review-types.ts';
import type { Names } from './use-names.ts';

/**
 * One section of the draft: its title and guidance, a Markdown textarea with, on request, a live
 * preview under it (the server's sanitised HTML of the text as typed, not yet saved, evidence
 * filled in), an evidence inserter, the blocks listed beside it, and its comments.
 */
export function SectionEditor(props: {
  section: SectionView;
  report: ReportView;
  value: string;
  onChange: (markdown: string) => void;
  listed: readonly ListedBlock[];
  onRemoveListed: (block: ListedBlock) => void;
  names: Names;
  lang: Lang;
  comments: readonly CommentView[];
  canComment: boolean;
  onCommented: () => void;
}): ReactNode {
  const { t } = useTranslation('review');
  const id = useId();
  const { section } = props;
  const [previewing, setPreviewing] = useState(false);
  const [inserting, setInserting] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);

  const insert = (token: string) => {
    const el = area.current;
    const start = el?.selectionStart ?? props.value.length;
    const end = el?.selectionEnd ?? props.value.length;
    const next = insertAt(props.value, start, end, token);
    props.onChange(next.text);
    setInserting(false);
    requestAnimationFrame(() => {
      area.current?.focus();
      area.current?.setSelectionRange(next.cursor, next.cursor);
    });
  };

  return (
    <section className="report-section editing" id={`section-${section.id}`} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{section.title}</h3>
      <details className="guidance">
        <summary>{t('editor.guidance')}</summary>
        <p>{section.guidance}</p>
      </details>
      <label htmlFor={`${id}-text`} className="visually-hidden">
        {t('editor.textLabel', { section: section.title })}
      </label>
      <textarea
        id={`${id}-text`}
        ref={area}
        className="markdown-input"
        rows={Math.min(20, Math.max(5, props.value.split('\n').length + 1))}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        aria-describedby={`${id}-md-help`}
      />
      <p id={`${id}-md-help`} className="note">
        {t('editor.markdownHelp')}
      </p>
      <div className="mode-switch">
        <button
          type="button"
          className="secondary"
          aria-pressed={previewing}
          aria-controls={previewing ? `${id}-preview` : undefined}
          onClick={() => setPreviewing((x) => !x)}
        >
          {t('editor.preview')}
          <span className="visually-hidden">: {section.title}</span>
        </button>
      </div>
      {previewing && (
        <LivePreview
          id={`${id}-preview`}
          section={section}
          report={props.report}
          markdown={props.value}
          listed={props.listed}
          names={props.names}
          lang={props.lang}
        />
      )}
      <button
        type="button"
        className="secondary"
        aria-expanded={inserting}
        aria-controls={`${id}-inserter`}
        onClick={() => setInserting((x) => !x)}
      >
        {t('editor.insertEvidence')}
      </button>
      <div id={`${id}-inserter`} hidden={!inserting}>
        {inserting && (
          <EvidenceInserter
            names={props.names}
            lang={props.lang}
            defaultArea={props.report.country}
            onInsert={(spec) => insert(evidenceToken(spec))}
          />
        )}
      </div>
      {props.listed.length > 0 && (
        <div className="listed-evidence">
          <h4>{t('editor.listed')}</h4>
          <ul>
            {props.listed.map((b) => (
              <li key={evidenceKey(b.spec)}>
                <code>{evidenceKey(b.spec)}</code>{' '}
                <button type="button" className="secondary" onClick={() => props.onRemoveListed(b)}>
                  {t('editor.removeListed')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <Comments
        reportId={props.report.id}
        sectionId={section.id}
        sectionTitle={section.title}
        version={props.report.currentVersion}
        comments={props.comments}
        canComment={props.canComment}
        onAdded={props.onCommented}
        lang={props.lang}
      />
    </section>
  );
}
