import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../i18n/i18n.ts';
import { EvidenceChart } from './EvidenceChart.tsx';
import { sectionCharts } from './evidence-charts.ts';
import type { ReportView, SectionView } from './review-types.ts';
import type { Names } from './use-names.ts';

/**
 * A section as the server rendered it: its Markdown as sanitised HTML (evidence in words, live or
 * pinned), then a chart for each chart block. The HTML comes from the server's sanitiser, which is
 * what makes inserting it safe; this page never turns user text into HTML itself.
 */
export function SectionText(props: {
  section: SectionView;
  report: ReportView;
  names: Names;
  lang: Lang;
}): ReactNode {
  const { t } = useTranslation('review');
  const { section, report } = props;
  const charts = sectionCharts(section, report.evidence.values);
  if (section.empty && charts.length === 0)
    return <p className="muted empty-section">{t('report.emptySection')}</p>;
  return (
    <>
      <div className="report-html" dangerouslySetInnerHTML={{ __html: section.html }} />
      {charts.map((c) => (
        <EvidenceChart
          key={c.key}
          evidence={c}
          names={props.names}
          lang={props.lang}
          pinnedAt={report.evidence.mode === 'pinned' ? report.evidence.pinnedAt : undefined}
        />
      ))}
    </>
  );
}
