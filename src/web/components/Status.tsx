import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Loadable } from '../api/use-api.ts';

/**
 * Renders a Loadable: a polite loading line, an error that says what to do (with a retry), or
 * the content. `isEmpty` turns an empty result into a message instead of an empty chart.
 */
export function Status<T>(props: {
  data: Loadable<T>;
  children: (data: T) => ReactNode;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
}): ReactNode {
  const { t } = useTranslation();
  const { data } = props;
  if (data.state === 'loading') {
    return (
      <p className="status" role="status" aria-live="polite">
        {t('loading')}
      </p>
    );
  }
  if (data.state === 'error') {
    return (
      <div className="status status-error" role="alert">
        <p>
          <strong>{t('error.title')}:</strong> {data.status === 0 ? t('error.network') : data.message}
        </p>
        <button type="button" onClick={data.retry}>
          {t('error.retry')}
        </button>
      </div>
    );
  }
  if (props.isEmpty?.(data.data)) return <p className="status">{props.empty ?? t('empty')}</p>;
  return props.children(data.data);
}
