import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { useEffect, useState } from 'react';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Loadable } from '../api/use-api.ts';

/** A country of world-atlas: `id` is its ISO 3166 numeric (M49) code, three digits (`398`). */
export type CountryShape = Feature<Polygon | MultiPolygon, { name: string }>;

let pending: Promise<CountryShape[]> | null = null;

/**
 * The world's countries (Natural Earth 1:50m via world-atlas), fetched once on first use: the
 * topology (~750 kB) is a separate asset, so pages without a map never load it. A failed fetch is
 * forgotten so that a retry fetches again.
 */
export function loadCountryShapes(): Promise<CountryShape[]> {
  pending ??= fetchShapes().catch((e: unknown) => {
    pending = null;
    throw e;
  });
  return pending;
}

async function fetchShapes(): Promise<CountryShape[]> {
  const [{ default: url }, { feature }] = await Promise.all([
    import('world-atlas/countries-50m.json?url'),
    import('topojson-client'),
  ]);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`world map: HTTP ${res.status}`);
  const topo = (await res.json()) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topo, topo.objects.countries) as FeatureCollection<
    Polygon | MultiPolygon,
    { name: string }
  >;
  return collection.features;
}

/** The country shapes as a Loadable (loading, error with retry, ready). */
export function useCountryShapes(): Loadable<CountryShape[]> {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Loadable<CountryShape[]>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    loadCountryShapes().then(
      (data) => live && setState({ state: 'ready', data }),
      (e: unknown) =>
        live &&
        setState({
          state: 'error',
          status: 0,
          message: String(e),
          retry: () => {
            setState({ state: 'loading' });
            setAttempt((a) => a + 1);
          },
        }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return state;
}
