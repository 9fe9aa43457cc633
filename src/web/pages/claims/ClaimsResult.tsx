import { memo, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../i18n/i18n.ts';
import { ClaimCard } from './ClaimCard.tsx';
import { verdictCounts } from './claim-words.ts';
import type { ClaimsCheckResponse } from './claims-types.ts';
import { HighlightedText, VerdictLegend } from './HighlightedText.tsx';

/** Claims look like these; shown when a text has none Parity can read. */
const EXAMPLE_KEYS = ['change', 'points', 'level', 'rank', 'quota'] as const;

/**
 * The answer to a check: how many claims and their verdicts (announced), the key, the text with
 * each claim highlighted, then a card per claim; or, when the text holds none, what claims look like.
 * Memoised: typing in the form above must not redraw every chart.
 */
export const ClaimsResult = memo(function ClaimsResult(props: {
  data: ClaimsCheckResponse;
  lang: Lang;
  countryNames: ReadonlyMap<string, string>;
  indicatorNames: ReadonlyMap<string, string>;
}): ReactNode {
  const { t } = useTranslation('claims');
  const id = useId();
  const { data, lang } = props;
  if (data.claims.length === 0)
    return (
      <section className="status no-claims" aria-labelledby={`${id}-none`}>
        <div role="status">
          <h2 id={`${id}-none`}>{t('noClaims.title')}</h2>
        </div>
        <p>{t('noClaims.body')}</p>
        <ul>
          {EXAMPLE_KEYS.map((k) => (
            <li key={k}>{t(`noClaims.examples.${k}`)}</li>
          ))}
        </ul>
      </section>
    );
  const counts = verdictCounts(data.claims)
    .map((c) => t('result.countPart', { verdict: t(`verdict.${c.verdict}`), count: c.count }))
    .join(' · ');
  return (
    <>
      <section aria-labelledby={`${id}-text`}>
        <h2 id={`${id}-text`}>{t('result.title')}</h2>
        <p role="status" className="claims-count">
          <strong>{t('result.found', { count: data.claims.length })}</strong> — {counts}.
        </p>
        {data.country && (
          <p className="note">
            {t('result.country', { name: props.countryNames.get(data.country) ?? data.country })}
          </p>
        )}
        <HighlightedText text={data.text} claims={data.claims} lang={lang} />
        <VerdictLegend />
      </section>
      <section aria-labelledby={`${id}-cards`}>
        <h2 id={`${id}-cards`}>{t('result.cardsTitle')}</h2>
        {data.claims.map((check, i) => (
          <ClaimCard
            key={`${check.claim.span.start}-${i}`}
            check={check}
            n={i + 1}
            lang={lang}
            countryNames={props.countryNames}
            indicatorNames={props.indicatorNames}
          />
        ))}
      </section>
    </>
  );
});
