import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../i18n/i18n.ts';
import { evidenceKey } from './evidence-token.ts';
import type { ListedBlock, ReportView, SectionView } from './review-types.ts';
import { SectionText } from './SectionText.tsx';
import { useSectionPreview, type PreviewState } from './use-section-preview.ts';
import type { Names } from './use-names.ts';

/**
 * The unsaved text of a section as it will read once saved: rendered and sanitised by the server
 * (`POST /api/reports/{id}/preview`, which saves nothing) and shown by the reader's own
 * component, evidence in words and charts. It follows the typing after each pause; while a newer
 * text is being rendered the last rendering stays, marked as updating (quietly: `aria-busy`, no
 * announcement per keystroke); a failure is announced.
 */
export function LivePreview(props: {
  id: string;
  section: SectionView;
  report: ReportView;
  markdown: string;
  listed: readonly ListedBlock[];
  names: Names;
  lang: Lang;
}): ReactNode {
  const { t } = useTranslation('review');
  const { section, report } = props;
  const state = useSectionPreview(report.id, section.id, props.markdown, props.lang);
  const shown = shownAs(state, section, report, props.listed);
  return (
    <div
      id={props.id}
      className="preview"
      role="region"
      aria-label={t('editor.previewLabel', { section: section.title })}
      aria-busy={state.updating}
    >
      {state.updating && (
        <p className="status updating" aria-hidden="true">
          {t('editor.previewUpdating')}
        </p>
      )}
      {state.error && (
        <p className="field-error" role="alert">
          {t('editor.previewFailed')}{' '}
          {state.error.status === 0 ? (
            t('error.network', { ns: 'common' })
          ) : (
            <span lang="en">{state.error.message}</span>
          )}
        </p>
      )}
      {shown && (
        <SectionText section={shown.section} report={shown.report} names={props.names} lang={props.lang} />
      )}
    </div>
  );
}

/**
 * The rendering as the reader's component takes it: the section with the previewed HTML and the
 * blocks listed beside it, the report with the previewed values over the saved ones (a listed
 * block already saved keeps its chart).
 */
function shownAs(
  state: PreviewState,
  section: SectionView,
  report: ReportView,
  listed: readonly ListedBlock[],
): { section: SectionView; report: ReportView } | null {
  if (!state.shown) return null;
  const { markdown, preview } = state.shown;
  return {
    section: {
      ...section,
      html: preview.html,
      empty: markdown.trim() === '',
      blocks: listed.map((b) => evidenceKey(b.spec)),
    },
    report: {
      ...report,
      evidence: { mode: 'live', values: [...report.evidence.values, ...preview.evidence] },
    },
  };
}
