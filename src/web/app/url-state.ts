import { useCallback } from 'react';
import { useLocation, useSearch } from 'wouter';

/**
 * State kept in the URL's query string, so that any view can be shared: `useUrlParam('year')`
 * reads `?year=` and returns a setter that replaces it (keeping every other parameter, `lang` too).
 */
export function useUrlParam(name: string): [string | null, (value: string | null) => void] {
  const search = useSearch();
  const update = useUrlUpdate();
  const value = new URLSearchParams(search).get(name);
  const set = useCallback((next: string | null) => update({ [name]: next }), [name, update]);
  return [value, set];
}

/**
 * Changes several URL query parameters in one navigation (keeping the others, `lang` too): e.g. a
 * new indicator also clears the year and breakdown chosen for the previous one. `null` or ''
 * removes a parameter. Replaces the history entry.
 */
export function useUrlUpdate(): (changes: Readonly<Record<string, string | null>>) => void {
  const [location, navigate] = useLocation();
  return useCallback(
    (changes) => {
      const params = new URLSearchParams(window.location.search);
      for (const [name, value] of Object.entries(changes)) {
        if (value === null || value === '') params.delete(name);
        else params.set(name, value);
      }
      // Commas are fine in a query string; unescaped they keep shared links readable (countries=KAZ,UZB).
      const qs = params.toString().replace(/%2C/gi, ',');
      navigate(`${location}${qs ? `?${qs}` : ''}`, { replace: true });
    },
    [location, navigate],
  );
}

/** A comma-separated list in the URL (`?countries=KAZ,UZB`). */
export function useUrlList(name: string): [string[], (values: string[]) => void] {
  const [raw, set] = useUrlParam(name);
  const list = raw ? raw.split(',').filter(Boolean) : [];
  return [list, useCallback((values: string[]) => set(values.length ? values.join(',') : null), [set])];
}

/** A link target that keeps the current language. */
export function withLang(path: string, lang: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}lang=${lang}`;
}
