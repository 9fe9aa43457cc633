import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUrlParam } from '../../app/url-state.ts';
import type { Paged } from '../../components/api-types.ts';
import { Status } from '../../components/Status.tsx';
import { useStaleApi } from '../../components/use-stale-api.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/i18n.ts';
import type { ImportRun, Rejection } from './data-types.ts';
import { offsetParam } from './offset-param.ts';
import { Pager } from './Pager.tsx';

const PAGE = 50;

/**
 * The rejected rows of one import run (line, column, field, reason), 50 a page (`?rejected=`
 * offset). Focus moves to its heading when it opens, so keyboard and screen-reader users land on it.
 */
export function RejectionsPanel(props: {
  readonly runId: string;
  readonly run: ImportRun | undefined;
  readonly lang: Lang;
  readonly onClose: () => void;
}): ReactNode {
  const { t } = useTranslation('data');
  const [offsetRaw, setOffset] = useUrlParam('rejected');
  const offset = offsetParam(offsetRaw);
  const heading = useRef<HTMLHeadingElement>(null);
  const rows = useStaleApi<Paged<Rejection>>(`import-runs/${encodeURIComponent(props.runId)}/rejections`, {
    limit: PAGE,
    offset,
  });
  useEffect(() => heading.current?.focus(), [props.runId]);
  const fileName = props.run?.fileName ?? '';
  return (
    <section className="card rejections" aria-labelledby="rejections-heading">
      <h3 id="rejections-heading" ref={heading} tabIndex={-1}>
        {t('rejections.heading', { id: props.runId })}
        {fileName && <span className="muted"> ({fileName})</span>}
      </h3>
      <button type="button" className="secondary" onClick={props.onClose}>
        {t('rejections.close')}
      </button>
      {rows.data ? (
        <>
          {rows.data.items.length === 0 ? (
            <p className="status">{t('rejections.empty')}</p>
          ) : (
            <div className="table-scroll" role="region" aria-labelledby="rejections-caption" tabIndex={0}>
              <table>
                <caption id="rejections-caption" className="visually-hidden">
                  {t('rejections.caption', { id: props.runId })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      {t('rejections.line')}
                    </th>
                    <th scope="col" className="num">
                      {t('rejections.column')}
                    </th>
                    <th scope="col">{t('rejections.field')}</th>
                    <th scope="col">{t('rejections.message')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.data.items.map((r, i) => (
                    <tr key={`${r.line}-${r.column ?? ''}-${i}`}>
                      <td className="num">{formatNumber(props.lang, r.line, 0)}</td>
                      <td className="num">{r.column ?? '–'}</td>
                      <td>{r.field ? <code>{r.field}</code> : '–'}</td>
                      <td>{r.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager
            label={t('rejections.pager')}
            offset={offset}
            limit={PAGE}
            total={rows.data.total}
            lang={props.lang}
            onChange={(o) => setOffset(o ? String(o) : null)}
          />
        </>
      ) : (
        <Status data={rows.current}>{() => null}</Status>
      )}
    </section>
  );
}
