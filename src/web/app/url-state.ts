import { useCallback } from 'react';
import { useLocation, useSearch } from 'wouter';

/**
 * State kept in the URL's query string, so that any view can be shared: `useUrlParam('year')`
 * reads `?year=` and returns a setter that replaces it (keeping every other parameter, `lang` too).
 */
export function useUrlParam(name: string): [string | null, (value: string | null) => void] {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const value = new URLSearchParams(search).get(name);
  const set = useCallback(
    (next: string | null) => {
      const params = new URLSearchParams(window.location.search);
      if (next === null || next === '') params.delete(name);
      else params.set(name, next);
      const qs = params.toString();
      navigate(`${location}${qs ? `?${qs}` : ''}`, { replace: true });
    },
    [name, location, navigate],
  );
  return [value, set];
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
