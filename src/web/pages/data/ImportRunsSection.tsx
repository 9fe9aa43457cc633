import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUrlParam } from '../../app/url-state.ts';
import type { Paged } from '../../components/api-types.ts';
import { Status } from '../../components/Status.tsx';
import { useStaleApi } from '../../components/use-stale-api.ts';
import { useUrlUpdate } from '../../app/url-state.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/i18n.ts';
import type { ImportRun } from './data-types.ts';
import { offsetParam } from './offset-param.ts';
import { Pager } from './Pager.tsx';
import { RejectionsPanel } from './RejectionsPanel.tsx';

const PAGE = 20;

/**
 * The import history, newest first, 20 runs a page (`?runs=` offset): file, when, who, counts;
 * a run with rejected rows has a button that shows them (`?run=` id) below the table.
 */
export function ImportRunsSection(props: { readonly lang: Lang }): ReactNode {
  const { t } = useTranslation('data');
  const [runsParam, setRuns] = useUrlParam('runs');
  const [runParam] = useUrlParam('run');
  const update = useUrlUpdate();
  const offset = offsetParam(runsParam);
  const runs = useStaleApi<Paged<ImportRun>>('import-runs', { limit: PAGE, offset });
  const selected = runs.data?.items.find((r) => String(r.id) === runParam);
  return (
    <section aria-labelledby="imports">
      <h2 id="imports" tabIndex={-1}>
        {t('imports.heading')}
      </h2>
      <p>{t('imports.intro')}</p>
      {runs.data ? (
        <>
          <RunsTable runs={runs.data.items} lang={props.lang} selected={runParam} onShow={(id) => update({ run: id, rejected: null })} />
          <Pager
            label={t('imports.pager')}
            offset={offset}
            limit={PAGE}
            total={runs.data.total}
            lang={props.lang}
            onChange={(o) => setRuns(o ? String(o) : null)}
          />
        </>
      ) : (
        <Status data={runs.current} isEmpty={(d) => d.items.length === 0} empty={t('imports.empty')}>
          {() => null}
        </Status>
      )}
      {runParam !== null && (
        <RejectionsPanel
          key={runParam}
          runId={runParam}
          run={selected}
          lang={props.lang}
          onClose={() => update({ run: null, rejected: null })}
        />
      )}
    </section>
  );
}

function RunsTable(props: {
  readonly runs: readonly ImportRun[];
  readonly lang: Lang;
  readonly selected: string | null;
  readonly onShow: (id: string) => void;
}): ReactNode {
  const { t } = useTranslation('data');
  const { lang } = props;
  const n = (v: number): string => formatNumber(lang, v, 0);
  if (!props.runs.length) return <p className="status">{t('imports.empty')}</p>;
  return (
    <div className="table-scroll" role="region" aria-labelledby="runs-caption" tabIndex={0}>
      <table className="runs">
        <caption id="runs-caption" className="visually-hidden">
          {t('imports.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('imports.run')}</th>
            <th scope="col">{t('imports.source')}</th>
            <th scope="col">{t('imports.file')}</th>
            <th scope="col">{t('imports.when')}</th>
            <th scope="col">{t('imports.by')}</th>
            <th scope="col">{t('imports.status')}</th>
            <th scope="col" className="num">
              {t('imports.linesRead')}
            </th>
            <th scope="col" className="num">
              {t('imports.inserted')}
            </th>
            <th scope="col" className="num">
              {t('imports.updated')}
            </th>
            <th scope="col" className="num">
              {t('imports.unchanged')}
            </th>
            <th scope="col" className="num">
              {t('imports.rejected')}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.runs.map((r) => (
            <tr key={r.id} aria-current={props.selected === String(r.id) ? 'true' : undefined}>
              <th scope="row">{r.id}</th>
              <td className="nowrap">
                {r.dataset}
                <br />
                <span className="muted">{r.edition}</span>
              </td>
              <td className="file-cell">
                <span className="file-name">{r.fileName}</span>
                <br />
                <code className="hash" title={r.sha256}>
                  {r.sha256.slice(0, 12)}…
                </code>
              </td>
              <td className="nowrap">{formatDate(lang, r.startedAt)}</td>
              <td>{r.runBy}</td>
              <td>{t(`imports.statuses.${r.status}`, { defaultValue: r.status })}</td>
              <td className="num">{n(r.linesRead)}</td>
              <td className="num">{n(r.inserted)}</td>
              <td className="num">{n(r.updated)}</td>
              <td className="num">{n(r.unchanged)}</td>
              <td className="num">
                {r.rejected > 0 ? (
                  <button type="button" className="secondary small" onClick={() => props.onShow(String(r.id))}>
                    {t('imports.showRejected', { count: r.rejected, formatted: n(r.rejected), id: r.id })}
                  </button>
                ) : (
                  n(0)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
