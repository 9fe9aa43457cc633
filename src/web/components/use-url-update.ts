import { useCallback } from 'react';
import { useLocation } from 'wouter';

/**
 * Changes several URL query parameters in one navigation (keeping the others, `lang` too): e.g. a
 * new indicator also clears the year and breakdown chosen for the previous one. `null` or ''
 * removes a parameter. Replaces the history entry, as `useUrlParam` does.
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
      const qs = params.toString();
      navigate(`${location}${qs ? `?${qs}` : ''}`, { replace: true });
    },
    [location, navigate],
  );
}
