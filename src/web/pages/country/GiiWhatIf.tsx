import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUrlParam } from '../../app/url-state.ts';
import { formatFixed } from '../../components/format-fixed.ts';
import { Status } from '../../components/Status.tsx';
import { useStaleApi } from '../../components/use-stale-api.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/i18n.ts';
import { giiInputsOf, hasAllInputs, parseSeatShare } from './profile-data.ts';
import type { GiiSeriesRow, GiiWhatIfBody } from './profile-types.ts';

/**
 * "If women held X % of seats": recomputes the latest GII with women's share of parliamentary seats
 * set to X (men's to 100 − X) through `GET /api/indices/gii/what-if`. X lives in the URL (`?seats=`).
 */
export function GiiWhatIf(props: {
  iso3: string;
  series: readonly GiiSeriesRow[];
  edition: string | undefined;
  lang: Lang;
}): ReactNode {
  const { t } = useTranslation('country');
  const id = useId();
  const { lang } = props;
  // The what-if recomputes the GII, so it starts from the latest year with all eight inputs.
  const base = props.series.filter(hasAllInputs).sort((a, b) => b.year - a.year)[0];
  const current = base ? giiInputsOf(base).prF : null;
  const [raw, setRaw] = useUrlParam('seats');
  // The field keeps what is typed (even half-typed or empty); the URL keeps the last valid share.
  const [text, setText] = useState(raw ?? (current === null ? '50' : String(Math.round(current * 10) / 10)));
  const seats = parseSeatShare(text);
  const change = (value: string): void => {
    setText(value);
    if (parseSeatShare(value) !== null) setRaw(value);
  };
  const { current: result, data: last } = useStaleApi<GiiWhatIfBody>(
    base && seats !== null ? 'indices/gii/what-if' : null,
    {
      country: props.iso3,
      year: base?.year,
      edition: props.edition,
      prF: seats,
    },
  );
  if (!base) return <p className="status">{t('whatIf.none')}</p>;
  return (
    <div className="what-if card">
      <p>
        {t('whatIf.intro', {
          year: base.year,
          current: formatNumber(lang, current, 1),
        })}
      </p>
      <div className="controls what-if-controls">
        <label htmlFor={`${id}-seats`}>{t('whatIf.label')}</label>
        <input
          id={`${id}-seats`}
          type="number"
          inputMode="decimal"
          min={0}
          max={100}
          step={0.1}
          value={text}
          aria-describedby={`${id}-help`}
          aria-invalid={seats === null}
          onChange={(e) => change(e.target.value)}
        />
        <button type="button" className="secondary" onClick={() => change('50')}>
          {t('whatIf.parity')}
        </button>
      </div>
      <p id={`${id}-help`} className="note">
        {t('whatIf.help')}
      </p>
      <div aria-live="polite" className="what-if-result">
        {seats === null ? (
          <p className="status status-error">{t('whatIf.invalid')}</p>
        ) : (
          <>
            {result.state !== 'error' && last ? (
              <p className="what-if-answer">
                {t('whatIf.result', {
                  seats: formatNumber(lang, last.inputs?.scenario?.prF ?? seats, 1),
                  year: base.year,
                  newGii: formatFixed(lang, last.newRounded ?? last.newGii, 3),
                  baseGii: formatFixed(lang, last.baseRounded ?? last.baseGii, 3),
                  change: signed(lang, last.changeRounded ?? last.change),
                })}
              </p>
            ) : (
              <Status data={result}>{() => null}</Status>
            )}
          </>
        )}
      </div>
    </div>
  );
}

/** A GII change with its sign: +0.012, −0.051, ±0.000. */
function signed(lang: Lang, change: number): string {
  // The sign of the change as shown (3 decimals), so a tiny change never reads −0.000.
  const shown = Math.round(change * 1000);
  const sign = shown > 0 ? '+' : shown < 0 ? '−' : '±';
  return `${sign}${formatFixed(lang, Math.abs(change), 3)}`;
}
