import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../i18n/i18n.ts';
import { cardId, markId } from './ClaimCard.tsx';
import { VERDICT_SYMBOL, VERDICTS } from './claim-words.ts';
import type { ClaimCheck } from './claims-types.ts';
import { focusById } from './focus.ts';
import { highlightSegments } from './segments.ts';

/**
 * The statement as checked, each claim in a `<mark>` coloured by its verdict and tagged with its
 * number and the verdict's symbol; each highlight is a link to the claim's card (focus moves there).
 * The text keeps the language it was written in.
 */
export function HighlightedText(props: {
  text: string;
  claims: readonly ClaimCheck[];
  lang: Lang;
}): ReactNode {
  const { t } = useTranslation('claims');
  const segments = highlightSegments(
    props.text,
    props.claims.map((c) => c.claim.span),
  );
  return (
    <div className="claims-text" role="group" aria-label={t('result.textLabel')}>
      <p lang={props.claims[0]?.claim.language}>
        {segments.map((s) => {
          if (s.kind === 'text') return <span key={s.start}>{s.text}</span>;
          const n = s.claim + 1;
          const verdict = props.claims[s.claim]!.verdict;
          return (
            <a
              key={s.start}
              id={markId(n)}
              href={`#${cardId(n)}`}
              className="claim-link"
              onClick={(e) => focusById(e, cardId(n))}
            >
              <mark className={`claim-mark verdict-${verdict}`}>
                {s.text}
                <span className="claim-tag" aria-hidden="true">
                  {n} {VERDICT_SYMBOL[verdict]}
                </span>
                <span className="visually-hidden" lang={props.lang}>
                  {' '}
                  ({t('result.markLabel', { n, verdict: t(`verdict.${verdict}`) })})
                </span>
              </mark>
            </a>
          );
        })}
      </p>
    </div>
  );
}

/** What the colours and symbols mean. */
export function VerdictLegend(): ReactNode {
  const { t } = useTranslation('claims');
  return (
    <div className="verdict-legend">
      <h3>{t('legend.title')}</h3>
      <ul>
        {VERDICTS.map((v) => (
          <li key={v}>
            <span className={`claim-mark verdict-${v}`}>
              <span aria-hidden="true">{VERDICT_SYMBOL[v]}</span> {t(`verdict.${v}`)}
            </span>
            {' — '}
            {t(`legend.${v}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
