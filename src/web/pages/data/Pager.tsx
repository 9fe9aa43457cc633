import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/i18n.ts';

/** Previous / next buttons for a paginated list, with "Showing 21–40 of 129". */
export function Pager(props: {
  readonly label: string;
  readonly offset: number;
  readonly limit: number;
  readonly total: number;
  readonly lang: Lang;
  readonly onChange: (offset: number) => void;
}): ReactNode {
  const { t } = useTranslation('data');
  const { offset, limit, total, lang } = props;
  if (total <= limit && offset === 0) return null;
  const first = total === 0 ? 0 : offset + 1;
  const last = Math.min(offset + limit, total);
  return (
    <nav className="pager" aria-label={props.label}>
      <button
        type="button"
        className="secondary"
        disabled={offset === 0}
        onClick={() => props.onChange(Math.max(0, offset - limit))}
      >
        {t('pager.previous')}
      </button>
      <span>
        {t('pager.showing', {
          first: formatNumber(lang, first, 0),
          last: formatNumber(lang, last, 0),
          total: formatNumber(lang, total, 0),
        })}
      </span>
      <button
        type="button"
        className="secondary"
        disabled={offset + limit >= total}
        onClick={() => props.onChange(offset + limit)}
      >
        {t('pager.next')}
      </button>
    </nav>
  );
}
