import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { mainParts, ringBounds } from './main-parts.ts';

/** A square ring of side `d` degrees with its lower-left corner at (x, y). */
function square(x: number, y: number, d: number): Position[][] {
  return [
    [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ],
  ];
}

function multi(...polys: Position[][][]): Feature<MultiPolygon> {
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polys } };
}

describe('mainParts', () => {
  it.each([
    // Spain: the mainland (~(-3.6, 40)) and the Balearics kept, the Canaries (~(-15.6, 28.3)) dropped.
    ['Spain', multi(square(-9.3, 36, 12.6), square(2.4, 39.3, 1.5), square(-18, 27.6, 4.8)), 2],
    // France: metropolitan France (~(2, 46)), Corsica kept, French Guiana (~(-53, 4)) dropped.
    ['France', multi(square(-4, 42, 12), square(8.5, 41.4, 1), square(-54, 2, 2)), 2],
    // United States: the lower 48 kept; Alaska (~(-150, 63)) and Hawaii (~(-157, 20)) dropped.
    ['United States', multi(square(-124, 25, 57), square(-168, 55, 27), square(-160, 19, 5)), 1],
    ['one polygon', multi(square(0, 0, 1)), 1],
    ['no polygon', multi(), 0],
  ])('%s keeps %i parts', (_name, shape, kept) => {
    expect(mainParts(shape).geometry.coordinates).toHaveLength(kept);
  });

  it('takes a Polygon as a one-part MultiPolygon', () => {
    const shape: Feature<Polygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: square(68, 41, 10) },
    };
    expect(mainParts(shape).geometry).toEqual({ type: 'MultiPolygon', coordinates: [square(68, 41, 10)] });
  });
});

describe('ringBounds', () => {
  it.each([
    [
      'Kazakhstan-like',
      [
        [46.5, 40.6],
        [87.3, 40.6],
        [87.3, 55.4],
        [46.5, 55.4],
        [46.5, 40.6],
      ],
      [46.5, 40.6, 87.3, 55.4],
    ],
    // Russia's mainland crosses the antimeridian: the Chukotka end counts as 190 °E, not −170 °E.
    [
      'across the antimeridian',
      [
        [27, 50],
        [179.9, 66],
        [-170, 66],
        [-180, 64],
        [27, 50],
      ],
      [27, 50, 190, 66],
    ],
  ])('%s', (_name, ring, expected) => {
    expect(ringBounds(ring)).toEqual(expected);
  });
});
