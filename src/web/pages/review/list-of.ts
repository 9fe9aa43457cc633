/** The items of a list answer, whether the API gives a bare array or a page (`{ items, total, … }`). */
export function listOf<T>(data: readonly T[] | { readonly items: readonly T[] }): readonly T[] {
  return Array.isArray(data) ? (data as readonly T[]) : (data as { items: readonly T[] }).items;
}
