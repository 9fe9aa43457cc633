import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { ringBounds } from './main-parts.ts';

/** How a map is projected: an equal-area azimuthal projection centred on the region, fitted to it. */
export interface MapFrame {
  readonly type: 'azimuthal-equal-area';
  /** Plot's rotate: minus the centre's longitude and latitude. */
  readonly rotate: [number, number];
  /** What the projection is fitted to: the region's bounding box, as a polygon. */
  readonly domain: Feature<Polygon>;
}

/**
 * For a group of several countries reaching into Europe, the box the map is fitted to stops at
 * 90 °E and 72 °N: Russia's Far East and the Arctic islands would otherwise shrink Europe, where
 * most UNECE members are, to a corner. The shapes beyond are still drawn up to the frame's edge.
 */
const EAST_LIMIT = 90;
const NORTH_LIMIT = 72;

/** Longitude west of which a country's main part counts as North American (for the inset). */
export const AMERICAS_WEST_OF = -30;

function bounds(parts: readonly Feature<MultiPolygon>[]): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of parts) {
    for (const polygon of f.geometry.coordinates) {
      const [a, b, c, d] = ringBounds(polygon[0] ?? []);
      [x0, y0, x1, y1] = [Math.min(x0, a), Math.min(y0, b), Math.max(x1, c), Math.max(y1, d)];
    }
  }
  return [x0, y0, x1, y1];
}

/**
 * A lon/lat box as a polygon with a vertex every 5°, so that its edges follow the parallels. The
 * ring runs clockwise (north along the west edge, east along the top): d3-geo reads a spherical
 * polygon's interior by its winding, and the other way round it would be the rest of the globe.
 */
function boxPolygon(x0: number, y0: number, x1: number, y1: number): Feature<Polygon> {
  const steps = Math.max(2, Math.ceil((x1 - x0) / 5));
  const xs = Array.from({ length: steps + 1 }, (_, i) => x0 + ((x1 - x0) * i) / steps);
  const ring = [...xs.map((x) => [x, y1]), ...[...xs].reverse().map((x) => [x, y0]), [x0, y1]];
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
}

/**
 * The projection for a set of countries (their main parts, see mainParts): azimuthal equal-area
 * (areas compare fairly on a choropleth) centred on the middle of their bounding box, which is the
 * domain the caller's Plot fits. A group of several countries reaching into Europe is cut at 90 °E
 * and 72 °N (see EAST_LIMIT). `padWest` degrees of ocean are added on the west, where an inset
 * goes. An empty set gives a frame on Europe.
 */
export function mapFrame(parts: readonly Feature<MultiPolygon>[], padWest = 0): MapFrame {
  let [x0, y0, x1, y1] = bounds(parts);
  if (!Number.isFinite(x0)) [x0, y0, x1, y1] = [-25, 34, 45, 72];
  x0 -= padWest;
  if (parts.length > 2 && x0 < 60) {
    x1 = Math.min(x1, EAST_LIMIT);
    y1 = Math.min(y1, NORTH_LIMIT);
  }
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  return { type: 'azimuthal-equal-area', rotate: [-cx, -cy], domain: boxPolygon(x0, y0, x1, y1) };
}

/**
 * Splits a region reaching from North America to Eurasia (all UNECE members, or North America with
 * Europe) into the main map and a North American inset, so that neither shrinks the other; a
 * region on one side only stays whole (`inset` empty).
 */
export function splitAmericas<T>(
  items: readonly T[],
  part: (item: T) => Feature<MultiPolygon>,
): { main: T[]; inset: T[] } {
  const west = (item: T): boolean => {
    const [x0, , x1] = bounds([part(item)]);
    return Number.isFinite(x0) && (x0 + x1) / 2 < AMERICAS_WEST_OF;
  };
  const inset = items.filter(west);
  const main = items.filter((i) => !west(i));
  return inset.length && main.length ? { main, inset } : { main: [...items], inset: [] };
}
