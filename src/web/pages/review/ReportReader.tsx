import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../i18n/i18n.ts';
import { AttachmentsList } from './AttachmentsEditor.tsx';
import { Comments } from './Comments.tsx';
import { MeasuresList } from './MeasuresList.tsx';
import { PartHeading } from './PartHeading.tsx';
import { groupByPart } from './ReportEditor.tsx';
import type { ReportTag } from './regional-types.ts';
import type { CommentView, ReportView } from './review-types.ts';
import { SectionTags } from './SectionTags.tsx';
import { SectionText } from './SectionText.tsx';
import type { Names } from './use-names.ts';

/**
 * The report as it reads (a reviewer's view, a submitted or published version): each section's
 * sanitised HTML with its evidence, the measures and attachments, and, for those taking part in
 * the review, the comments per section with a form for those who may comment.
 */
export function ReportReader(props: {
  report: ReportView;
  names: Names;
  lang: Lang;
  partTitles: ReadonlyMap<number, string>;
  comments: readonly CommentView[] | null;
  canComment: boolean;
  onCommented: () => void;
  /** The report's tags, for its reviewers; null for everyone else. */
  tags: readonly ReportTag[] | null;
  onTagged: () => void;
}): ReactNode {
  const { t } = useTranslation('review');
  const { report } = props;
  return (
    <div className="report-reader">
      {groupByPart(report.sections).map(([part, sections]) => (
        <div key={part} className="report-part">
          <PartHeading part={part} title={props.partTitles.get(part)} />
          {sections.map((s) => (
            <section
              key={s.id}
              className="report-section"
              id={`section-${s.id}`}
              aria-labelledby={`h-${s.id}`}
            >
              <h3 id={`h-${s.id}`}>{s.title}</h3>
              <SectionText section={s} report={report} names={props.names} lang={props.lang} />
              {props.tags && !s.empty && (
                <SectionTags
                  cycle={report.cycle}
                  country={report.country}
                  sectionId={s.id}
                  sectionTitle={s.title}
                  version={report.currentVersion}
                  tags={props.tags}
                  lang={props.lang}
                  onChanged={props.onTagged}
                />
              )}
              {props.comments && (
                <Comments
                  reportId={report.id}
                  sectionId={s.id}
                  sectionTitle={s.title}
                  version={report.currentVersion}
                  comments={props.comments}
                  canComment={props.canComment}
                  onAdded={props.onCommented}
                  lang={props.lang}
                />
              )}
            </section>
          ))}
        </div>
      ))}
      <section className="report-lists" aria-labelledby="measures-h">
        <h2 id="measures-h">{t('measures.heading')}</h2>
        <MeasuresList measures={report.measures} />
      </section>
      <section className="report-lists" aria-labelledby="attachments-h">
        <h2 id="attachments-h">{t('attachments.heading')}</h2>
        <p className="note">{t('attachments.metadataOnly')}</p>
        <AttachmentsList attachments={report.attachments} lang={props.lang} />
      </section>
    </div>
  );
}
