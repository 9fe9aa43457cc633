import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/i18n.ts';
import type {
  Assessment,
  EscapApi,
  EscapCsi,
  GrowthRatio,
  MethodResult,
  Sdsn,
  TimeToTarget,
} from './progress-types.ts';
import {
  ESCAP_API_VIEW,
  GROWTH_RATIO_VIEW,
  SDSN_COLOUR_SYMBOL,
  SDSN_TREND_VIEW,
  verdictView,
  type VerdictView,
} from './progress-verdicts.ts';

/** One verdict: symbol (hidden from screen readers, which read the word) and word, toned by class. */
export function Verdict(props: { readonly view: VerdictView; readonly extra?: ReactNode }): ReactNode {
  const { t } = useTranslation('progress');
  return (
    <span className={`verdict tone-${props.view.tone}`}>
      <span className="verdict-symbol" aria-hidden="true">
        {props.view.symbol}
      </span>{' '}
      {t(`verdict.${props.view.key}`)}
      {props.extra}
    </span>
  );
}

export function GrowthRatioVerdict(props: { readonly result: MethodResult<GrowthRatio> }): ReactNode {
  return <Verdict view={verdictView(props.result, (g) => GROWTH_RATIO_VIEW[g.category])} />;
}

/** SDSN: the dashboard colour (swatch, shape and word) and the trend arrow. */
export function SdsnVerdict(props: { readonly result: MethodResult<Sdsn>; readonly lang: Lang }): ReactNode {
  const { t } = useTranslation('progress');
  const r = props.result;
  if (!r.ok) return <Verdict view={verdictView(r, () => SDSN_TREND_VIEW.unavailable)} />;
  const s = r.value;
  return (
    <span className="sdsn-verdict">
      <span className={`sdsn-colour sdsn-${s.colour}`}>
        <span className="sdsn-swatch" aria-hidden="true">
          {SDSN_COLOUR_SYMBOL[s.colour]}
        </span>{' '}
        {t(`verdict.sdsnColour.${s.colour}`)}
      </span>
      <span className="note"> ({t('verdict.score', { score: formatNumber(props.lang, s.score, 1) })})</span>
      <br />
      <Verdict view={SDSN_TREND_VIEW[s.trend.trend]} />
    </span>
  );
}

/** ESCAP: the current status (CS out of 10) and the anticipated progress category. */
export function EscapVerdict(props: {
  readonly csi: MethodResult<EscapCsi>;
  readonly api: MethodResult<EscapApi>;
  readonly lang: Lang;
}): ReactNode {
  const { t } = useTranslation('progress');
  const { csi, api, lang } = props;
  if (!csi.ok && !api.ok) return <Verdict view={verdictView(api, () => ESCAP_API_VIEW.reverse)} />;
  return (
    <span className="escap-verdict">
      <span>
        {csi.ok ? t('verdict.csi', { value: formatNumber(lang, csi.value.value, 1) }) : t('verdict.csiNone')}
      </span>
      <br />
      <Verdict view={verdictView(api, (a) => ESCAP_API_VIEW[a.category])} />
    </span>
  );
}

/** Years until the target (or parity) at the pace of the linear trend, or why not. */
export function TimeToTargetText(props: {
  readonly result: MethodResult<TimeToTarget>;
  readonly lang: Lang;
}): ReactNode {
  const { t } = useTranslation('progress');
  const r = props.result;
  if (!r.ok) return <span className="muted">{t(`verdict.noResult.${r.reason}`)}</span>;
  const v = r.value;
  const towards = t(`timeToTarget.towards.${v.towards}`);
  if (v.status === 'reached') return <span>{t('timeToTarget.reached', { towards })}</span>;
  if (v.status === 'not-at-this-pace')
    return (
      <span>
        <span aria-hidden="true">∞</span> {t('timeToTarget.never', { towards })}
      </span>
    );
  // The count is the number shown, so that its plural form matches it (5,3 года; 12 лет).
  const digits = v.years < 10 ? 1 : 0;
  const shown = Number(v.years.toFixed(digits));
  return (
    <span>
      {t('timeToTarget.years', {
        count: shown,
        years: formatNumber(props.lang, shown, digits),
        year: Math.ceil(v.year),
        towards,
      })}
    </span>
  );
}

/** "Methods disagree" (with a warning sign), "agree", or nothing to compare. */
export function AgreementMarker(props: {
  readonly assessment: Assessment;
  readonly disagree: boolean;
}): ReactNode {
  const { t } = useTranslation('progress');
  const a = props.assessment.agreement;
  if (props.disagree)
    return (
      <span className="disagree-marker">
        <span aria-hidden="true">⚠</span> {t('agreement.disagree')}
      </span>
    );
  if (a.agree)
    return (
      <span className="agree-marker">
        {t('agreement.agree', {
          count: a.verdicts.length,
          verdict: a.consensus ? t(`agreement.verdict.${a.consensus}`) : '',
        })}
      </span>
    );
  return <span className="muted">{t('agreement.tooFew')}</span>;
}
