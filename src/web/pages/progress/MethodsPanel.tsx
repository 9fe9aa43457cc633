import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { Status } from '../../components/Status.tsx';
import type { MethodParameter, MethodsResponse, ProgressMethod, ProgressMethodId } from './progress-types.ts';

/**
 * How each method the page uses works: its explanation in the reader's language (keyed by method
 * id; the API's English when a translation is missing), who publishes it, and its parameters with
 * their defaults, each unconfirmed one marked UNCONFIRMED with its note (METHODS.md could not read
 * the publisher's value, so Parity's default may differ from theirs).
 */
export function MethodsPanel(props: {
  readonly ids: readonly ProgressMethodId[];
  readonly lang: Lang;
}): ReactNode {
  const { t } = useTranslation('progress');
  const data = useApi<MethodsResponse>('progress/methods', { lang: props.lang });
  // The API names a method by any string: those this page does not place are left out.
  const order = (id: string): number => (props.ids as readonly string[]).indexOf(id);
  return (
    <section aria-labelledby="methods-h" className="methods-panel">
      <h2 id="methods-h">{t('methods.title')}</h2>
      <p>{t('methods.intro')}</p>
      <Status data={data}>
        {(d) => (
          <div className="grid methods-grid">
            {d.methods
              .filter((m) => order(m.id) >= 0)
              .sort((a, b) => order(a.id) - order(b.id))
              .map((m) => (
                <MethodCard key={m.id} method={m} lang={props.lang} />
              ))}
          </div>
        )}
      </Status>
    </section>
  );
}

function MethodCard(props: { readonly method: ProgressMethod; readonly lang: Lang }): ReactNode {
  const { t } = useTranslation('progress');
  const { method: m, lang } = props;
  const name = t(`methodInfo.${m.id}.name`, { defaultValue: '' });
  const explanation = t(`methodInfo.${m.id}.explanation`, { defaultValue: '' });
  const unconfirmed = m.parameters.filter((p) => p.status === 'unconfirmed').length;
  const headingId = `method-${m.id}`;
  return (
    <article className="card method-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{name || <span lang="en">{m.name}</span>}</h3>
      <p className="note">
        {t('methods.publisher', { publisher: m.publisher })} · <span lang="en">{m.reference}</span>
      </p>
      <p>{explanation || <span lang="en">{m.explanation}</span>}</p>
      <details className="method-params">
        <summary>
          {t('methods.parameters', { count: m.parameters.length })}
          {unconfirmed > 0 && (
            <>
              {t('methods.unconfirmedCount', { count: unconfirmed })} <UnconfirmedBadge />
            </>
          )}
        </summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('methods.col.name')}</th>
              <th scope="col">{t('methods.col.default')}</th>
              <th scope="col">{t('methods.col.note')}</th>
            </tr>
          </thead>
          <tbody>
            {m.parameters.map((p) => (
              <ParameterRow key={p.name} methodId={m.id} parameter={p} lang={lang} />
            ))}
          </tbody>
        </table>
      </details>
    </article>
  );
}

function ParameterRow(props: {
  readonly methodId: ProgressMethod['id'];
  readonly parameter: MethodParameter;
  readonly lang: Lang;
}): ReactNode {
  const { t } = useTranslation('progress');
  const { parameter: p, lang } = props;
  const note = t(`methodInfo.${props.methodId}.params.${p.name}`, { defaultValue: '' });
  return (
    <tr className={p.status === 'unconfirmed' ? 'param-unconfirmed' : undefined}>
      <th scope="row">
        <code>{p.name}</code>
      </th>
      <td>
        {typeof p.default === 'number' ? (
          formatNumber(lang, p.default, 4)
        ) : typeof p.default === 'boolean' ? (
          t(p.default ? 'methods.yes' : 'methods.no')
        ) : (
          <code>{p.default}</code>
        )}
      </td>
      <td>
        {p.status === 'unconfirmed' && (
          <>
            <UnconfirmedBadge />{' '}
          </>
        )}
        {note || <span lang="en">{p.note}</span>}
      </td>
    </tr>
  );
}

/** The word UNCONFIRMED (the same in every language's badge text: it is what METHODS.md says) with its meaning. */
export function UnconfirmedBadge(): ReactNode {
  const { t } = useTranslation('progress');
  return (
    <span className="badge badge-unconfirmed" title={t('methods.unconfirmedHelp')}>
      {t('methods.unconfirmed')}
    </span>
  );
}
