/**
 * Where to go after signing in: the `next` parameter when it is a path of this site (so a link
 * cannot send a user elsewhere after they sign in), with its language; else the review cycles.
 */
export function nextPath(next: string | null, fallback = '/cycles'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return fallback;
  if (/^\/sign-in(\?|$)/.test(next)) return fallback;
  return next;
}
