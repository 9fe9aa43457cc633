import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { withLang } from '../../app/url-state.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { formatMoment } from './review-format.ts';
import type { ReportView } from './review-types.ts';
import { StateBadge } from './StateBadge.tsx';

/** Title, state, version and whether the evidence is live or pinned; the template's status when unconfirmed. */
export function ReportHeader(props: {
  report: ReportView;
  cycleTitle: string | null;
  lang: Lang;
}): ReactNode {
  const { t } = useTranslation('review');
  const { report, lang } = props;
  const v = report.version;
  return (
    <header className="report-header">
      <p className="breadcrumb">
        <Link href={withLang(`/cycles/${report.cycle}`, lang)}>{props.cycleTitle ?? report.cycle}</Link>
      </p>
      <h1>
        {report.template.title}: {report.countryName}
      </h1>
      <p className="report-status">
        <StateBadge state={report.state} />{' '}
        {t('report.version', {
          version: v.version,
          at: formatMoment(lang, v.savedAt),
          by: v.savedBy ?? t('report.system'),
        })}
        {v.submitted && ` · ${t('report.submittedVersion')}`}
      </p>
      <p className={`evidence-mode evidence-mode-${report.evidence.mode}`}>
        {report.evidence.mode === 'pinned' && report.evidence.pinnedAt
          ? t('report.pinned', { at: formatMoment(lang, report.evidence.pinnedAt) })
          : t('report.live')}
      </p>
      {report.template.status === 'unconfirmed' && (
        <details className="template-note">
          <summary>
            <span className="badge badge-unconfirmed">{t('report.unconfirmed')}</span>{' '}
            {t('report.templateNote')}
          </summary>
          <p lang="en">{report.template.note}</p>
        </details>
      )}
    </header>
  );
}
