import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportState } from './review-types.ts';

/** A report's state as a symbol and a word (never colour alone). */
const SYMBOL: Readonly<Record<ReportState, string>> = {
  draft: '✎',
  submitted: '➤',
  'under-review': '◔',
  'changes-requested': '↺',
  resubmitted: '➤',
  accepted: '✓',
  published: '●',
};

export function StateBadge(props: { state: ReportState }): ReactNode {
  const { t } = useTranslation('review');
  return (
    <span className={`badge state-badge state-${props.state}`}>
      <span aria-hidden="true">{SYMBOL[props.state]} </span>
      {t(`state.${props.state}`)}
    </span>
  );
}
