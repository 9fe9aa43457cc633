import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** "Part 2. Progress across the 12 critical areas of concern" (the template's own words when known). */
export function PartHeading(props: { part: number; title: string | undefined }): ReactNode {
  const { t } = useTranslation('review');
  return (
    <h2 className="part-heading">
      {t('report.part', { number: props.part })}
      {props.title ? `. ${props.title}` : ''}
    </h2>
  );
}
