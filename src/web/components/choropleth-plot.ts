import * as Plot from '@observablehq/plot';
import type { MapFrame } from './map-frame.ts';
import type { CountryShape } from './world-shapes.ts';

/** A member of the mapped group with its shape; `value` null when it has no data. */
export interface ChoroplethDatum {
  readonly iso3: string;
  readonly value: number | null;
  readonly shape: CountryShape;
  /** Tooltip text, e.g. "Kazakhstan: 0.182". */
  readonly label: string;
}

const SVG = 'http://www.w3.org/2000/svg';

/** The fill of members without data: grey hatching, so that "no data" never reads as a low value. */
function hatchPattern(id: string): SVGDefsElement {
  const defs = document.createElementNS(SVG, 'defs');
  const pattern = document.createElementNS(SVG, 'pattern');
  pattern.setAttribute('id', id);
  pattern.setAttribute('patternUnits', 'userSpaceOnUse');
  pattern.setAttribute('width', '6');
  pattern.setAttribute('height', '6');
  pattern.setAttribute('patternTransform', 'rotate(45)');
  const bg = document.createElementNS(SVG, 'rect');
  bg.setAttribute('width', '6');
  bg.setAttribute('height', '6');
  bg.setAttribute('fill', '#f4f6f8');
  const line = document.createElementNS(SVG, 'line');
  line.setAttribute('x1', '0');
  line.setAttribute('y1', '0');
  line.setAttribute('x2', '0');
  line.setAttribute('y2', '6');
  line.setAttribute('stroke', '#6e7781');
  line.setAttribute('stroke-width', '1.5');
  pattern.append(bg, line);
  defs.append(pattern);
  return defs;
}

/**
 * Tags each path of a geo mark with its country's ISO3 code (`data-iso3`), so that a click on the
 * map can open the country; Plot draws one path per index entry, in index order.
 */
function tagPaths(data: readonly ChoroplethDatum[]): Plot.RenderFunction {
  return (index, scales, values, dimensions, context, next) => {
    const g = next!(index, scales, values, dimensions, context)!;
    const paths = g.querySelectorAll('path');
    Array.from(index).forEach((i, k) => paths[k]?.setAttribute('data-iso3', data[i]!.iso3));
    return g;
  };
}

/**
 * A choropleth of the members (viridis, with a legend; `reverse` when lower is better so that the
 * bright end is always the better one), members without data hatched, the other countries of the
 * world light grey for context. The projection is fitted to `frame.domain`.
 */
export function choroplethPlot(opts: {
  readonly members: readonly ChoroplethDatum[];
  readonly context: readonly CountryShape[];
  readonly frame: MapFrame;
  readonly hatchId: string;
  readonly legendLabel: string;
  readonly reverse: boolean;
  readonly tickFormat: (value: number) => string;
  /** The colour scale's extent, shared by the main map and its inset. */
  readonly colorDomain: readonly [number, number];
  /** Draw the colour legend (the main map does; an inset does not). */
  readonly legend: boolean;
  readonly width?: number;
}): SVGSVGElement | HTMLElement {
  const withData = opts.members.filter((d) => d.value !== null);
  const noData = opts.members.filter((d) => d.value === null);
  return Plot.plot({
    width: opts.width ?? 760,
    projection: { type: opts.frame.type, rotate: opts.frame.rotate, domain: opts.frame.domain, inset: 6 },
    style: { fontSize: '13px' },
    color: {
      type: 'linear',
      scheme: 'viridis',
      reverse: opts.reverse,
      domain: [...opts.colorDomain],
      legend: opts.legend,
      label: opts.legendLabel,
      tickFormat: opts.tickFormat,
    },
    marks: [
      () => hatchPattern(opts.hatchId),
      Plot.geo(opts.context, { fill: '#e3e7eb', stroke: '#ffffff', strokeWidth: 0.4 }),
      Plot.geo(noData, {
        geometry: (d: ChoroplethDatum) => d.shape,
        fill: `url(#${opts.hatchId})`,
        stroke: '#59636e',
        strokeWidth: 0.6,
        title: (d: ChoroplethDatum) => d.label,
        render: tagPaths(noData),
      }),
      Plot.geo(withData, {
        geometry: (d: ChoroplethDatum) => d.shape,
        fill: (d: ChoroplethDatum) => d.value,
        stroke: '#ffffff',
        strokeWidth: 0.6,
        title: (d: ChoroplethDatum) => d.label,
        render: tagPaths(withData),
      }),
    ],
  });
}
