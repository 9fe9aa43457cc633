import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/** Planar area of a ring in square degrees (shoelace); enough to tell a mainland from an island. */
function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    sum += (xj + xi) * (yj - yi);
  }
  return Math.abs(sum / 2);
}

/**
 * The lon/lat bounding box of a ring, `[x0, y0, x1, y1]`. A ring crossing the antimeridian (Russia's
 * mainland runs from 27 °E to 180° and on to −170°) has its western longitudes shifted by 360°, so
 * that its box is 27–190 rather than the whole −180–180.
 */
export function ringBounds(ring: readonly Position[]): [number, number, number, number] {
  const crosses = ring.some(([x = 0]) => x > 150) && ring.some(([x = 0]) => x < -150);
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [rawX = 0, y = 0] of ring) {
    const x = crosses && rawX < 0 ? rawX + 360 : rawX;
    x0 = Math.min(x0, x);
    x1 = Math.max(x1, x);
    y0 = Math.min(y0, y);
    y1 = Math.max(y1, y);
  }
  return [x0, y0, x1, y1];
}

function centre(ring: readonly Position[]): [number, number] {
  const [x0, y0, x1, y1] = ringBounds(ring);
  return [(x0 + x1) / 2, (y0 + y1) / 2];
}

/**
 * The parts of a country that a map should be fitted to: its largest polygon and every polygon
 * whose centre lies within `maxDegrees` (in lon/lat degrees) of the largest one's. Overseas parts
 * (French Guiana for France, Hawaii and Alaska for the United States, the Canaries for Spain, the
 * Azores for Portugal) are dropped so that fitting a projection to a few European members does not zoom out to the
 * Atlantic. Returns a MultiPolygon feature (empty when the shape has no polygon).
 */
export function mainParts(shape: Feature<Polygon | MultiPolygon>, maxDegrees = 15): Feature<MultiPolygon> {
  const g = shape.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const sized = polygons.map((p) => ({ p, area: ringArea(p[0] ?? []), c: centre(p[0] ?? []) }));
  const largest = sized.reduce<(typeof sized)[number] | undefined>(
    (best, s) => (best === undefined || s.area > best.area ? s : best),
    undefined,
  );
  const kept = largest
    ? sized.filter((s) => Math.hypot(s.c[0] - largest.c[0], s.c[1] - largest.c[1]) <= maxDegrees)
    : [];
  return {
    type: 'Feature',
    properties: shape.properties,
    geometry: { type: 'MultiPolygon', coordinates: kept.map((s) => s.p) },
  };
}
