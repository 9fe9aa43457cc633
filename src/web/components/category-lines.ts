import * as Plot from '@observablehq/plot';
import { categoryColour, SYMBOLS } from './okabe-ito.ts';

/**
 * A chart width that fits the page: `max` pixels, or the width of `<main>`'s content when the
 * window is narrower (phones), so that text in the chart is not scaled down to illegibility.
 */
export function fittedWidth(max: number): number {
  const main = typeof document === 'undefined' ? null : document.getElementById('main');
  if (!main) return max;
  const style = getComputedStyle(main);
  const inner = main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return Math.max(280, Math.min(max, Math.floor(inner)));
}

export interface CategoryPoint {
  readonly category: string;
  readonly year: number;
  readonly value: number;
}

/**
 * A line chart with one line per category (country, source, edition, sex) over years: Okabe–Ito
 * colours in the order of `categories`, a different marker shape per category and a legend of the
 * markers, so that categories are told apart without colour. Dashed lines (`dashed`) set a category
 * further apart (e.g. an older edition). Used by the country and compare pages.
 */
export function categoryLines(opts: {
  readonly points: readonly CategoryPoint[];
  /** Display order, which fixes each category's colour and marker. */
  readonly categories: readonly string[];
  readonly xLabel: string;
  readonly yLabel: string;
  /** Plot tick format for y (e.g. '.3f'); default Plot's. */
  readonly yFormat?: string;
  /** y domain; default from zero to the largest value. */
  readonly yDomain?: readonly [number, number];
  /** Categories drawn with a dashed line. */
  readonly dashed?: readonly string[];
  readonly width?: number;
  readonly height?: number;
}): SVGSVGElement | HTMLElement {
  const categories = opts.categories;
  const colours = categories.map((_, i) => categoryColour(i));
  const symbols = categories.map((_, i) => SYMBOLS[i % SYMBOLS.length]!);
  const dashed = new Set(opts.dashed ?? []);
  const data = [...opts.points].sort((a, b) => a.year - b.year);
  const max = Math.max(0, ...data.map((d) => d.value));
  const lines = categories.map((category) =>
    Plot.line(
      data.filter((d) => d.category === category),
      {
        x: 'year',
        y: 'value',
        stroke: 'category',
        strokeWidth: 2,
        ...(dashed.has(category) ? { strokeDasharray: '6 4' } : {}),
      },
    ),
  );
  return Plot.plot({
    width: fittedWidth(opts.width ?? 900),
    height: opts.height ?? 340,
    marginLeft: 56,
    marginBottom: 40,
    style: { fontSize: '13px', overflow: 'visible' },
    x: { label: opts.xLabel, tickFormat: 'd', labelAnchor: 'right', labelArrow: 'none' },
    y: {
      label: opts.yLabel,
      grid: true,
      nice: true,
      domain: opts.yDomain ? [...opts.yDomain] : [0, max === 0 ? 1 : max],
      ...(opts.yFormat ? { tickFormat: opts.yFormat } : {}),
    },
    color: { domain: [...categories], range: colours },
    symbol: { domain: [...categories], range: symbols, legend: true },
    marks: [
      Plot.ruleY([opts.yDomain?.[0] ?? 0]),
      ...lines,
      Plot.dot(data, {
        x: 'year',
        y: 'value',
        fill: 'category',
        symbol: 'category',
        r: 4,
        // A dark outline keeps light colours (the palette's yellow) visible on white, legend included.
        stroke: '#1b1f24',
        strokeWidth: 0.6,
      }),
    ],
  });
}
