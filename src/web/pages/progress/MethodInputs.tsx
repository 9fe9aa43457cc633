import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatChange, formatValue } from '../../components/format-value.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/i18n.ts';
import type { MethodResult, ProgressRow, YearValue } from './progress-types.ts';
import { UnconfirmedBadge } from './MethodsPanel.tsx';

type Fact = readonly [label: string, value: ReactNode];

/**
 * What each method was given and what it computed for one series: base and latest points, target,
 * direction, growth rates, ratio, scores, projection; or, when a method has no result, why (the
 * reason in words, as the service gives it, in English).
 */
export function MethodInputs(props: { readonly row: ProgressRow; readonly lang: Lang }): ReactNode {
  const { t } = useTranslation('progress');
  const { row, lang } = props;
  const unit = row.indicator.unit;
  const a = row.assessment;
  const v = (x: number | null | undefined): string => formatValue(lang, x, unit);
  const pt = (p: YearValue): string => t('inputs.point', { value: v(p.value), year: p.year });
  const pct = (x: number | null | undefined): string =>
    x === null || x === undefined ? '–' : formatValue(lang, x * 100, 'percent-change');
  const num = (x: number | null | undefined, digits = 3): string => formatNumber(lang, x, digits);
  const direction = t(`direction.${row.indicator.direction}`);
  return (
    <div className="grid method-inputs">
      <MethodBox title={t('method.trend')} result={a.trend.change}>
        {(c) => {
          const facts: Fact[] = [
            [t('inputs.direction'), direction],
            [t('inputs.base'), pt(c.from)],
            [t('inputs.latest'), pt(c.to)],
            [t('inputs.change'), formatChange(lang, c.absolute, unit)],
            [t('inputs.relative'), pct(c.relative)],
            [t('inputs.cagr'), pct(c.cagr)],
          ];
          if (a.trend.linear.ok)
            facts.push(
              [
                t('inputs.slope'),
                t('inputs.perYear', { value: formatChange(lang, a.trend.linear.value.slope, unit) }),
              ],
              [
                t('inputs.fitted'),
                t('inputs.fittedSpan', {
                  n: a.trend.linear.value.n,
                  from: a.trend.linear.value.fromYear,
                  to: a.trend.linear.value.toYear,
                }),
              ],
            );
          if (a.trend.projection.ok)
            facts.push([
              t('inputs.projection', { year: a.trend.projection.value.year }),
              v(a.trend.projection.value.value),
            ]);
          return <Facts facts={facts} />;
        }}
      </MethodBox>
      <MethodBox title={t('method.growth-ratio')} result={a.growthRatio}>
        {(g) => (
          <Facts
            facts={[
              [t('inputs.mode'), t(`inputs.modes.${g.mode}`)],
              [t('inputs.baseRequested'), String(g.inputs.requestedBaseYear)],
              [t('inputs.base'), pt(g.inputs.base)],
              [t('inputs.latest'), pt(g.inputs.current)],
              [
                t('inputs.target'),
                g.inputs.target
                  ? t('inputs.point', { value: v(g.inputs.target.value), year: g.inputs.target.year })
                  : t('target.none'),
              ],
              [t('inputs.direction'), t(`inputs.directions.${g.inputs.direction}`)],
              [t('inputs.observedCagr'), pct(g.observedCagr)],
              ...(g.mode === 'target'
                ? ([
                    [t('inputs.requiredCagr'), pct(g.requiredCagr)],
                    [t('inputs.ratio'), num(g.ratio)],
                  ] as Fact[])
                : ([[t('inputs.c'), <Unconfirmed key="c" text={num(g.c)} />]] as Fact[])),
              [
                t('inputs.thresholds'),
                g.mode === 'target'
                  ? `${num(g.thresholds.onTrack, 2)} / ${num(g.thresholds.acceleration, 2)} / ${num(g.thresholds.limited, 2)}`
                  : `${pct(g.thresholds.onTrack)} / ${pct(g.thresholds.acceleration)} / ${pct(g.thresholds.limited)}`,
              ],
            ]}
          />
        )}
      </MethodBox>
      <MethodBox title={t('method.sdsn')} result={a.sdsn}>
        {(s) => (
          <Facts
            facts={[
              [
                t('inputs.bounds'),
                t('inputs.boundsText', {
                  optimum: v(s.bounds.optimum),
                  green: v(s.bounds.green),
                  red: v(s.bounds.red),
                  lower: v(s.bounds.lowerBound),
                }),
              ],
              [t('inputs.sdsnCode'), row.sdsn ? `${row.sdsn.code} (${row.sdsn.edition})` : '–'],
              [t('inputs.latest'), pt(s.latest)],
              [t('inputs.score'), num(s.score, 1)],
              [t('inputs.colour'), t(`verdict.sdsnColour.${s.colour}`)],
              [t('inputs.observedPace'), t('inputs.pointsPerYear', { value: num(s.trend.observedPace, 2) })],
              [
                t('inputs.requiredPace'),
                <Unconfirmed
                  key="rp"
                  text={t('inputs.pointsPerYear', { value: num(s.trend.requiredPace, 2) })}
                />,
              ],
              [t('inputs.paceRatio'), num(s.trend.paceRatio, 2)],
              [
                t('inputs.basis'),
                <span lang="en" key="basis">
                  {s.trend.basis}
                </span>,
              ],
            ]}
          />
        )}
      </MethodBox>
      <MethodBox title={t('method.escap-csi')} result={a.escapCsi} unconfirmed>
        {(c) => (
          <Facts
            facts={[
              [t('inputs.kind'), t(`inputs.kinds.${c.kind}`)],
              [t('inputs.base'), pt(c.base)],
              [t('inputs.latest'), pt(c.current)],
              [t('inputs.targetValue'), v(c.targetValue)],
              [t('inputs.csi'), t('verdict.csi', { value: num(c.value, 2) })],
              [t('inputs.targetMet'), t(c.targetMet ? 'methods.yes' : 'methods.no')],
              [t('inputs.timeElapsed'), formatValue(lang, c.timeElapsedShare * 100, 'percent')],
            ]}
          />
        )}
      </MethodBox>
      <MethodBox title={t('method.escap-api')} result={a.escapApi} unconfirmed>
        {(e) => (
          <Facts
            facts={[
              [t('inputs.kind'), t(`inputs.kinds.${e.kind}`)],
              [t('inputs.base'), pt(e.base)],
              [t('inputs.latest'), pt(e.latest)],
              [t('inputs.targetValue'), v(e.targetValue)],
              [
                t('inputs.weightedProjection', { year: e.projection.year }),
                t('inputs.weightedProjectionText', {
                  value: v(e.projection.value),
                  from: e.projection.fit.fromYear,
                  to: e.projection.fit.toYear,
                }),
              ],
              [t('inputs.gap'), num(e.gap, 3)],
              [t('inputs.tolerance'), num(e.tolerance, 3)],
            ]}
          />
        )}
      </MethodBox>
    </div>
  );
}

function MethodBox<T>(props: {
  readonly title: string;
  readonly result: MethodResult<T>;
  /** The whole method is a reconstruction (ESCAP): say so beside its title. */
  readonly unconfirmed?: boolean;
  readonly children: (value: T) => ReactNode;
}): ReactNode {
  const { t } = useTranslation('progress');
  const r = props.result;
  return (
    <section className="card method-box">
      <h5>
        {props.title}
        {props.unconfirmed && (
          <>
            {' '}
            <UnconfirmedBadge />
          </>
        )}
      </h5>
      {r.ok ? (
        props.children(r.value)
      ) : (
        <p>
          <strong>{t(`verdict.noResult.${r.reason}`)}:</strong> <span lang="en">{r.detail}</span>
        </p>
      )}
    </section>
  );
}

function Facts(props: { readonly facts: readonly Fact[] }): ReactNode {
  return (
    <dl className="facts">
      {props.facts.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

function Unconfirmed(props: { readonly text: string }): ReactNode {
  return (
    <>
      {props.text} <UnconfirmedBadge />
    </>
  );
}
