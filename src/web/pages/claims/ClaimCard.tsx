import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../i18n/i18n.ts';
import { claimPhrase, localSummary, VERDICT_SYMBOL, type Translate } from './claim-words.ts';
import type { ClaimCheck, Verdict } from './claims-types.ts';
import { EvidenceChart } from './EvidenceChart.tsx';
import { evidenceGroups } from './evidence.ts';
import { FindingsTable } from './FindingsTable.tsx';
import { focusById } from './focus.ts';
import { QuotaFacts } from './QuotaFacts.tsx';

export function cardId(n: number): string {
  return `claim-${n}`;
}

export function markId(n: number): string {
  return `claim-mark-${n}`;
}

/** A verdict as a symbol and words, in the verdict's colour: never colour alone. */
export function VerdictBadge(props: { verdict: Verdict }): ReactNode {
  const { t } = useTranslation('claims');
  return (
    <span className={`verdict-badge verdict-${props.verdict}`}>
      <span aria-hidden="true">{VERDICT_SYMBOL[props.verdict]}</span> {t(`verdict.${props.verdict}`)}
    </span>
  );
}

/**
 * One claim: its verdict, the sentence saying why, how it was read, what limits the verdict, the
 * quota it was compared with (for quota claims), the findings as a table and the evidence charts.
 * Focusable, so that the highlight in the text can move the reader here.
 */
export function ClaimCard(props: {
  check: ClaimCheck;
  n: number;
  lang: Lang;
  countryNames: ReadonlyMap<string, string>;
  indicatorNames: ReadonlyMap<string, string>;
}): ReactNode {
  const { t: tr } = useTranslation('claims');
  const t = tr as Translate;
  const { check, n, lang } = props;
  const { claim } = check;
  const headingId = `${cardId(n)}-heading`;
  const quotas = check.findings.flatMap((f) => (f.kind === 'quota' ? [f.quota] : []));
  const groups = evidenceGroups(check);
  const years = claim.years;
  return (
    <article
      className={`claim-card verdict-${check.verdict}`}
      id={cardId(n)}
      tabIndex={-1}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>
        {t('card.title', { n })} <VerdictBadge verdict={check.verdict} />
      </h3>
      <blockquote lang={claim.language}>{claim.text}</blockquote>
      <p className="claim-summary">{lang === 'en' ? check.summary : localSummary(t, lang, check)}</p>
      {lang !== 'en' && (
        <details className="claim-original">
          <summary>{t('card.original')}</summary>
          <p lang="en">{check.summary}</p>
        </details>
      )}
      <dl className="facts claim-reading">
        <dt>{t('card.readAs')}</dt>
        <dd>{claimPhrase(t, lang, claim)}</dd>
        <dt>{t('card.country')}</dt>
        <dd>
          {claim.country ? (props.countryNames.get(claim.country) ?? claim.country) : t('card.noCountry')}
        </dd>
        <dt>{t('card.years')}</dt>
        <dd>
          {years.from !== undefined && years.to !== undefined
            ? `${years.from}–${years.to}`
            : years.from !== undefined
              ? t('card.yearsFrom', { from: years.from })
              : years.to !== undefined
                ? t('card.yearsTo', { to: years.to })
                : t('card.yearsNone')}
        </dd>
      </dl>
      {check.verdict === 'not-checkable' && check.reason && (
        <p className="claim-reason">
          <strong>{t('card.reason')}:</strong> {t(`reason.${check.reason}`)}
        </p>
      )}
      {check.qualifiers.length > 0 && (
        <>
          <h4>
            {t('card.qualifiers')} {lang !== 'en' && <span className="note">{t('card.inEnglish')}</span>}
          </h4>
          <ul className="qualifiers" lang="en">
            {check.qualifiers.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </>
      )}
      {quotas.map((q) => (
        <QuotaFacts key={q.id} quota={q} lang={lang} />
      ))}
      <h4>{t('card.evidence')}</h4>
      {check.findings.length === 0 && !check.closest ? (
        <p className="note">{t('card.noEvidence')}</p>
      ) : (
        <FindingsTable check={check} n={n} lang={lang} indicatorNames={props.indicatorNames} />
      )}
      {claim.assertion.kind === 'quota' && groups.length > 0 && <p className="note">{t('quota.context')}</p>}
      {groups.map((g) => (
        <EvidenceChart
          key={g.key}
          check={check}
          n={n}
          group={g}
          name={props.indicatorNames.get(g.series[0]!.indicator) ?? g.series[0]!.name}
          lang={lang}
        />
      ))}
      <Definitions check={check} indicatorNames={props.indicatorNames} />
      <p>
        <a href={`#${markId(n)}`} onClick={(e) => focusById(e, markId(n), 'center')}>
          {t('card.back', { n })}
        </a>
      </p>
    </article>
  );
}

/** Each series' definition note (English, from the catalogue), once per indicator. */
function Definitions(props: { check: ClaimCheck; indicatorNames: ReadonlyMap<string, string> }): ReactNode {
  const { t } = useTranslation('claims');
  const notes = new Map<string, string>();
  for (const f of props.check.findings)
    if (f.kind === 'series' && f.series.definitionNote && !notes.has(f.series.indicator))
      notes.set(f.series.indicator, f.series.definitionNote);
  if (notes.size === 0) return null;
  return (
    <details className="definitions">
      <summary>{t('card.definitions')}</summary>
      <dl>
        {[...notes].map(([code, note]) => (
          <div key={code}>
            <dt>{props.indicatorNames.get(code) ?? code}</dt>
            <dd lang="en">{note}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
