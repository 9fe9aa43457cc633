import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/use-api.ts';
import type { Paged } from '../../components/api-types.ts';
import { formatValue } from '../../components/format-value.ts';
import { ScrollBox } from '../../components/ScrollBox.tsx';
import { Status } from '../../components/Status.tsx';
import { formatNumber } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { COMPLIANCE_SYMBOL, sourceLabel } from './progress-format.ts';
import type { ComplianceStatus, QuotaCompliance } from './progress-types.ts';
import { complianceReasons, evidenceReasons, type QuotaReason } from './quota-reasons.ts';

/**
 * The country's quotas (body, kind, threshold, groups, adoption, source and how strong it is) and,
 * for each, the latest women's seat share of every source with the seats it counts and whether it
 * can show compliance (`GET /api/quotas/compliance?country=`).
 */
export function QuotaSection(props: {
  readonly iso3: string;
  readonly name: string;
  readonly lang: Lang;
}): ReactNode {
  const { t } = useTranslation('progress');
  const data = useApi<Paged<QuotaCompliance>>('quotas/compliance', { country: props.iso3, limit: 100 });
  return (
    <section aria-labelledby="quotas-h" className="quota-section">
      <h2 id="quotas-h">{t('quotas.title')}</h2>
      <p>{t('quotas.intro')}</p>
      <Status
        data={data}
        isEmpty={(d) => d.items.length === 0}
        empty={<p className="status">{t('quotas.none', { name: props.name })}</p>}
      >
        {(d) => (
          <ul className="plain quota-list">
            {d.items.map((c) => (
              <li key={c.quota.id}>
                <QuotaCard compliance={c} lang={props.lang} />
              </li>
            ))}
          </ul>
        )}
      </Status>
    </section>
  );
}

function QuotaCard(props: { readonly compliance: QuotaCompliance; readonly lang: Lang }): ReactNode {
  const { t } = useTranslation('progress');
  const { compliance: c, lang } = props;
  const q = c.quota;
  const headingId = `quota-${q.id}`;
  return (
    <article className="card quota-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('quotas.heading', {
          body: t(`quotas.body.${q.body}`),
          kind: t(`quotas.kind.${q.kind}`),
          threshold: formatValue(lang, q.threshold, 'percent'),
        })}
      </h3>
      <dl className="facts">
        <dt>{t('quotas.fields.body')}</dt>
        <dd>{t(`quotas.body.${q.body}`)}</dd>
        <dt>{t('quotas.fields.kind')}</dt>
        <dd>
          {t(`quotas.kind.${q.kind}`)} ({t(`quotas.appliesTo.${q.appliesTo}`)})
        </dd>
        <dt>{t('quotas.fields.threshold')}</dt>
        <dd>{formatValue(lang, q.threshold, 'percent')}</dd>
        <dt>{t('quotas.fields.groups')}</dt>
        <dd>
          {q.groups.map((g) => t(`quotas.group.${g}`)).join(', ')}
          {q.groups.length > 1 && <span className="note"> ({t('quotas.jointly')})</span>}
        </dd>
        <dt>{t('quotas.fields.adopted')}</dt>
        <dd>{q.adopted ?? t('quotas.notEstablished')}</dd>
        <dt>{t('quotas.fields.source')}</dt>
        <dd>
          <span className={`badge source-kind source-kind-${q.sourceKind}`}>
            {t(`quotas.sourceKind.${q.sourceKind}`)}
          </span>{' '}
          <span lang="en">{q.sourceUrl ? <a href={q.sourceUrl}>{q.source}</a> : q.source}</span>
        </dd>
      </dl>
      {q.sourceKind === 'statement' && (
        <p className="callout source-statement">
          <strong>{t('quotas.statementSource')}</strong> {t('quotas.statementNote')}
        </p>
      )}
      {q.note && (
        <details className="quota-note">
          <summary>{t('quotas.noteLabel')}</summary>
          <p lang="en">{q.note}</p>
        </details>
      )}
      <h4>{t('quotas.compliance.title')}</h4>
      <p className="compliance-status">
        <StatusBadge status={c.status} /> <ReasonList reasons={complianceReasons(c)} lang={lang} />
      </p>
      {c.evidence.length === 0 ? (
        <p className="status">{t('quotas.compliance.noEvidence')}</p>
      ) : (
        <EvidenceTable compliance={c} lang={lang} />
      )}
    </article>
  );
}

function EvidenceTable(props: { readonly compliance: QuotaCompliance; readonly lang: Lang }): ReactNode {
  const { t } = useTranslation('progress');
  const { compliance: c, lang } = props;
  const caption = t('quotas.compliance.caption', {
    threshold: formatValue(lang, c.quota.threshold, 'percent'),
  });
  return (
    <ScrollBox label={caption}>
      <table className="evidence-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('quotas.compliance.col.source')}</th>
            <th scope="col" className="num">
              {t('quotas.compliance.col.year')}
            </th>
            <th scope="col" className="num">
              {t('quotas.compliance.col.share')}
            </th>
            <th scope="col">{t('quotas.compliance.col.definition')}</th>
            <th scope="col" className="num">
              {t('quotas.compliance.col.gap')}
            </th>
            <th scope="col">{t('quotas.compliance.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {c.evidence.map((e) => (
            <tr key={`${e.indicator}|${e.dataset}|${e.edition}|${JSON.stringify(e.dims)}`}>
              <th scope="row">
                {sourceLabel(e)}
                <br />
                <code className="muted">{e.indicator}</code>
              </th>
              <td className="num">{e.year}</td>
              <td className="num">{formatValue(lang, e.value, 'percent')}</td>
              <td>
                {t(`quotas.definition.${e.definition}`)}
                {e.definitionNote && (
                  <details className="definition-note">
                    <summary>{t('quotas.compliance.definitionNote')}</summary>
                    <p className="note" lang="en">
                      {e.definitionNote}
                    </p>
                  </details>
                )}
              </td>
              <td className="num">{t('quotas.compliance.points', { value: signed(lang, e.gap) })}</td>
              <td>
                <StatusBadge status={e.status} />
                <br />
                <ReasonList reasons={evidenceReasons(c, e)} lang={lang} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

function signed(lang: Lang, x: number): string {
  const s = formatNumber(lang, Math.abs(x), 1);
  return x > 0 ? `+${s}` : x < 0 ? `−${s}` : s;
}

export function StatusBadge(props: { readonly status: ComplianceStatus }): ReactNode {
  const { t } = useTranslation('progress');
  return (
    <span className={`badge compliance compliance-${props.status}`}>
      <span aria-hidden="true">{COMPLIANCE_SYMBOL[props.status]}</span> {t(`quotas.status.${props.status}`)}
    </span>
  );
}

function ReasonList(props: { readonly reasons: readonly QuotaReason[]; readonly lang: Lang }): ReactNode {
  const { t } = useTranslation('progress');
  const text = props.reasons.map((r) => reasonText(t, r, props.lang)).join('; ');
  return <span className="reason">{text}</span>;
}

function reasonText(
  t: (key: string, o?: Record<string, unknown>) => string,
  r: QuotaReason,
  lang: Lang,
): string {
  switch (r.kind) {
    case 'joint-groups':
      return t('quotas.reason.jointGroups', {
        groups: r.groups.map((g) => t(`quotas.group.${g}`)).join(', '),
      });
    case 'candidate-lists':
      return t('quotas.reason.candidateLists');
    case 'other-body':
      return t('quotas.reason.otherBody', {
        definition: t(`quotas.definitionInline.${r.definition}`),
        body: t(`quotas.bodyInline.${r.body}`),
      });
    case 'as-above':
      return t('quotas.reason.asAbove');
    case 'gap':
      return t(r.gap >= 0 ? 'quotas.reason.above' : 'quotas.reason.below', {
        value: formatValue(lang, r.value, 'percent'),
        points: formatNumber(lang, Math.abs(r.gap), 1),
        threshold: formatValue(lang, r.threshold, 'percent'),
      });
    case 'no-matching-series':
      return t('quotas.reason.noMatchingSeries', { body: t(`quotas.bodyInline.${r.body}`) });
    case 'no-data':
      return t('quotas.reason.noData');
  }
}
