/** A list offset from the URL (`?runs=40`): a non-negative integer, else 0. */
export function offsetParam(raw: string | null): number {
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : 0;
}
