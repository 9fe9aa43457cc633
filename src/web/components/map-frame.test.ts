import type { Feature, MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { mapFrame, splitAmericas } from './map-frame.ts';

/** A country as one rectangle from (x0, y0) to (x1, y1), in degrees. */
function box(x0: number, y0: number, x1: number, y1: number): Feature<MultiPolygon> {
  const ring = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ];
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[ring]] } };
}

const KAZ = box(46.5, 40.6, 87.3, 55.4);
const TJK = box(67.3, 36.7, 75.1, 41);
const UZB = box(56, 37.2, 73.1, 45.6);
const RUS = box(27.3, 41.2, 180, 81.9);
const ISL = box(-24.5, 63.4, -13.5, 66.5);
const ISR = box(34.3, 29.5, 35.9, 33.3);
const USA = box(-124.7, 24.5, -66.9, 49.4);
const CAN = box(-141, 41.7, -52.6, 83.1);

describe('mapFrame', () => {
  it.each([
    // Central Asia: centred on its own box.
    ['Central Asia', [KAZ, TJK, UZB], [-66.9, -46.05]],
    // South Caucasus-like pair: not cut.
    ['two countries', [box(40, 38.8, 50.4, 43.6)], [-45.2, -41.2]],
    // Europe with Russia and Central Asia: the box stops at 90 °E and 72 °N.
    ['UNECE without North America', [ISL, ISR, RUS, KAZ], [-32.75, -50.75]],
    // Russia alone is not cut.
    ['Russia', [RUS], [-103.65, -61.55]],
    ['nothing', [], [-10, -53]],
  ] as const)('%s', (_name, parts, rotate) => {
    const frame = mapFrame(parts);
    expect(frame.rotate[0]).toBeCloseTo(rotate[0], 6);
    expect(frame.rotate[1]).toBeCloseTo(rotate[1], 6);
  });

  it('adds room on the west for an inset', () => {
    expect(mapFrame([ISL, ISR, RUS, KAZ], 20).rotate[0]).toBeCloseTo(-22.75, 6);
  });

  it('fits a closed box polygon', () => {
    const ring = mapFrame([KAZ]).domain.geometry.coordinates[0]!;
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(Math.min(...ring.map((p) => p[0]!))).toBeCloseTo(46.5, 6);
    expect(Math.max(...ring.map((p) => p[1]!))).toBeCloseTo(55.4, 6);
  });
});

describe('splitAmericas', () => {
  const name = new Map([
    [USA, 'USA'],
    [CAN, 'CAN'],
    [RUS, 'RUS'],
    [KAZ, 'KAZ'],
    [ISL, 'ISL'],
  ]);
  it.each([
    ['UNECE', [USA, CAN, RUS, ISL], ['RUS', 'ISL'], ['USA', 'CAN']],
    ['North America alone', [USA, CAN], ['USA', 'CAN'], []],
    ['Central Asia', [KAZ], ['KAZ'], []],
  ] as const)('%s', (_n, items, main, inset) => {
    const split = splitAmericas(items, (f) => f);
    expect(split.main.map((f) => name.get(f))).toEqual(main);
    expect(split.inset.map((f) => name.get(f))).toEqual(inset);
  });
});
