import * as Plot from '@observablehq/plot';
import { fittedWidth, type CategoryPoint } from '../../components/category-lines.ts';
import { categoryColour, SYMBOLS } from '../../components/okabe-ito.ts';

/** The claim's window (shaded), in years; a single year is shaded as a narrow band around it. */
export interface PlotWindow {
  readonly from: number;
  readonly to: number;
}

/** The level the claim states or implies, drawn as a dashed rule with its label. */
export interface PlotRule {
  readonly value: number;
  readonly label: string;
}

/**
 * The evidence chart of a claim: one line per series (source edition; Okabe–Ito colour and a marker
 * shape each, with a legend of the shapes), the claim's window shaded, the values the check used
 * ringed, and the claimed level as a dashed rule. Built like components/category-lines.ts, with the
 * claim's marks added.
 */
export function evidencePlot(opts: {
  readonly points: readonly CategoryPoint[];
  readonly categories: readonly string[];
  /** The values the check used (ringed). */
  readonly used: readonly CategoryPoint[];
  readonly window?: PlotWindow;
  readonly rule?: PlotRule;
  readonly xLabel: string;
  readonly yLabel: string;
  /** y tick labels in the reader's number format. */
  readonly yTickFormat?: (value: number) => string;
}): SVGSVGElement | HTMLElement {
  const { categories } = opts;
  const data = [...opts.points].sort((a, b) => a.year - b.year);
  const max = Math.max(0, opts.rule?.value ?? 0, ...data.map((d) => d.value));
  const years = [...data, ...opts.used].map((d) => d.year);
  const band = opts.window
    ? [
        {
          x1: opts.window.from - (opts.window.from === opts.window.to ? 0.4 : 0),
          x2: opts.window.to + (opts.window.from === opts.window.to ? 0.4 : 0),
        },
      ]
    : [];
  return Plot.plot({
    width: fittedWidth(820),
    height: 320,
    marginLeft: 56,
    marginRight: 24,
    marginBottom: 40,
    style: { fontSize: '13px', overflow: 'visible' },
    x: {
      label: opts.xLabel,
      tickFormat: 'd',
      labelAnchor: 'right',
      labelArrow: 'none',
      domain: [Math.min(...years, ...band.map((b) => b.x1)), Math.max(...years, ...band.map((b) => b.x2))],
    },
    y: {
      label: opts.yLabel,
      grid: true,
      nice: true,
      domain: [0, max === 0 ? 1 : max * 1.05],
      ...(opts.yTickFormat ? { tickFormat: opts.yTickFormat } : {}),
    },
    color: { domain: [...categories], range: categories.map((_, i) => categoryColour(i)) },
    symbol: {
      domain: [...categories],
      range: categories.map((_, i) => SYMBOLS[i % SYMBOLS.length]!),
      legend: true,
    },
    marks: [
      Plot.rect(band, { x1: 'x1', x2: 'x2', fill: '#ffbf47', fillOpacity: 0.25 }),
      Plot.ruleY([0]),
      ...categories.map((category) =>
        Plot.line(
          data.filter((d) => d.category === category),
          { x: 'year', y: 'value', stroke: 'category', strokeWidth: 2 },
        ),
      ),
      Plot.dot(data, {
        x: 'year',
        y: 'value',
        fill: 'category',
        symbol: 'category',
        r: 3.5,
        stroke: '#1b1f24',
        strokeWidth: 0.6,
      }),
      Plot.dot(opts.used, { x: 'year', y: 'value', r: 8, stroke: '#1b1f24', strokeWidth: 1.5, fill: 'none' }),
      ...(opts.rule
        ? [
            Plot.ruleY([opts.rule.value], { stroke: '#a4001d', strokeWidth: 1.5, strokeDasharray: '6 4' }),
            // At the left, where the lines (which mostly run from the past towards the claim) are far from it.
            Plot.text([opts.rule], {
              y: 'value',
              frameAnchor: 'left',
              textAnchor: 'start',
              text: 'label',
              dx: 6,
              dy: -8,
              fill: '#a4001d',
              fontWeight: 600,
            }),
          ]
        : []),
    ],
  });
}
